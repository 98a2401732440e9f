"""Which assignments a staff member sees and edits: the reports' scope rule applied to assignments.

Unrestricted viewers (superusers, report viewers without a trainer scope) see every assignment. A
scoped one (an agency manager, a commune's team) sees the assignments of their organisations and
units, those covering them from above (a province-wide course for everyone, a district's), and
their own; they edit only those of their organisations and units, and their own.
"""

from django.db.models import Q, QuerySet

from courses.scope import trainer_scope
from elearn.accounts.models import AdministrativeUnit, Organisation

from .models import Assignment


def _anchor_paths(scope) -> set[str]:
    paths = set(scope.unit_paths)
    paths |= {
        p
        for p in Organisation.objects.filter(pk__in=scope.organisation_ids).values_list(
            "administrative_unit__path", flat=True
        )
        if p
    }
    return {ancestor for path in paths for ancestor in _ancestors(path)}


def _ancestors(path: str) -> list[str]:
    ids = path.strip("/").split("/")
    return ["/" + "/".join(ids[:depth]) + "/" for depth in range(1, len(ids) + 1)]


def editable_q(user) -> Q:
    """Assignments ``user`` may change (all, when unrestricted)."""
    scope = trainer_scope(user)
    if user.is_superuser or scope.everyone:
        return Q()
    own = Q(organisation_id__in=scope.organisation_ids) | Q(created_by=user)
    if scope.unit_paths:
        own |= scope.units_q("administrative_unit__") | scope.units_q("organisation__administrative_unit__")
    return own


def assignments_visible(*, user) -> QuerySet:
    """The assignments ``user`` sees in the admin and the reports (at most two queries)."""
    scope = trainer_scope(user)
    queryset = Assignment.objects.select_related("course", "organisation", "administrative_unit")
    if user.is_superuser or scope.everyone:
        return queryset
    # Province- or district-wide assignments reach the viewer's learners too (people-only ones do not).
    covering = (
        Q(organisation__isnull=True)
        & ~Q(administrative_unit__isnull=True, audience="")
        & (Q(administrative_unit__isnull=True) | Q(administrative_unit__path__in=_anchor_paths(scope)))
    )
    return queryset.filter(editable_q(user) | covering)


def organisations_assignable(*, user) -> QuerySet:
    scope = trainer_scope(user)
    if user.is_superuser or scope.everyone:
        return Organisation.objects.order_by("name")
    located = scope.units_q("administrative_unit__") if scope.unit_paths else Q(pk__in=[])
    return Organisation.objects.filter(Q(pk__in=scope.organisation_ids) | located).order_by("name")


def units_assignable(*, user) -> QuerySet:
    scope = trainer_scope(user)
    if user.is_superuser or scope.everyone:
        return AdministrativeUnit.objects.order_by("path")
    if not scope.unit_paths:
        return AdministrativeUnit.objects.none()
    return AdministrativeUnit.objects.filter(scope.units_q()).order_by("path")


def is_restricted(user) -> bool:
    return not (user.is_superuser or trainer_scope(user).everyone)
