"""Village sessions on the evaluation board: a commune's score equals the figure computed by hand."""

import uuid
from datetime import timedelta
from decimal import Decimal

import pytest
from django.utils import timezone

from board.criteria import COMMUNE, Figure, get_kind
from board.models import Criterion
from board.periods import current_month, months_ending_with, period_from_key
from board.selectors import board_for
from community.board_kinds import SESSIONS_HELD
from community.models import VillageSession
from tests.factories import UserFactory, course

pytestmark = pytest.mark.django_db

P = months_ending_with(current_month(), 4)[0]  # a closed month, three months ago


def session(unit, page, day):
    return VillageSession.objects.create(
        held_on=day, place="Nhà văn hóa thôn 3", administrative_unit=unit, course=page, submission_token=uuid.uuid4()
    )


@pytest.fixture
def sessions(team, catalogue):
    """Commune A: three sessions in P (one of another course) and one the month before; commune B: one in P.

    By hand, target 2 a month, target share 100 %: A 3/2 = 150 % → 100;  B 1/2 = 50 % → 50.
    """
    other = course(catalogue, title="An toàn trên mạng", lessons=1)
    for day in (P.start, P.start + timedelta(days=9), P.end - timedelta(days=1)):
        session(team.A, team.course if day != P.start else other, day)
    session(team.A, team.course, P.start - timedelta(days=1))
    session(team.B, team.course, P.start + timedelta(days=14))
    team.other = other
    team.criterion = Criterion.objects.create(
        name="Buổi học tại thôn", applies_to=COMMUNE, kind=SESSIONS_HELD, target_number=2, target_percent=100
    )
    return team


def _rows(period=P):
    superuser = UserFactory(is_staff=True, is_superuser=True)
    return {row.unit.name: row for row in board_for(user=superuser, applies_to=COMMUNE, period=period, months=0).rows}


def test_the_kind_is_offered_for_communes_only():
    kind = get_kind(SESSIONS_HELD)
    assert kind is not None and kind.applies_to == {COMMUNE}


def test_commune_scores_equal_the_hand_computed_figures(sessions):
    rows = _rows()
    a, b = rows["Xã Diễn Châu"].criteria[0], rows["Xã Quỳnh Lưu"].criteria[0]
    assert (a.figure, a.percent, a.score) == (Figure(3, 2), Decimal("150.0"), Decimal("100.0"))
    assert (b.figure, b.percent, b.score) == (Figure(1, 2), Decimal("50.0"), Decimal("50.0"))
    assert [row.unit.name for row in _rows().values() if row.rank == 1] == ["Xã Diễn Châu"]


def test_courses_and_target_number_change_the_figure(sessions):
    sessions.criterion.courses.set([sessions.course])
    assert _rows()["Xã Diễn Châu"].criteria[0].figure == Figure(2, 2)
    sessions.criterion.target_number = None  # one a month when no number is given
    sessions.criterion.save()
    assert _rows()["Xã Quỳnh Lưu"].criteria[0].figure == Figure(1, 1)


def test_changing_the_target_number_changes_the_running_months_score_at_once(sessions):
    # The running month's figures are kept a few minutes: the target number must be part of their key.
    session(sessions.A, sessions.course, timezone.localdate())
    running = current_month()
    before = _rows(running)["Xã Diễn Châu"].criteria[0]
    assert (before.figure, before.score) == (Figure(1, 2), Decimal("50.0"))
    sessions.criterion.target_number = 1
    sessions.criterion.save()
    after = _rows(running)["Xã Diễn Châu"].criteria[0]
    assert (after.figure, after.score) == (Figure(1, 1), Decimal("100.0"))


def test_a_quarter_needs_three_months_of_sessions(sessions):
    quarter = period_from_key(f"{P.start.year}-Q{(P.start.month - 1) // 3 + 1}")
    rows = _rows(quarter)
    months = min(3, (quarter.as_of().month - quarter.start.month) + 1)
    in_quarter = VillageSession.objects.filter(
        administrative_unit=sessions.A, held_on__gte=quarter.start, held_on__lt=quarter.end
    ).count()
    assert rows["Xã Diễn Châu"].criteria[0].figure == Figure(in_quarter, 2 * months)


def test_a_commune_without_sessions_scores_zero(sessions):
    VillageSession.objects.filter(administrative_unit=sessions.B).delete()
    b = _rows()["Xã Quỳnh Lưu"].criteria[0]
    assert (b.figure, b.score) == (Figure(0, 2), Decimal(0))


def test_query_count_does_not_grow_with_communes_or_periods(sessions, django_assert_num_queries):
    from board.criteria import Window
    from tests.factories import AdministrativeUnitFactory

    criterion = Criterion.objects.prefetch_related("courses").get()
    compute = get_kind(SESSIONS_HELD).compute
    many = [sessions.A.pk, sessions.B.pk, *(AdministrativeUnitFactory().pk for _ in range(5))]
    periods = tuple(months_ending_with(current_month(), 6))
    with django_assert_num_queries(2):  # the merges, the sessions grouped by commune
        few = compute(criterion, Window(COMMUNE, (P,), (sessions.A.pk,), P.as_of()))
    with django_assert_num_queries(2):
        figures = compute(criterion, Window(COMMUNE, periods, tuple(many), P.as_of()))
    assert few[(P.key, sessions.A.pk)] == figures[(P.key, sessions.A.pk)] == Figure(3, 2)
    assert figures[(P.key, many[-1])] == Figure(0, 2)
