"""Benchmark settings (``make bench``): production settings on this machine, over plain HTTP.

Only differences: the secrets and hosts a benchmark needs, no HTTPS redirect or secure-only
cookies (wrk talks plain HTTP to 127.0.0.1), and ``elearn.bench_urls``, which adds the trivial
view every page is compared to. Never deploy with these.
"""

import os

os.environ.setdefault("SECRET_KEY", "bench-only-secret-key-never-deployed")
os.environ.setdefault("SMS_GATEWAY_URL", "http://127.0.0.1:9/")
os.environ.setdefault("SMS_GATEWAY_TOKEN", "bench")

from .production import *  # noqa: E402, F403

ALLOWED_HOSTS = ["127.0.0.1", "localhost"]
SECURE_SSL_REDIRECT = False
SECURE_HSTS_SECONDS = 0
SESSION_COOKIE_SECURE = False
CSRF_COOKIE_SECURE = False
ROOT_URLCONF = "elearn.bench_urls"
SMS_BACKEND = "elearn.sms.backends.locmem.SMSBackend"
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "staticfiles"))  # noqa: F405
# The benchmark sends no mail (nobody signs up), so production's "real email backend" start-up
# check (elearn.ops.E001) does not apply; everything else of production's checks still runs.
SILENCED_SYSTEM_CHECKS = [*SILENCED_SYSTEM_CHECKS, "elearn.ops.E001"]  # noqa: F405
