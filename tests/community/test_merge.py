"""Two communes merge (A, B → C9): a required course assigned to A now reaches everyone moved to C9; village
sessions held before the merge date keep their commune for history, later ones move; the board counts both."""

import uuid
from datetime import timedelta

import pytest
from django.utils import timezone

from board.criteria import COMMUNE, Figure, Window, get_kind
from board.models import Criterion
from board.periods import MONTH, Period, current_month
from community.board_kinds import SESSIONS_HELD
from community.models import VillageSession
from community.scope import member_sessions, team_scope
from elearn.accounts.merges import units_merge
from tests.factories import AdministrativeUnitFactory
from training.models import Assignment
from training.selectors import assignment_members, required_courses

pytestmark = pytest.mark.django_db

MERGE_DAY = current_month().start


def session(unit, page, day):
    return VillageSession.objects.create(
        held_on=day, place="Nhà văn hóa xóm 2", administrative_unit=unit, course=page, submission_token=uuid.uuid4()
    )


def test_merge_moves_assignments_and_later_sessions_and_keeps_history(team):
    c9 = AdministrativeUnitFactory(code="40-X09", name="Xã Diễn Châu Quỳnh")
    assignment = Assignment.objects.create(
        course=team.course, administrative_unit=team.A, deadline=timezone.localdate() + timedelta(days=30)
    )
    past = session(team.A, team.course, MERGE_DAY - timedelta(days=10))
    later = session(team.B, team.course, MERGE_DAY)  # recorded for B, held on the merge day
    assert set(assignment_members(assignment=assignment)) == {team.RA}

    merged = units_merge(sources=[team.A, team.B], target=c9, effective_on=MERGE_DAY)

    assignment.refresh_from_db(), past.refresh_from_db(), later.refresh_from_db()
    assert assignment.administrative_unit == c9
    assert set(assignment_members(assignment=assignment)) == {team.RA, team.RB}  # both now live in C9
    assert [r.course for r in required_courses(user=team.RB)] == [team.course]
    assert past.administrative_unit == team.A and later.administrative_unit == c9
    merged.merge.refresh_from_db()
    assert merged.merge.moved["assignments"] == {str(assignment.pk): team.A.pk}
    assert merged.merge.moved["village_sessions"] == {str(later.pk): team.B.pk}
    assert merged.moved_elsewhere["assignments"] == 1 and merged.moved_elsewhere["village_sessions"] == 1
    # The team works for C9 now (its trainer scope moved) and sees the session held there.
    assert later in member_sessions(team_scope(team.MA))

    # The board: before the date A has its session; over a span that includes the date, C9 counts both.
    criterion = Criterion.objects.create(name="Buổi học", applies_to=COMMUNE, kind=SESSIONS_HELD, target_number=1)
    compute = get_kind(SESSIONS_HELD).compute
    before = Period(MONTH, (MERGE_DAY - timedelta(days=10)).replace(day=1), MERGE_DAY)
    figures = compute(criterion, Window(COMMUNE, (before,), (team.A.pk, team.B.pk), before.as_of()))
    assert figures[(before.key, team.A.pk)] == Figure(1, 1) and figures[(before.key, team.B.pk)] == Figure(0, 1)
    span = Period(MONTH, before.start, current_month().end)  # two months, up to today
    figures = compute(criterion, Window(COMMUNE, (span,), (c9.pk,), timezone.localdate()))
    assert figures[(span.key, c9.pk)] == Figure(2, 2)
