"""The one rule for absolute addresses that leave the site (QR codes, SMS, emails).

``PUBLIC_BASE_URL`` when set; otherwise the default Wagtail Site's root URL (Settings → Sites;
``make run HOST=…`` points it at the address served); without a Site, ``WAGTAILADMIN_BASE_URL``.
"""

from django.conf import settings
from wagtail.models import Site


def public_base_url() -> str:
    base = settings.PUBLIC_BASE_URL
    if not base:
        site = Site.objects.filter(is_default_site=True).first()
        base = site.root_url if site else settings.WAGTAILADMIN_BASE_URL
    return base.rstrip("/")


def public_url(path: str) -> str:
    """``path`` (starting with "/") as an absolute address a learner can open from a phone."""
    return public_base_url() + path
