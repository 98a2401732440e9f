"""Village sessions on the evaluation board: a criterion kind the board offers (registered by
``CommunityConfig.ready``; the board never imports community)."""

from django.db.models import Count, Q
from django.utils.translation import gettext_lazy as _

from board.criteria import COMMUNE, Figure, Window, register_kind
from elearn.accounts.models import UnitMerge

from .models import VillageSession

SESSIONS_HELD = "community_village_sessions"
SESSIONS_HELD_LABEL = _("Village sessions held, against the target number")
SESSIONS_HELD_HELP = _(
    "Village sessions the commune's team held in the period (of the chosen courses, if any), divided by the "
    "criterion's target number per month times the months of the period so far (one a month if no number "
    "is given). Sessions held in communes merged into it count for the new commune."
)


def _months_so_far(period) -> int:
    last = period.as_of()
    return (last.year * 12 + last.month) - (period.start.year * 12 + period.start.month) + 1


def _successors(as_of) -> dict[int, int]:
    """{merged unit id: the unit it belongs to on ``as_of``}, through every merge by then (one query)."""
    direct = dict(
        UnitMerge.sources.through.objects.filter(unitmerge__effective_on__lte=as_of).values_list(
            "administrativeunit_id", "unitmerge__target_id"
        )
    )
    resolved = {}
    for unit in direct:
        seen, current = {unit}, direct[unit]
        while current in direct and current not in seen:
            seen.add(current)
            current = direct[current]
        resolved[unit] = current
    return resolved


def sessions_held(criterion, window: Window) -> dict[tuple[str, int], Figure]:
    """Figure(sessions held, target per month × months so far) per commune and period. Two queries."""
    wanted = set(window.unit_ids)
    successors = {unit: to for unit, to in _successors(window.as_of).items() if to in wanted}
    course_ids = [course.pk for course in criterion.courses.all()]
    counts = {
        f"n{i}": Count("pk", filter=Q(held_on__gte=period.start, held_on__lt=period.end, held_on__lte=period.as_of()))
        for i, period in enumerate(window.periods)
    }
    sessions = VillageSession.objects.filter(administrative_unit_id__in=wanted | set(successors))
    if course_ids:
        sessions = sessions.filter(course_id__in=course_ids)
    held: dict[int, list[int]] = {}
    for row in sessions.order_by().values("administrative_unit_id").annotate(**counts):
        unit = successors.get(row["administrative_unit_id"], row["administrative_unit_id"])
        sums = held.setdefault(unit, [0] * len(window.periods))
        for i in range(len(window.periods)):
            sums[i] += row[f"n{i}"]
    per_month = getattr(criterion, "target_number", None) or 1
    figures = {}
    for i, period in enumerate(window.periods):
        required = per_month * _months_so_far(period)
        for unit in wanted:
            figures[(period.key, unit)] = Figure(held.get(unit, [0] * len(window.periods))[i], required)
    return figures


def register() -> None:
    register_kind(
        SESSIONS_HELD,
        label=SESSIONS_HELD_LABEL,
        applies_to={COMMUNE},
        compute=sessions_held,
        help_text=SESSIONS_HELD_HELP,
    )
