"""Report 2, learners in a course: rows, filters, the unit filter, exports."""

from decimal import Decimal

import pytest
from django.conf import settings
from django.utils import timezone, translation
from django.utils.translation import gettext

from courses.models import Certificate
from elearn.accounts.choices import Audience
from tests.courses.reports.support import (
    RESIDENT,
    at,
    csv_rows,
    screen_rows,
    url,
    xlsx_rows,
)

pytestmark = pytest.mark.django_db


def test_course_learners_lists_each_learner_with_best_score_and_valid_certificate(client, superuser, world):
    client.force_login(superuser)
    rows = {row["name"]: row for row in screen_rows(client, "course_learners", course=world.A.pk)}
    assert set(rows) == {"Lê Văn Một", "Trần Thị Hai", "Hồ Sỹ Ba", "Phạm Thị Bốn"}
    one = rows["Lê Văn Một"]
    assert (one["unit"], one["organisation"], one["audience"]) == ("Xã Diễn Kim", "UBND xã Diễn Kim", RESIDENT)
    assert (one["percent"], one["best_score"], one["completed_at"]) == (100, Decimal("90"), at(30))
    assert one["certificate_code"] == Certificate.objects.get(user=world.L1, course=world.A).code
    assert rows["Trần Thị Hai"]["certificate_code"] is None  # revoked
    assert rows["Hồ Sỹ Ba"]["best_score"] == Decimal("40") and rows["Hồ Sỹ Ba"]["completed_at"] is None
    assert rows["Phạm Thị Bốn"]["best_score"] == Decimal("80")


@pytest.mark.parametrize(
    "params, expected",
    [
        ({"completed": "true"}, {"Lê Văn Một", "Trần Thị Hai", "Phạm Thị Bốn"}),
        ({"completed": "false"}, {"Hồ Sỹ Ba"}),
        ({"administrative_unit": "D1"}, {"Lê Văn Một", "Trần Thị Hai", "Hồ Sỹ Ba"}),
        ({"organisation": "O2"}, {"Phạm Thị Bốn"}),
    ],
)
def test_course_learners_filters(client, superuser, world, params, expected):
    params = {key: getattr(world, value).pk if key != "completed" else value for key, value in params.items()}
    client.force_login(superuser)
    rows = screen_rows(client, "course_learners", course=world.A.pk, **params)
    assert {row["name"] for row in rows} == expected


def test_unit_filter_shows_the_tree_in_the_select_and_the_plain_name_in_the_active_filter(client, superuser, world):
    client.force_login(superuser)
    response = client.get(url("course_learners", course=world.A.pk, administrative_unit=world.C1.pk))
    field = response.context["filters"].form["administrative_unit"].field
    labels = {str(value): label for value, label in field.choices}
    assert labels[str(world.P.pk)] == "Tỉnh Nghệ An"
    assert labels[str(world.D1.pk)] == "— Huyện Diễn Châu"
    assert labels[str(world.C1.pk)] == "— — Xã Diễn Kim"
    chips = {chip.field_label: chip.value for chip in response.context["active_filters"]}
    assert chips[field.label] == "Xã Diễn Kim"


def test_course_learners_without_a_course_asks_for_one_and_exports_nothing(client, superuser, world):
    client.force_login(superuser)
    response = client.get(url("course_learners"))
    assert response.status_code == 200 and list(response.context["object_list"]) == []
    with translation.override(settings.LANGUAGE_CODE):
        prompt = gettext("Choose a course to see its learners.")
    assert response.context["no_results_message"] == prompt and prompt in response.content.decode()
    assert csv_rows(client, "course_learners") == [csv_rows(client, "course_learners")[0]]  # headings only


def test_course_learners_exports(client, superuser, world):
    client.force_login(superuser)
    rows = csv_rows(client, "course_learners", course=world.A.pk)
    assert len(rows) == 5
    code = Certificate.objects.get(user=world.L1, course=world.A).display_code
    one = next(row for row in rows if row[0] == "Lê Văn Một")
    assert one[1:4] == ["Xã Diễn Kim", "UBND xã Diễn Kim", str(Audience.RESIDENT.label)]
    assert one[5] == "100" and one[7] == at(30).strftime("%Y-%m-%d %H:%M") and one[8] == "90.00" and one[9] == code
    sheet = xlsx_rows(client, "course_learners", course=world.A.pk)
    four = next(row for row in sheet if row[0] == "Phạm Thị Bốn")
    assert (
        four[7] == timezone.make_naive(at(77))
        and four[8] == 80
        and four[9] == Certificate.objects.get(user=world.L4).display_code
    )
