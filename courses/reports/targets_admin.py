"""Targets (chỉ tiêu) and trainer scopes in the Wagtail admin, under "Training targets"."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup

from ..models import Target, TrainerScope


class TargetViewSet(ModelViewSet):
    model = Target
    icon = "crosshairs"
    menu_label = _("Targets")
    add_to_admin_menu = False
    list_display = ["name", "administrative_unit", "organisation", "learners_required", "start_date", "deadline"]
    list_filter = ["audience", "deadline"]
    search_fields = ["name"]
    search_backend_name = None
    copy_view_enabled = False
    panels = [
        FieldPanel("name"),
        MultiFieldPanel(
            [FieldPanel("administrative_unit"), FieldPanel("organisation")],
            heading=_("Whose learners (choose one)"),
        ),
        FieldPanel("courses", widget=forms.CheckboxSelectMultiple),
        FieldPanel("audience"),
        FieldRowPanel([FieldPanel("learners_required"), FieldPanel("start_date"), FieldPanel("deadline")]),
    ]

    def get_queryset(self, request):
        return Target.objects.select_related("administrative_unit", "organisation")


class TrainerScopeViewSet(ModelViewSet):
    model = TrainerScope
    icon = "user"
    menu_label = _("Trainer scopes")
    add_to_admin_menu = False
    list_display = ["user"]
    search_fields = ["user__email", "user__profile__full_name"]
    search_backend_name = None
    copy_view_enabled = False
    panels = [
        FieldPanel("user"),
        FieldPanel("administrative_units", widget=forms.CheckboxSelectMultiple),
        FieldPanel("organisations", widget=forms.CheckboxSelectMultiple),
    ]

    def get_queryset(self, request):
        return TrainerScope.objects.select_related("user")


class TrainingTargetsGroup(ModelViewSetGroup):
    menu_label = _("Training targets")
    menu_icon = "crosshairs"
    menu_order = 260
    items = (TargetViewSet("training_targets"), TrainerScopeViewSet("trainer_scopes"))
