import io

import pytest
from django.urls import reverse
from pypdf import PdfReader

from courses.certificates.services import certificate_issue, certificate_reissue, certificate_revoke
from courses.models import Certificate, CertificateChange, CertificateTemplate, Enrollment, LessonPage
from courses.models.certificates import CODE_ALPHABET, normalise_code
from courses.services import lesson_complete
from tests.factories import course, learner

pytestmark = pytest.mark.django_db

NAME = "Nguyễn Thị Phương Thảo Hiệp Ngữ"


@pytest.fixture
def template(db):
    return CertificateTemplate.objects.create(
        name="Mặc định", is_default=True, signatory_1_name="Hồ Đức Việt", signatory_1_title="Giám đốc Sở"
    )


@pytest.fixture
def graduate(three_lesson_course, template, django_capture_on_commit_callbacks):
    user = learner(full_name=NAME)
    with django_capture_on_commit_callbacks(execute=True):
        for page in LessonPage.objects.child_of(three_lesson_course):
            lesson_complete(user=user, lesson=page)
    return user


def pdf_text(certificate) -> str:
    with certificate.pdf.open("rb") as fh:
        return "".join(page.extract_text() for page in PdfReader(fh).pages)


def test_completing_a_course_issues_exactly_one_certificate(graduate, three_lesson_course):
    certificate = Certificate.objects.get()
    assert certificate.user == graduate and certificate.course.pk == three_lesson_course.pk
    assert certificate.learner_name == NAME and certificate.is_valid
    assert certificate.pdf and certificate.pdf_generated_at
    # Calling the service again (e.g. a second completion event) changes nothing.
    again = certificate_issue(enrollment=Enrollment.objects.get(user=graduate))
    assert again.pk == certificate.pk and Certificate.objects.count() == 1


def test_code_has_at_least_128_bits_and_reads_in_groups(graduate):
    certificate = Certificate.objects.get()
    assert len(certificate.code) * 5 >= 128
    assert set(certificate.code) <= set(CODE_ALPHABET)
    assert certificate.display_code.count("-") == 5
    assert normalise_code(certificate.display_code.lower()) == certificate.code


def test_pdf_text_has_the_vietnamese_name_and_course(graduate, three_lesson_course):
    certificate = Certificate.objects.get()
    text = pdf_text(certificate)
    assert NAME in text
    assert three_lesson_course.title in text
    assert certificate.display_code in text
    with certificate.pdf.open("rb") as fh:
        reader = PdfReader(fh)
        box = reader.pages[0].mediabox
        assert float(box.width) > float(box.height)  # A4 landscape
    assert certificate.pdf.size < 300 * 1024


def test_qr_code_carries_the_verify_url(graduate, settings):
    import zxingcpp
    from PIL import Image

    certificate = Certificate.objects.get()
    with certificate.pdf.open("rb") as fh:
        images = PdfReader(fh).pages[0].images
        decoded = [
            result.text
            for image in images
            for result in zxingcpp.read_barcodes(Image.open(io.BytesIO(image.data)).convert("L"))
        ]
    assert decoded == [settings.PUBLIC_BASE_URL + reverse("certificate_verify", args=[certificate.display_code])]


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


def test_name_correction_reissues_with_same_code_and_date(graduate, django_user_model):
    certificate = Certificate.objects.get()
    code, issued_on, old_pdf = certificate.code, certificate.issued_on, certificate.pdf.name
    staff = django_user_model.objects.create_superuser("staff", "staff@example.vn", "x")
    certificate = certificate_reissue(certificate=certificate, learner_name="Nguyễn Thị Phương Thảo", changed_by=staff)
    assert (certificate.code, certificate.issued_on) == (code, issued_on)
    assert "Nguyễn Thị Phương Thảo" in pdf_text(certificate) and NAME not in pdf_text(certificate)
    change = CertificateChange.objects.get(action="reissued")
    assert (change.old_name, change.new_name, change.changed_by) == (NAME, "Nguyễn Thị Phương Thảo", staff)
    assert not certificate.pdf.storage.exists(old_pdf) or old_pdf == certificate.pdf.name


def test_course_without_certificates_issues_none(catalogue, django_capture_on_commit_callbacks):
    page = course(catalogue, lessons=1, issues_certificate=False)
    with django_capture_on_commit_callbacks(execute=True):
        lesson_complete(user=learner(), lesson=LessonPage.objects.child_of(page).get())
    assert not Certificate.objects.exists()


def test_pdf_is_not_in_public_media(graduate, settings):
    certificate = Certificate.objects.get()
    assert not certificate.pdf.path.startswith(str(settings.MEDIA_ROOT) + "/certificates")


def test_personal_data_export_lists_certificates_and_attempts(client, graduate):
    client.force_login(graduate)
    data = client.get(reverse("accounts:data_export")).json()
    assert data["certificates"][0]["code"] == Certificate.objects.get().display_code
    assert data["certificates"][0]["name_on_certificate"] == NAME
    assert data["quiz_attempts"] == []


def test_deleting_the_account_deletes_certificates_and_their_files(
    client, graduate, django_capture_on_commit_callbacks
):
    from tests.factories import DEFAULT_PASSWORD

    certificate = Certificate.objects.get()
    storage, name = certificate.pdf.storage, certificate.pdf.name
    assert storage.exists(name)
    client.force_login(graduate)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("accounts:delete"), {"password": DEFAULT_PASSWORD})
    assert not Certificate.objects.exists()
    assert not storage.exists(name)
