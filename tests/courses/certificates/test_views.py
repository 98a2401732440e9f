"""Certificates on the learner's pages, the owner's download, public verification."""

import pytest
from django.urls import reverse

from courses.certificates.services import certificate_revoke
from courses.models import Certificate
from tests.courses.certificates.support import NAME
from tests.factories import learner

pytestmark = pytest.mark.django_db


def test_certificate_appears_on_dashboard_and_course_page(client, graduate, three_lesson_course):
    client.force_login(graduate)
    code = Certificate.objects.get().display_code
    assert code in client.get(reverse("my_learning")).content.decode()
    assert code in client.get(three_lesson_course.url).content.decode()


def test_owner_downloads_pdf_others_are_refused(client, graduate):
    certificate = Certificate.objects.get()
    url = reverse("certificate_download", args=[certificate.display_code])
    assert client.get(url).status_code == 302  # anonymous → sign in
    client.force_login(learner())
    response = client.get(url)
    assert response.status_code == 403
    assert "thuộc về người học khác" in response.content.decode()
    client.force_login(graduate)
    response = client.get(url)
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    assert b"".join(response.streaming_content).startswith(b"%PDF")


def test_verification_page_shows_minimal_data(client, graduate):
    certificate = Certificate.objects.get()
    html = client.get(reverse("certificate_verify", args=[certificate.display_code])).content.decode()
    assert "Chứng nhận này còn hiệu lực" in html and NAME in html
    assert graduate.email not in html
    assert graduate.profile.administrative_unit.name not in html
    data = client.get(reverse("certificate_verify_json", args=[certificate.display_code])).json()
    assert data == {
        "code": certificate.display_code,
        "status": "valid",
        "valid": True,
        "learner_name": NAME,
        "course": certificate.course_title,
        "issued_on": certificate.issued_on.isoformat(),
        "issuer": certificate.issuer,
    }


def test_revoked_status_is_shown(client, graduate):
    certificate = certificate_revoke(certificate=Certificate.objects.get(), reason="Cấp nhầm")
    html = client.get(reverse("certificate_verify", args=[certificate.display_code])).content.decode()
    assert "Chứng nhận này đã bị thu hồi" in html and "Cấp nhầm" in html
    assert client.get(reverse("certificate_verify_json", args=[certificate.code])).json()["valid"] is False


@pytest.mark.parametrize("code", ["0" * 30, "not-a-code", "A" * 31, "ÂĂ"])
def test_unknown_or_malformed_codes_get_the_same_404(client, home_page, code):
    response = client.get(reverse("certificate_verify", args=[code]))
    assert response.status_code == 404
    assert "Không tìm thấy chứng nhận nào" in response.content.decode()
    assert client.get(reverse("certificate_verify_json", args=[code])).status_code == 404


def test_verification_is_rate_limited(client, home_page, settings):
    settings.CERTIFICATE_VERIFY_RATE = "5/60"
    statuses = [client.get(reverse("certificate_verify", args=["0" * 30])).status_code for _ in range(7)]
    assert statuses[:5] == [404] * 5 and statuses[5:] == [429, 429]
