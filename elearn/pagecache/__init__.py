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
a course's outline, which course a lesson belongs to, the route to a page, the request's site,
the catalogue's address, fragments of pages that are the same for everyone.

Stored in ``caches["pagecache"]``: Redis when ``REDIS_URL`` is set, files otherwise, so every
worker of the server sees the same generation.
"""

import hashlib
from contextvars import ContextVar

from django.conf import settings
from django.core.cache import caches
from django.core.exceptions import DisallowedHost
from django.http import HttpResponse
from django.http.request import split_domain_port
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
    value = _kept(name)
    if value is _MISSING:
        value = compute()
        _keep(name, value, timeout)
    return value


def _kept(name: str):
    return _cache().get(f"pagecache:{generation()}:data:{name}", _MISSING)


def _keep(name: str, value, timeout: int | None = None) -> None:
    _cache().set(f"pagecache:{generation()}:data:{name}", value, timeout or settings.PAGECACHE_TIMEOUT)


def user_version(user_id) -> int:
    return _cache().get(f"pagecache:user:{user_id}") or 0


def user_changed(user_id) -> None:
    """Drop every stored page of this user (their progress, attempts, name or account changed)."""
    store = _cache()
    key = f"pagecache:user:{user_id}"
    try:
        store.incr(key)
    except ValueError:
        store.set(key, user_version(user_id) + 1, timeout=None)


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


def _eligible_member(request) -> bool:
    return (
        settings.PAGECACHE_ENABLED
        and settings.PAGECACHE_MEMBERS
        and request.method == "GET"
        and settings.SESSION_COOKIE_NAME in request.COOKIES
        and "messages" not in request.COOKIES
    )


def _key(request, gen: int) -> str:
    address = f"{request.scheme}://{request.get_host()}{request.get_full_path()}"
    if settings.SESSION_COOKIE_NAME in request.COOKIES:
        # A signed-in visitor's own copy: their session and CSRF cookies are part of the key, so a
        # copy is only ever served back with the cookies it was made for (and its forms' tokens fit).
        cookies = request.COOKIES
        address += f"|{cookies[settings.SESSION_COOKIE_NAME]}|{cookies.get(settings.CSRF_COOKIE_NAME, '')}"
    digest = hashlib.sha256(address.encode()).hexdigest()[:40]
    return f"pagecache:{gen}:{_language(request)}:{digest}"


def mark_public(request, response):
    """Let ``response`` be cached if it went to an anonymous visitor; say so to proxies too.

    Called by ``PublicPageMixin.serve``. Signed-in visitors' pages are marked private.
    """
    user = getattr(request, "user", None)
    if getattr(request, "is_preview", False) or request.method not in ("GET", "HEAD"):
        patch_cache_control(response, private=True, no_cache=True)
    elif user is not None and user.is_authenticated:
        mark_member(request, response)
    else:
        response.pagecache_public = True
        patch_cache_control(response, public=True, max_age=settings.PAGECACHE_MAX_AGE)
    return response


def mark_member(request, response):
    """Let a signed-in visitor's page be kept for them alone (``PAGECACHE_MEMBER_TIMEOUT``), until
    their own records change (``user_changed``) or anything is published. Marked private."""
    patch_cache_control(response, private=True)
    if request.method == "GET" and not getattr(request, "is_preview", False):
        response.pagecache_member = request.user.pk
    return response


def _storable(request, response, *, renewed_csrf_ok: bool = False) -> bool:
    messages = getattr(request, "_messages", None)
    cookies = dict(response.cookies)
    if renewed_csrf_ok:
        # Django re-sends the CSRF cookie whenever a form uses it, only to renew its expiry: the
        # same value as the request's is no change.
        name = settings.CSRF_COOKIE_NAME
        if name in cookies and cookies[name].value == request.COOKIES.get(name):
            del cookies[name]
    return (
        response.status_code == 200
        and not response.streaming
        and not cookies
        and not getattr(messages, "added_new", False)
    )


def _storable_public(request, response) -> bool:
    user = getattr(request, "user", None)
    return (
        getattr(response, "pagecache_public", False)
        and _storable(request, response)
        and not (user is not None and user.is_authenticated)
        and not request.META.get("CSRF_COOKIE_USED")  # no form token of this visitor's in it
    )


def _storable_member(request, response) -> bool:
    user = getattr(request, "user", None)
    return (
        getattr(response, "pagecache_member", None) is not None
        and user is not None
        and user.is_authenticated
        and response.pagecache_member == user.pk
        and _storable(request, response, renewed_csrf_ok=True)
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
        member = _eligible_member(request)
        if not (member or _eligible(request)):
            return self.get_response(request)
        key = _key(request, generation())  # before rendering: a page read before a purge dies with it
        stored = _cache().get(key)
        if stored is not None:
            status, headers, content, owner, version = stored
            if owner is None or version == user_version(owner):
                response = HttpResponse(content, status=status)
                for name, value in headers:
                    response.headers[name] = value
                response.headers[HIT_HEADER] = "hit"
                return response
        response = self.get_response(request)
        if _storable_member(request, response) if member else _storable_public(request, response):
            if hasattr(response, "render") and not response.is_rendered:
                response.render()
            headers = [(k, v) for k, v in response.headers.items() if k.lower() != "set-cookie"]
            owner = request.user.pk if member else None
            # The user's version is read after rendering (the user is known only then): a change of
            # theirs made while this page rendered can outlive it by PAGECACHE_MEMBER_TIMEOUT at most.
            version = user_version(owner) if member else 0
            timeout = settings.PAGECACHE_MEMBER_TIMEOUT if member else settings.PAGECACHE_TIMEOUT
            entry = (response.status_code, headers, response.content, owner, version)
            _cache().set(key, entry, timeout)
            response.headers[HIT_HEADER] = "miss"
        return response


class SiteMiddleware:
    """Finds the request's Wagtail site from the cache: Wagtail queries for it on every request (a
    query with a computed ordering, about a millisecond, then one for its root page), for rows that
    change when an editor saves a site or publishes the root page, which purges (``receivers``).

    Placed after ``PageCacheMiddleware``: pages served from the cache never need it. Nothing is read
    from the database here: when the site is not kept yet, Wagtail finds it if the view needs it, and
    it is kept after the response (so /livez/ and the like never touch the database). A host
    outside ``ALLOWED_HOSTS`` is left to Django, which answers 400 before any view runs.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not settings.PAGECACHE_ENABLED:
            return self.get_response(request)
        try:
            name = f"site:{split_domain_port(request.get_host())[0]}:{request.get_port()}"
        except DisallowedHost:
            return self.get_response(request)
        if (site := _kept(name)) is not _MISSING:
            request._wagtail_site = site
            return self.get_response(request)
        response = self.get_response(request)
        if "_wagtail_site" in request.__dict__:  # the view needed it: keep a fresh copy for the next ones
            from wagtail.models import Site

            if (site := Site._find_for_request(request)) is not None:
                site.root_page.specific  # noqa: B018  kept with it: every page's route starts there
            _keep(name, site)
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
            if model is None:
                return None
            # What every view of the page shows (a course's topic and cover), kept with it.
            return model.objects.select_related(*getattr(model, "route_related", ())).filter(pk=found[0]).first()

        page = remember(f"route-page:{url_path}", find)
        if page is None:
            return super().route(request, path_components)
        if not page.live:
            raise Http404
        return page.route(request, [])
