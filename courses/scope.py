"""Who sees which learners: decided here, once, for every report, listing, download and export.

A trainer scope (``TrainerScope``: units and organisations) limits what its user sees of learners
wherever staff meet them: the training reports and the certificates' admin, downloads and ZIPs.
The permission that opens a screen says whether the user sees anyone at all.
"""

from dataclasses import dataclass
from functools import reduce
from operator import or_

from django.db.models import Q, QuerySet

from elearn.accounts.models import AdministrativeUnit

from .models.targets import REPORT_PERMISSION, TrainerScope

# --- Who sees what ---------------------------------------------------------------------


@dataclass(frozen=True)
class LearnerScope:
    """The learners a user may see in reports: everyone, nobody, or those of some units and organisations."""

    everyone: bool
    unit_paths: tuple[str, ...] = ()
    organisation_ids: tuple[int, ...] = ()

    @property
    def is_restricted(self) -> bool:
        return not self.everyone

    def q(self, prefix: str = "") -> Q:
        """Q over learner profiles, reached through ``prefix`` (e.g. "user__profile__" from an enrollment)."""
        if self.everyone:
            return Q()
        conditions = [Q(**{f"{prefix}administrative_unit__path__startswith": path}) for path in self.unit_paths]
        if self.organisation_ids:
            conditions.append(Q(**{f"{prefix}organisation_id__in": self.organisation_ids}))
        # Nobody: a condition no profile meets, so a missing scope can never widen access.
        return reduce(or_, conditions) if conditions else Q(**{f"{prefix}pk__in": []})

    def units_q(self, prefix: str = "") -> Q:
        """Q over administrative units inside the scope's units (all units when the scope has none)."""
        if self.everyone or not self.unit_paths:
            return Q()
        return reduce(or_, (Q(**{f"{prefix}path__startswith": path}) for path in self.unit_paths))


EVERYONE = LearnerScope(everyone=True)
NOBODY = LearnerScope(everyone=False)


def trainer_scope(user, *, permission: str = REPORT_PERMISSION) -> LearnerScope:
    """The learners ``user`` may see where ``permission`` is needed (one query, remembered on the user for the request).

    Superusers, and users with ``permission`` but without a trainer scope (or with an empty one),
    see everyone; a trainer scope limits them to learners in or below its units or in its
    organisations; anybody without ``permission`` sees nobody. Reports ask for the report
    permission, the certificates' screens for ``courses.view_certificate``.
    """
    cached = getattr(user, "_learner_scopes", None)
    if cached is None:
        cached = {}
        if user.is_authenticated:
            user._learner_scopes = cached
    if permission in cached:
        return cached[permission]
    if not user.is_authenticated or not user.is_active:
        scope = NOBODY
    elif user.is_superuser:
        scope = EVERYONE
    elif not user.has_perm(permission):
        scope = NOBODY
    else:
        scope = _scope_rows(user)
    cached[permission] = scope
    return scope


def _scope_rows(user) -> LearnerScope:
    rows = TrainerScope.objects.filter(user=user).values_list("administrative_units__path", "organisations")
    paths = {path for path, _org in rows if path}
    # A unit inside another chosen unit adds nothing: keep the outermost ones.
    paths = tuple(sorted(p for p in paths if not any(p != o and p.startswith(o) for o in paths)))
    organisations = tuple(sorted({org for _path, org in rows if org}))
    return LearnerScope(everyone=not (paths or organisations), unit_paths=paths, organisation_ids=organisations)


def learner_scope_filter(user, prefix: str = "", *, permission: str = REPORT_PERMISSION) -> Q:
    """Q restricting learner profiles (through ``prefix``) to those ``user`` may see."""
    return trainer_scope(user, permission=permission).q(prefix)


def units_in_scope(user, *, permission: str = REPORT_PERMISSION) -> QuerySet[AdministrativeUnit]:
    """The administrative units ``user`` may list and filter by where ``permission`` is needed, in tree
    order: all of them when the scope has no units (everyone, or organisations only: their learners are
    narrowed by organisation), those in and below the scope's units, none without the permission."""
    scope = trainer_scope(user, permission=permission)
    if scope == NOBODY:
        return AdministrativeUnit.objects.none()
    return AdministrativeUnit.objects.filter(scope.units_q()).order_by("path")
