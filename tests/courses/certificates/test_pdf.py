"""The certificate PDF: Vietnamese text, and a QR code to the verify page."""

import io

import pytest
from django.urls import reverse
from pypdf import PdfReader

from courses.models import Certificate
from tests.courses.certificates.support import NAME, pdf_text

pytestmark = pytest.mark.django_db


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
    # The default Site's root URL (tests/conftest.py: localhost, port 80).
    assert decoded == ["http://localhost" + reverse("certificate_verify", args=[certificate.display_code])]
