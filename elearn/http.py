"""The site's HTTP rules: "who is the client" and one rate limiter built on it (issue 13.5), which
ids a URL may carry, and how a download is named.

The client IP is allauth's: ``REMOTE_ADDR``, or — behind ``ALLAUTH_TRUSTED_PROXY_COUNT`` proxies that
append to ``X-Forwarded-For`` — the entry that many places from the right, the one the nearest
trusted proxy saw. Entries further left were written by the client and are ignored, so rotating or
spoofing them neither escapes a limit nor exhausts someone else's. allauth's sign-in, sign-up and
code limits and every limiter of the project use it (docs/deployment.md: nginx alone = 1).
"""

from urllib.parse import quote

from allauth.account.adapter import get_adapter
from allauth.core.internal import ratelimit as _allauth_ratelimit

# Database integer keys are signed 64-bit (PostgreSQL bigint; SQLite raises OverflowError beyond).
MAX_DATABASE_ID = 2**63 - 1


def is_database_id(value: int | None) -> bool:
    """Whether ``value`` (from a URL or a link) can be a row's id: a positive 64-bit integer. Ids
    beyond that are no row's (and SQLite would raise instead of finding nothing), so they are 404s."""
    return value is not None and 0 < value <= MAX_DATABASE_ID


def client_ip(request) -> str:
    """The client's IP address (``PermissionDenied`` when the request has none)."""
    return get_adapter(request).get_client_ip(request)


def rate_limit(request, *, action: str, rate: str, key: str | None = None) -> bool:
    """Count one request against ``rate`` and say whether it is allowed.

    ``rate`` is allauth's notation, e.g. ``"30/m/ip"`` or ``"30/60s/ip,200/d/ip"`` (per ``ip`` uses
    ``client_ip``; per ``key`` counts ``key``). GET requests count too, unlike allauth's public
    ``consume``. Counters live in the default cache (Redis in production), under allauth's keys.
    """
    # allauth's internal consume is the one that can limit GETs; pinned allauth 65.21.1, covered by
    # tests/test_http.py.
    usage = _allauth_ratelimit.consume(
        request, app="elearn", action=action, config={action: rate}, key=key, limit_get=True
    )
    return usage is not None


def attachment_disposition(ascii_name: str, readable_name: str) -> str:
    """``Content-Disposition`` of a download: the ASCII name for old clients, the Vietnamese one
    (RFC 5987, UTF-8) for the others."""
    return f"attachment; filename=\"{ascii_name}\"; filename*=UTF-8''{quote(readable_name)}"
