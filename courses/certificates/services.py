"""Issuing, rendering, re-issuing and revoking certificates. Keyword-only, atomic services."""

from functools import partial

from django.core.files.base import ContentFile
from django.db import IntegrityError, transaction
from django.utils import timezone
from wagtail.models import Site

from elearn.accounts.models import LearnerProfile
from elearn.public_url import public_base_url
from home.models import SiteSettings

from ..models import Certificate, CertificateChange, CertificateTemplate, Enrollment
from .pdf import render_certificate_pdf
from .tasks import certificate_pdf_render


def _issuer_name() -> str:
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        return SiteSettings._meta.get_field("issuing_organisation").default
    return SiteSettings.for_site(site).issuing_organisation


def verify_url(certificate: Certificate, base_url: str | None = None) -> str:
    """The verify page's absolute URL (the QR code), by the site's one rule (elearn/public_url.py)."""
    return (base_url or public_base_url()) + certificate.get_absolute_url()


def certificate_render(*, certificate: Certificate) -> Certificate:
    """(Re)draw the PDF for the site's address now and store it; the previous file, if any, is replaced."""
    template = certificate.template or CertificateTemplate.objects.filter(is_default=True).first()
    base_url = public_base_url()
    data = render_certificate_pdf(
        certificate=certificate, template=template, verify_url=verify_url(certificate, base_url)
    )
    old_name = certificate.pdf.name if certificate.pdf else None
    certificate.pdf.save(f"{certificate.code}.pdf", ContentFile(data), save=False)
    certificate.pdf_generated_at = timezone.now()
    certificate.pdf_base_url = base_url
    certificate.save(update_fields=["pdf", "pdf_generated_at", "pdf_base_url"])
    if old_name and old_name != certificate.pdf.name:
        certificate.pdf.storage.delete(old_name)
    return certificate


def pdf_is_current(certificate: Certificate, base_url: str | None = None) -> bool:
    """The certificate has its PDF file, drawn for the site's address now."""
    return (
        bool(certificate.pdf)
        and certificate.pdf_base_url == (base_url or public_base_url())
        and certificate.pdf.storage.exists(certificate.pdf.name)
    )


def certificate_pdf_current(*, certificate: Certificate, base_url: str | None = None) -> Certificate:
    """The certificate with a PDF for the site's address now: drawn again, once, if it has none or was
    drawn for another address (the site's Site root URL or PUBLIC_BASE_URL changed). Nothing is
    re-issued: same code, same dates. Under the row's lock, so two downloads at once draw it once."""
    if pdf_is_current(certificate, base_url):
        return certificate
    with transaction.atomic():
        locked = Certificate.objects.select_for_update(of=("self",), no_key=True).get(pk=certificate.pk)
        if not pdf_is_current(locked, base_url):
            certificate_render(certificate=locked)
    return locked


def certificate_issue(*, enrollment: Enrollment) -> Certificate | None:
    """Record the one certificate of a completed enrollment, if the course gives one; its PDF is drawn after commit.

    Called inside the transaction that completed the course (``course_completed``), with the
    enrollment row locked, so the certificate commits with the completion or not at all. The PDF
    is drawn by the ``certificate_pdf_render`` task, enqueued when the transaction commits: a
    failure there leaves a certificate without a file, which its download, the ZIP and
    ``repair_certificates`` draw again. Safe to call twice: the existing certificate is returned.
    """
    course = enrollment.course
    if enrollment.completed_at is None or not course.issues_certificate:
        return None
    existing = Certificate.objects.filter(user_id=enrollment.user_id, course=course).first()
    if existing is not None:
        return existing
    profile = LearnerProfile.objects.filter(user_id=enrollment.user_id).only("full_name").first()
    try:
        with transaction.atomic():
            certificate = Certificate.objects.create(
                enrollment=enrollment,
                user_id=enrollment.user_id,
                course=course,
                learner_name=profile.full_name if profile else enrollment.user.display_name,
                course_title=course.title,
                issuer=_issuer_name(),
                issued_on=timezone.localdate(enrollment.completed_at),
                template=CertificateTemplate.objects.filter(is_default=True).first(),
            )
            CertificateChange.objects.create(
                certificate=certificate, action=CertificateChange.Action.ISSUED, new_name=certificate.learner_name
            )
    except IntegrityError:  # recorded meanwhile by a caller that did not hold the enrollment's lock
        return Certificate.objects.get(user_id=enrollment.user_id, course=course)
    transaction.on_commit(partial(certificate_pdf_render.enqueue, certificate_id=certificate.pk))
    return certificate


@transaction.atomic
def certificate_issue_missing(*, enrollment_id: int) -> Certificate | None:
    """Issue the certificate a completed enrollment lacks (``repair_certificates``), under the enrollment's lock."""
    enrollment = (
        Enrollment.objects.select_for_update(of=("self",), no_key=True).select_related("course").get(pk=enrollment_id)
    )
    return certificate_issue(enrollment=enrollment)


@transaction.atomic
def certificate_reissue(
    *, certificate: Certificate, learner_name: str, changed_by=None, reason: str = ""
) -> Certificate:
    """Correct the name: same code, same award date, a new PDF and an audit record."""
    learner_name = " ".join(learner_name.split())
    CertificateChange.objects.create(
        certificate=certificate,
        action=CertificateChange.Action.REISSUED,
        old_name=certificate.learner_name,
        new_name=learner_name,
        reason=reason,
        changed_by=changed_by,
    )
    certificate.learner_name = learner_name
    certificate.save(update_fields=["learner_name"])
    return certificate_render(certificate=certificate)


@transaction.atomic
def certificate_revoke(*, certificate: Certificate, reason: str, changed_by=None) -> Certificate:
    certificate.status = Certificate.Status.REVOKED
    certificate.revoked_reason = reason
    certificate.revoked_at = timezone.now()
    certificate.save(update_fields=["status", "revoked_reason", "revoked_at"])
    CertificateChange.objects.create(
        certificate=certificate, action=CertificateChange.Action.REVOKED, reason=reason, changed_by=changed_by
    )
    return certificate
