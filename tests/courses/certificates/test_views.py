"""Certificates on the learner's pages, the owner's download, public verification."""

import io

import pytest
from django.urls import reverse
from django.utils import timezone
from pypdf import PdfReader
from wagtail.models import Site

from courses.certificates.services import certificate_revoke
from courses.models import Certificate, CertificateChange, WithdrawnCertificate
from tests.courses.certificates.support import NAME, pdf_text
from tests.factories import DEFAULT_PASSWORD, learner

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


def test_revoked_certificate_shows_status_and_dates_only(client, graduate):
    certificate = certificate_revoke(certificate=Certificate.objects.get(), reason="Gian lận khi làm bài")
    response = client.get(reverse("certificate_verify", args=[certificate.display_code]))
    html = response.content.decode()
    assert response.status_code == 200 and response["X-Robots-Tag"] == "noindex"
    assert "Chứng nhận này đã bị thu hồi" in html and "Ngày thu hồi" in html
    assert "Gian lận" not in html and NAME not in html and certificate.course_title not in html
    response = client.get(reverse("certificate_verify_json", args=[certificate.code]))
    assert response["X-Robots-Tag"] == "noindex"
    assert response.json() == {
        "code": certificate.display_code,
        "status": "revoked",
        "valid": False,
        "issued_on": certificate.issued_on.isoformat(),
        "revoked_on": timezone.localdate(certificate.revoked_at).isoformat(),
    }


def test_json_and_not_found_answers_are_not_indexed(client, graduate):
    certificate = Certificate.objects.get()
    for name, code in (("certificate_verify_json", certificate.code), ("certificate_verify_json", "0" * 30)):
        assert client.get(reverse(name, args=[code]))["X-Robots-Tag"] == "noindex"
    assert client.get(reverse("certificate_verify", args=["0" * 30]))["X-Robots-Tag"] == "noindex"


def test_after_account_deletion_verification_says_withdrawn_not_forged(
    client, graduate, django_capture_on_commit_callbacks
):
    certificate = Certificate.objects.get()
    code, issued_on, course_title = certificate.display_code, certificate.issued_on, certificate.course_title
    client.force_login(graduate)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("accounts:delete"), {"password": DEFAULT_PASSWORD})
    assert not Certificate.objects.exists()
    # Nothing identifying the person is left: the tombstone holds the code and two dates.
    tombstone = WithdrawnCertificate.objects.get()
    assert {f.name for f in WithdrawnCertificate._meta.get_fields()} == {"id", "code", "issued_on", "withdrawn_on"}
    assert tombstone.issued_on == issued_on

    response = client.get(reverse("certificate_verify", args=[code]))
    html = response.content.decode()
    assert response.status_code == 200
    assert "Chứng chỉ này đã được cấp và đã bị thu hồi theo yêu cầu của người được cấp" in html
    assert "Không tìm thấy chứng nhận nào" not in html
    assert NAME not in html and course_title not in html
    data = client.get(reverse("certificate_verify_json", args=[code])).json()
    assert data == {
        "code": code,
        "status": "withdrawn",
        "valid": False,
        "issued_on": issued_on.isoformat(),
        "withdrawn_on": timezone.localdate().isoformat(),
    }
    # A forged code still gets the plain "not found".
    assert client.get(reverse("certificate_verify", args=["0" * 30])).status_code == 404


def test_deleting_a_course_leaves_no_withdrawn_record(graduate, three_lesson_course):
    three_lesson_course.delete()
    assert not Certificate.objects.exists() and not WithdrawnCertificate.objects.exists()


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


def test_a_pdf_drawn_for_an_old_address_is_drawn_again_on_download_nothing_reissued(graduate, client):
    certificate = Certificate.objects.get(user=graduate)
    code, issued_on = certificate.code, certificate.issued_on
    client.force_login(graduate)
    url = reverse("certificate_download", args=[certificate.display_code])
    assert client.get(url).status_code == 200
    certificate.refresh_from_db()
    drawn_at = certificate.pdf_generated_at
    assert "kynangso.nghean.gov.vn" not in pdf_text(certificate)

    site = Site.objects.get(is_default_site=True)
    site.hostname, site.port = "kynangso.nghean.gov.vn", 443
    site.save()
    response = client.get(url)
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(b"".join(response.streaming_content))).pages)
    assert f"https://kynangso.nghean.gov.vn/certificates/{certificate.display_code}" in text.replace("\n", "")
    certificate.refresh_from_db()
    assert (certificate.code, certificate.issued_on) == (code, issued_on)
    assert certificate.pdf_base_url == "https://kynangso.nghean.gov.vn"
    redrawn_at = certificate.pdf_generated_at
    assert redrawn_at > drawn_at
    client.get(url)  # drawn once: the next download serves the stored file
    certificate.refresh_from_db()
    assert certificate.pdf_generated_at == redrawn_at
    assert not CertificateChange.objects.filter(action="reissued").exists()
