"""The trainer reports in the Wagtail admin: routes, the "Reports" menu items, the admin home panel.

``courses.wagtail_hooks`` registers what is declared here.
"""

from django.urls import path, reverse
from wagtail.admin.menu import MenuItem

from ..models.targets import REPORT_PERMISSION
from .views.course_completion import CourseCompletionReportView
from .views.course_learners import CourseLearnersReportView
from .views.dashboard import TrainingDashboardPanel
from .views.targets import TargetReportView
from .views.units import OrganisationReportView, UnitReportView

# (URL slug, view). The view declares its URL names, menu label (page_title) and icon.
REPORTS = [
    ("course-completion", CourseCompletionReportView),
    ("course-learners", CourseLearnersReportView),
    ("administrative-units", UnitReportView),
    ("organisations", OrganisationReportView),
    ("targets", TargetReportView),
]


def report_urls() -> list:
    """Each report's screen and its results-only fragment (what the filters reload)."""
    urls = []
    for slug, view in REPORTS:
        urls += [
            path(f"training-reports/{slug}/", view.as_view(), name=view.index_url_name),
            path(
                f"training-reports/{slug}/results/", view.as_view(results_only=True), name=view.index_results_url_name
            ),
        ]
    return urls


class TrainingReportMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(REPORT_PERMISSION)


def report_menu_items() -> list[MenuItem]:
    """One "Reports" menu item per report, in the order of ``REPORTS``, for report viewers only."""
    return [
        TrainingReportMenuItem(
            view.page_title,
            reverse(view.index_url_name),
            name=f"training-{view.index_url_name.removesuffix('_report')}",
            icon_name=view.header_icon,
            order=100 + order,
        )
        for order, (_slug, view) in enumerate(REPORTS)
    ]


def training_dashboard_panels(request) -> list:
    """The admin home's training summary, for report viewers only."""
    return [TrainingDashboardPanel()] if request.user.has_perm(REPORT_PERMISSION) else []
