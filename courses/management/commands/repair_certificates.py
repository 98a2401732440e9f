"""Issue the certificates completed courses lack, and draw the PDFs certificates lack.

    manage.py repair_certificates [--check-files] [--dry-run]

Safe to run at any time and again: each enrollment is locked while its certificate is issued
(as on completion), and each PDF is drawn by the same idempotent task the site enqueues.
``--check-files`` also looks in the storage for every certificate's file (one request each).
"""

from django.core.management.base import BaseCommand
from django.utils.translation import gettext as _

from courses.certificates.selectors import certificates_missing_pdf, enrollments_missing_certificate
from courses.certificates.services import certificate_issue_missing
from courses.certificates.tasks import certificate_pdf_render
from courses.models import Certificate


class Command(BaseCommand):
    help = "Issue missing certificates of completed courses and draw missing certificate PDFs."

    def add_arguments(self, parser):
        parser.add_argument("--check-files", action="store_true", help="Also check every PDF file in the storage.")
        parser.add_argument("--dry-run", action="store_true", help="Count what is missing, change nothing.")

    def handle(self, *args, check_files, dry_run, **options):
        enrollment_ids = list(enrollments_missing_certificate().values_list("pk", flat=True))
        self.stdout.write(_("Completed enrollments without a certificate: %(count)d") % {"count": len(enrollment_ids)})
        issued = 0
        if not dry_run:
            for done, enrollment_id in enumerate(enrollment_ids, start=1):
                issued += certificate_issue_missing(enrollment_id=enrollment_id) is not None
                self._progress(_("Issuing certificates"), done, len(enrollment_ids))

        certificate_ids = list(certificates_missing_pdf().values_list("pk", flat=True))
        if check_files:
            lost = [
                c.pk
                for c in Certificate.objects.exclude(pdf="").only("pk", "pdf").iterator(chunk_size=500)
                if not c.pdf.storage.exists(c.pdf.name)
            ]
            certificate_ids = sorted(set(certificate_ids) | set(lost))
        self.stdout.write(_("Certificates without a PDF: %(count)d") % {"count": len(certificate_ids)})
        drawn = 0
        if not dry_run:
            for done, certificate_id in enumerate(certificate_ids, start=1):
                drawn += certificate_pdf_render.call(certificate_id=certificate_id)
                self._progress(_("Drawing PDFs"), done, len(certificate_ids))
        self.stdout.write(
            self.style.SUCCESS(
                _("Done: %(issued)d certificates issued, %(drawn)d PDFs drawn.") % {"issued": issued, "drawn": drawn}
            )
        )

    def _progress(self, label: str, done: int, total: int) -> None:
        # On a terminal, one line rewritten in place; in a log, nothing per item.
        if self.stdout.isatty():
            end = "\n" if done == total else ""
            self.stdout.write(f"\r{label}: {done}/{total}", ending=end)
            self.stdout.flush()
