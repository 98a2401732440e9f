"""Vietnamese everywhere: the project's catalogue is complete and the admin is translated."""

from pathlib import Path

import pytest

from elearn.i18n_coverage import _messages, coverage

ROOT = Path(__file__).resolve().parent.parent
PROJECT_PO = ROOT / "elearn" / "locale" / "vi" / "LC_MESSAGES" / "django.po"


def test_project_catalogue_is_complete():
    text = PROJECT_PO.read_text(encoding="utf-8")
    assert "#, fuzzy" not in text
    blocks = [b for b in text.split("\n\n") if "msgid" in b and 'msgid ""\nmsgstr ""\n"' not in b]
    untranslated = [b for b in blocks if b.rstrip().endswith('msgstr ""') or b.rstrip().endswith('msgstr[0] ""')]
    assert untranslated == []
    assert len(_messages(PROJECT_PO)) > 300


@pytest.mark.parametrize("result", coverage(), ids=lambda r: r.module)
def test_wagtail_admin_modules_are_at_least_95_percent_vietnamese(result):
    assert result.percent >= 95, f"{result.module}: {result.translated}/{result.total}"


def test_coverage_measure_can_fail(settings):
    # Without the project's vendor catalogues, upstream Wagtail's Vietnamese is far from complete.
    settings.LOCALE_PATHS = [ROOT / "elearn" / "locale"]
    admin = next(r for r in coverage() if r.module == "wagtail.admin")
    assert admin.percent < 50


@pytest.mark.django_db
def test_admin_dashboard_and_course_editor_are_vietnamese(client, django_user_model, catalogue):
    client.force_login(django_user_model.objects.create_superuser("admin", "admin@example.vn", "x"))
    dashboard = client.get("/admin/").content.decode()
    assert "Bảng điều khiển" in dashboard
    editor = client.get(f"/admin/pages/add/courses/coursepage/{catalogue.pk}/").content.decode()
    for label in ("Tóm tắt", "Đối tượng", "Điều kiện hoàn thành", "Lưu bản nháp", "Xuất bản"):
        assert label in editor, label
