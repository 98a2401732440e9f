from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import Competence, Topic


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


register_snippet(CourseTaxonomyGroup)


@hooks.register("construct_homepage_panels")
def add_my_draft_courses_panel(request, panels):
    from .admin_panels import MyDraftCoursesPanel

    panels.append(MyDraftCoursesPanel())


from . import certificate_admin, report_hooks  # noqa: E402,F401  (registers their admin views)
