"""13.11: after an account is deleted, Wagtail's admin log holds nothing that identifies the person."""

import pytest
from django.urls import reverse
from wagtail.log_actions import log
from wagtail.models import ModelLogEntry, PageLogEntry

from elearn.accounts.models import User
from tests.factories import DEFAULT_PASSWORD, AdministrativeUnitFactory, LearnerProfileFactory, UserFactory

pytestmark = pytest.mark.django_db

NAME = "Hoàng Thị Xoá Được"


@pytest.fixture
def logged_person(home_page):
    person = LearnerProfileFactory(full_name=NAME, user__email="xoa@example.vn").user
    admin = UserFactory(is_staff=True, is_superuser=True)
    log(instance=person.profile, action="wagtail.edit", user=admin)  # a site admin corrected the profile
    log(instance=person, action="wagtail.edit", user=admin)
    unit = AdministrativeUnitFactory(name="Xã Bình Thường")
    log(instance=unit, action="wagtail.edit", user=person, data={"note": f"sửa theo đề nghị của {NAME}"})
    log(instance=home_page, action="wagtail.edit", user=person)  # a page edited by the person (as staff)
    other = LearnerProfileFactory(full_name="Người Khác Ở Lại")
    log(instance=other, action="wagtail.edit", user=admin)
    return person


def log_text() -> str:
    rows = [*ModelLogEntry.objects.values_list("label", "data"), *PageLogEntry.objects.values_list("label", "data")]
    return repr(rows)


def test_deleting_the_account_scrubs_the_admin_log(client, logged_person):
    assert NAME in log_text()
    counts = ModelLogEntry.objects.count(), PageLogEntry.objects.count()
    client.force_login(logged_person)
    assert client.post(reverse("accounts:delete"), {"password": DEFAULT_PASSWORD}).status_code == 302
    assert not User.objects.filter(email="xoa@example.vn").exists()
    text = log_text()
    assert NAME not in text and "xoa@example.vn" not in text
    assert "Người Khác Ở Lại" in text  # other people's entries are kept as they were
    assert not ModelLogEntry.objects.filter(user_id=logged_person.pk).exists()
    assert not PageLogEntry.objects.filter(user_id=logged_person.pk).exists()
    assert (ModelLogEntry.objects.count(), PageLogEntry.objects.count()) == counts  # the trail stays, anonymous


def test_deleting_through_wagtails_user_admin_scrubs_too(client, logged_person):
    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    response = client.post(reverse("wagtailusers_users:delete", args=[logged_person.pk]))
    assert response.status_code == 302
    assert NAME not in log_text() and "xoa@example.vn" not in log_text()


def test_the_export_lists_the_entries_about_the_person_and_by_them(client, logged_person):
    client.force_login(logged_person)
    rows = client.get(reverse("accounts:data_export")).json()["admin_log"]
    assert len(rows) == 4
    assert sum(row["by_you"] for row in rows) == 2
    assert "Người Khác Ở Lại" not in repr(rows)
