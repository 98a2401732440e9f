"""Helpers of the certificate tests."""

from pypdf import PdfReader

NAME = "Nguyễn Thị Phương Thảo Hiệp Ngữ"  # stacked marks (ệ, ữ): the PDF must render them


def pdf_text(certificate) -> str:
    with certificate.pdf.open("rb") as fh:
        return "".join(page.extract_text() for page in PdfReader(fh).pages)
