"""Public certificate verification (HTML and JSON) and the PDF download for its owner."""

from django.contrib.auth.views import redirect_to_login
from django.http import FileResponse, Http404, JsonResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from ..models import Certificate
from ..models.certificates import normalise_code
from .ratelimit import allow_certificate_lookup
from .selectors import certificates_for_staff
from .services import certificate_render


def _lookup(code: str) -> Certificate | None:
    normalised = normalise_code(code)
    if normalised is None:
        return None
    return Certificate.objects.filter(code=normalised).first()


def _too_many(request, as_json=False):
    message = _("Too many look-ups from your connection. Please wait a minute and try again.")
    if as_json:
        return JsonResponse({"error": message}, status=429)
    return render(request, "courses/certificate_verify.html", {"error": message}, status=429)


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
    """Public: is this certificate valid? Name, course, date and issuer only — nothing more personal."""
    if not allow_certificate_lookup(request):
        return _too_many(request)
    certificate = _lookup(code)
    status = 200 if certificate else 404
    response = render(request, "courses/certificate_verify.html", {"certificate": certificate}, status=status)
    response["X-Robots-Tag"] = "noindex"
    return response


@require_GET
def certificate_verify_json(request, code: str):
    if not allow_certificate_lookup(request):
        return _too_many(request, as_json=True)
    certificate = _lookup(code)
    if certificate is None:
        return JsonResponse({"error": _("Certificate not found.")}, status=404)
    data = {
        "code": certificate.display_code,
        "status": certificate.status,
        "valid": certificate.is_valid,
        "learner_name": certificate.learner_name,
        "course": certificate.course_title,
        "issued_on": certificate.issued_on.isoformat(),
        "issuer": certificate.issuer,
    }
    if not certificate.is_valid:
        data["revoked_at"] = certificate.revoked_at.isoformat() if certificate.revoked_at else None
        data["revoked_reason"] = certificate.revoked_reason
    return JsonResponse(data, json_dumps_params={"ensure_ascii": False})


@require_GET
def certificate_download(request, code: str):
    """The PDF, for its owner and for staff who may see the learner (``certificates_for_staff``); refused to others."""
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
    if not certificate.pdf or not certificate.pdf.storage.exists(certificate.pdf.name):
        certificate_render(certificate=certificate)
    response = FileResponse(
        certificate.pdf.open("rb"),
        content_type="application/pdf",
        as_attachment=True,
        filename=f"chung-nhan-{certificate.display_code}.pdf",
    )
    response["Cache-Control"] = "private, no-store"
    return response
