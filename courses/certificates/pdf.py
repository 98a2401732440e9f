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
PAGE_WIDTH, PAGE_HEIGHT = landscape(A4)
FRAME_MARGIN = 36  # the inner (gold) frame, from the page edge
# The name stays 54 pt inside the inner frame on each side.
NAME_MAX_WIDTH = PAGE_WIDTH - 2 * (FRAME_MARGIN + 54)


@lru_cache(maxsize=1)
def _register_fonts() -> None:
    pdfmetrics.registerFont(TTFont("DejaVuSans", str(settings.FONT_DIR / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont("DejaVuSans-Bold", str(settings.FONT_DIR / "DejaVuSans-Bold.ttf")))


def _nfc(text: str) -> str:
    # Precomposed letters (ệ as one code point) always map to one glyph of the font.
    return unicodedata.normalize("NFC", text or "")


@lru_cache(maxsize=16)
def _prepared_image(storage, name: str, version: str, max_px: int, as_jpeg: bool) -> bytes:
    """Downscale a template image once (keeps PDFs small); cached per file version.

    Read through the storage API (``storage.open``), so images on remote storage (S3…) work too.
    """
    with storage.open(name, "rb") as source, PILImage.open(source) as img:
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
    # A new upload gets a new name; the hash (or size) tells a file replaced under the same name.
    version = getattr(image, "file_hash", "") or str(getattr(image, "file_size", "") or "")
    try:
        data = _prepared_image(image.file.storage, image.file.name, version, max_px, as_jpeg)
    except (OSError, ValueError):
        return None
    return ImageReader(io.BytesIO(data))


# --- The learner's name: it must fit the frame whatever its length ---------------------------

NAME_FONT = "DejaVuSans-Bold"
NAME_SIZE = 30  # a usual name
NAME_MIN_ONE_LINE = 20  # below this, two lines read better than one tiny one
NAME_LEADING = 1.2


def _split_in_two(name: str) -> list[str]:
    """Two lines of widths as equal as possible, broken at a space (inside a word only if there is none)."""
    spaces = [i for i, ch in enumerate(name) if ch == " "]
    if not spaces:
        middle = len(name) // 2
        return [name[:middle], name[middle:]]

    def widest(i):
        return max(pdfmetrics.stringWidth(name[:i], NAME_FONT, 1), pdfmetrics.stringWidth(name[i + 1 :], NAME_FONT, 1))

    best = min(spaces, key=widest)
    return [name[:best], name[best + 1 :]]


def fit_name(name: str, max_width: float) -> tuple[list[str], float]:
    """The lines and font size that print ``name`` within ``max_width`` points.

    One line at 30 pt, smaller down to 20 pt; longer names on two balanced lines, at the size
    that fits them (30 pt at most), however long the name (the cleaner allows 150 characters).
    """
    _register_fonts()
    width = pdfmetrics.stringWidth(name, NAME_FONT, 1)
    if width * NAME_MIN_ONE_LINE <= max_width:
        return [name], min(NAME_SIZE, max_width / width) if width else NAME_SIZE
    lines = _split_in_two(name)
    widest = max(pdfmetrics.stringWidth(line, NAME_FONT, 1) for line in lines)
    return lines, min(NAME_SIZE, max_width / widest)


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
        pdf.rect(FRAME_MARGIN, FRAME_MARGIN, width - 2 * FRAME_MARGIN, height - 2 * FRAME_MARGIN)

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
    lines, size = fit_name(_nfc(certificate.learner_name), NAME_MAX_WIDTH)
    pdf.setFont(NAME_FONT, size)
    # One line sits where it always did; two lines share that room and push the body down a little.
    baseline = top - 134 if len(lines) == 1 else top - 122
    for i, line in enumerate(lines):
        pdf.drawCentredString(width / 2, baseline - i * size * NAME_LEADING, line)
    top -= (len(lines) - 1) * size * NAME_LEADING - (12 if len(lines) > 1 else 0)

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
