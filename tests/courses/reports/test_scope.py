"""Who sees what: trainer scopes on every screen and export; no permission, no data."""

from decimal import Decimal

import pytest
from django.urls import reverse

from courses.certificates.selectors import units_for_staff
from courses.reports.selectors.units import units_for_report
from tests.courses.reports.support import (
    REPORTS,
    csv_rows,
    screen_rows,
    staff,
    summary,
    trainer,
    xlsx_rows,
)

pytestmark = pytest.mark.django_db


def test_scoped_trainer_sees_only_their_units_on_every_screen_and_export(client, world):
    client.force_login(trainer(units=[world.D2]))
    rows = screen_rows(client, "course_completion")
    assert summary(rows, world.A.title) == (1, 0, 1, 100.0, Decimal("80.0"), 1)
    assert summary(rows, world.B.title) == (1, 1, 0, 0.0, None, 0)
    assert [world.A.title, "1", "0", "1", "100.0", "80.0", "1"] in csv_rows(client, "course_completion")
    assert (world.B.title, 1, 1, 0, 0, None, 0) in xlsx_rows(client, "course_completion")

    names = {row["name"] for row in screen_rows(client, "course_learners", course=world.A.pk)}
    assert names == {"Phạm Thị Bốn"}
    # Even when asking for a unit outside their scope.
    assert screen_rows(client, "course_learners", course=world.A.pk, administrative_unit=world.D1.pk) == []
    assert [row[0] for row in csv_rows(client, "course_learners", course=world.A.pk)[1:]] == ["Phạm Thị Bốn"]
    assert [row[0] for row in xlsx_rows(client, "course_learners", course=world.B.pk)[1:]] == ["Võ Văn Năm"]

    units = {row["code"]: row["learners"] for row in screen_rows(client, "unit")}
    assert units == {"D2": 2, "C3": 2}
    assert {row[0] for row in csv_rows(client, "unit")[1:]} == {"D2", "C3"}
    organisations = {row["name"]: row["learners"] for row in screen_rows(client, "organisation")}
    assert organisations == {"HTX Nghi Thiết": 1}
    assert [row[0] for row in xlsx_rows(client, "organisation")[1:]] == ["HTX Nghi Thiết"]


def test_trainer_scoped_to_an_organisation(client, world):
    client.force_login(trainer(organisations=[world.O1]))
    rows = screen_rows(client, "course_completion")
    assert summary(rows, world.A.title) == (2, 1, 1, 50.0, Decimal("65.0"), 1)
    names = {row["name"] for row in screen_rows(client, "course_learners", course=world.B.pk)}
    assert names == {"Lê Văn Một", "Hồ Sỹ Ba"}
    units = {row["code"]: row["learners"] for row in screen_rows(client, "unit")}
    assert units["40"] == 2 and units["C3"] == 0  # all units listed, only O1's learners counted


def test_unscoped_trainer_sees_everyone(client, world):
    client.force_login(trainer())
    assert summary(screen_rows(client, "course_completion"), world.A.title)[0] == 4


@pytest.mark.parametrize("name", REPORTS)
def test_staff_without_the_permission_get_403_everywhere(client, world, name):
    client.force_login(staff("courses.add_target", "courses.change_target"))
    for suffix, params in (
        ("_report", ""),
        ("_report_results", ""),
        ("_report", "?export=csv"),
        ("_report", "?export=xlsx"),
    ):
        response = client.get(reverse(f"{name}{suffix}") + params)
        assert response.status_code == 403, (suffix, params)


@pytest.mark.parametrize("name", REPORTS)
def test_learners_and_anonymous_visitors_get_no_data(client, world, name):
    for user in (world.L1, None):
        client.logout()
        if user:
            client.force_login(user)
        for params in ("", "?export=csv", "?export=xlsx"):
            response = client.get(
                reverse(f"{name}_report") + params + ("&" if params else "?") + f"course={world.A.pk}"
            )
            assert response.status_code in (302, 403)
            assert "Lê Văn Một".encode() not in response.content
            assert "attachment" not in response.get("Content-Disposition", "")


def test_the_units_one_may_list_follow_the_scope_and_the_permission(world):
    """One rule (courses.scope.units_in_scope) for the reports' and the certificates' unit choices."""
    scoped = trainer(units=[world.D2])
    assert {unit.code for unit in units_for_report(user=scoped)} == {"D2", "C3"}
    everyone = set(units_for_report(user=trainer()))
    assert everyone == set(units_for_report(user=trainer(organisations=[world.O1]))) and len(everyone) > 2
    # Without the permission: no unit at all (it used to be every unit, as for an unscoped trainer).
    assert list(units_for_report(user=staff())) == []
    assert list(units_for_staff(user=scoped)) == []  # a trainer, without the certificates' permission
    assert {unit.code for unit in units_for_staff(user=staff("courses.view_certificate"))} == {
        unit.code for unit in everyone
    }
