"""The agency manager role ("Quản lý cơ quan"): assigns required courses to their own organisation.

A manager is a member of this group with a trainer scope (``courses.TrainerScope``) naming their
organisation: the scope rule of the reports (``courses/scope.py``) then limits
every listing, report and export to it. Used by the data migration; idempotent.
"""

from courses.models.targets import REPORT_PERMISSION

MANAGERS = "Quản lý cơ quan"
ASSIGNMENT_PERMISSIONS = [f"training.{action}_assignment" for action in ("add", "change", "delete", "view")]
MANAGER_PERMISSIONS = ["wagtailadmin.access_admin", REPORT_PERMISSION, *ASSIGNMENT_PERMISSIONS]
SITE_ADMINS = "Quản trị trang"  # courses.roles.SITE_ADMINS: site administrators assign to anyone


def _permission(apps, dotted: str):
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    app_label, codename = dotted.split(".")
    found = Permission.objects.filter(content_type__app_label=app_label, codename=codename).first()
    if found is not None:
        return found
    # Fresh database: model permissions are created after all migrations; make the ones needed now.
    if app_label == "wagtailadmin":
        model, name = "admin", "Can access Wagtail admin"
    elif app_label == "courses":
        model, name = "target", "Can view training reports"
    else:
        action, model = codename.split("_", 1)
        name = f"Can {action} {model}"
    content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
    permission, _ = Permission.objects.get_or_create(
        content_type=content_type, codename=codename, defaults={"name": name}
    )
    return permission


def ensure_manager_group(apps) -> None:
    Group = apps.get_model("auth", "Group")
    managers, _ = Group.objects.get_or_create(name=MANAGERS)
    managers.permissions.add(*[_permission(apps, p) for p in MANAGER_PERMISSIONS])
    admins, _ = Group.objects.get_or_create(name=SITE_ADMINS)
    admins.permissions.add(*[_permission(apps, p) for p in ASSIGNMENT_PERMISSIONS])
