"""The built-in criterion kinds, computed from what the platform records today.

Each is one grouped query over learner profiles (plus two for the commune's targets), whatever
the number of units and of periods: one conditional count per period, each an index probe per
learner (Exists on the enrollments' (user, …) indexes) rather than a join over every enrollment.
"""

from datetime import timedelta

from django.db.models import Count, Exists, OuterRef, Q, Sum

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
    completions = {}
    for i, period in enumerate(periods):
        # One probe per learner of the (user, completed_at) index: cheaper than joining every enrollment.
        done = Enrollment.objects.filter(
            _course_q(criterion),
            user_id=OuterRef("user_id"),
            completed_at__gte=_year_start(period),
            completed_at__lt=period.reference(),
        )
        completions[f"n{i}"] = Count("pk", filter=Q(Exists(done)))
    rows = window.learners().filter(audience=Audience.RESIDENT).values("board_unit").annotate(**completions)
    achieved = {row["board_unit"]: row for row in rows}
    required = {
        f"t{i}": Sum(
            "learners_required",
            filter=Q(start_date__lte=p.as_of(), deadline__gte=p.start),
        )
        for i, p in enumerate(periods)
    }
    # Targets a merge moved after ``as_of`` still count for the unit they had then.
    moved = moved_on(window.as_of, "targets") if window.merged_later else {}
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
    wanted = set(window.unit_ids)
    figures = {}
    for unit, sums in totals.items():
        if unit not in wanted:
            continue
        done = achieved.get(unit, {})
        for i, period in enumerate(periods):
            figures[(period.key, unit)] = Figure(done.get(f"n{i}") or 0, sums[i])
    return figures


def _active(period: Period) -> Q:
    """The learner (``user_id``) was active in the 30 days before the period's reference instant."""
    end = period.reference()
    start = end - timedelta(days=ACTIVE_DAYS)
    if not period.is_closed():
        # Up to now, the last activity says it all: every enrolment, lesson and completion moves it. One
        # range scan of the (last_activity_at) INCLUDE (user) index, hashed, beats a probe per learner.
        recent = Enrollment.objects.filter(last_activity_at__gte=start, last_activity_at__lt=end)
        return Q(user_id__in=recent.values("user_id"))
    # Later activity has moved the last activity on: look at every timestamp, lessons included. Two
    # scans (enrollments, lesson completions), hashed once, beat a join per learner here.
    window = {"gte": start, "lt": end}

    def between(field):
        return Q(**{f"{field}__gte": window["gte"], f"{field}__lt": window["lt"]})

    enrolled = Enrollment.objects.filter(between("last_activity_at") | between("enrolled_at") | between("completed_at"))
    lessons = LessonCompletion.objects.filter(between("completed_at"))
    return Q(user_id__in=enrolled.values("user_id")) | Q(user_id__in=lessons.values("enrollment__user_id"))


def active_learners(criterion, window: Window) -> dict[tuple[str, int], Figure]:
    """Learners active (enrolled, completed a lesson or a course, or any progress) in the 30 days before
    the end of the period, among the learners registered by then."""
    aggregates = {}
    for i, period in enumerate(window.periods):
        registered = Q(created_at__lt=period.reference())
        aggregates[f"n{i}"] = Count("pk", filter=registered & _active(period))
        aggregates[f"d{i}"] = Count("pk", filter=registered)
    rows = window.learners().values("board_unit").annotate(**aggregates)
    return _figures(rows, window.periods, "n{i}", "d{i}")


def cadres_completed(criterion, window: Window) -> dict[tuple[str, int], Figure]:
    """The agency's cadres (audience "cadres, civil servants and public employees") who have completed at
    least one of the criterion's courses (any course when it names none) by the end of the period."""
    aggregates = {}
    for i, period in enumerate(window.periods):
        end = period.reference()
        done = Enrollment.objects.filter(_course_q(criterion), user_id=OuterRef("user_id"), completed_at__lt=end)
        aggregates[f"n{i}"] = Count("pk", filter=Q(created_at__lt=end) & Q(Exists(done)))
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
