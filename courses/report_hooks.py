"""Admin registration of the trainer reports (the "Báo cáo" menu), targets and trainer scopes."""

from django import forms
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup

from .models import Target, TrainerScope
from .report_selectors import REPORT_PERMISSION
from .reports import (
    CourseCompletionReportView,
    CourseLearnersReportView,
    OrganisationReportView,
    TargetReportView,
    TrainingDashboardPanel,
    UnitReportView,
)

# (URL slug, URL name prefix, view, menu label, icon)
REPORTS = [
    ("course-completion", "course_completion", CourseCompletionReportView, _("Course completion"), "tasks"),
    ("course-learners", "course_learners", CourseLearnersReportView, _("Learners in a course"), "group"),
    ("administrative-units", "unit", UnitReportView, _("By administrative unit"), "site"),
    ("organisations", "organisation", OrganisationReportView, _("By organisation"), "group"),
    ("targets", "target", TargetReportView, _("Targets"), "crosshairs"),
]


@hooks.register("register_admin_urls")
def register_training_report_urls():
    urls = []
    for slug, name, view, *_rest in REPORTS:
        urls += [
            path(f"training-reports/{slug}/", view.as_view(), name=f"{name}_report"),
            path(
                f"training-reports/{slug}/results/",
                view.as_view(results_only=True),
                name=f"{name}_report_results",
            ),
        ]
    return urls


class TrainingReportMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(REPORT_PERMISSION)


def _menu_item_hook(name, label, icon, order):
    def menu_item():
        return TrainingReportMenuItem(
            label, reverse(f"{name}_report"), name=f"training-{name}", icon_name=icon, order=order
        )

    return menu_item


for _order, (_slug, _name, _view, _label, _icon) in enumerate(REPORTS):
    hooks.register("register_reports_menu_item", _menu_item_hook(_name, _label, _icon, 100 + _order))


@hooks.register("construct_homepage_panels")
def add_training_dashboard_panel(request, panels):
    if request.user.has_perm(REPORT_PERMISSION):
        panels.append(TrainingDashboardPanel())


# --- Targets and trainer scopes ---------------------------------------------------------------


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


@hooks.register("register_admin_viewset")
def register_training_targets():
    return TrainingTargetsGroup()
