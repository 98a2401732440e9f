from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .admin import TASK_PERMISSION, FailedTasksView


@hooks.register("register_admin_urls")
def register_failed_tasks_url():
    return [path("tasks/failed/", FailedTasksView.as_view(), name="ops_failed_tasks")]


class FailedTasksMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(TASK_PERMISSION)


@hooks.register("register_settings_menu_item")
def register_failed_tasks_menu_item():
    return FailedTasksMenuItem(_("Failed background tasks"), reverse("ops_failed_tasks"), icon_name="warning")
