"""Security headers: one Content-Security-Policy per area, and no caching of personal pages.

The learner site gets the strict policy of ``CONTENT_SECURITY_POLICY`` (settings/base.py): scripts,
styles, images and fonts from this site only, no inline script or style attribute. Wagtail's admin
still writes inline scripts and styles (wagtail/wagtail#1288), so under ``WAGTAIL_ADMIN_PATH_PREFIX``
the relaxed ``CONTENT_SECURITY_POLICY_ADMIN`` applies instead (docs/security.md says what it allows
and why). Permissions-Policy comes from django-permissions-policy (``PERMISSIONS_POLICY``).
"""

from csp.middleware import CSPMiddleware, PolicyParts
from django.conf import settings
from django.utils.cache import patch_cache_control

# Pages that show one person's own data: never kept by the browser's or any proxy's cache, so a
# shared computer or a caching proxy shows nobody's learning record, profile or export to the next
# person. Names are URL names ("namespace:name"); allauth's pages (password, email, phone, two-step
# verification) are all personal, hence the prefix.
PERSONAL_URL_NAMES = frozenset(
    {
        "my_learning",
        "quiz_attempt_result",
        "certificate_download",
        "accounts:profile",
        "accounts:data_export",
        "accounts:data_summary",
        "accounts:delete",
        "accounts:new_password",
        "notifications",
    }
)
PERSONAL_PATH_PREFIXES = ("/accounts/", "/me/")


class AreaCSPMiddleware(CSPMiddleware):
    """django-csp's middleware, with the admin's relaxed policy under the admin's path."""

    def get_policy_parts(self, request, response, report_only=False) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if not report_only and parts.config is None and is_admin_path(request.path_info):
            parts.config = settings.CONTENT_SECURITY_POLICY_ADMIN["DIRECTIVES"]
        return parts


def is_admin_path(path: str) -> bool:
    return path.startswith(settings.WAGTAIL_ADMIN_PATH_PREFIX)


def is_personal(request) -> bool:
    match = getattr(request, "resolver_match", None)
    if match is not None and match.view_name in PERSONAL_URL_NAMES:
        return True
    return request.path_info.startswith(PERSONAL_PATH_PREFIXES)


class PrivateCacheMiddleware:
    """``Cache-Control: private, no-store`` on personal pages; ``private`` on any signed-in page.

    A page seen signed in carries the person's name in the header, so no shared cache may keep it;
    the personal pages are not kept at all.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if is_personal(request):
            patch_cache_control(response, private=True, no_store=True)
        elif getattr(request, "user", None) is not None and request.user.is_authenticated:
            patch_cache_control(response, private=True)
        return response
