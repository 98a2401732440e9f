"""What site administrators see of the teams' work in Wagtail's admin: read-only lists.

"Thao tác của thành viên tổ" (who did what, when) and the village sessions with their attendance.
Nobody adds, edits or deletes them here: they are written by the team's screens only.
"""

from django.utils.translation import gettext_lazy
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup
from wagtail.permissions import ModelPermissionPolicy

from .models import MemberAction, VillageSession


class ReadOnlyPermissionPolicy(ModelPermissionPolicy):
    """Viewing needs the model's view permission (site administrators); nothing else is allowed."""

    def user_has_permission(self, user, action):
        return action == "view" and super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return "view" in actions and self.user_has_permission(user, "view")

    def user_has_permission_for_instance(self, user, action, instance):
        return self.user_has_permission(user, action)


class MemberActionViewSet(ModelViewSet):
    model = MemberAction
    icon = "history"
    menu_label = gettext_lazy("Team member actions")
    copy_view_enabled = False
    inspect_view_enabled = True
    list_display = ["at", "member_name", "kind", "administrative_unit", "description"]
    list_filter = ["kind", "administrative_unit"]
    search_fields = ["member_name", "description"]
    search_backend_name = None
    list_export = ["at", "member_name", "kind", "administrative_unit", "description"]
    form_fields = ["description"]
    list_per_page = 50

    def get_queryset(self, request):
        return MemberAction.objects.select_related("administrative_unit")


class VillageSessionViewSet(ModelViewSet):
    model = VillageSession
    icon = "group"
    menu_label = gettext_lazy("Village sessions")
    copy_view_enabled = False
    inspect_view_enabled = True
    list_display = ["held_on", "place", "administrative_unit", "course", "led_by"]
    list_filter = ["administrative_unit"]
    search_fields = ["place"]
    search_backend_name = None
    form_fields = ["place"]
    inspect_view_fields = ["held_on", "place", "administrative_unit", "course", "lessons", "led_by", "created_at"]
    list_per_page = 50

    def get_queryset(self, request):
        return VillageSession.objects.select_related("administrative_unit", "course", "led_by")


class CommunityTeamsGroup(ModelViewSetGroup):
    menu_label = gettext_lazy("Community teams")
    menu_icon = "group"
    menu_order = 270
    items = (MemberActionViewSet("team-actions"), VillageSessionViewSet("village-sessions"))
