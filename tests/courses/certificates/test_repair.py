"""repair_certificates: completed courses without a certificate get one; certificates without a PDF get one."""

import io

import pytest
from django.core.management import call_command
from django.utils import timezone

from courses.certificates.services import certificate_issue
from courses.models import Certificate, CertificateChange, CertificateTemplate, Enrollment
from tests.factories import course, learner

pytestmark = pytest.mark.django_db


def repair(*args) -> str:
    out = io.StringIO()
    call_command("repair_certificates", *args, stdout=out)
    return out.getvalue()


@pytest.fixture
def broken(catalogue, django_capture_on_commit_callbacks):
    """One completion whose certificate was lost, one certificate whose PDF was never drawn, one course without."""
    CertificateTemplate.objects.create(name="Mặc định", is_default=True)
    page = course(catalogue, title="Chữ ký số", lessons=1)
    no_certificates = course(catalogue, title="Tìm hiểu chung", lessons=1, issues_certificate=False)
    lost = Enrollment.objects.create(user=learner(full_name="Lê Thị Mất"), course=page, completed_at=timezone.now())
    Enrollment.objects.create(user=learner(), course=no_certificates, completed_at=timezone.now())
    Enrollment.objects.create(user=learner(), course=page)  # not completed: nothing to issue
    without_pdf = Enrollment.objects.create(
        user=learner(full_name="Hồ Văn Chờ"), course=page, completed_at=timezone.now()
    )
    with django_capture_on_commit_callbacks(execute=False):  # the PDF task never ran (worker down)
        certificate_issue(enrollment=without_pdf)
    return {"course": page, "lost": lost}


def test_repair_issues_missing_certificates_and_draws_missing_pdfs(broken):
    assert repair("--dry-run").count(": 1") == 2 and not Certificate.objects.filter(learner_name="Lê Thị Mất")
    output = repair()
    assert "Khóa học đã hoàn thành nhưng chưa có chứng nhận: 1" in output
    assert "Chứng nhận chưa có tệp PDF: 2" in output
    assert "Xong: đã cấp 1 chứng nhận, đã tạo 2 tệp PDF." in output
    certificates = Certificate.objects.filter(course=broken["course"])
    assert sorted(c.learner_name for c in certificates) == ["Hồ Văn Chờ", "Lê Thị Mất"]
    assert all(c.pdf and c.pdf.storage.exists(c.pdf.name) for c in certificates)
    assert CertificateChange.objects.filter(action="issued").count() == 2
    # Running it again finds nothing to do.
    assert "Xong: đã cấp 0 chứng nhận, đã tạo 0 tệp PDF." in repair()


def test_repair_redraws_a_pdf_lost_from_storage_with_check_files(broken):
    repair()
    certificate = Certificate.objects.get(learner_name="Lê Thị Mất")
    certificate.pdf.storage.delete(certificate.pdf.name)
    assert "đã tạo 0 tệp PDF" in repair()  # without the check, a file lost from storage goes unseen
    assert "đã tạo 1 tệp PDF" in repair("--check-files")
    certificate.refresh_from_db()
    assert certificate.pdf.storage.exists(certificate.pdf.name)
