"""Report 4, targets: learners achieved (one rule for the list and the timeline), progress and timeline."""

from dataclasses import dataclass
from datetime import date, timedelta

from django.db.models import Case, Count, Exists, Func, IntegerField, Min, OuterRef, Q, QuerySet, Subquery, Value, When
from django.db.models.lookups import Exact
from django.utils import timezone

from elearn.accounts.models import LearnerProfile

from ...models import Enrollment, Target
from ...scope import LearnerScope, learner_scope_filter, trainer_scope
from .base import local_midnight, rate


class CountRows(Func):
    """COUNT(*) as a plain expression, so a correlated subquery returns one number without GROUP BY."""

    template = "COUNT(*)"
    output_field = IntegerField()


# The one rule for "achieved", in two halves used by the list (as correlated subqueries)
# and by the timeline (with one target's values). ``ref(name)`` gives the target's value.


def _target_learners_q(ref, kind: str, prefix: str = "") -> Q:
    """Learners a target counts: of its unit or any unit below (kind "unit") or of its organisation;
    of its audience when it has one. ``prefix`` leads to learner profiles."""
    if kind == "unit":
        q = Q(**{f"{prefix}administrative_unit__path__startswith": ref("administrative_unit__path")})
    else:
        q = Q(**{f"{prefix}organisation_id": ref("organisation_id")})
    return q & (Q(**{f"{prefix}audience": ref("audience")}) | Q(Exact(ref("audience"), Value(""))))


def _target_completions_q(ref) -> Q:
    """Enrollments a target counts: completed between its start date and deadline (local dates, both
    included), in one of its courses, or in any course when it names none."""
    return Q(completed_at__date__gte=ref("start_date"), completed_at__date__lte=ref("deadline")) & (
        Q(course_id__in=ref("courses")) | Q(Exact(ref("any_course"), Value(True)))
    )


def _outer_target(depth: int):
    """``ref`` for a subquery ``depth`` levels below the target query."""

    def ref(name: str):
        if name == "courses":
            target = "pk"
            for _level in range(depth + 1):
                target = OuterRef(target)
            return Target.courses.through.objects.filter(target_id=target).values("coursepage_id")
        expression = name
        for _level in range(depth):
            expression = OuterRef(expression)
        return expression

    return ref


def _achieved(kind: str, scope: LearnerScope) -> Subquery:
    """Learners (profiles, so each counts once) the target counts who have a counted completion."""
    completions = Enrollment.objects.filter(_target_completions_q(_outer_target(2)), user_id=OuterRef("user_id"))
    learners = LearnerProfile.objects.filter(
        _target_learners_q(_outer_target(1), kind) & scope.q(), Exists(completions)
    )
    return Subquery(learners.order_by().annotate(n=CountRows()).values("n"), output_field=IntegerField())


def targets_for_report(*, user) -> QuerySet:
    """Targets with ``achieved`` (distinct learners, within the viewer's scope too), one query.

    A trainer sees targets of their units (and below), of their organisations and of
    organisations located in their units. Unit and organisation targets get separate
    subqueries so each can use its own index (units' paths, or the organisation key).
    """
    scope = trainer_scope(user)
    targets = Target.objects.select_related("administrative_unit", "organisation").prefetch_related("courses")
    if scope.is_restricted:
        visible = Q(organisation_id__in=scope.organisation_ids)
        if scope.unit_paths:
            visible |= scope.units_q("administrative_unit__") | scope.units_q("organisation__administrative_unit__")
        targets = targets.filter(visible)
    any_course = ~Exists(Target.courses.through.objects.filter(target_id=OuterRef("pk")))
    achieved = Case(
        When(administrative_unit__isnull=False, then=_achieved("unit", scope)),
        default=_achieved("organisation", scope),
        output_field=IntegerField(),
    )
    return targets.annotate(any_course=any_course).annotate(achieved=achieved)


def target_progress(target: Target, today: date | None = None) -> Target:
    """Add percent, expected (learners by today at an even pace) and status; no query."""
    achieved = target.achieved or 0
    target.achieved = achieved
    target.percent = rate(achieved, target.learners_required)
    target.expected = round(target.learners_required * target.elapsed_fraction(today), 1)
    target.status = target.status_for(achieved, today)
    target.status_label = Target.Status(target.status).label
    return target


@dataclass
class TimelinePoint:
    day: date
    achieved: int
    expected: float


def target_timeline(*, user, target: Target, points: int = 12, today: date | None = None) -> list[TimelinePoint]:
    """Cumulative achieved learners at up to ``points`` dates from the start to today or the deadline (one query)."""
    today = today or timezone.localdate()
    end = min(target.deadline, today)
    if end < target.start_date:
        return []
    days = (end - target.start_date).days + 1
    step = -(-days // points)  # ceiling division
    marks = [target.start_date + timedelta(days=step * i - 1) for i in range(1, -(-days // step) + 1)]
    marks[-1] = end
    values = {
        "start_date": Value(target.start_date),
        "deadline": Value(target.deadline),
        "administrative_unit__path": Value(target.administrative_unit.path if target.administrative_unit_id else None),
        "organisation_id": Value(target.organisation_id),
        "audience": Value(target.audience),
        "courses": [course.pk for course in target.courses.all()],
        "any_course": Value(not target.courses.all()),
    }
    kind = "unit" if target.administrative_unit_id else "organisation"
    counted = _target_completions_q(values.__getitem__) & _target_learners_q(
        values.__getitem__, kind, "user__profile__"
    )
    first_completions = (
        Enrollment.objects.filter(counted & learner_scope_filter(user, "user__profile__"))
        .order_by()
        .values("user_id")
        .annotate(first=Min("completed_at"))
    )
    counts = first_completions.aggregate(
        **{
            f"p{i}": Count("user_id", filter=Q(first__lt=local_midnight(day + timedelta(days=1))))
            for i, day in enumerate(marks)
        }
    )
    return [
        TimelinePoint(
            day=day, achieved=counts[f"p{i}"] or 0, expected=target.learners_required * target.elapsed_fraction(day)
        )
        for i, day in enumerate(marks)
    ]
