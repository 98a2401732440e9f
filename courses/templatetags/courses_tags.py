from django import template
from django.utils import timezone
from django.utils.timesince import timesince
from django.utils.translation import gettext

from courses.models import CourseIndexPage

register = template.Library()


@register.simple_tag(takes_context=True)
def catalogue_url(context) -> str:
    """URL of the live course catalogue, looked up once per request."""
    request = context.get("request")
    cached = getattr(request, "_catalogue_url", None) if request else None
    if cached is not None:
        return cached
    page = CourseIndexPage.objects.live().order_by("path").first()
    url = page.get_url(request) if page else "/"
    if request is not None:
        request._catalogue_url = url
    return url


@register.filter
def get_item(mapping, key):
    return mapping.get(key) if mapping else None


@register.filter
def in_set(value, collection) -> bool:
    return value in collection


@register.filter
def subtract(value, amount):
    return max(0, int(value or 0) - int(amount or 0))


@register.filter
def ago(value, now=None) -> str:
    """Say "5 phút trước", or "vừa xong" under a minute (Django's ``timesince`` would say "0 phút")."""
    if not value:
        return ""
    now = now or timezone.now()
    if (now - value).total_seconds() < 60:
        return gettext("just now")
    return gettext("%(time)s ago") % {"time": timesince(value, now, depth=1)}
