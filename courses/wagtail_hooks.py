"""The table of contents of the admin: everything the courses app adds to Wagtail's admin, in one list.

Each feature declares its admin screens in its own module (``courses.admin``,
``courses.certificates.admin``, ``courses.reports.admin``, ``courses.reports.targets_admin``);
nothing registers itself by being imported. Menu order: catalogue 240, certificates and
training targets 260, reports in Wagtail's "Reports" menu.
"""

from wagtail import hooks
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet

from .admin import CourseTaxonomyGroup, MyDraftCoursesPanel
from .certificates.admin import CertificatePermissionPolicy, CertificateViewSet
from .models import Certificate
from .reports.admin import report_menu_items, report_urls, training_dashboard_panels
from .reports.targets_admin import TrainingTargetsGroup

# --- Course catalogue: topics and competences (snippets) ---------------------------------------
register_snippet(CourseTaxonomyGroup)

# --- Certificates: list, audit trail, re-issue, revoke, ZIP; never added or deleted by hand ------
register_permission_policy(Certificate, CertificatePermissionPolicy(Certificate))


@hooks.register("register_admin_viewset")
def register_certificates():
    return CertificateViewSet("certificates")


# --- Training targets and trainer scopes ---------------------------------------------------------
@hooks.register("register_admin_viewset")
def register_training_targets():
    return TrainingTargetsGroup()


# --- Trainer reports: routes and items in Wagtail's "Reports" menu ------------------------------
@hooks.register("register_admin_urls")
def register_training_report_urls():
    return report_urls()


@hooks.register("construct_reports_menu")
def add_training_report_menu_items(request, menu_items):
    # Wagtail filters registered items by is_shown before this hook; ours are filtered here.
    menu_items.extend(item for item in report_menu_items() if item.is_shown(request))


# --- Admin home panels: the editor's draft courses, the trainer's training summary ----------------
@hooks.register("construct_homepage_panels")
def add_course_panels(request, panels):
    panels.append(MyDraftCoursesPanel())
    panels.extend(training_dashboard_panels(request))
