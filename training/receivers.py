"""What required training and notifications do when something happens elsewhere.

Connected by ``TrainingConfig.ready``, which imports this module. Each receiver records the
notification after the transaction commits, so a rolled-back enrolment tells nobody.
"""

import logging

from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.dispatch import receiver

from courses.models import Certificate, Enrollment
from elearn.accounts.models import LearnerProfile
from elearn.accounts.signals import units_merged
from elearn.pagecache import purge

from .models import Assignment
from .services import certificate_notice_record, enrolment_notice_record, new_member_notices_record

logger = logging.getLogger(__name__)


def _later(function, **kwargs) -> None:
    def run():
        try:
            function(**kwargs)
        except Exception:  # a message is never worth failing the learner's action
            logger.exception("Could not record a notification (%s)", function.__name__)

    transaction.on_commit(run)


@receiver(post_save, sender=Enrollment, dispatch_uid="training-enrolment-notice")
def on_enrolled(sender, instance, created, raw=False, **kwargs) -> None:
    if created and not raw:
        _later(enrolment_notice_record, enrollment=instance)


@receiver(post_save, sender=Certificate, dispatch_uid="training-certificate-notice")
def on_certificate_issued(sender, instance, created, raw=False, **kwargs) -> None:
    if created and not raw and instance.status == Certificate.Status.VALID:
        _later(certificate_notice_record, certificate=instance)


@receiver(post_save, sender=LearnerProfile, dispatch_uid="training-new-member")
def on_profile_saved(sender, instance, raw=False, **kwargs) -> None:
    # Membership is read from the profile, so a newcomer is assigned already; this only tells them.
    if not raw:
        _later(new_member_notices_record, user=instance.user)


@receiver(units_merged, dispatch_uid="training-merge-assignments")
def on_units_merged(sender, merge, sources, target, **kwargs) -> dict[str, int]:
    """Assignments made to a merged unit now reach the learners of the unit it merged into.

    All of them move, those past their deadline too: membership is read from the learners' current
    unit, so an assignment left on a merged unit would reach nobody any more. Their former unit is
    recorded on the merge (``merge.moved["assignments"]``).
    """
    moving = Assignment.objects.filter(administrative_unit__in=sources)
    former = dict(moving.values_list("pk", "administrative_unit_id"))
    moved = moving.update(administrative_unit=target)
    _drop_kept_assignments()  # an update sends no signal
    merge.moved["assignments"] = {str(pk): unit for pk, unit in former.items()}
    merge.save(update_fields=["moved"])
    return {"assignments": moved}


@receiver(post_save, sender=Assignment, dispatch_uid="training-assignment-saved")
@receiver(post_delete, sender=Assignment, dispatch_uid="training-assignment-deleted")
@receiver(m2m_changed, sender=Assignment.learners.through, dispatch_uid="training-assignment-learners")
def on_assignment_changed(sender, **kwargs) -> None:
    _drop_kept_assignments()


def _drop_kept_assignments() -> None:
    """Who must take which course is kept with the pages (``selectors.required_courses``): a change
    of an assignment drops it, now and again when the change commits (a page read in between
    would keep the old answer)."""
    purge()
    transaction.on_commit(purge)
