from django.core.cache import cache
from django.template import Library
from django.template.loader import render_to_string
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from wagtail.admin.templatetags.wagtailuserbar import wagtailuserbar
from wagtail.models import Site

from elearn.pagecache import remember

register = Library()

USERBAR_SECONDS = 300


@register.simple_tag(takes_context=True)
def site_userbar(context, position="bottom-right"):
    """Wagtail's editing bar, for people who may use the admin.

    Wagtail asks for every visitor's permissions to decide (two queries on every page for each
    learner); the answer is kept five minutes per user. The bar only links to the admin, which
    checks permissions itself, so a late answer shows or hides a link, never grants anything.
    """
    request = context.get("request")
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return ""
    if not user.is_superuser:
        key = f"may-use-admin:{user.pk}"
        allowed = cache.get(key)
        if allowed is None:
            allowed = user.has_perm("wagtailadmin.access_admin")
            cache.set(key, allowed, USERBAR_SECONDS)
        if not allowed:
            return ""
    return wagtailuserbar(context, position)


@register.simple_tag(takes_context=True)
def shell_fragment(context, template_name: str, **values):
    """A part of the site's shell (the footer, the brand and main menu) rendered once per site,
    language and ``values``, and kept until the next purge (any publish, or a save of the site
    settings: ``elearn.pagecache``).

    The template gets only the site's settings, the request (for page addresses; never the user,
    the CSRF token or the path) and ``values``, which are part of the key: nothing else of the
    visitor can end up in it. Every page shows the shell, and it is the same for everyone.
    """
    request = context.get("request")
    site = Site.find_for_request(request) if request is not None else None
    vary = ":".join(f"{name}={value}" for name, value in sorted(values.items()))
    key = f"fragment:{template_name}:{getattr(site, 'pk', 0)}:{get_language()}:{vary}"

    def render() -> str:
        return str(render_to_string(template_name, {"settings": context.get("settings"), "request": request, **values}))

    return mark_safe(remember(key, render))  # noqa: S308  rendered by our template from site-wide values
