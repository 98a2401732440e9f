"""Project-wide error views: the CSRF failure page (CSRF_FAILURE_VIEW) and a plain 404."""

from urllib.parse import urlsplit

from django.conf import settings
from django.http import Http404
from django.shortcuts import render
from django.utils.http import url_has_allowed_host_and_scheme

# Never written back into a page: secrets, codes and the old token.
SENSITIVE_MARKERS = ("password", "csrf", "token", "code", "otp", "secret", "totp", "recovery", "key", "pin")
MAX_FIELDS, MAX_VALUE_LENGTH = 50, 10_000


def not_found(request, *args, **kwargs):
    raise Http404


def _same_origin(request) -> bool:
    """The POST came from a page of this site (its Origin, or its Referer when no Origin is sent)."""
    source = request.META.get("HTTP_ORIGIN") or request.META.get("HTTP_REFERER") or ""
    parts = urlsplit(source)
    if not parts.scheme or not parts.netloc:
        return False
    origin = f"{parts.scheme}://{parts.netloc}"
    return origin == f"{request.scheme}://{request.get_host()}" or origin in settings.CSRF_TRUSTED_ORIGINS


def resubmittable_fields(request) -> list[tuple[str, str]]:
    """The POST's plain text fields, for the user to send again; none of a sensitive name, no files."""
    if request.method != "POST" or not _same_origin(request):
        # A POST from another site is exactly what CSRF protection stops: never offer to resend it.
        return []
    fields = []
    for name, values in request.POST.lists():
        if any(marker in name.lower() for marker in SENSITIVE_MARKERS):
            continue
        fields.extend((name, value[:MAX_VALUE_LENGTH]) for value in values)
    return fields[:MAX_FIELDS]


def csrf_failure(request, reason=""):
    """The form was sent with an outdated security token (often: signed in or out in another tab).

    Says so in plain words, and for a POST from this site shows the text that was typed in a form
    that can be sent again with a fresh token, so nothing is lost (passwords and codes excepted).
    """
    referer = request.META.get("HTTP_REFERER", "")
    back = referer if url_has_allowed_host_and_scheme(referer, {request.get_host()}, request.is_secure()) else "/"
    context = {"fields": resubmittable_fields(request), "action": request.path, "back": back}
    return render(request, "403_csrf.html", context, status=403)
