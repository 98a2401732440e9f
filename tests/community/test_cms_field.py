"""15.1 The course decides in the CMS which lessons may be completed by attending a village session."""

import pytest
from django.urls import reverse

from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def test_the_lesson_editor_offers_completion_by_attending(client, team):
    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    html = client.get(reverse("wagtailadmin_pages:edit", args=[team.lessons[2].pk])).content.decode()
    assert "Có thể hoàn thành khi tham gia buổi học tại thôn" in html
    assert 'name="completable_in_person"' in html
