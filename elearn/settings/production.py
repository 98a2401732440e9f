"""Production settings: every secret and host name comes from the environment.

Required: SECRET_KEY, ALLOWED_HOSTS, DATABASE_URL, SMS_GATEWAY_URL, SMS_GATEWAY_TOKEN. Recommended: REDIS_URL,
CSRF_TRUSTED_ORIGINS, EMAIL_HOST (+ EMAIL_PORT, EMAIL_HOST_USER, EMAIL_HOST_PASSWORD),
DEFAULT_FROM_EMAIL, WAGTAILADMIN_BASE_URL. See docs/deployment.md.
"""

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403

DEBUG = False
ELEARN_PRODUCTION = True
if not SECRET_KEY:  # noqa: F405
    raise ImproperlyConfigured("SECRET_KEY must be set in production.")

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)  # noqa: F405
# The load balancer probes the app servers over plain HTTP.
SECURE_REDIRECT_EXEMPT = [r"^health/$", r"^livez/$"]
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", "31536000"))  # noqa: F405
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
# Wagtail's live preview shows the page in a same-origin iframe, so frames stay
# allowed from this site only (DENY would break previews); the check is silenced for that.
X_FRAME_OPTIONS = "SAMEORIGIN"
SILENCED_SYSTEM_CHECKS = [*SILENCED_SYSTEM_CHECKS, "security.W019"]  # noqa: F405

EMAIL_VERIFICATION_FOR_EMAIL_ACCOUNTS = os.environ.get("ACCOUNT_EMAIL_VERIFICATION", "mandatory")  # noqa: F405
ACCOUNT_DEFAULT_HTTP_PROTOCOL = "https"
# Residents without email get their codes by SMS: the HTTP gateway (SMS_GATEWAY_URL, SMS_GATEWAY_TOKEN).
SMS_BACKEND = os.environ.get("SMS_BACKEND", "elearn.sms.backends.http.SMSBackend")  # noqa: F405

if os.environ.get("EMAIL_HOST"):  # noqa: F405
    EMAIL_DELIVERY_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    EMAIL_HOST = os.environ["EMAIL_HOST"]  # noqa: F405
    EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "587"))  # noqa: F405
    EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")  # noqa: F405
    EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")  # noqa: F405
    EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", True)  # noqa: F405

LOGGING["root"]["level"] = os.environ.get("LOG_LEVEL", "WARNING")  # noqa: F405
