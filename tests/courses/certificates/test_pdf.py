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


# The longest name the form allows (150 characters), in wide Vietnamese letters.
LONGEST = ("Nguyễn Thị Phương Thảo Hiệp Ngữ Trương Hoàng Ưỡng Khuyến Nghiêm " * 3)[:150]


def name_runs(certificate) -> list[tuple[str, float, float, float]]:
    """(text, x, y, size) of every run drawn in the name's font size range, from the PDF itself."""
    runs = []

    def visit(text, cm, tm, font_dict, font_size):
        if text.strip():
            runs.append((text.strip(), tm[4] * cm[0] + cm[4], tm[5] * cm[3] + cm[5], font_size * tm[0] * cm[0]))

    with certificate.pdf.open("rb") as fh:
        PdfReader(fh).pages[0].extract_text(visitor_text=visit)
    return runs


@pytest.mark.parametrize(
    "name, lines",
    [
        ("Nguyễn Thị Phương Thảo Hiệp Ngữ Trần Văn A", 1),  # 42 characters: smaller, on one line
        ("Nguyễn Thị Phương Thảo Hiệp Ngữ Trương Hoàng Ưỡng Khuyến Nghiêm", 2),  # 63
        (LONGEST, 2),
    ],
)
def test_long_names_stay_inside_the_frame(graduate, name, lines):
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from courses.certificates.pdf import FRAME_MARGIN, NAME_FONT, PAGE_WIDTH, fit_name
    from courses.certificates.services import certificate_reissue
    from elearn.accounts.names import clean_person_name

    assert len(LONGEST) == 150 and clean_person_name(LONGEST) == LONGEST
    certificate = certificate_reissue(certificate=Certificate.objects.get(), learner_name=name)
    planned, size = fit_name(name, PAGE_WIDTH - 2 * (FRAME_MARGIN + 54))
    assert len(planned) == lines and size >= 10
    runs = [run for run in name_runs(certificate) if run[0] in planned]
    assert [run[0] for run in runs] == planned  # every line printed, whole
    for text, x, _y, font_size in runs:
        assert abs(font_size - size) < 0.01
        right = x + stringWidth(text, NAME_FONT, font_size)
        assert FRAME_MARGIN < x and right < PAGE_WIDTH - FRAME_MARGIN, (text, x, right)
    assert "".join(pdf_text(certificate).split()).count("".join(name.split())) == 1


def test_images_are_read_through_the_storage_api_not_a_local_path():
    from types import SimpleNamespace

    from PIL import Image

    from courses.certificates.pdf import _image_reader

    buffer = io.BytesIO()
    Image.new("RGB", (40, 20), "navy").save(buffer, format="PNG")

    class RemoteStorage:  # like S3: files open through the API, there is no local path
        def open(self, name, mode="rb"):
            return io.BytesIO(buffer.getvalue())

        def path(self, name):
            raise NotImplementedError("This backend doesn't support absolute paths.")

    image = SimpleNamespace(file=SimpleNamespace(storage=RemoteStorage(), name="logo.png"), file_hash="abc")
    assert _image_reader(image, 300) is not None
