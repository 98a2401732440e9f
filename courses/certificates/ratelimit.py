"""A small fixed-window rate limit per client IP, kept in the cache (Redis in production)."""

from django.conf import settings
from django.core.cache import cache


def client_ip(request) -> str:
    # Behind the production proxy the first X-Forwarded-For entry is the client.
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    return forwarded.split(",")[0].strip() if forwarded else request.META.get("REMOTE_ADDR", "")


def allow(request, *, scope: str, rate: str) -> bool:
    """True while the client made fewer than ``limit`` requests in the current window ("limit/seconds")."""
    limit, seconds = (int(part) for part in rate.split("/"))
    key = f"rl:{scope}:{client_ip(request)}"
    if cache.add(key, 1, timeout=seconds):
        return True
    try:
        return cache.incr(key) <= limit
    except ValueError:  # expired between add and incr
        cache.add(key, 1, timeout=seconds)
        return True


def allow_certificate_lookup(request) -> bool:
    return allow(request, scope="certificate", rate=settings.CERTIFICATE_VERIFY_RATE)
