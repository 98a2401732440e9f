"""The community teams' admin screens (see ``admin.py``), registered here and nowhere else."""

from wagtail import hooks
from wagtail.permissions import register_permission_policy

from .admin import CommunityTeamsGroup, ReadOnlyPermissionPolicy
from .models import MemberAction, VillageSession

register_permission_policy(MemberAction, ReadOnlyPermissionPolicy(MemberAction))
register_permission_policy(VillageSession, ReadOnlyPermissionPolicy(VillageSession))


@hooks.register("register_admin_viewset")
def register_community_teams():
    return CommunityTeamsGroup()
