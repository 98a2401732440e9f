"""The community team group ("Tổ công nghệ số cộng đồng") may use the team's screens."""

from django.db import migrations

GROUP = "Tổ công nghệ số cộng đồng"  # courses.roles.COMMUNITY, frozen here as migrations are
SITE_ADMINS = "Quản trị trang"  # courses.roles.SITE_ADMINS
CODENAME = "work_in_community"
NAME = "Can work as a community digital-technology team member"


def grant(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    content_type, _ = ContentType.objects.get_or_create(app_label="community", model="villagesession")
    permission, _ = Permission.objects.get_or_create(
        content_type=content_type, codename=CODENAME, defaults={"name": NAME}
    )
    group, _ = Group.objects.get_or_create(name=GROUP)
    group.permissions.add(permission)
    # Site administrators see what the teams did (read-only lists in the admin).
    admins, _ = Group.objects.get_or_create(name=SITE_ADMINS)
    for model in ("memberaction", "villagesession"):
        content_type, _ = ContentType.objects.get_or_create(app_label="community", model=model)
        view, _ = Permission.objects.get_or_create(
            content_type=content_type, codename=f"view_{model}", defaults={"name": f"Can view {model}"}
        )
        admins.permissions.add(view)


class Migration(migrations.Migration):
    dependencies = [("community", "0001_village_sessions_and_assisted_residents"), ("courses", "0004_roles")]
    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
