"""Certificate services: codes, name corrections, private storage."""

import pytest

from courses.certificates.services import certificate_reissue
from courses.models import Certificate, CertificateChange
from courses.models.certificates import CODE_ALPHABET, normalise_code
from tests.courses.certificates.support import NAME, pdf_text

pytestmark = pytest.mark.django_db


def test_code_has_at_least_128_bits_and_reads_in_groups(graduate):
    certificate = Certificate.objects.get()
    assert len(certificate.code) * 5 >= 128
    assert set(certificate.code) <= set(CODE_ALPHABET)
    assert certificate.display_code.count("-") == 5
    assert normalise_code(certificate.display_code.lower()) == certificate.code


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


def test_pdf_is_not_in_public_media(graduate, settings):
    certificate = Certificate.objects.get()
    assert not certificate.pdf.path.startswith(str(settings.MEDIA_ROOT) + "/certificates")
