"""Staff saw Wagtail's English defaults in the Vietnamese admin (issue 17.4): the root page "Root"
in every breadcrumb, and the default workflow and task "Moderators approval" on the submit button
of pages outside the catalogue. Only the untouched defaults are renamed."""

from django.db import migrations

ROOT = ("Root", "Gốc")
DEFAULT_WORKFLOW = ("Moderators approval", "Duyệt của người kiểm duyệt")


def rename(apps, schema_editor, forward=True):
    Page = apps.get_model("wagtailcore", "Page")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    Task = apps.get_model("wagtailcore", "Task")
    old_root, new_root = ROOT if forward else ROOT[::-1]
    old_name, new_name = DEFAULT_WORKFLOW if forward else DEFAULT_WORKFLOW[::-1]
    Page.objects.filter(depth=1, title=old_root).update(title=new_root, draft_title=new_root)
    Workflow.objects.filter(name=old_name).update(name=new_name)
    Task.objects.filter(name=old_name).update(name=new_name)


def backwards(apps, schema_editor):
    rename(apps, schema_editor, forward=False)


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0002_audience_choices"),
        ("wagtailcore", "0048_add_default_workflows"),
    ]

    operations = [migrations.RunPython(rename, backwards)]
