"""The board's scores equal the figures computed by hand in ``conftest.world``."""

from decimal import Decimal

import pytest

from board.criteria import Figure
from board.models import StoredPeriod
from board.selectors import board_for
from tests.board.conftest import P

pytestmark = pytest.mark.django_db


def _rows(board):
    return {row.unit.name: row for row in board.rows}


def test_commune_scores_match_the_hand_computed_figures(world, superuser):
    board = board_for(user=superuser, applies_to="commune", period=P, months=0)
    rows = _rows(board)
    c1, c2 = rows["Xã Diễn Kim"], rows["Xã Diễn Hải"]
    assert [(s.figure, s.percent, s.score) for s in c1.criteria] == [
        (Figure(1, 4), Decimal("25.0"), Decimal("50.0")),
        (Figure(4, 6), Decimal("66.7"), Decimal("100.0")),
    ]
    assert c1.total == Decimal("66.7") and c1.rank == 2
    assert c2.criteria[0].figure is None and c2.criteria[0].score is None  # no target: not counted
    assert c2.criteria[1].figure == Figure(1, 2)
    assert c2.total == Decimal("100.0") and c2.rank == 1
    assert [row.unit.name for row in board.rows] == ["Xã Diễn Hải", "Xã Diễn Kim"]


def test_agency_scores_match_the_hand_computed_figures(world, superuser):
    board = board_for(user=superuser, applies_to="agency", period=P, months=0)
    rows = _rows(board)
    assert set(rows) == {"UBND xã Diễn Kim", "UBND xã Diễn Hải"}  # the business is not an agency
    o1, o2 = rows["UBND xã Diễn Kim"], rows["UBND xã Diễn Hải"]
    assert [(s.figure, s.score) for s in o1.criteria] == [(Figure(1, 3), Decimal("41.7")), (Figure(3, 4), Decimal(100))]
    assert o1.total == Decimal("56.3")
    assert [(s.figure, s.score) for s in o2.criteria] == [(Figure(0, 1), Decimal(0)), (Figure(0, 1), Decimal(0))]
    assert o2.total == Decimal("0.0")
    assert o2.reason.criterion == world.K3  # weight 3: the costliest shortfall
    assert [row.unit.name for row in board.lagging] == ["UBND xã Diễn Hải", "UBND xã Diễn Kim"]


def test_closed_periods_are_stored_once_and_read_back(world, superuser, django_assert_max_num_queries):
    first = board_for(user=superuser, applies_to="agency", period=P, months=0)
    assert StoredPeriod.objects.filter(period=P.key).count() == 2
    with django_assert_max_num_queries(5):  # criteria, courses, scope-free units, stored periods, figures
        again = board_for(user=superuser, applies_to="agency", period=P, months=0)
    assert [r.total for r in again.rows] == [r.total for r in first.rows]


def test_changing_a_criterion_drops_its_stored_figures(world, superuser):
    board_for(user=superuser, applies_to="agency", period=P, months=0)
    world.K3.courses.set([world.A, world.B])  # now X2's course A counts too
    assert not StoredPeriod.objects.filter(criterion=world.K3).exists()
    board = board_for(user=superuser, applies_to="agency", period=P, months=0)
    assert _rows(board)["UBND xã Diễn Kim"].criteria[0].figure == Figure(2, 3)


def test_trend_has_twelve_months_ending_with_the_period(world, superuser):
    board = board_for(user=superuser, applies_to="commune", period=P)
    assert [p.period.key for p in board.trend][-1] == P.key
    assert len(board.trend) == 12
    assert board.trend[-1].score == Decimal("83.4")  # (66.7 + 100) / 2, rounded half up
    assert board.trend[-1].units == 2


def test_store_command_computes_closed_months_ahead(world):
    from io import StringIO

    from django.core.management import call_command

    out = StringIO()
    call_command("store_board_figures", months=3, stdout=out)
    assert StoredPeriod.objects.count() == 4 * 3
    assert "Đã lưu số liệu bảng đánh giá cho 4 tiêu chí." in out.getvalue()
    stored = StoredPeriod.objects.get(criterion=world.K3, period=P.key).figures.get(unit_id=world.O1.pk)
    assert (stored.numerator, stored.denominator) == (1, 3)


def test_trend_months_are_stored_in_the_background(world, superuser, django_capture_on_commit_callbacks):
    from board.periods import current_month

    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        board = board_for(user=superuser, applies_to="commune", period=current_month())
    assert board.pending and len(callbacks) == 1
    assert StoredPeriod.objects.filter(period=P.key).count() == 2  # the task ran (immediate backend in tests)
    again = board_for(user=superuser, applies_to="commune", period=current_month())
    assert not again.pending
    assert {p.period.key: p.score for p in again.trend}[P.key] == Decimal("83.4")


def test_the_board_says_when_months_are_still_being_computed(client, world, viewer):
    from django.urls import reverse

    client.force_login(viewer)
    html = client.get(reverse("board_index")).content.decode()
    assert "Số liệu một số tháng trước đang được tính" in html
