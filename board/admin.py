"""The board's admin screens: criteria (ModelViewSet), the board's routes, and its menu."""

from django import forms
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.menu import Menu, MenuItem, SubmenuMenuItem
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.admin.viewsets.model import ModelViewSet

from courses.models.targets import REPORT_PERMISSION

from .criteria import kinds
from .models import Criterion
from .views import BoardUnitView, BoardView, LaggingView


class CriterionViewSet(ModelViewSet):
    model = Criterion
    icon = "list-ol"
    menu_label = _("Criteria")
    add_to_admin_menu = False
    list_display = ["name", "applies_to", "kind_label", "weight", "target_percent", "is_active"]
    list_filter = ["applies_to", "is_active"]
    search_fields = ["name"]
    search_backend_name = None
    copy_view_enabled = True
    panels = [
        FieldPanel("name"),
        FieldPanel("description"),
        FieldRowPanel([FieldPanel("applies_to"), FieldPanel("kind")]),
        FieldRowPanel([FieldPanel("weight"), FieldPanel("target_percent"), FieldPanel("sort_order")]),
        FieldPanel("target_number"),
        FieldPanel("courses", widget=forms.CheckboxSelectMultiple),
        FieldPanel("is_active"),
    ]

    def get_form_class(self, for_update=False):
        form_class = super().get_form_class(for_update)
        explanations = " ".join(f"{kind.label}: {kind.help_text}" for kind in kinds() if kind.help_text)
        form_class.base_fields["kind"].help_text = explanations
        return form_class


class BoardMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(REPORT_PERMISSION)


criteria_viewset = CriterionViewSet("board_criteria")


def board_urls() -> list:
    return [
        path("board/", BoardView.as_view(), name="board_index"),
        path("board/lagging/", LaggingView.as_view(), name="board_lagging"),
        path("board/<str:of>/<int:pk>/", BoardUnitView.as_view(), name="board_unit"),
    ]


def board_menu_item() -> SubmenuMenuItem:
    items = [
        BoardMenuItem(_("Ranking"), reverse("board_index"), name="board-ranking", icon_name="table", order=1),
        BoardMenuItem(
            _("What is lagging"), reverse("board_lagging"), name="board-lagging", icon_name="warning", order=2
        ),
        criteria_viewset.get_menu_item(order=3),
    ]
    return SubmenuMenuItem(_("Evaluation board"), Menu(items=items), name="board", icon_name="table", order=270)
