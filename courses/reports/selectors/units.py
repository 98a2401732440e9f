"""Report 3: learning totals by administrative unit and by organisation."""

from collections import defaultdict

from django.db.models import Count, F, Q, QuerySet
from django.utils import timezone

from elearn.accounts.merges import merged_after, unit_on
from elearn.accounts.models import AdministrativeUnit, Organisation

from ...models import Enrollment, LessonCompletion
from ...scope import trainer_scope, units_in_scope
from .base import EnrollmentFilters, rate, selected_enrollments_q


def _learning_counts(user, filters: EnrollmentFilters, group_by):
    return (
        Enrollment.objects.filter(selected_enrollments_q(user, filters))
        .order_by()
        .annotate(group=group_by)
        .values("group")
        .annotate(
            learners=Count("user_id", distinct=True),
            enrollments=Count("*"),
            completions=Count("completed_at"),
        )
    )


def _unit_of_learner(filters: EnrollmentFilters, profile: str):
    """The learner's unit to count them under: on the last day of the chosen enrolment period when a merge
    took effect after it (reports for periods before a merge show the merged units), else their unit."""
    stop = filters.enrolled_at.stop if filters.enrolled_at else None
    if stop is not None:
        day = timezone.localdate(stop) if timezone.is_aware(stop) else stop.date()
        if merged_after(day):
            return unit_on(day, profile=profile)
    return F(f"{profile}administrative_unit_id")


def units_for_report(*, user) -> QuerySet:
    """The units a report lists for ``user``: all, or those in and below a trainer's units."""
    return units_in_scope(user)


def _ancestor_paths(path: str):
    ids = path.strip("/").split("/")
    return ("/" + "/".join(ids[:depth]) + "/" for depth in range(1, len(ids) + 1))


def unit_learning_totals(*, user, filters: EnrollmentFilters, units: list[dict]) -> list[dict]:
    """Add learners, enrollments, completions, rate and lessons completed online and in person to
    unit rows, each including every unit below it.

    Two grouped queries by the learner's own unit (enrollments; lesson completions by source) and
    one for the units' paths; sums are then rolled up the materialised paths in memory, over units,
    not learners. A learner belongs to exactly one unit, so distinct learners add up.
    """
    paths = dict(AdministrativeUnit.objects.values_list("pk", "path"))
    totals: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0, 0])
    for row in _learning_counts(user, filters, _unit_of_learner(filters, "user__profile__")):
        for path in _ancestor_paths(paths[row["group"]]):
            total = totals[path]
            total[0] += row["learners"]
            total[1] += row["enrollments"]
            total[2] += row["completions"]
    lessons = (
        LessonCompletion.objects.filter(selected_enrollments_q(user, filters, "enrollment__"))
        .order_by()
        .annotate(group=_unit_of_learner(filters, "enrollment__user__profile__"))
        .values_list("group", "source")
        .annotate(n=Count("*"))
    )
    for unit_id, source, n in lessons:
        for path in _ancestor_paths(paths[unit_id]):
            totals[path][4 if source == LessonCompletion.Source.IN_PERSON else 3] += n
    for unit in units:
        learners, enrollments, completions, online, in_person = totals.get(unit["path"], (0, 0, 0, 0, 0))
        unit.update(learners=learners, enrollments=enrollments, completions=completions)
        unit.update(lessons_online=online, lessons_in_person=in_person)
        unit["completion_rate"] = rate(completions, enrollments)
    return units


def organisations_for_report(*, user) -> QuerySet:
    """Organisations a report lists: all, or a trainer's own and those located in their units."""
    scope = trainer_scope(user)
    if not scope.is_restricted:
        return Organisation.objects.order_by("name")
    located = scope.units_q("administrative_unit__") if scope.unit_paths else Q(pk__in=[])
    return Organisation.objects.filter(Q(pk__in=scope.organisation_ids) | located).order_by("name")


def organisation_learning_totals(*, user, filters: EnrollmentFilters, organisations: list[dict]) -> list[dict]:
    """Add learners, enrollments, completions and rate to organisation rows (one query)."""
    ids = [row["pk"] for row in organisations]
    counts = {
        row["group"]: row
        for row in _learning_counts(user, filters, F("user__profile__organisation")).filter(
            user__profile__organisation__in=ids
        )
    }
    for organisation in organisations:
        row = counts.get(organisation["pk"], {})
        organisation.update(
            learners=row.get("learners", 0),
            enrollments=row.get("enrollments", 0),
            completions=row.get("completions", 0),
        )
        organisation["completion_rate"] = rate(organisation["completions"], organisation["enrollments"])
    return organisations
