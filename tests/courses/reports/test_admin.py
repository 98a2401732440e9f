"""The reports in the admin's menu, for permitted users only."""

import pytest
from django.urls import reverse

from tests.courses.reports.support import (
    staff,
    trainer,
)

pytestmark = pytest.mark.django_db


def test_reports_menu_lists_the_reports_only_for_permitted_users(client, world):
    client.force_login(trainer())
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert reverse("course_completion_report") in html and reverse("target_report") in html
    client.force_login(staff())
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert reverse("course_completion_report") not in html
