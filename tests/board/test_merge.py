"""Units that change: communes C1 and C2 (with history) merge into a new C9; the board shows C1 and C2 for
periods before the merge date and C9 after it, and learners, targets and teams have moved."""

from datetime import datetime, time, timedelta
from decimal import Decimal
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.urls import reverse
from django.utils import timezone

from board.criteria import Figure
from board.models import StoredPeriod
from board.periods import current_month, months_ending_with
from board.selectors import board_for
from courses.models import Target, TrainerScope
from elearn.accounts.models import AdministrativeUnit, LearnerProfile, UnitMembership, UnitMerge
from elearn.accounts.personal_data import former_units_section
from tests.board.conftest import P

pytestmark = pytest.mark.django_db

M = months_ending_with(current_month(), 3)[0]  # the merge month: after P, closed
MERGE_DAY = M.start


def _merge(world, **extra):
    out = StringIO()
    call_command(
        "merge_units", "C1", "C2", into="C9", name="Xã Diễn Kim Hải", date=MERGE_DAY.isoformat(), stdout=out, **extra
    )
    return out.getvalue()


def _names(board):
    return {row.unit.name: row for row in board.rows}


def test_merge_moves_learners_targets_and_teams_and_keeps_history(
    world, superuser, c1_trainer, django_capture_on_commit_callbacks
):
    running = Target.objects.create(
        name="Xã Diễn Hải 2026",
        administrative_unit=world.C2,
        audience="resident",
        learners_required=9,
        start_date=MERGE_DAY - timedelta(days=40),
        deadline=MERGE_DAY + timedelta(days=300),
    )
    ended = Target.objects.create(
        name="Xã Diễn Hải, đợt cũ",
        administrative_unit=world.C2,
        learners_required=3,
        start_date=MERGE_DAY - timedelta(days=90),
        deadline=MERGE_DAY - timedelta(days=1),
    )
    before = board_for(user=superuser, applies_to="commune", period=P, months=0)  # P stored before the merge

    output = _merge(world)

    c9 = AdministrativeUnit.objects.get(code="C9")
    assert "9 / 9" in output and "Xã Diễn Kim Hải" in output  # progress, then the summary, in Vietnamese
    assert "Đã gộp Xã Diễn Kim, Xã Diễn Hải vào Xã Diễn Kim Hải" in output
    assert set(LearnerProfile.objects.values_list("administrative_unit", flat=True)) == {c9.pk}
    assert UnitMembership.objects.filter(unit=world.C1).count() == 6 and UnitMembership.objects.count() == 9
    world.C1.refresh_from_db()
    assert world.C1.is_active is False
    running.refresh_from_db(), ended.refresh_from_db()
    assert running.administrative_unit == c9 and ended.administrative_unit == world.C2  # old targets stay
    assert list(TrainerScope.objects.get(user=c1_trainer).administrative_units.all()) == [c9]
    world.O1.refresh_from_db()
    assert world.O1.administrative_unit == c9

    # Before the date: C1 and C2 as they were, from the store and recomputed from the history alike.
    for stored in (True, False):
        if not stored:
            StoredPeriod.objects.all().delete()
        rows = _names(board_for(user=superuser, applies_to="commune", period=P, months=0))
        assert set(rows) == {"Xã Diễn Kim", "Xã Diễn Hải"}
        assert rows["Xã Diễn Kim"].total == _names(before)["Xã Diễn Kim"].total == Decimal("66.7")
        assert rows["Xã Diễn Kim"].criteria[1].figure == Figure(4, 6)
        assert rows["Xã Diễn Hải"].criteria[1].figure == Figure(1, 2)

    # From the date: C9 alone, counting everyone.
    for period in (M, current_month()):
        rows = _names(board_for(user=superuser, applies_to="commune", period=period, months=0))
        assert set(rows) == {"Xã Diễn Kim Hải"}, period
        assert rows["Xã Diễn Kim Hải"].criteria[1].figure.denominator == 9

    # The trend spans the merge: P's month counts C1 and C2, the merge month C9.
    with django_capture_on_commit_callbacks(execute=True):  # the trend's months, stored in the background
        board_for(user=superuser, applies_to="commune", period=current_month())
    trend = {p.period.key: p for p in board_for(user=superuser, applies_to="commune", period=current_month()).trend}
    assert trend[P.key].units == 2 and trend[P.key].score == before.average
    assert trend[M.key].units == 1

    # The C1 team now has C9, and still sees its communes' history.
    assert set(_names(board_for(user=c1_trainer, applies_to="commune", period=P, months=0))) == {
        "Xã Diễn Kim",
        "Xã Diễn Hải",
    }
    assert set(_names(board_for(user=c1_trainer, applies_to="commune", period=M, months=0))) == {"Xã Diễn Kim Hải"}

    # The learner's export says where they were.
    assert former_units_section(world.R1) == [{"unit": "Xã Diễn Kim", "from": None, "until": MERGE_DAY.isoformat()}]


def test_the_board_page_before_and_after(client, world, viewer):
    _merge(world)
    client.force_login(viewer)
    html = client.get(reverse("board_index"), {"period": P.key}).content.decode()
    assert "Xã Diễn Kim" in html and "Xã Diễn Kim Hải" not in html
    html = client.get(reverse("board_index"), {"period": M.key}).content.decode()
    assert "Xã Diễn Kim Hải" in html and "Xã Diễn Hải</a>" not in html


def test_a_second_merge_keeps_both_steps_of_history(world, superuser):
    _merge(world)
    later = current_month().start
    other = AdministrativeUnit.objects.create(code="C7", name="Xã Diễn Bích", level="commune", parent=world.P)
    call_command(
        "merge_units", "C9", "C7", into="C8", name="Xã Diễn Châu Mới", date=later.isoformat(), stdout=StringIO()
    )
    rows = UnitMembership.objects.filter(profile__user=world.R1).order_by("valid_to")
    assert [(r.unit.code, r.valid_from, r.valid_to) for r in rows] == [
        ("C1", None, MERGE_DAY),
        ("C9", MERGE_DAY, later),
    ]
    # C7 existed all along (it had no learners); C8 only from the second date.
    m_rows = _names(board_for(user=superuser, applies_to="commune", period=M, months=0))
    assert set(m_rows) == {"Xã Diễn Kim Hải", other.name}
    assert m_rows["Xã Diễn Kim Hải"].criteria[1].figure.denominator == 9
    p_rows = _names(board_for(user=superuser, applies_to="commune", period=P, months=0))
    assert set(p_rows) == {"Xã Diễn Kim", "Xã Diễn Hải", other.name}
    assert p_rows["Xã Diễn Kim"].criteria[1].figure == Figure(4, 6)
    now = _names(board_for(user=superuser, applies_to="commune", period=current_month(), months=0))
    assert set(now) == {"Xã Diễn Châu Mới"}


def test_a_bad_merge_changes_nothing_and_says_why(world):
    with pytest.raises(CommandError, match="Không có đơn vị nào có mã: C404"):
        call_command("merge_units", "C1", "C404", into="C9", name="X", date=MERGE_DAY.isoformat(), stdout=StringIO())
    with pytest.raises(CommandError, match="Ngày phải có dạng 2025-07-01"):
        call_command("merge_units", "C1", "C2", into="C9", name="X", date="1/7/2025", stdout=StringIO())
    with pytest.raises(CommandError, match="Không thể gộp một đơn vị vào chính nó"):
        call_command("merge_units", "C1", "C2", into="C1", date=MERGE_DAY.isoformat(), stdout=StringIO())
    assert not UnitMerge.objects.exists() and not AdministrativeUnit.objects.filter(code="C9").exists()
    assert not UnitMembership.objects.exists()
    assert LearnerProfile.objects.filter(administrative_unit=world.C1).count() == 6


def test_unit_report_for_a_period_before_the_merge_counts_learners_under_their_former_communes(
    client, world, superuser
):
    """Enrolled in P (before the merge): R1, R3, X1, X2 in C1 (all completed), R4 in C2. After the merge
    R1 enrols in B: the period after it counts C9 only, and so does the report without an end date."""
    from tests.board.conftest import enroll
    from tests.courses.reports.support import screen_rows

    _merge(world)
    enroll(world.R1, world.B, enrolled=timezone.make_aware(datetime.combine(MERGE_DAY + timedelta(days=1), time(9))))
    client.force_login(superuser)

    def figures(**period):
        rows = {row["code"]: row for row in screen_rows(client, "unit", level="commune", **period)}
        return {code: (rows[code]["learners"], rows[code]["enrollments"], rows[code]["completions"]) for code in rows}

    before = figures(enrolled_at_from=P.start.isoformat(), enrolled_at_to=(P.end - timedelta(days=1)).isoformat())
    assert (before["C1"], before["C2"], before["C9"]) == ((4, 4, 4), (1, 1, 0), (0, 0, 0))
    after = figures(enrolled_at_from=MERGE_DAY.isoformat(), enrolled_at_to=timezone.localdate().isoformat())
    assert (after["C1"], after["C2"], after["C9"]) == ((0, 0, 0), (0, 0, 0), (1, 1, 0))
    assert figures()["C9"][0] == 8 and figures()["C1"] == (0, 0, 0)
