"""Report 3: learning totals by administrative unit (rolled up the tree) and by organisation."""

from decimal import Decimal

import pytest

from elearn.accounts.models import AdministrativeUnit
from tests.courses.reports.support import (
    RESIDENT,
    UNIT_FIELDS,
    csv_rows,
    screen_rows,
    xlsx_rows,
)

pytestmark = pytest.mark.django_db


def test_unit_report_rolls_up_the_tree(client, superuser, world):
    client.force_login(superuser)
    rows = {row["code"]: tuple(row[f] for f in UNIT_FIELDS) for row in screen_rows(client, "unit")}
    assert rows["C1"] == (2, 3, 2, Decimal("66.7"))
    assert rows["C2"] == (1, 2, 1, 50.0)
    assert rows["C3"] == (2, 3, 2, Decimal("66.7"))
    assert rows["D1"] == (3, 5, 3, 60.0)
    assert rows["D2"] == (2, 3, 2, Decimal("66.7"))
    assert rows["40"] == (5, 8, 5, 62.5)


def test_unit_report_filters(client, superuser, world):
    client.force_login(superuser)
    rows = screen_rows(client, "unit", course=world.A.pk, level="district")
    assert {row["code"]: tuple(row[f] for f in UNIT_FIELDS) for row in rows} == {
        "D1": (3, 3, 2, Decimal("66.7")),
        "D2": (1, 1, 1, 100.0),
    }
    rows = screen_rows(client, "unit", within=world.D2.pk, audience=RESIDENT)
    assert {row["code"]: tuple(row[f] for f in UNIT_FIELDS) for row in rows} == {
        "D2": (2, 3, 2, Decimal("66.7")),
        "C3": (2, 3, 2, Decimal("66.7")),
    }


def test_organisation_report(client, superuser, world):
    client.force_login(superuser)
    rows = {row["name"]: tuple(row[f] for f in UNIT_FIELDS) for row in screen_rows(client, "organisation")}
    assert rows == {"UBND xã Diễn Kim": (2, 4, 2, 50.0), "HTX Nghi Thiết": (1, 1, 1, 100.0)}
    rows = screen_rows(client, "organisation", course=world.B.pk)
    assert {row["name"]: row["enrollments"] for row in rows} == {"UBND xã Diễn Kim": 2, "HTX Nghi Thiết": 0}


def test_unit_and_organisation_exports(client, superuser, world):
    client.force_login(superuser)
    rows = csv_rows(client, "unit")
    district = str(AdministrativeUnit.Level.DISTRICT.label)
    assert ["D1", "Huyện Diễn Châu", district, "3", "5", "3", "60.0", "0", "0"] in rows
    sheet = xlsx_rows(client, "organisation")
    agency = str(world.O2.get_kind_display())
    assert ("HTX Nghi Thiết", agency, "Xã Nghi Thiết", 1, 1, 1, 100) in sheet


def test_unit_report_counts_lessons_completed_online_and_in_person(client, superuser, world):
    from courses.models import LessonCompletion, LessonPage
    from courses.services import lesson_complete

    lesson_a = LessonPage.objects.child_of(world.A).exclude(pk=world.QA.pk).get()
    lesson_c = LessonPage.objects.child_of(world.C).get()
    LessonPage.objects.filter(pk=lesson_c.pk).update(completable_in_person=True)
    lesson_c.refresh_from_db()
    lesson_complete(user=world.L4, lesson=lesson_a)  # C3, online
    lesson_complete(user=world.L5, lesson=lesson_c, source=LessonCompletion.Source.IN_PERSON)  # C3
    lesson_complete(user=world.L1, lesson=lesson_a)  # C1, online
    client.force_login(superuser)
    rows = {row["code"]: (row["lessons_online"], row["lessons_in_person"]) for row in screen_rows(client, "unit")}
    assert rows["C3"] == (1, 1) and rows["C1"] == (1, 0) and rows["C2"] == (0, 0)
    assert rows["D2"] == (1, 1) and rows["40"] == (2, 1)
    rows = screen_rows(client, "unit", course=world.C.pk)
    assert {row["code"]: row["lessons_in_person"] for row in rows}["C3"] == 1
    assert ["C3", "Xã Nghi Thiết", str(AdministrativeUnit.Level.COMMUNE.label), "2", "3", "2", "66.7", "1", "1"] in (
        csv_rows(client, "unit")
    )
