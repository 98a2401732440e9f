"""The board's screens, seen from outside: what each viewer sees, the drill-down, the lagging list and its XLSX."""

import io

import pytest
from django.core.cache import cache
from django.urls import reverse
from openpyxl import load_workbook

from board.models import Criterion
from tests.board.conftest import P
from tests.courses.reports.support import staff
from tests.factories import AdministrativeUnitFactory, learner

pytestmark = pytest.mark.django_db


def _get(client, user, url, **params):
    client.force_login(user)
    return client.get(url, params)


def test_board_ranks_communes_with_their_scores(client, world, viewer):
    response = _get(client, viewer, reverse("board_index"), period=P.key, of="commune")
    html = response.content.decode()
    assert response.status_code == 200
    assert html.index("Xã Diễn Hải") < html.index("Xã Diễn Kim")  # 100.0 before 66.7
    assert "66,7" in html or "66.7" in html
    assert 'role="img"' in html and "<title" in html and "<desc" in html  # charts, with a table fallback
    detail = reverse("board_unit", args=["commune", world.C1.pk])
    assert detail in html


def test_drill_down_lists_numerator_and_denominator_per_criterion(client, world, viewer):
    url = reverse("board_unit", args=["commune", world.C1.pk])
    html = _get(client, viewer, url, period=P.key).content.decode()
    assert "Người dân hoàn thành khóa học" in html and "Người học hoạt động (xã)" in html
    row = html.split('<th scope="row">Người dân hoàn thành khóa học<br>')[1].split("</tr>")[0]
    cells = [cell.split("</td>")[0] for cell in row.split("<td>")[1:]]
    assert cells == ["1", "4", "25,0", "50,0", "50,0", "2"]  # achieved, out of, %, required %, score, weight


def test_a_scoped_trainer_sees_only_their_units(client, world, c1_trainer):
    html = _get(client, c1_trainer, reverse("board_index"), period=P.key, of="commune").content.decode()
    assert "Xã Diễn Kim" in html and "Xã Diễn Hải" not in html
    agencies = _get(client, c1_trainer, reverse("board_index"), period=P.key, of="agency").content.decode()
    assert "UBND xã Diễn Kim" in agencies and "UBND xã Diễn Hải" not in agencies  # O1 is located in C1
    other = reverse("board_unit", args=["commune", world.C2.pk])
    assert client.get(other, {"period": P.key}).status_code == 404
    lagging = client.get(reverse("board_lagging"), {"period": P.key}).content.decode()
    assert "Xã Diễn Hải" not in lagging and "UBND xã Diễn Hải" not in lagging
    export = client.get(reverse("board_lagging"), {"period": P.key, "export": "xlsx"})
    names = [row[1] for row in _sheet(export)[2:]]
    assert names == ["UBND xã Diễn Kim", "Xã Diễn Kim"]


def test_people_without_the_report_permission_are_refused(client, world):
    editor = staff()
    for url in (reverse("board_index"), reverse("board_lagging"), reverse("board_unit", args=["commune", world.C1.pk])):
        assert _get(client, editor, url).status_code == 403


def test_a_bad_period_says_so_in_vietnamese_and_shows_this_month(client, world, viewer):
    response = _get(client, viewer, reverse("board_index"), period="2026-13")
    assert response.status_code == 200
    assert "Hãy chọn một tháng, quý hoặc năm trong danh sách." in response.content.decode()
    future = _get(client, viewer, reverse("board_index"), period="2099")
    assert "Kỳ này chưa bắt đầu" in future.content.decode()


def _sheet(response):
    assert response["Content-Type"] == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    workbook = load_workbook(io.BytesIO(b"".join(response.streaming_content)), read_only=True)
    return [list(row) for row in workbook.active.iter_rows(values_only=True)]


def test_lagging_export_lists_the_units_furthest_behind_with_the_reason(client, world, viewer):
    response = _get(client, viewer, reverse("board_lagging"), period=P.key, export="xlsx")
    rows = _sheet(response)
    assert rows[1][:4] == ["Loại", "Đơn vị", "Điểm", "Tiêu chí chậm nhất"]
    assert rows[2] == ["Cơ quan", "UBND xã Diễn Hải", 0.0, "Cán bộ hoàn thành khóa kỹ năng số", 0, 1, 0.0, 80.0]
    assert rows[3][:4] == ["Cơ quan", "UBND xã Diễn Kim", 56.3, "Cán bộ hoàn thành khóa kỹ năng số"]
    assert rows[3][4:] == [1, 3, 33.3, 80.0]
    assert rows[4] == ["Xã, phường", "Xã Diễn Kim", 66.7, "Người dân hoàn thành khóa học", 1, 4, 25.0, 50.0]
    assert len(rows) == 6  # C2 is last with nothing missing: listed without a reason
    assert rows[5][:4] == ["Xã, phường", "Xã Diễn Hải", 100, None]


def test_lagging_page_prints_on_a4(client, world, viewer):
    html = _get(client, viewer, reverse("board_lagging"), period=P.key).content.decode()
    assert "board/board.css" in html and "UBND xã Diễn Hải" in html
    from django.contrib.staticfiles import finders

    css = open(finders.find("board/board.css"), encoding="utf-8").read()
    assert "@page { size: A4" in css and "@media print" in css


@pytest.mark.parametrize("period", [P.key, ""], ids=["closed", "running"])
@pytest.mark.parametrize("of", ["commune", "agency"])
def test_board_query_count_does_not_grow_with_units(client, world, viewer, of, period, django_assert_max_num_queries):
    client.force_login(viewer)
    url = reverse("board_index")
    client.get(url, {"period": period, "of": of})  # stores the closed months
    cache.clear()  # the running month's figures are kept a few minutes: count their computation
    with django_assert_max_num_queries(30) as small:
        assert client.get(url, {"period": period, "of": of}).status_code == 200
    small = len(small)  # now: the next request empties the query log
    for n in range(8):
        unit = AdministrativeUnitFactory(name=f"Xã Mới {n}", parent=world.P)
        learner(administrative_unit=unit)
    from elearn.accounts.models import Organisation

    Organisation.objects.bulk_create(Organisation(name=f"Cơ quan mới {n}") for n in range(8))
    Criterion.objects.update()  # the stored figures stay (closed months)
    client.get(url, {"period": period, "of": of})
    cache.clear()
    with django_assert_max_num_queries(small):
        assert client.get(url, {"period": period, "of": of}).status_code == 200


def test_unknown_unit_kind_or_unit_is_not_found(client, world, viewer):
    client.force_login(viewer)
    assert client.get(reverse("board_unit", args=["district", world.C1.pk])).status_code == 404
    assert client.get(reverse("board_unit", args=["agency", world.C1.pk + 999])).status_code == 404


@pytest.mark.parametrize("page", ["lagging", "unit"])
def test_lagging_and_drill_down_query_counts_do_not_grow_with_units(
    client, world, viewer, page, django_assert_max_num_queries
):
    from elearn.accounts.models import Organisation

    client.force_login(viewer)
    url = reverse("board_lagging") if page == "lagging" else reverse("board_unit", args=["commune", world.C1.pk])
    client.get(url, {"period": P.key})
    with django_assert_max_num_queries(30) as small:
        assert client.get(url, {"period": P.key}).status_code == 200
    small = len(small)
    for n in range(8):
        learner(administrative_unit=AdministrativeUnitFactory(name=f"Xã Mới {n}", parent=world.P))
    Organisation.objects.bulk_create(Organisation(name=f"Cơ quan mới {n}") for n in range(8))
    client.get(url, {"period": P.key})
    with django_assert_max_num_queries(small):
        assert client.get(url, {"period": P.key}).status_code == 200
