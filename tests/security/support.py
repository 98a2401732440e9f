"""Users of every role, for the security tests (groups and permissions come from courses.roles' migration)."""

from django.contrib.auth.models import Group

from courses import roles
from courses.models import TrainerScope
from tests.factories import UserFactory

ROLES = {
    "editor": roles.EDITORS,
    "moderator": roles.MODERATORS,
    "trainer": roles.TRAINERS,
    "community": roles.COMMUNITY,
    "site_admin": roles.SITE_ADMINS,
}


def member(role: str, *, units=(), organisations=(), **fields):
    """A staff user in the group of ``role`` (a key of ROLES); a trainer scope when units or organisations are given."""
    user = UserFactory(is_staff=True, **fields)
    user.groups.add(Group.objects.get(name=ROLES[role]))
    if units or organisations:
        scope = TrainerScope.objects.create(user=user)
        scope.administrative_units.set(units)
        scope.organisations.set(organisations)
    return user
