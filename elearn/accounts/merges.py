"""Administrative units that change: merging units (A, B → C on a date), and learners' units by date."""

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import BigIntegerField, F, FilteredRelation, Max, OuterRef, Q, QuerySet, Subquery
from django.db.models.functions import Coalesce
from django.utils.translation import gettext as _

from .models import AdministrativeUnit, LearnerProfile, Organisation, UnitMembership, UnitMerge
from .signals import units_merged

BATCH = 2000


@dataclass
class Merged:
    merge: UnitMerge
    learners: int
    organisations: int
    child_units: int
    moved_elsewhere: dict[str, int] = field(default_factory=dict)  # what other apps moved, by label


def _check(sources: list[AdministrativeUnit], target: AdministrativeUnit, effective_on: date | None) -> None:
    if not sources:
        raise ValidationError(_("Choose at least one unit to merge."))
    if effective_on is None:
        raise ValidationError(_("Give the date the merge takes effect."))
    if any(source.pk == target.pk for source in sources):
        raise ValidationError(_("A unit cannot be merged into itself."))
    if any(source.level != target.level for source in sources):
        raise ValidationError(_("Only units of the same level can be merged."))
    inactive = [source.name for source in sources if not source.is_active]
    if inactive:
        raise ValidationError(
            _("These units were already merged or dissolved: %(units)s.") % {"units": ", ".join(inactive)}
        )
    if not target.is_active:
        raise ValidationError(_("The unit they merge into is no longer active."))


@transaction.atomic
def units_merge(
    *,
    sources: list[AdministrativeUnit],
    target: AdministrativeUnit,
    effective_on: date,
    target_created: bool = False,
    note: str = "",
    progress: Callable[[int, int], None] | None = None,
) -> Merged:
    """Merge ``sources`` into ``target`` from ``effective_on``; all or nothing.

    Each learner of a source keeps a ``UnitMembership`` (their source, until ``effective_on``)
    and moves to the target; so do organisations located in a source, and child units. Other
    apps move what they own on ``units_merged``. ``progress(done, total)`` reports learners.
    """
    sources = list(AdministrativeUnit.objects.select_for_update().filter(pk__in=[s.pk for s in sources]))
    _check(sources, target, effective_on)
    merge = UnitMerge.objects.create(target=target, effective_on=effective_on, target_created=target_created, note=note)
    merge.sources.set(sources)
    profiles = LearnerProfile.objects.filter(administrative_unit__in=sources)
    total = profiles.count()
    done = 0
    last_id = 0
    while True:
        batch = list(
            profiles.filter(pk__gt=last_id)
            .order_by("pk")
            .annotate(since=Max("unit_history__valid_to"))
            .values_list("pk", "administrative_unit_id", "since")[:BATCH]
        )
        if not batch:
            break
        UnitMembership.objects.bulk_create(
            UnitMembership(profile_id=pk, unit_id=unit, valid_from=since, valid_to=effective_on, merge=merge)
            for pk, unit, since in batch
        )
        LearnerProfile.objects.filter(pk__in=[pk for pk, _unit, _since in batch]).update(administrative_unit=target)
        last_id = batch[-1][0]
        done += len(batch)
        if progress:
            progress(done, total)
    organisations = Organisation.objects.filter(administrative_unit__in=sources).update(administrative_unit=target)
    children = list(AdministrativeUnit.objects.filter(parent__in=sources))
    for child in children:
        child.parent = target
        child.save()  # recomputes the paths below it
    AdministrativeUnit.objects.filter(pk__in=[s.pk for s in sources]).update(is_active=False)
    moved = {}
    for _receiver, response in units_merged.send(sender=UnitMerge, merge=merge, sources=sources, target=target):
        moved.update(response or {})
    return Merged(merge, total, organisations, len(children), moved)


# --- Units by date -------------------------------------------------------------------------------------


def _covers(day: date, prefix: str = "") -> Q:
    """Q over unit memberships (through ``prefix``) that cover ``day``: the one rule for "former unit then"."""
    return Q(**{f"{prefix}valid_to__gt": day}) & (
        Q(**{f"{prefix}valid_from__isnull": True}) | Q(**{f"{prefix}valid_from__lte": day})
    )


def profiles_with_unit_on(day: date, *, name: str = "unit_on", history: bool = True) -> QuerySet:
    """Learner profiles annotated ``name``: the id of their administrative unit on ``day`` (a LEFT JOIN
    on their former units; the current unit when no former one covers the day).

    ``history=False``, when the caller knows no merge took effect after ``day``, skips the join: a former
    unit only covers days before its merge.
    """
    if not history:
        return LearnerProfile.objects.annotate(**{name: F("administrative_unit_id")})
    covering = _covers(day, "unit_history__")
    return LearnerProfile.objects.annotate(_former=FilteredRelation("unit_history", condition=covering)).annotate(
        **{name: Coalesce(F("_former__unit_id"), F("administrative_unit_id"))}
    )


def unit_on(day: date, *, profile: str = "") -> Coalesce:
    """The id of the administrative unit on ``day`` of the learner profile reached through ``profile``
    (e.g. "user__profile__" from an enrollment): their former unit if a later merge moved them, else
    their current one. A correlated subquery: for grouping rows other than profiles by unit."""
    former = (
        UnitMembership.objects.filter(_covers(day), profile_id=OuterRef(f"{profile}pk"))
        .order_by("valid_to")
        .values("unit_id")[:1]
    )
    return Coalesce(Subquery(former), F(f"{profile}administrative_unit_id"), output_field=BigIntegerField())


def merged_after(day: date) -> bool:
    """Whether a merge took effect after ``day`` (before it, learners' units were not what they are now)."""
    return UnitMerge.objects.filter(effective_on__gt=day).exists()


def units_on(day: date) -> QuerySet:
    """Administrative units as they were on ``day``: active ones not created by a later merge, and
    those merged away after ``day``."""
    later = UnitMerge.objects.filter(effective_on__gt=day)
    return AdministrativeUnit.objects.filter(Q(is_active=True) | Q(pk__in=later.values("sources"))).exclude(
        pk__in=later.filter(target_created=True).values("target")
    )


def moved_on(day: date, label: str) -> dict[int, int]:
    """{row id: unit id on ``day``} for rows of ``label`` that merges after ``day`` moved (one query)."""
    units: dict[int, int] = {}
    for moved in (
        UnitMerge.objects.filter(effective_on__gt=day).order_by("-effective_on").values_list("moved", flat=True)
    ):
        # Latest first, so the earliest merge after the day has the last word: the unit on that day.
        units.update((int(pk), unit) for pk, unit in moved.get(label, {}).items())
    return units


def merge_dates() -> list[date]:
    return sorted(set(UnitMerge.objects.values_list("effective_on", flat=True)))


def predecessor_ids(paths) -> set[int]:
    """Units merged (directly or through earlier merges) into units in or below ``paths``."""
    if not paths:
        return set()
    within = Q()
    for path in paths:
        within |= Q(target__path__startswith=path)
    found: set[int] = set()
    frontier = set(UnitMerge.objects.filter(within).values_list("sources", flat=True)) - {None}
    while frontier - found:
        new = frontier - found
        found |= new
        frontier = set(UnitMerge.objects.filter(target__in=new).values_list("sources", flat=True)) - {None}
    return found
