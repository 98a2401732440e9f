"""Public certificate verification (HTML and JSON) and the PDF download for its owner."""

from django.contrib.auth.views import redirect_to_login
from django.http import FileResponse, Http404, JsonResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from ..models import Certificate, WithdrawnCertificate
from ..models.certificates import normalise_code
from .ratelimit import allow_certificate_lookup
from .selectors import certificates_for_staff
from .services import certificate_pdf_current


def _lookup(code: str) -> Certificate | None:
    normalised = normalise_code(code)
    if normalised is None:
        return None
    return Certificate.objects.filter(code=normalised).first()


def _withdrawn(code: str) -> WithdrawnCertificate | None:
    normalised = normalise_code(code)
    return WithdrawnCertificate.objects.filter(code=normalised).first() if normalised else None


def _noindex(response):
    # Verification answers (HTML and JSON, found or not) are for the person holding the code, not search engines.
    response["X-Robots-Tag"] = "noindex"
    return response


def _too_many(request, as_json=False):
    message = _("Too many look-ups from your connection. Please wait a minute and try again.")
    if as_json:
        return _noindex(JsonResponse({"error": message}, status=429))
    return _noindex(render(request, "courses/certificate_verify.html", {"error": message}, status=429))


@require_GET
def certificate_lookup(request):
    """The look-up form: send the typed code to its verification page."""
    code = normalise_code(request.GET.get("code", ""))
    if code is None:
        return render(
            request,
            "courses/certificate_verify.html",
            {"error": _("That is not a valid certificate code. Codes have 30 letters and digits.")},
            status=400,
        )
    return redirect(reverse("certificate_verify", args=[code]))


@require_GET
def certificate_verify(request, code: str):
    """Public: is this certificate valid? Name, course, date and issuer of a valid one; of a revoked or
    withdrawn one, its status and dates only (never the reason staff wrote, nor who held it)."""
    if not allow_certificate_lookup(request):
        return _too_many(request)
    certificate = _lookup(code)
    withdrawn = None if certificate else _withdrawn(code)
    status = 200 if certificate or withdrawn else 404
    context = {"certificate": certificate, "withdrawn": withdrawn}
    return _noindex(render(request, "courses/certificate_verify.html", context, status=status))


@require_GET
def certificate_verify_json(request, code: str):
    if not allow_certificate_lookup(request):
        return _too_many(request, as_json=True)
    certificate = _lookup(code)
    if certificate is None:
        withdrawn = _withdrawn(code)
        if withdrawn is None:
            return _noindex(JsonResponse({"error": _("Certificate not found.")}, status=404))
        data = {
            "code": withdrawn.display_code,
            "status": "withdrawn",
            "valid": False,
            "issued_on": withdrawn.issued_on.isoformat(),
            "withdrawn_on": withdrawn.withdrawn_on.isoformat(),
        }
    elif not certificate.is_valid:
        data = {
            "code": certificate.display_code,
            "status": certificate.status,
            "valid": False,
            "issued_on": certificate.issued_on.isoformat(),
            "revoked_on": timezone.localdate(certificate.revoked_at).isoformat() if certificate.revoked_at else None,
        }
    else:
        data = {
            "code": certificate.display_code,
            "status": certificate.status,
            "valid": True,
            "learner_name": certificate.learner_name,
            "course": certificate.course_title,
            "issued_on": certificate.issued_on.isoformat(),
            "issuer": certificate.issuer,
        }
    return _noindex(JsonResponse(data, json_dumps_params={"ensure_ascii": False}))


@require_GET
def certificate_download(request, code: str):
    """The PDF, for its owner and for staff who may see the learner (``certificates_for_staff``); refused to others.

    A PDF drawn for another address of the site (the domain changed) is drawn again first."""
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    certificate = _lookup(code)
    if certificate is None:
        raise Http404
    if (
        certificate.user_id != request.user.pk
        and not certificates_for_staff(user=request.user).filter(pk=certificate.pk).exists()
    ):
        return render(
            request,
            "403.html",
            {"message": _("This certificate belongs to another learner. Only its owner can download it.")},
            status=403,
        )
    certificate = certificate_pdf_current(certificate=certificate)  # redrawn if the site's address changed
    response = FileResponse(
        certificate.pdf.open("rb"),
        content_type="application/pdf",
        as_attachment=True,
        filename=f"chung-nhan-{certificate.display_code}.pdf",
    )
    response["Cache-Control"] = "private, no-store"
    return response
