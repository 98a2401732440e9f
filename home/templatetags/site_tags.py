from django.core.cache import cache
from django.template import Library
from wagtail.admin.templatetags.wagtailuserbar import wagtailuserbar

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
