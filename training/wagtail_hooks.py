"""Everything required training adds to Wagtail: the "Required courses" screens, its reports in the
"Reports" menu, and the learner panels the site's pages show (dashboard, course page, profile)."""

from django.template.loader import render_to_string
from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.permissions import register_permission_policy

from courses.models.targets import REPORT_PERMISSION

from .admin import AssignmentPermissionPolicy, AssignmentViewSet, OverduePanel
from .models import Assignment
from .reports import REPORTS
from .selectors import request_profile, required_courses

register_permission_policy(Assignment, AssignmentPermissionPolicy(Assignment))


@hooks.register("register_admin_viewset")
def register_assignments():
    return AssignmentViewSet("required_courses")


@hooks.register("register_admin_urls")
def register_required_training_report_urls():
    urls = []
    for slug, view in REPORTS:
        urls += [
            path(f"training-reports/{slug}/", view.as_view(), name=view.index_url_name),
            path(
                f"training-reports/{slug}/results/", view.as_view(results_only=True), name=view.index_results_url_name
            ),
        ]
    return urls


@hooks.register("construct_reports_menu")
def add_required_training_report_menu_items(request, menu_items):
    if not request.user.has_perm(REPORT_PERMISSION):
        return
    menu_items.extend(
        MenuItem(
            view.page_title,
            reverse(view.index_url_name),
            name=f"training-{slug}",
            icon_name=view.header_icon,
            order=150 + order,
        )
        for order, (slug, view) in enumerate(REPORTS)
    )


@hooks.register("construct_homepage_panels")
def add_overdue_panel(request, panels):
    if request.user.has_perm(REPORT_PERMISSION) and (panel := OverduePanel.for_request(request)) is not None:
        panels.append(panel)


# --- Learner panels (rendered by elearn.accounts' {% learner_panels %} tag) -------------------------


@hooks.register("learner_panels_dashboard")
def required_courses_on_dashboard(request, context):
    required = required_courses(user=request.user, profile=request_profile(request))
    if not required:  # most learners: nothing to show, nothing to render
        return ""
    return render_to_string("training/dashboard_panel.html", {"required": required}, request=request)


@hooks.register("learner_panels_course")
def required_course_on_course_page(request, context):
    page = context.get("page")
    if page is None or not request.user.is_authenticated:
        return ""
    required = required_courses(user=request.user, course=page, profile=request_profile(request))
    if not required:
        return ""
    return render_to_string("training/course_panel.html", {"entry": required[0]}, request=request)


@hooks.register("learner_panels_profile")
def notification_links_on_profile(request, context):
    return render_to_string("training/profile_panel.html", {}, request=request)
