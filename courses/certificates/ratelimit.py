"""The public verification lookup's limit per client, through the site's one limiter (elearn.http)."""

from django.conf import settings

from elearn.http import rate_limit


def allow_certificate_lookup(request) -> bool:
    # CERTIFICATE_VERIFY_RATE is "requests/seconds" per client IP.
    limit, seconds = settings.CERTIFICATE_VERIFY_RATE.split("/")
    return rate_limit(request, action="certificate_verify", rate=f"{limit}/{seconds}s/ip")
