"""A course's certificates as one ZIP, prepared by the worker (``elearn.downloads``).

Built with the owner's permission and scope when the worker runs (``certificates_for_staff``), not
when it was asked for: a trainer whose scope shrank meanwhile gets only the learners they see now.
"""

import shutil
import zipfile

from django.utils import timezone
from django.utils.translation import gettext as _

from elearn.downloads.kinds import DownloadRefused, register
from elearn.public_url import public_base_url

from ..models import Certificate, CoursePage
from .selectors import VIEW_PERMISSION, certificates_for_staff
from .services import certificate_pdf_current

CERTIFICATES_ZIP = "certificates_zip"


def zip_params(course: CoursePage) -> dict:
    return {"course": course.pk}


@register(CERTIFICATES_ZIP, permission=VIEW_PERMISSION)
def build_certificates_zip(download, output) -> str:
    """The valid certificates of the course the owner may see, one PDF each (each drawn for the site's
    current address first if it was not)."""
    owner = download.owner
    if not owner.is_active or not owner.has_perm(VIEW_PERMISSION):
        raise DownloadRefused(_("You may no longer see these certificates."))
    course = CoursePage.objects.filter(pk=download.params.get("course")).first()
    if course is None:
        raise DownloadRefused(_("That course no longer exists."))
    certificates = (
        certificates_for_staff(user=owner)
        .filter(course=course, status=Certificate.Status.VALID)
        .select_related("template")
        .order_by("pk")
    )
    base_url = public_base_url()
    with zipfile.ZipFile(output, mode="w", compression=zipfile.ZIP_STORED) as archive:
        for certificate in certificates.iterator(chunk_size=200):
            certificate = certificate_pdf_current(certificate=certificate, base_url=base_url)
            with certificate.pdf.open("rb") as source, archive.open(f"{certificate.display_code}.pdf", "w") as target:
                shutil.copyfileobj(source, target, 64 * 1024)
    stamp = timezone.localdate().isoformat()
    return _("Certificates - %(course)s - %(date)s.zip") % {"course": course.title.replace("/", "-"), "date": stamp}
