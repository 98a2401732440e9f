"""Two-step verification (allauth.mfa, TOTP + recovery codes) for the staff who hold learners' data.

allauth has no "MFA required" switch: ``RequireStaffMFAMiddleware`` sends the staff named by
``mfa_required`` to set up an authenticator app before any admin page (research note §2.4).
"""

from allauth.mfa.adapter import DefaultMFAAdapter
from allauth.mfa.utils import is_mfa_enabled
from django.conf import settings
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import urlencode


def mfa_required(user) -> bool:
    """Superusers, and staff who can export learner data or manage accounts and roles."""
    if not (user.is_authenticated and settings.STAFF_MFA_REQUIRED):
        return False
    return user.is_superuser or any(user.has_perm(perm) for perm in settings.STAFF_MFA_PERMISSIONS)


class RequireStaffMFAMiddleware:
    """Before any /admin/ page, staff who need two-step verification and have none set it up."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        admin_root = reverse("wagtailadmin_home")
        if (
            request.path.startswith(admin_root)
            and request.path != reverse("wagtailadmin_logout")
            and mfa_required(request.user)
            and not is_mfa_enabled(request.user, ["totp"])
        ):
            return redirect(f"{reverse('mfa_activate_totp')}?{urlencode({'next': request.get_full_path()})}")
        return self.get_response(request)


class MFAAdapter(DefaultMFAAdapter):
    def build_totp_svg(self, url: str) -> str:
        # segno (already used for certificates' QR codes) instead of the qrcode package.
        # A standalone SVG document: allauth shows it as a data: URI in an <img>.
        import io

        import segno

        buffer = io.BytesIO()
        segno.make(url, error="m").save(buffer, kind="svg", scale=4, xmldecl=False)
        return buffer.getvalue().decode("utf-8")
