"""Administrative units by date, for the board: which commune a learner belonged to, and which
communes existed, on a day (the rules live in ``elearn.accounts.merges``)."""

from bisect import bisect_right
from datetime import date

from django.db.models import Q, QuerySet

from elearn.accounts.merges import merge_dates, predecessor_ids, profiles_with_unit_on, units_on
from elearn.accounts.models import AdministrativeUnit

__all__ = ["communes_on", "period_epochs", "predecessors_q", "profiles_with_unit_on"]


def communes_on(day: date) -> QuerySet:
    """Communes and wards as they were on ``day`` (before a merge: the merged ones, not their successor)."""
    return units_on(day).filter(level=AdministrativeUnit.Level.COMMUNE)


def period_epochs(periods, now) -> list[tuple[date, list, bool]]:
    """Periods grouped so that each group resolves learners' units on one day: periods between the
    same two merges see the same units (one query for the merge dates). The third item says whether
    a merge took effect after that day (if not, learners' units today are their units then, and the
    kinds need not look at their former units)."""
    if not periods:
        return []
    dates = merge_dates()
    groups: dict[int, list] = {}
    for period in periods:
        groups.setdefault(bisect_right(dates, period.as_of(now)), []).append(period)
    return [(max(p.as_of(now) for p in group), group, key < len(dates)) for key, group in sorted(groups.items())]


def predecessors_q(paths) -> Q:
    """Units merged into a unit in or below ``paths``, so a team sees its commune's history."""
    return Q(pk__in=predecessor_ids(paths))
