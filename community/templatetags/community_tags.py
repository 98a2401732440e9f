from django import template

from elearn.accounts.phones import mask_phone

register = template.Library()


@register.filter
def masked(phone: str) -> str:
    """A phone number in the team's lists: "0912 *** 678"."""
    return mask_phone(phone) if phone else ""
