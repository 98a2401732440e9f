"""Anonymous pages served from a shared cache, purged when editors change what they show.

A page opts in with ``PublicPageMixin`` (home, catalogue, course, lesson, standard pages). Its
response is stored only when it went to a visitor with no session and no pending message, is a
plain 200 that sets no cookie and shows no message; it is served again only to such visitors, in
the same language (the language cookie), for the same address. A signed-in visitor, a preview or
a draft never reaches the cache: they carry a session cookie, and previews are marked by Wagtail.

Purging is a "generation" number that is part of every key: any publish, unpublish, move or
delete of a page, and any save of a snippet, site setting, image or site bumps it (``receivers``),
so every stored page is dropped at once. Editors change content rarely; learners read it often.

The same generation keys what pages are built from, for signed-in visitors too (``remember``):
a course's outline, which course a lesson belongs to, the route to a page, the catalogue's address.

Stored in ``caches["pagecache"]``: Redis when ``REDIS_URL`` is set, files otherwise, so every
worker of the server sees the same generation.
"""

import hashlib
from contextvars import ContextVar

from django.conf import settings
from django.core.cache import caches
from django.http import HttpResponse
from django.utils.cache import patch_cache_control

GENERATION_KEY = "pagecache:generation"
HIT_HEADER = "X-Page-Cache"


def _cache():
    return caches["pagecache"]


# The generation read once per request (PageCacheMiddleware opens the scope), not once per use.
_request_generation: ContextVar[dict | None] = ContextVar("pagecache_generation", default=None)


def generation() -> int:
    scope = _request_generation.get()
    if scope is not None and "value" in scope:
        return scope["value"]
    value = _cache().get(GENERATION_KEY) or 0
    if scope is not None:
        scope["value"] = value
    return value


def purge() -> None:
    """Drop every stored page (they are keyed by the generation, which moves on)."""
    store = _cache()
    try:
        value = store.incr(GENERATION_KEY)
    except ValueError:  # not set yet (or evicted): any value but the previous one does
        value = (store.get(GENERATION_KEY) or 0) + 1
        store.set(GENERATION_KEY, value, timeout=None)
    if (scope := _request_generation.get()) is not None:
        scope["value"] = value


_MISSING = object()


def remember(name: str, compute, timeout: int | None = None):
    """``compute()``, kept until the next purge (or ``timeout``): for what pages are built from.

    ``name`` must say everything the value depends on besides published content (a course id…).
    """
    if not settings.PAGECACHE_ENABLED:
        return compute()
    key = f"pagecache:{generation()}:data:{name}"
    value = _cache().get(key, _MISSING)
    if value is _MISSING:
        value = compute()
        _cache().set(key, value, timeout or settings.PAGECACHE_TIMEOUT)
    return value


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
        token = _request_generation.set({})
        try:
            return self._respond(request)
        finally:
            _request_generation.reset(token)

    def _respond(self, request):
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

    def get_view_restrictions(self):
        # Wagtail asks on every view (two queries: the ancestors, their restrictions). Whether there
        # is any changes only when an editor sets one, which purges (``receivers``); most pages have none.
        wagtail_page = super()
        if remember(f"restricted:{self.pk}", lambda: wagtail_page.get_view_restrictions().exists()):
            return wagtail_page.get_view_restrictions()
        from wagtail.models import PageViewRestriction

        return PageViewRestriction.objects.none()


class CachedRouteMixin:
    """For a site's root page: finds the live page at a URL without walking the tree.

    Wagtail asks for each path segment's child, then its specific page (two queries a segment,
    most of their cost in building them). Here the page at the URL is read once (two queries) and
    kept until the next publish, unpublish or move (``remember``); a URL that leads to no page
    takes Wagtail's own route (which also serves pages with routes of their own, and 404s).
    """

    def route(self, request, path_components):
        if not path_components:
            return super().route(request, path_components)
        from django.contrib.contenttypes.models import ContentType
        from django.http import Http404
        from wagtail.models import Page

        url_path = self.url_path + "/".join(path_components) + "/"

        def find():
            found = Page.objects.filter(url_path=url_path).values_list("pk", "content_type_id").first()
            if found is None:
                return None
            model = ContentType.objects.get_for_id(found[1]).model_class()
            return model.objects.filter(pk=found[0]).first() if model else None

        page = remember(f"route-page:{url_path}", find)
        if page is None:
            return super().route(request, path_components)
        if not page.live:
            raise Http404
        return page.route(request, [])
