"""Anonymous pages served from a shared cache, purged when editors change what they show.

A page opts in with ``PublicPageMixin`` (home, catalogue, course, lesson, standard pages). Its
response is stored only when it went to a visitor with no session and no pending message, is a
plain 200 that sets no cookie and shows no message; it is served again only to such visitors, in
the same language (the language cookie), for the same address. A signed-in visitor, a preview or
a draft never reaches the cache: they carry a session cookie, and previews are marked by Wagtail.

Purging is a "generation" number that is part of every key: any publish, unpublish, move or
delete of a page, and any save of a snippet, site setting, image or site bumps it (``receivers``),
so every stored page is dropped at once. Editors change content rarely; learners read it often.

Stored in ``caches["pagecache"]``: Redis when ``REDIS_URL`` is set, files otherwise, so every
worker of the server sees the same generation.
"""

import hashlib

from django.conf import settings
from django.core.cache import caches
from django.http import HttpResponse
from django.utils.cache import patch_cache_control

GENERATION_KEY = "pagecache:generation"
HIT_HEADER = "X-Page-Cache"


def _cache():
    return caches["pagecache"]


def generation() -> int:
    return _cache().get(GENERATION_KEY) or 0


def purge() -> None:
    """Drop every stored page (they are keyed by the generation, which moves on)."""
    store = _cache()
    try:
        store.incr(GENERATION_KEY)
    except ValueError:  # not set yet (or evicted): any value but the previous one does
        store.set(GENERATION_KEY, generation() + 1, timeout=None)


def _language(request) -> str:
    language = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME)
    return language if language in {code for code, _name in settings.LANGUAGES} else settings.LANGUAGE_CODE


def _eligible(request) -> bool:
    """A GET by a visitor with no session and no pending message: nothing personal to show."""
    return (
        settings.PAGECACHE_ENABLED
        and request.method == "GET"
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and "messages" not in request.COOKIES
    )


def _key(request, gen: int) -> str:
    address = f"{request.scheme}://{request.get_host()}{request.get_full_path()}"
    digest = hashlib.sha256(address.encode()).hexdigest()[:32]
    return f"pagecache:{gen}:{_language(request)}:{digest}"


def mark_public(request, response):
    """Let ``response`` be cached if it went to an anonymous visitor; say so to proxies too.

    Called by ``PublicPageMixin.serve``. Signed-in visitors' pages are marked private.
    """
    user = getattr(request, "user", None)
    if getattr(request, "is_preview", False) or request.method not in ("GET", "HEAD"):
        patch_cache_control(response, private=True, no_cache=True)
    elif user is not None and user.is_authenticated:
        patch_cache_control(response, private=True)
    else:
        response.pagecache_public = True
        patch_cache_control(response, public=True, max_age=settings.PAGECACHE_MAX_AGE)
    return response


def _storable(request, response) -> bool:
    user = getattr(request, "user", None)
    messages = getattr(request, "_messages", None)
    return (
        getattr(response, "pagecache_public", False)
        and response.status_code == 200
        and not response.streaming
        and not response.cookies
        and not (user is not None and user.is_authenticated)
        and not getattr(messages, "added_new", False)
    )


class PageCacheMiddleware:
    """Serves stored anonymous pages before sessions, users or CSRF are looked at.

    Placed right after WhiteNoise: a hit costs two cache reads.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not _eligible(request):
            return self.get_response(request)
        key = _key(request, generation())  # before rendering: a page read before a purge dies with it
        stored = _cache().get(key)
        if stored is not None:
            status, headers, content = stored
            response = HttpResponse(content, status=status)
            for name, value in headers:
                response.headers[name] = value
            response.headers[HIT_HEADER] = "hit"
            return response
        response = self.get_response(request)
        if _storable(request, response):
            if hasattr(response, "render") and not response.is_rendered:
                response.render()
            headers = [(k, v) for k, v in response.headers.items() if k.lower() != "set-cookie"]
            _cache().set(key, (response.status_code, headers, response.content), settings.PAGECACHE_TIMEOUT)
            response.headers[HIT_HEADER] = "miss"
        return response


class PublicPageMixin:
    """For a page type whose anonymous view is the same for everyone (see the module docstring)."""

    def serve(self, request, *args, **kwargs):
        return mark_public(request, super().serve(request, *args, **kwargs))
