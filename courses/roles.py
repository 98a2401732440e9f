"""The platform's roles: groups, their permissions and the course review workflow.

Used by the data migration (with historical models from ``apps``) and again when the
course catalogue page is created, so a fresh site gets page permissions and the
workflow on its course tree without manual steps. Idempotent.
"""

from .models.targets import REPORT_PERMISSION, REPORT_PERMISSION_CODENAME, REPORT_PERMISSION_NAME

EDITORS = "Biên tập viên khóa học"
MODERATORS = "Kiểm duyệt viên"
TRAINERS = "Giảng viên"
COMMUNITY = "Tổ công nghệ số cộng đồng"
SITE_ADMINS = "Quản trị trang"
WORKFLOW_NAME = "Duyệt khóa học"
TASK_NAME = "Kiểm duyệt viên phê duyệt"

_CONTENT = [
    "wagtailadmin.access_admin",
    "wagtailimages.add_image",
    "wagtailimages.change_image",
    "wagtailimages.choose_image",
    "wagtaildocs.add_document",
    "wagtaildocs.change_document",
    "wagtaildocs.choose_document",
    "courses.add_topic",
    "courses.change_topic",
    "courses.add_competence",
    "courses.change_competence",
]
_REPORTS = ["wagtailadmin.access_admin", REPORT_PERMISSION, "courses.view_certificate"]

MODEL_PERMISSIONS = {
    EDITORS: _CONTENT,
    MODERATORS: _CONTENT + ["courses.view_certificate", "courses.change_certificate"],
    TRAINERS: _REPORTS,
    COMMUNITY: _REPORTS,
    SITE_ADMINS: _CONTENT
    + _REPORTS
    + [
        "courses.change_certificate",
        "courses.add_target",
        "courses.change_target",
        "courses.delete_target",
        "courses.view_target",
        "courses.add_trainerscope",
        "courses.change_trainerscope",
        "courses.delete_trainerscope",
        "courses.view_trainerscope",
        "courses.add_certificatetemplate",
        "courses.change_certificatetemplate",
        "courses.delete_certificatetemplate",
        "courses.delete_topic",
        "courses.delete_competence",
        "accounts.add_administrativeunit",
        "accounts.change_administrativeunit",
        "accounts.add_organisation",
        "accounts.change_organisation",
        "accounts.view_learnerprofile",
        "accounts.change_learnerprofile",
        "accounts.add_user",
        "accounts.change_user",
        "accounts.view_user",
        "auth.add_group",
        "auth.change_group",
        "auth.view_group",
        "home.change_sitesettings",
        "wagtailimages.delete_image",
        "wagtaildocs.delete_document",
    ],
}

# Permissions declared in a model's Meta.permissions: codename → (model, name as in Meta).
CUSTOM_PERMISSIONS = {REPORT_PERMISSION_CODENAME: ("target", REPORT_PERMISSION_NAME)}

# Page permissions on the course catalogue (and so every course, section, lesson and quiz).
PAGE_PERMISSIONS = {
    EDITORS: ["add_page", "change_page"],
    MODERATORS: ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"],
    SITE_ADMINS: ["add_page", "change_page", "publish_page", "lock_page", "unlock_page", "bulk_delete_page"],
}


def _permission(apps, dotted: str):
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    app_label, codename = dotted.split(".")
    found = Permission.objects.filter(content_type__app_label=app_label, codename=codename).first()
    if found is not None:
        return found
    # In a fresh database Django creates model permissions only after all migrations;
    # create the ones we need now (post_migrate then finds them and does nothing).
    if app_label == "wagtailadmin":
        content_type, _ = ContentType.objects.get_or_create(app_label="wagtailadmin", model="admin")
        name = "Can access Wagtail admin"
    elif codename in CUSTOM_PERMISSIONS:
        model, name = CUSTOM_PERMISSIONS[codename]
        content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
    else:
        action, model = codename.split("_", 1)
        content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
        name = f"Can {action} {model}"
    permission, _ = Permission.objects.get_or_create(
        content_type=content_type, codename=codename, defaults={"name": name}
    )
    return permission


def ensure_groups(apps) -> dict:
    Group = apps.get_model("auth", "Group")
    groups = {}
    for name, permissions in MODEL_PERMISSIONS.items():
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.add(*[_permission(apps, p) for p in permissions])
        groups[name] = group
    return groups


def ensure_workflow(apps, groups: dict):
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    ContentType = apps.get_model("contenttypes", "ContentType")
    workflow, _ = Workflow.objects.get_or_create(name=WORKFLOW_NAME, defaults={"active": True})
    task = GroupApprovalTask.objects.filter(name=TASK_NAME).first()
    if task is None:
        content_type, _ = ContentType.objects.get_or_create(app_label="wagtailcore", model="groupapprovaltask")
        task = GroupApprovalTask.objects.create(name=TASK_NAME, active=True, content_type=content_type)
    task.groups.add(groups[MODERATORS])
    WorkflowTask.objects.get_or_create(workflow=workflow, task_id=task.pk, defaults={"sort_order": 0})
    return workflow


def attach_catalogue(apps, catalogue_page_id: int) -> None:
    """Page permissions on the catalogue and the review workflow for every course below it."""
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    Permission = apps.get_model("auth", "Permission")
    groups = ensure_groups(apps)
    for name, codenames in PAGE_PERMISSIONS.items():
        for codename in codenames:
            permission = Permission.objects.get(content_type__app_label="wagtailcore", codename=codename)
            GroupPagePermission.objects.get_or_create(
                group=groups[name], page_id=catalogue_page_id, permission=permission
            )
    workflow = ensure_workflow(apps, groups)
    WorkflowPage.objects.update_or_create(page_id=catalogue_page_id, defaults={"workflow": workflow})


def setup_roles(apps) -> None:
    # Wagtail's installer adds English "Editors"/"Moderators" groups with rights on the
    # whole tree; the platform's own roles replace them (kept if someone was added to them).
    Group = apps.get_model("auth", "Group")
    Group.objects.filter(name__in=["Editors", "Moderators"], user__isnull=True).delete()
    groups = ensure_groups(apps)
    ensure_workflow(apps, groups)
    CourseIndexPage = apps.get_model("courses", "CourseIndexPage")
    for page_id in CourseIndexPage.objects.values_list("pk", flat=True):
        attach_catalogue(apps, page_id)
