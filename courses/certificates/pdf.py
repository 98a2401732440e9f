"""Certificate PDFs: A4 landscape, Vietnamese text in an embedded font, a QR code to the verify page.

ReportLab draws the page; the DejaVu Sans font ships in ``static/fonts`` and is embedded
as a subset, so stacked marks (ệ, ộ, ữ) render on any reader. Nothing is fetched.
"""

import io
import unicodedata
from functools import lru_cache

import segno
from django.conf import settings
from PIL import Image as PILImage
from reportlab.lib.colors import HexColor
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from reportlab.platypus import Paragraph

PRIMARY = HexColor("#0b4f8a")
ACCENT = HexColor("#b8860b")
TEXT = HexColor("#1d2329")
MAX_BACKGROUND_BYTES = 200 * 1024


@lru_cache(maxsize=1)
def _register_fonts() -> None:
    pdfmetrics.registerFont(TTFont("DejaVuSans", str(settings.FONT_DIR / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont("DejaVuSans-Bold", str(settings.FONT_DIR / "DejaVuSans-Bold.ttf")))


def _nfc(text: str) -> str:
    # Precomposed letters (ệ as one code point) always map to one glyph of the font.
    return unicodedata.normalize("NFC", text or "")


@lru_cache(maxsize=16)
def _prepared_image(storage, name: str, version: str, max_px: int, as_jpeg: bool) -> bytes:
    """Downscale a template image once (keeps PDFs small); cached per file version. Read through
    the storage API, so the images of an S3 bucket are drawn like local ones."""
    with storage.open(name, "rb") as fh, PILImage.open(fh) as img:
        img.thumbnail((max_px, max_px))
        if not as_jpeg:
            out = io.BytesIO()
            img.save(out, format="PNG", optimize=True)
            return out.getvalue()
        rgb = img.convert("RGB")
        # Keep a busy photo from blowing the 300 KB budget: lower the quality until it fits.
        for quality in (70, 55, 40, 30):
            out = io.BytesIO()
            rgb.save(out, format="JPEG", quality=quality, optimize=True)
            if out.tell() <= MAX_BACKGROUND_BYTES:
                break
        return out.getvalue()


def _image_reader(image, max_px: int, as_jpeg: bool = False) -> ImageReader | None:
    if image is None or not image.file:
        return None
    # A new upload gets a new name or hash: the cached version of the old file is not reused.
    version = getattr(image, "file_hash", "") or str(getattr(image, "file_size", ""))
    try:
        data = _prepared_image(image.file.storage, image.file.name, version, max_px, as_jpeg)
    except (OSError, ValueError):
        return None
    return ImageReader(io.BytesIO(data))


def _qr_reader(url: str) -> ImageReader:
    out = io.BytesIO()
    segno.make(url, error="m").save(out, kind="png", scale=6, border=2)
    out.seek(0)
    return ImageReader(out)


def vietnamese_date(value) -> str:
    return f"ngày {value.day:02d} tháng {value.month:02d} năm {value.year}"


def render_certificate_pdf(*, certificate, template, verify_url: str, place: str = "Nghệ An") -> bytes:
    """Draw one certificate and return the PDF bytes."""
    _register_fonts()
    width, height = landscape(A4)
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=(width, height), pageCompression=1)
    pdf.setTitle(_nfc(f"Chứng nhận – {certificate.learner_name} – {certificate.course_title}"))
    pdf.setAuthor(_nfc(certificate.issuer))
    pdf.setSubject(certificate.display_code)

    background = _image_reader(getattr(template, "background", None), 1400, as_jpeg=True)
    if background is not None:
        pdf.drawImage(background, 0, 0, width, height)
    else:
        pdf.setStrokeColor(PRIMARY)
        pdf.setLineWidth(6)
        pdf.rect(24, 24, width - 48, height - 48)
        pdf.setStrokeColor(ACCENT)
        pdf.setLineWidth(1.5)
        pdf.rect(36, 36, width - 72, height - 72)

    logo = _image_reader(getattr(template, "logo", None), 300)
    top = height - 70
    if logo is not None:
        pdf.drawImage(logo, width / 2 - 30, top - 50, 60, 60, preserveAspectRatio=True, mask="auto")
        top -= 66

    pdf.setFillColor(TEXT)
    pdf.setFont("DejaVuSans-Bold", 13)
    pdf.drawCentredString(width / 2, top, _nfc(certificate.issuer).upper())
    pdf.setFillColor(PRIMARY)
    pdf.setFont("DejaVuSans-Bold", 40)
    heading = getattr(template, "heading", "") or "CHỨNG NHẬN"
    pdf.drawCentredString(width / 2, top - 58, _nfc(heading))
    pdf.setFillColor(TEXT)
    pdf.setFont("DejaVuSans", 14)
    pdf.drawCentredString(width / 2, top - 92, "Trao cho")
    pdf.setFillColor(PRIMARY)
    pdf.setFont("DejaVuSans-Bold", 30)
    pdf.drawCentredString(width / 2, top - 134, _nfc(certificate.learner_name))

    body_template = getattr(template, "body", "") or "Đã hoàn thành khóa học “{course}”."
    body = body_template.format(
        name=certificate.learner_name,
        course=certificate.course_title,
        date=vietnamese_date(certificate.issued_on),
        code=certificate.display_code,
    )
    style = ParagraphStyle("body", fontName="DejaVuSans", fontSize=15, leading=21, alignment=TA_CENTER, textColor=TEXT)
    paragraph = Paragraph(_nfc(body).replace("&", "&amp;").replace("<", "&lt;"), style)
    _w, h = paragraph.wrap(width - 220, 120)
    paragraph.drawOn(pdf, 110, top - 170 - h)

    pdf.setFont("DejaVuSans", 12)
    pdf.drawRightString(width - 90, 190, _nfc(f"{place}, {vietnamese_date(certificate.issued_on)}"))

    signatories = [
        (template.signatory_1_name, template.signatory_1_title, template.signatory_1_signature)
        if template
        else ("", "", None),
        (template.signatory_2_name, template.signatory_2_title, template.signatory_2_signature)
        if template
        else ("", "", None),
    ]
    signatories = [s for s in signatories if s[0]]
    slots = [width - 230] if len(signatories) == 1 else [width / 2 + 20, width - 190]
    for x, (name, title, signature) in zip(slots, signatories, strict=False):
        pdf.setFont("DejaVuSans-Bold", 11)
        pdf.drawCentredString(x, 168, _nfc(title).upper())
        image = _image_reader(signature, 400)
        if image is not None:
            pdf.drawImage(image, x - 60, 92, 120, 60, preserveAspectRatio=True, mask="auto")
        pdf.setFont("DejaVuSans-Bold", 13)
        pdf.drawCentredString(x, 76, _nfc(name))

    pdf.drawImage(_qr_reader(verify_url), 60, 52, 96, 96)
    pdf.setFont("DejaVuSans", 9)
    pdf.drawString(164, 118, "Mã chứng nhận / Certificate code:")
    pdf.setFont("DejaVuSans-Bold", 11)
    pdf.drawString(164, 102, certificate.display_code)
    pdf.setFont("DejaVuSans", 8)
    pdf.drawString(164, 86, "Quét mã QR hoặc truy cập để xác thực:")
    pdf.drawString(164, 74, verify_url)

    pdf.showPage()
    pdf.save()
    return buffer.getvalue()
