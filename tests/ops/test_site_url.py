"""Certificate QR codes follow the site's configured address: ``make run HOST=127.0.0.1:8123``
points the default Site at that address, so a certificate issued then opens on port 8123."""

import io

import pytest
import zxingcpp
from django.urls import reverse
from PIL import Image
from pypdf import PdfReader
from wagtail.models import Site

from courses.certificates.services import certificate_render
from courses.models import Certificate, CertificateTemplate, LessonPage
from courses.services import lesson_complete
from elearn.ops.management.commands.run import Command
from tests.factories import learner

pytestmark = pytest.mark.django_db


def _qr_codes(certificate) -> list[str]:
    with certificate.pdf.open("rb") as fh:
        images = PdfReader(fh).pages[0].images
        return [
            result.text
            for image in images
            for result in zxingcpp.read_barcodes(Image.open(io.BytesIO(image.data)).convert("L"))
        ]


@pytest.fixture
def certificate(three_lesson_course, django_capture_on_commit_callbacks):
    CertificateTemplate.objects.create(name="Mặc định", is_default=True)
    Command().point_site_at("127.0.0.1:8123")  # what `make run HOST=127.0.0.1:8123` does first
    user = learner(full_name="Trần Văn Minh")
    with django_capture_on_commit_callbacks(execute=True):
        for page in LessonPage.objects.child_of(three_lesson_course):
            lesson_complete(user=user, lesson=page)
    certificate = Certificate.objects.get()
    if not certificate.pdf:  # drawn by a task
        certificate_render(certificate=certificate)
    return certificate


def test_make_run_host_puts_its_port_in_the_certificate_qr_code(certificate):
    site = Site.objects.get(is_default_site=True)
    assert (site.hostname, site.port) == ("127.0.0.1", 8123)
    path = reverse("certificate_verify", args=[certificate.display_code])
    assert _qr_codes(certificate) == [f"http://127.0.0.1:8123{path}"]


def test_a_new_domain_changes_the_redrawn_pdf_not_the_certificate(certificate, settings):
    code, issued_on = certificate.code, certificate.issued_on
    Site.objects.filter(is_default_site=True).update(hostname="kynangso.nghean.gov.vn", port=443)
    certificate_render(certificate=certificate)
    path = reverse("certificate_verify", args=[certificate.display_code])
    assert _qr_codes(certificate) == [f"https://kynangso.nghean.gov.vn{path}"]
    certificate.refresh_from_db()
    assert (certificate.code, certificate.issued_on) == (code, issued_on)  # nothing re-issued

    settings.PUBLIC_BASE_URL = "https://chungnhan.nghean.gov.vn"  # one setting overrides the Site
    certificate_render(certificate=certificate)
    assert _qr_codes(certificate) == [f"https://chungnhan.nghean.gov.vn{path}"]
