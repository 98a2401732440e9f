"""Who a team member works for: the residents, communes and sessions of their own units.

The rule is the reports' (``courses.scope.trainer_scope``: the member's trainer
scope), narrowed for the team's screens: only units count (never organisations), and a member without
a unit in their scope works for nobody (a report viewer without a scope sees everyone; a team member
must not).
"""

from django.db.models import Q, QuerySet

from courses.scope import LearnerScope, trainer_scope
from elearn.accounts.models import AdministrativeUnit

from .models import TEAM_PERMISSION, VillageSession


def team_scope(user) -> LearnerScope | None:
    """The member's units, or None for anybody who is not a scoped team member."""
    if not (user.is_authenticated and user.is_active and user.is_staff and user.has_perm(TEAM_PERMISSION)):
        return None
    scope = trainer_scope(user)
    if scope.everyone or not scope.unit_paths:
        return None
    return LearnerScope(everyone=False, unit_paths=scope.unit_paths)


def member_communes(scope: LearnerScope) -> QuerySet:
    """The communes (and wards) inside the member's units, where residents live."""
    return AdministrativeUnit.objects.filter(
        scope.units_q(), level=AdministrativeUnit.Level.COMMUNE, is_active=True
    ).order_by("name")


def residents_q(scope: LearnerScope, prefix: str = "") -> Q:
    """Q over users (through ``prefix``) whose learner profile is in the member's units."""
    return scope.q(f"{prefix}profile__")


def member_sessions(scope: LearnerScope) -> QuerySet:
    """The sessions held in the member's units (by any member of the team)."""
    return VillageSession.objects.filter(scope.units_q("administrative_unit__"))
