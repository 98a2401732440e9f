import tempfile
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-only-secret-key"
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
SMS_BACKEND = "elearn.sms.backends.locmem.SMSBackend"
# Tests sign staff in with force_login; the MFA rule's own tests (tests/accounts/test_staff_sign_in.py)
# turn it on. Production refuses to run with it off (elearn.accounts.checks).
STAFF_MFA_REQUIRED = False
STORAGES["staticfiles"]["BACKEND"] = "django.contrib.staticfiles.storage.StaticFilesStorage"  # noqa: F405
MEDIA_ROOT = BASE_DIR / ".test-media"  # noqa: F405
STORAGES["private"]["OPTIONS"]["location"] = BASE_DIR / ".test-media" / "private"  # noqa: F405
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":  # noqa: F405
    # A file rather than Django's shared-cache in-memory database: the browser tests' thread and the
    # live server's thread hold separate connections, and shared-cache SQLite fails at once with
    # "database table is locked" where a file waits for the other connection (seen once in ~40 runs).
    # One file per process (two test runs at once must not share it), removed when the run ends;
    # nothing needs to survive a crash, hence no fsync.
    _test_db = Path(tempfile.gettempdir()) / f"elearn-test-{os.getpid()}.sqlite3"  # noqa: F405
    DATABASES["default"]["TEST"] = {"NAME": str(_test_db)}  # noqa: F405
    DATABASES["default"]["OPTIONS"]["init_command"] += "; PRAGMA synchronous = OFF"  # noqa: F405
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
# Tests exercise the real cache when REDIS_URL is set (CI does); otherwise local memory.
WHITENOISE_AUTOREFRESH = True
if not REDIS_URL:  # noqa: F405
    CACHES["pagecache"] = {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "pagecache"}  # noqa: F405
    CACHES["sessions"] = {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "sessions"}  # noqa: F405
LOGGING["root"]["level"] = "WARNING"  # noqa: F405

# Each pytest-xdist worker gets its own Redis database, counted from the one REDIS_URL names
# (redis://…/4 → 4, 5, … for workers gw0, gw1, …), so clearing the cache between tests (see
# tests/conftest.py) never touches another worker's keys, nor another test run's that starts elsewhere.
if REDIS_URL:  # noqa: F405
    _worker = int(os.environ.get("PYTEST_XDIST_WORKER", "gw0").removeprefix("gw") or "0")  # noqa: F405
    _url = urlsplit(REDIS_URL)  # noqa: F405
    _base = int(_url.path.strip("/") or "8")
    CACHES["default"]["LOCATION"] = urlunsplit(_url._replace(path=f"/{(_base + _worker) % 16}"))  # noqa: F405
