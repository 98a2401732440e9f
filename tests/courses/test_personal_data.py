"""The learner's courses, attempts and certificates in their personal-data export."""

import pytest
from django.urls import reverse

from courses.models import Certificate
from tests.courses.certificates.support import NAME

pytestmark = pytest.mark.django_db


def test_personal_data_export_lists_certificates_and_attempts(client, graduate):
    client.force_login(graduate)
    data = client.get(reverse("accounts:data_export")).json()
    assert data["certificates"][0]["code"] == Certificate.objects.get().display_code
    assert data["certificates"][0]["name_on_certificate"] == NAME
    assert data["quiz_attempts"] == []
