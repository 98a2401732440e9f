"""The learning core in the Wagtail admin: the course taxonomy snippets and the editor's drafts panel.

``courses.wagtail_hooks`` registers what is declared here.
"""

from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.components import Component
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import Competence, CoursePage, Topic


class TopicViewSet(SnippetViewSet):
    model = Topic
    icon = "tag"
    menu_label = _("Topics")
    list_display = ["name", "slug"]
    search_fields = ["name"]
    search_backend_name = None


class CompetenceViewSet(SnippetViewSet):
    model = Competence
    icon = "pick"
    menu_label = _("Competences")
    list_display = ["code", "name", "framework", "parent"]
    list_filter = ["framework"]
    search_fields = ["name", "code"]
    search_backend_name = None


class CourseTaxonomyGroup(SnippetViewSetGroup):
    menu_label = _("Course catalogue")
    menu_icon = "folder-open-inverse"
    menu_order = 240
    items = (TopicViewSet, CompetenceViewSet)


class MyDraftCoursesPanel(Component):
    """Admin home panel: the signed-in editor's own draft courses."""

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
