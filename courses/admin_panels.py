"""Admin home panel: the signed-in editor's own draft courses."""

from django.db.models import Q
from wagtail.admin.ui.components import Component

from .models import CoursePage


class MyDraftCoursesPanel(Component):
    name = "my_draft_courses"
    template_name = "courses/admin/my_draft_courses_panel.html"
    order = 205  # just above Wagtail's "your pages in a workflow"

    def get_context_data(self, parent_context):
        request = parent_context["request"]
        courses = (
            CoursePage.objects.filter(owner=request.user)
            .filter(Q(live=False) | Q(has_unpublished_changes=True))
            .order_by("-latest_revision_created_at")[:10]
        )
        return {"courses": list(courses), "request": request}
