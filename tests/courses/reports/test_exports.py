"""Exported reports say what they are (issue 17.9), and report filters list units in Vietnamese order (17.10)."""

import re
from datetime import date
from urllib.parse import unquote

import pytest
from django.utils import timezone
from django.utils.formats import date_format

from courses.reports.views.exports import export_names
from tests.courses.reports.support import csv_file, url, xlsx_file

pytestmark = pytest.mark.django_db


def filenames(response) -> tuple[str, str]:
    """(ASCII ``filename``, decoded UTF-8 ``filename*``) of an attachment."""
    header = response["Content-Disposition"]
    assert header.startswith("attachment; ")
    ascii_name = re.search(r'filename="([^"]*)"', header).group(1)
    readable = unquote(re.search(r"filename\*=UTF-8''(\S+)", header).group(1))
    assert ascii_name.isascii()
    return ascii_name, readable


def test_export_file_names_say_report_commune_course_and_date(client, superuser, world):
    client.force_login(superuser)
    today = timezone.localdate().isoformat()
    response = client.get(url("course_completion", export="csv", administrative_unit=world.C1.pk))
    assert filenames(response) == (
        f"tinh-hinh-hoan-thanh-khoa-hoc_xa-dien-kim_{today}.csv",
        f"Tình hình hoàn thành khóa học - Xã Diễn Kim - {today}.csv",
    )
    response = client.get(url("course_learners", export="xlsx", course=world.A.pk, organisation=world.O1.pk))
    assert filenames(response) == (
        f"nguoi-hoc-theo-khoa-hoc_ubnd-xa-dien-kim_a-dich-vu-cong_{today}.xlsx",
        f"Người học theo khóa học - UBND xã Diễn Kim - A – Dịch vụ công - {today}.xlsx",
    )
    response = client.get(url("organisation", export="csv"))
    assert filenames(response) == (f"theo-co-quan-don-vi_{today}.csv", f"Theo cơ quan-đơn vị - {today}.csv")


def test_the_first_rows_of_csv_and_xlsx_state_the_filters(client, superuser, world):
    client.force_login(superuser)
    params = {"administrative_unit": world.C1.pk, "audience": "resident", "enrolled_at_from": "2026-01-05"}
    for read in (csv_file, xlsx_file):
        preamble, table = read(client, "course_completion", **params)
        cells = [[cell for cell in row if cell not in (None, "")] for row in preamble]
        assert cells[0] == ["Báo cáo", "Tình hình hoàn thành khóa học"]
        assert cells[1][0] == "Ngày xuất" and date_format(timezone.localdate(), "SHORT_DATE_FORMAT") in cells[1][1]
        assert ["Đơn vị hành chính", "Xã Diễn Kim"] in cells
        assert ["Đối tượng", "Người dân"] in cells
        assert ["Đăng ký học trong khoảng", f"từ {date_format(date(2026, 1, 5), 'SHORT_DATE_FORMAT')}"] in cells
        assert table[0][0] == "Khóa học"  # then the headings, as before

    preamble, _table = csv_file(client, "course_completion")
    assert ["Bộ lọc", "Không có: toàn bộ số liệu bạn được xem"] in preamble


def test_a_filter_value_cannot_smuggle_a_formula_into_the_preamble(client, superuser, world):
    world.A.title = "=HYPERLINK(1)"
    world.A.save()
    client.force_login(superuser)
    preamble, _table = csv_file(client, "course_learners", course=world.A.pk)
    assert ["Khóa học", "'=HYPERLINK(1)"] in preamble


def test_export_names_cut_long_titles_and_keep_ascii_and_readable_forms():
    ascii_name, readable = export_names("Báo cáo", [("course", "Khóa học", "Đ" * 200)], today=date(2026, 12, 2))
    assert ascii_name == "bao-cao_" + "d" * 60 + "_2026-12-02"
    assert readable == "Báo cáo - " + "Đ" * 60 + " - 2026-12-02"


def unit_options(html: str) -> list[str]:
    select = re.search(r'(?s)<select name="administrative_unit"[^>]*>(.*?)</select>', html).group(1)
    return [re.sub(r"\s+", " ", label).strip() for label in re.findall(r"(?s)<option[^>]*>(.*?)</option>", select)]


def test_report_unit_filter_lists_siblings_in_vietnamese_alphabetical_order(client, superuser, world):
    from tests.factories import AdministrativeUnitFactory

    AdministrativeUnitFactory(code="C4", name="Xã Đông Hiếu", parent=world.D2)
    AdministrativeUnitFactory(code="C5", name="Xã Yên Thành", parent=world.D2)
    AdministrativeUnitFactory(code="C6", name="Xã Anh Sơn", parent=world.D2)
    client.force_login(superuser)
    options = unit_options(client.get(url("course_completion")).content.decode())
    assert options == [
        "Tất cả đơn vị",
        "Tỉnh Nghệ An",
        "— Huyện Diễn Châu",
        "— — Xã Diễn Hải",  # created after Diễn Kim: the list used to follow creation order
        "— — Xã Diễn Kim",
        "— Huyện Nghi Lộc",
        "— — Xã Anh Sơn",
        "— — Xã Đông Hiếu",  # Đ after D, before Y (not after Z)
        "— — Xã Nghi Thiết",
        "— — Xã Yên Thành",
    ]
