"""What accounts tell other apps. They listen with @receiver in their own modules."""

from django.dispatch import Signal

#: Sent by ``merges.units_merge`` inside its transaction, after learners moved: ``merge`` (UnitMerge),
#: ``sources`` (list of AdministrativeUnit), ``target``. Receivers move what they own (targets, trainer
#: scopes, assignments…) to the target and return {label: rows moved}; an exception undoes the merge.
units_merged = Signal()
