"""The language switch: a link (GET), so the pages that show it need no CSRF token and can be cached."""

from django.conf import settings
from django.http import HttpResponseRedirect
from django.utils.cache import add_never_cache_headers
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_http_methods


@require_http_methods(["GET", "POST"])
def set_language(request):
    """Remember the chosen language in the language cookie and go back to ``next`` (this site only).

    Only the display language changes, so a link may do it; a POST (Django's form) works as before
    and keeps its CSRF check. An unknown language leaves the cookie alone.
    """
    data = request.POST if request.method == "POST" else request.GET
    next_url = data.get("next", "")
    if not url_has_allowed_host_and_scheme(
        next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        next_url = "/"
    response = HttpResponseRedirect(next_url)
    add_never_cache_headers(response)
    language = data.get("language")
    if language in {code for code, _name in settings.LANGUAGES}:
        response.set_cookie(
            settings.LANGUAGE_COOKIE_NAME,
            language,
            max_age=settings.LANGUAGE_COOKIE_AGE,
            path=settings.LANGUAGE_COOKIE_PATH,
            domain=settings.LANGUAGE_COOKIE_DOMAIN,
            secure=settings.LANGUAGE_COOKIE_SECURE,
            httponly=settings.LANGUAGE_COOKIE_HTTPONLY,
            samesite=settings.LANGUAGE_COOKIE_SAMESITE,
        )
    return response
