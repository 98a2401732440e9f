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
    assert ["D1", "Huyện Diễn Châu", str(AdministrativeUnit.Level.DISTRICT.label), "3", "5", "3", "60.0"] in rows
    sheet = xlsx_rows(client, "organisation")
    agency = str(world.O2.get_kind_display())
    assert ("HTX Nghi Thiết", agency, "Xã Nghi Thiết", 1, 1, 1, 100) in sheet
