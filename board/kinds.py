"""The built-in criterion kinds, computed from what the platform records today.

Each is one grouped query (two for the commune target), whatever the number of units and of
periods: one conditional count per period.
"""

from datetime import timedelta

from django.db.models import Count, Q, Sum

from courses.models import Enrollment, LessonCompletion, Target
from elearn.accounts.choices import Audience
from elearn.accounts.merges import moved_on

from .criteria import AGENCY, COMMUNE, Figure, Window, register_kind
from .periods import Period, local_midnight
from .text import ACTIVE_HELP, CADRES_HELP, RESIDENTS_HELP, labels

ACTIVE_DAYS = 30


def _course_q(criterion, prefix: str = "") -> Q:
    course_ids = [course.pk for course in criterion.courses.all()]
    return Q(**{f"{prefix}course_id__in": course_ids}) if course_ids else Q()


def _year_start(period: Period):
    return local_midnight(period.start.replace(month=1, day=1))


def _figures(rows, periods, numerator, denominator) -> dict[tuple[str, int], Figure]:
    figures = {}
    for row in rows:
        for i, period in enumerate(periods):
            figures[(period.key, row["board_unit"])] = Figure(
                row[numerator.format(i=i)] or 0, row[denominator.format(i=i)] or 0
            )
    return figures


def residents_completed_vs_target(criterion, window: Window) -> dict[tuple[str, int], Figure]:
    """Residents of the commune who completed at least one course since 1 January of the period's year,
    against the learners the commune's targets require (targets for residents or for everyone, running
    at some time in the period). A commune without a target has no figure."""
    periods = window.periods
    completions = {
        f"n{i}": Count(
            "pk",
            distinct=True,
            filter=Q(
                user__enrollments__completed_at__gte=_year_start(p),
                user__enrollments__completed_at__lt=p.reference(),
            ),
        )
        for i, p in enumerate(periods)
    }
    rows = (
        window.learners()
        .filter(
            _course_q(criterion, "user__enrollments__"),
            audience=Audience.RESIDENT,
            user__enrollments__completed_at__gte=min(_year_start(p) for p in periods),
            user__enrollments__completed_at__lt=max(p.reference() for p in periods),
        )
        .values("board_unit")
        .annotate(**completions)
    )
    achieved = {row["board_unit"]: row for row in rows}
    required = {
        f"t{i}": Sum(
            "learners_required",
            filter=Q(start_date__lte=p.as_of(), deadline__gte=p.start),
        )
        for i, p in enumerate(periods)
    }
    # Targets a merge moved after ``as_of`` still count for the unit they had then.
    moved = moved_on(window.as_of, "targets")
    targets = (
        Target.objects.filter(
            Q(administrative_unit_id__in=window.unit_ids) | Q(pk__in=list(moved)), audience__in=[Audience.RESIDENT, ""]
        )
        .order_by()
        .values("pk", "administrative_unit_id")
        .annotate(**required)
    )
    totals: dict[int, list[int]] = {}
    for row in targets:
        unit = moved.get(row["pk"], row["administrative_unit_id"])
        sums = totals.setdefault(unit, [0] * len(periods))
        for i in range(len(periods)):
            sums[i] += row[f"t{i}"] or 0
    figures = {}
    for unit, sums in totals.items():
        if unit not in window.unit_ids:
            continue
        done = achieved.get(unit, {})
        for i, period in enumerate(periods):
            figures[(period.key, unit)] = Figure(done.get(f"n{i}") or 0, sums[i])
    return figures


def active_learners(criterion, window: Window) -> dict[tuple[str, int], Figure]:
    """Learners active (enrolled, completed a lesson or a course, or any progress) in the 30 days before
    the end of the period, among the learners registered by then."""
    aggregates = {}
    for i, period in enumerate(window.periods):
        end = period.reference()
        start = end - timedelta(days=ACTIVE_DAYS)
        in_window = {"gte": start, "lt": end}

        def between(field, in_window=in_window):
            return Q(**{f"{field}__gte": in_window["gte"], f"{field}__lt": in_window["lt"]})

        enrolled = Enrollment.objects.filter(
            between("last_activity_at") | between("enrolled_at") | between("completed_at")
        ).values("user_id")
        lessons = LessonCompletion.objects.filter(between("completed_at")).values("enrollment__user_id")
        registered = Q(created_at__lt=end)
        aggregates[f"n{i}"] = Count("pk", filter=registered & (Q(user_id__in=enrolled) | Q(user_id__in=lessons)))
        aggregates[f"d{i}"] = Count("pk", filter=registered)
    rows = window.learners().values("board_unit").annotate(**aggregates)
    return _figures(rows, window.periods, "n{i}", "d{i}")


def cadres_completed(criterion, window: Window) -> dict[tuple[str, int], Figure]:
    """The agency's cadres (audience "cadres, civil servants and public employees") who have completed at
    least one of the criterion's courses (any course when it names none) by the end of the period."""
    aggregates = {}
    for i, period in enumerate(window.periods):
        end = period.reference()
        done = Enrollment.objects.filter(_course_q(criterion), completed_at__lt=end).values("user_id")
        aggregates[f"n{i}"] = Count("pk", filter=Q(created_at__lt=end, user_id__in=done))
        aggregates[f"d{i}"] = Count("pk", filter=Q(created_at__lt=end))
    rows = window.learners().filter(audience=Audience.OFFICIAL).values("board_unit").annotate(**aggregates)
    return _figures(rows, window.periods, "n{i}", "d{i}")


register_kind(
    "residents_completed_vs_target",
    label=labels.RESIDENTS,
    applies_to={COMMUNE},
    compute=residents_completed_vs_target,
    help_text=RESIDENTS_HELP,
)
register_kind(
    "active_learners_30_days",
    label=labels.ACTIVE,
    applies_to={AGENCY, COMMUNE},
    compute=active_learners,
    help_text=ACTIVE_HELP,
)
register_kind(
    "cadres_completed",
    label=labels.CADRES,
    applies_to={AGENCY},
    compute=cadres_completed,
    help_text=CADRES_HELP,
)
