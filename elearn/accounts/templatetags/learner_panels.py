"""``{% learner_panels "dashboard" %}``: what other apps add to a learner's page, without importing them.

Apps register a Wagtail hook named ``learner_panels_<where>`` (a function of request and template
context returning HTML); the panels are rendered in registration order. The site's templates name
the places; the apps that fill them stay unknown to the app that owns the page.
"""

from django import template
from django.utils.html import conditional_escape
from django.utils.safestring import mark_safe
from wagtail import hooks

register = template.Library()


@register.simple_tag(takes_context=True)
def learner_panels(context, where: str) -> str:
    request = context.get("request")
    if request is None:
        return ""
    parts = [fn(request, context) for fn in hooks.get_hooks(f"learner_panels_{where}")]
    return mark_safe("".join(conditional_escape(part) for part in parts if part))
