"""The admin home's training summary."""

import pytest
from django.urls import reverse
from django.utils import timezone

from courses.models import Enrollment
from tests.courses.reports.support import (
    staff,
    trainer,
)

pytestmark = pytest.mark.django_db


def test_dashboard_panel_shows_this_week_and_targets_behind(client, targets, world):
    now = timezone.now()
    Enrollment.objects.create(user=world.L4, course=world.B, enrolled_at=now, completed_at=now, percent=100)
    client.force_login(trainer())
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert 'data-figure="enrollments">1<' in html and 'data-figure="completions">1<' in html
    assert f'data-target="{targets["T4"].pk}"' in html  # the only current target, and it is behind
    client.force_login(trainer(units=[world.D1]))
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert 'data-figure="enrollments">0<' in html and "data-target=" not in html
    client.force_login(staff())
    assert "training-summary" not in client.get(reverse("wagtailadmin_home")).content.decode()
