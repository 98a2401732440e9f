from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import AdministrativeUnit, LearnerProfile, Organisation


class AdministrativeUnitViewSet(SnippetViewSet):
    model = AdministrativeUnit
    icon = "site"
    menu_label = _("Administrative units")
    list_display = ["name", "code", "level", "parent", "is_active"]
    list_filter = ["level", "is_active"]
    search_fields = ["name", "code"]
    search_backend_name = None
    ordering = ["path"]
    list_per_page = 50
    panels = [
        FieldPanel("name"),
        FieldPanel("code"),
        FieldPanel("level"),
        FieldPanel("parent"),
        FieldPanel("is_active"),
    ]


class OrganisationViewSet(SnippetViewSet):
    model = Organisation
    icon = "group"
    menu_label = _("Organisations")
    list_display = ["name", "kind", "administrative_unit"]
    list_filter = ["kind"]
    search_fields = ["name"]
    search_backend_name = None


class LearnerProfileViewSet(SnippetViewSet):
    model = LearnerProfile
    icon = "user"
    menu_label = _("Learners")
    list_display = ["full_name", "audience", "administrative_unit", "organisation", "created_at"]
    list_filter = ["audience"]
    search_fields = ["full_name"]
    search_backend_name = None
    panels = [
        FieldPanel("full_name"),
        FieldPanel("audience"),
        FieldPanel("administrative_unit"),
        FieldPanel("organisation"),
        FieldPanel("consent_given_at", read_only=True),
        FieldPanel("consent_policy_version", read_only=True),
    ]

    def get_queryset(self, request):
        return LearnerProfile.objects.select_related("administrative_unit", "organisation")

    def register_chooser_viewset(self):
        # No chooser (13.3): Wagtail's snippet chooser asks only for admin access, so every editor,
        # moderator, trainer and community team member could search every learner's name
        # (/admin/snippets/choose/accounts/learnerprofile/results/?q=…). No form chooses a learner;
        # staff who may see learners use the listing, which checks the view permission.
        return None


class PeopleViewSetGroup(SnippetViewSetGroup):
    menu_label = _("Learners & units")
    menu_icon = "group"
    menu_order = 250
    items = (LearnerProfileViewSet, AdministrativeUnitViewSet, OrganisationViewSet)


register_snippet(PeopleViewSetGroup)
