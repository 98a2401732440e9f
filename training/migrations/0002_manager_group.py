from django.db import migrations


def forwards(apps, schema_editor):
    from training.roles import ensure_manager_group

    ensure_manager_group(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("training", "0001_assignments_and_notifications"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
