"""The demo has a board with criteria, a ranking and a trend."""

import pytest
from django.core.management import call_command
from django.db.models import Q
from django.utils import timezone

from board.models import Criterion
from board.periods import current_month
from board.selectors import board_for
from courses.models import Certificate, Enrollment
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def test_demo_board_has_a_ranking_and_a_trend():
    call_command("load_demo", "--allow-production", verbosity=0)
    call_command("load_demo", "--allow-production", verbosity=0)  # idempotent
    assert Criterion.objects.count() == 6
    admin = UserFactory(is_superuser=True, is_staff=True)
    communes = board_for(user=admin, applies_to="commune", period=current_month())
    ranked = [row for row in communes.rows if row.rank]
    assert len(ranked) >= 6 and ranked[0].total > ranked[-1].total
    scored = [point for point in communes.trend if point.score is not None]
    assert len(scored) >= 10 and len({point.score for point in scored}) > 3  # a trend, not a flat line
    agencies = board_for(user=admin, applies_to="agency", period=current_month(), months=0)
    assert any(row.total is not None for row in agencies.rows)
    # The kinds training and community register have figures in the demo too (the team's sessions
    # are held this month: community/demo.py).
    sessions_month = board_for(user=admin, applies_to="commune", period=current_month(), months=0)
    by_kind = {
        score.criterion.kind: score
        for board in (agencies, sessions_month)
        for row in board.rows
        for score in row.criteria
        if score.figure is not None and score.figure.numerator
    }
    assert {"training_required_on_time", "community_village_sessions"} <= set(by_kind)


def test_demo_board_learners_and_cadres_completed_through_the_services_so_they_have_certificates():
    call_command("load_demo", "--allow-production", verbosity=0)
    completed = Enrollment.objects.filter(completed_at__isnull=False, course__issues_certificate=True).filter(
        Q(user__username__startswith="demo-bang-") | Q(user__email__in=["canbo1@elearn.local", "canbo2@elearn.local"])
    )
    assert completed.count() > 20
    assert Certificate.objects.filter(enrollment__in=completed).count() == completed.count()
    # Dated back as the history says: the trend has months of completions, not all of them today.
    assert completed.exclude(completed_at__date=timezone.localdate()).count() > completed.count() // 2
    assert not Certificate.objects.filter(enrollment__in=completed, issued_on__gt=timezone.localdate()).exists()
