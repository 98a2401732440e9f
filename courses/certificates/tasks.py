"""Work done after a certificate is recorded: drawing its PDF, outside the learner's request."""

from django.db import transaction
from django_tasks import task

from ..models import Certificate


@task()
def certificate_pdf_render(*, certificate_id: int) -> bool:
    """Draw the certificate's PDF if it has none (or its file is gone). Safe to run twice, even at once.

    Returns whether a PDF was drawn. A certificate deleted since (account deleted) is skipped.
    """
    from .services import certificate_render  # the services enqueue this task

    with transaction.atomic():
        # The row lock makes a second run (the worker and repair_certificates) wait, then find the file.
        certificate = (
            Certificate.objects.select_for_update(of=("self",), no_key=True)
            .select_related("template")
            .filter(pk=certificate_id)
            .first()
        )
        if certificate is None or (certificate.pdf and certificate.pdf.storage.exists(certificate.pdf.name)):
            return False
        certificate_render(certificate=certificate)
    return True
