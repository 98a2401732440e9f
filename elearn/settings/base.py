"""Settings shared by every environment.

Everything that differs between machines comes from environment variables:
``DATABASE_URL`` (SQLite file by default), ``REDIS_URL`` (local memory cache
by default), ``SECRET_KEY``, ``ALLOWED_HOSTS`` … See ``docs/deployment.md``.
"""

import os
from pathlib import Path

import dj_database_url
from django.utils.translation import gettext_lazy as _

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def env_bool(name: str, default: bool = False) -> bool:
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


SECRET_KEY = os.environ.get("SECRET_KEY", "")
DEBUG = False
ELEARN_PRODUCTION = False  # production.py: start-up checks that refuse a half-configured site
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "elearn.accounts",
    "elearn.sms",
    "elearn.ops",
    "elearn.downloads",
    "elearn.pagecache",
    "home",
    "courses",
    "training",
    "board",
    "community",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django_tasks_db",
    "health_check",
    "csp",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "elearn.headers.AreaCSPMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "elearn.pagecache.PageCacheMiddleware",
    "elearn.pagecache.SiteMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "elearn.middleware.DefaultLanguageMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "elearn.headers.PrivateCacheMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "elearn.accounts.middleware.RateLimitedMiddleware",
    "elearn.accounts.mfa.RequireStaffMFAMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "elearn.urls"
# A form sent with an outdated token (signed in again in another tab): a page in plain Vietnamese
# that keeps what was typed (elearn/views.py).
CSRF_FAILURE_VIEW = "elearn.views.csrf_failure"

# Security headers (elearn/headers.py, docs/security.md). The learner site: everything from this site,
# no inline script or style attribute, no plugin, no framing by other sites. Media and images are
# served from this site too (nothing is embedded from the web).
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "media-src": ["'self'"],
        "connect-src": ["'self'"],
        "frame-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'self'"],
    },
}
# Wagtail's admin still needs inline scripts and styles (wagtail/wagtail#1288), and blob: images for
# uploads' previews; still nothing from other sites, no eval, no plugin.
WAGTAIL_ADMIN_PATH_PREFIX = "/admin/"
CONTENT_SECURITY_POLICY_ADMIN = {
    "DIRECTIVES": {
        **CONTENT_SECURITY_POLICY["DIRECTIVES"],
        "script-src": ["'self'", "'unsafe-inline'"],
        "style-src": ["'self'", "'unsafe-inline'"],
        "img-src": ["'self'", "data:", "blob:"],
        "font-src": ["'self'", "data:"],
    },
}
# Nothing on the site uses the camera, microphone, location, payment or USB; video may go full screen.
PERMISSIONS_POLICY = {
    "accelerometer": [],
    "camera": [],
    "geolocation": [],
    "gyroscope": [],
    "magnetometer": [],
    "microphone": [],
    "payment": [],
    "usb": [],
    "fullscreen": ["self"],
    "interest-cohort": [],
}

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PROJECT_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

WSGI_APPLICATION = "elearn.wsgi.application"

# Database: SQLite file unless DATABASE_URL says otherwise (PostgreSQL in production).
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DB_CONN_MAX_AGE", "60")),
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql" and os.environ.get("DB_JIT", "") != "on":
    # PostgreSQL's JIT compiles the reports' and the board's grouped UNION ALL statements for longer than
    # they run (measured: 0.9 s of compilation for a 0.3 s query; docs/performance.md). DB_JIT=on restores it.
    _options = DATABASES["default"].setdefault("OPTIONS", {})
    _options["options"] = f"{_options.get('options', '')} -c jit=off".strip()
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # The embedded default takes concurrent writes (several workers, learners marking lessons at
    # once): readers never block the writer (WAL), a transaction takes the write lock when it starts
    # (IMMEDIATE: no "database is locked" when two read-then-write transactions meet), and a writer
    # waits up to SQLITE_TIMEOUT seconds for another instead of failing.
    _sqlite_timeout = int(os.environ.get("SQLITE_TIMEOUT", "20"))
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        transaction_mode="IMMEDIATE",
        timeout=_sqlite_timeout,
        init_command=(
            f"PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout={_sqlite_timeout * 1000}"
        ),
    )
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
# The reports' covering indexes (INCLUDE columns) are for PostgreSQL; SQLite builds them without
# the extra columns, which is all the embedded default needs.
SILENCED_SYSTEM_CHECKS = ["models.W040"]

# Cache and sessions: Redis when REDIS_URL is set, local memory otherwise.
REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": os.environ.get("CACHE_KEY_PREFIX", "elearn"),
            "OPTIONS": {"CLIENT_CLASS": "django_redis.client.DefaultClient"},
        }
    }
    # Sessions are read from Redis and written to the database too: a Redis restart or eviction
    # signs nobody out.
    SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
else:
    CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
        # Sessions are read from files every worker shares (a file read, not a query, on each signed-in
        # request) and written to the database too, which stays the record: deleting the files (or
        # culling them) signs nobody out, and signing out deletes the file for every worker.
        "sessions": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": os.environ.get("SESSION_CACHE_DIR", str(BASE_DIR / ".sessions")),
            "OPTIONS": {"MAX_ENTRIES": 20000},
        },
    }
    SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
    SESSION_CACHE_ALIAS = "sessions"
# Anonymous pages (elearn/pagecache), shared by every worker: Redis, or files on the embedded default.
CACHES["pagecache"] = (
    CACHES["default"]
    if REDIS_URL
    else {
        "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
        "LOCATION": os.environ.get("PAGECACHE_DIR", str(BASE_DIR / ".pagecache")),
        "OPTIONS": {"MAX_ENTRIES": 5000},
    }
)
PAGECACHE_ENABLED = env_bool("PAGECACHE_ENABLED", True)
PAGECACHE_TIMEOUT = int(os.environ.get("PAGECACHE_TIMEOUT", "600"))  # seconds kept here (purged on publish)
PAGECACHE_MEMBERS = env_bool("PAGECACHE_MEMBERS", False)  # opt-in: also keep signed-in learners' own copies (60 s)
PAGECACHE_MEMBER_TIMEOUT = int(os.environ.get("PAGECACHE_MEMBER_TIMEOUT", "60"))  # a learner's own copy
PAGECACHE_MAX_AGE = int(os.environ.get("PAGECACHE_MAX_AGE", "60"))  # seconds a proxy may keep a page

AUTH_USER_MODEL = "accounts.User"
# allauth's backend only: Django's ModelBackend would let anyone sign in with the generated username
# ("user7") and skip allauth's rate limits. allauth's subclasses it, so permissions work as before.
# Ours subclasses allauth's (it reads the learner profile with the user); allauth's stays listed so
# sessions signed in before it keep working.
AUTHENTICATION_BACKENDS = [
    "elearn.accounts.backends.AuthenticationBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "/"

# django-allauth: sign in with an email or a Vietnamese mobile number (research note §1).
ACCOUNT_ADAPTER = "elearn.accounts.adapter.AccountAdapter"
ACCOUNT_LOGIN_METHODS = {"phone", "email"}
# Both optional here; the sign-up form requires at least one (ProfileSignupForm.clean).
ACCOUNT_SIGNUP_FIELDS = ["phone", "email", "password1*", "password2*"]
ACCOUNT_SIGNUP_FORM_CLASS = "elearn.accounts.forms.ProfileSignupForm"
ACCOUNT_FORMS = {
    "login": "elearn.accounts.auth_forms.LoginForm",
    "change_phone": "elearn.accounts.auth_forms.ChangePhoneForm",
}
ACCOUNT_USER_DISPLAY = "elearn.accounts.models.user_display"
# allauth's own switch must stay "optional" (it cannot be "mandatory" while email is optional); this
# one makes verification mandatory for accounts that have an email (elearn.accounts.stages).
ACCOUNT_EMAIL_VERIFICATION = "optional"
EMAIL_VERIFICATION_FOR_EMAIL_ACCOUNTS = os.environ.get("ACCOUNT_EMAIL_VERIFICATION", "optional")
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = False
ACCOUNT_EMAIL_SUBJECT_PREFIX = ""
ACCOUNT_DEFAULT_HTTP_PROTOCOL = "https" if env_bool("HTTPS", False) else "http"
# Phone numbers are verified by a 6-digit code sent by SMS; it expires after 10 minutes, allows
# 3 attempts, and is single use (allauth keeps it in the sign-in state only).
ACCOUNT_PHONE_VERIFICATION_ENABLED = True
ACCOUNT_PHONE_VERIFICATION_CODE_FORMAT = {"numeric": True, "length": 6, "dashed": False}
ACCOUNT_PHONE_VERIFICATION_TIMEOUT = 600
ACCOUNT_PHONE_VERIFICATION_MAX_ATTEMPTS = 3
ACCOUNT_PHONE_VERIFICATION_SUPPORTS_RESEND = True
ACCOUNT_PHONE_VERIFICATION_SUPPORTS_CHANGE = True
# Sign-in by a code (SMS for phone accounts, email otherwise): also how a phone-only resident who
# forgot the password gets back in and sets a new one (elearn.accounts.views.new_password).
ACCOUNT_LOGIN_BY_CODE_ENABLED = True
ACCOUNT_LOGIN_BY_CODE_TIMEOUT = 300
ACCOUNT_LOGIN_BY_CODE_MAX_ATTEMPTS = 3
# Rates per client (ip) and per phone number or email (key), merged over allauth's defaults.
# Every SMS costs money: daily caps on the actions that send one.
ACCOUNT_RATE_LIMITS = {
    "verify_phone": "1/30s/key,3/m/ip,20/d/ip,5/d/key",
    "request_login_code": "20/m/ip,3/m/key,30/d/ip,10/d/key",
    "change_phone": "1/m/user,5/d/user",
}
# The client IP, for allauth and every limiter of the project (elearn.http.client_ip): the number of
# reverse proxies in front of the app that append to X-Forwarded-For (nginx alone: 1; haproxy then
# nginx: 2). 0 = no proxy, X-Forwarded-For is ignored. The app server must be reachable only from the
# proxy, or anyone could write that header (docs/deployment.md).
ALLAUTH_TRUSTED_PROXY_COUNT = int(os.environ.get("ALLAUTH_TRUSTED_PROXY_COUNT", "0"))
# "LOGIN_METHODS conflicts with SIGNUP_FIELDS": neither login method is required at sign-up, on
# purpose (email OR phone). The deploy check runs with --fail-level WARNING, hence the silence.
SILENCED_SYSTEM_CHECKS += ["account.W001"]

# Staff sign in through allauth too (one sign-in page, one set of rate limits, MFA): Wagtail's own
# sign-in and password-reset views are redirected there (elearn/urls.py).
WAGTAILADMIN_LOGIN_URL = "account_login"
WAGTAIL_FRONTEND_LOGIN_URL = "account_login"
WAGTAIL_PASSWORD_RESET_ENABLED = False
WAGTAIL_PASSWORD_MANAGEMENT_ENABLED = False

# Two-step verification (allauth.mfa): an authenticator app (TOTP) with recovery codes, REQUIRED for
# superusers and for staff with any of these permissions (learner data exports, accounts and roles);
# elearn.accounts.mfa.RequireStaffMFAMiddleware sends them to set it up before any admin page.
MFA_ADAPTER = "elearn.accounts.mfa.MFAAdapter"
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_TOTP_ISSUER = os.environ.get("MFA_TOTP_ISSUER", "Ky nang so Nghe An")
STAFF_MFA_REQUIRED = env_bool("STAFF_MFA_REQUIRED", True)
STAFF_MFA_PERMISSIONS = [
    "courses.view_training_reports",
    "courses.view_certificate",
    "courses.change_certificate",
    "accounts.add_user",
    "accounts.change_user",
    "accounts.delete_user",
    "auth.add_group",
    "auth.change_group",
    "auth.delete_group",
]

# Text messages (elearn/sms): sign-up and sign-in codes for residents without email.
# Production uses the HTTP gateway backend (docs/deployment.md); development prints them.
SMS_BACKEND = os.environ.get("SMS_BACKEND", "elearn.sms.backends.console.SMSBackend")
SMS_GATEWAY_URL = os.environ.get("SMS_GATEWAY_URL", "")
SMS_GATEWAY_TOKEN = os.environ.get("SMS_GATEWAY_TOKEN", "")
SMS_SENDER_NAME = os.environ.get("SMS_SENDER_NAME", "KYNANGSO")
SMS_GATEWAY_TIMEOUT = float(os.environ.get("SMS_GATEWAY_TIMEOUT", "10"))
SMS_FILE_PATH = os.environ.get("SMS_FILE_PATH", str(BASE_DIR / "sms-outbox.jsonl"))
# Every message costs money: a site-wide daily cap on top of allauth's per-number/per-client limits.
SMS_DAILY_LIMIT = int(os.environ.get("SMS_DAILY_LIMIT", "2000"))
SMS_UNICODE = env_bool("SMS_UNICODE", False)

# Personal-data policy: bump when the privacy policy changes; consent records keep the version.
PRIVACY_POLICY_VERSION = os.environ.get("PRIVACY_POLICY_VERSION", "2026-01")

# Internationalisation: Vietnamese first, English second.
LANGUAGE_CODE = "vi"
LANGUAGES = [("vi", "Tiếng Việt"), ("en", "English")]
TIME_ZONE = "Asia/Ho_Chi_Minh"
USE_I18N = True
USE_TZ = True
# The project's own catalogue first, then the Vietnamese the project provides for
# Wagtail and django-allauth (upstream ships little or none). Earlier paths win where
# two catalogues share a message, so Wagtail's admin wording beats allauth's.
_VENDOR_LOCALES = sorted(p for p in (PROJECT_DIR / "locale_vendor").glob("*") if p.is_dir())
LOCALE_PATHS = [PROJECT_DIR / "locale"] + sorted(_VENDOR_LOCALES, key=lambda p: p.name == "allauth")
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
WAGTAIL_CONTENT_LANGUAGES = [("vi", "Tiếng Việt")]

STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
STATICFILES_DIRS = [BASE_DIR / "static"]
# DejaVu Sans (Vietnamese marks), drawn into certificate PDFs and the demo's images.
FONT_DIR = BASE_DIR / "static" / "fonts"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "staticfiles"))
STATIC_URL = "/static/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
MEDIA_URL = "/media/"
# Certificate PDFs hold personal data: they live outside MEDIA_ROOT and are only
# served by a view that checks who is asking.
PRIVATE_MEDIA_ROOT = Path(os.environ.get("PRIVATE_MEDIA_ROOT", BASE_DIR / "private-media"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "private": {"BACKEND": "django.core.files.storage.FileSystemStorage", "OPTIONS": {"location": PRIVATE_MEDIA_ROOT}},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
# Object storage (S3-compatible, django-storages) when S3_BUCKET is set, for several app servers: public
# media (images, documents) in S3_BUCKET, readable by anyone; private media (certificate PDFs,
# exports) in S3_PRIVATE_BUCKET, never publicly readable, served only by the permission-checked views.
# Local files (MEDIA_ROOT, PRIVATE_MEDIA_ROOT) otherwise: the embedded default. docs/deployment.md.
# How many app servers share the database; above 1, start-up fails without object storage (elearn/ops/checks.py).
ELEARN_APP_SERVERS = int(os.environ.get("ELEARN_APP_SERVERS", "1"))
S3_BUCKET = os.environ.get("S3_BUCKET", "")
S3_PRIVATE_BUCKET = os.environ.get("S3_PRIVATE_BUCKET", "")
if S3_BUCKET:
    from .s3 import s3_storages

    STORAGES.update(s3_storages(os.environ))

# Background tasks (django-tasks): a queue in the database, run by `manage.py db_worker` (one or more
# worker processes; `make run` starts one beside the web server). Tests use the immediate backend.
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}
# A failed task runs again up to TASK_MAX_ATTEMPTS times in all, after TASK_RETRY_DELAY s, then 2x, 4x…
TASK_MAX_ATTEMPTS = int(os.environ.get("TASK_MAX_ATTEMPTS", "3"))
TASK_RETRY_DELAY = float(os.environ.get("TASK_RETRY_DELAY", "30"))
# /health/ fails when a ready task has waited longer than this (seconds): no worker is running.
TASK_BACKLOG_MAX_AGE = int(os.environ.get("TASK_BACKLOG_MAX_AGE", "600"))
# Report exports with more rows than this, and every course certificate ZIP, are prepared by the worker
# (elearn/downloads): the trainer gets a "being prepared" page, then a link. Smaller exports stream at once.
EXPORT_INLINE_MAX_ROWS = int(os.environ.get("EXPORT_INLINE_MAX_ROWS", "5000"))
# Days a prepared file is kept for its owner; `manage.py delete_expired_downloads` (daily) deletes it after.
PREPARED_DOWNLOAD_DAYS = int(os.environ.get("PREPARED_DOWNLOAD_DAYS", "7"))

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# Every email goes through the task worker (elearn.ops.mail), which sends it with EMAIL_DELIVERY_BACKEND.
EMAIL_BACKEND = "elearn.ops.mail.TaskEmailBackend"
EMAIL_DELIVERY_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
EMAIL_FILE_PATH = os.environ.get("EMAIL_FILE_PATH", str(BASE_DIR / "sent-emails"))  # the file backend's folder
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "elearn <no-reply@localhost>")

WAGTAIL_SITE_NAME = _("Digital skills for everyone — Nghệ An")
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
# Absolute address printed in certificates' QR codes: the default Wagtail Site's root URL (its hostname
# and port, Settings → Sites), unless PUBLIC_BASE_URL is set (courses/certificates/services.verify_url).
PUBLIC_BASE_URL = os.environ.get("PUBLIC_BASE_URL", "").rstrip("/")
CERTIFICATE_VERIFY_RATE = os.environ.get("CERTIFICATE_VERIFY_RATE", "30/60")  # requests / seconds per IP
# The resident's take-over page (the SMS link to set their own password): per client IP (generous: a whole
# village session may share one connection) and per account (allauth's rate notation, elearn.http).
COMMUNITY_TAKE_OVER_RATE = os.environ.get("COMMUNITY_TAKE_OVER_RATE", "30/m/ip,300/d/ip,10/h/key")
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "txt", "xlsx", "zip"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILEMBEDS_RESPONSIVE_HTML = True
WAGTAIL_ENABLE_UPDATE_CHECK = False
# The admin would load avatars from gravatar.com: nothing is fetched from the web.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
# ASCII slugs ("nap-tien-vao-vi"): URLs officials can read out and type on any phone.
WAGTAIL_ALLOW_UNICODE_SLUGS = False
# Autosave is off: on a slow connection an autosave of a new page can race the editor's own
# "Save"/"Submit" and create the page twice (the second request then fails). Officials save explicitly.
WAGTAIL_AUTOSAVE_INTERVAL = 0
WAGTAIL_ENABLE_WHATS_NEW_BANNER = False
WAGTAILIMAGES_FORMAT_CONVERSIONS = {"bmp": "jpeg", "webp": "webp"}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    # Wagtail logs every page edit and django-tasks every task run at INFO: too chatty.
    "loggers": {"wagtail": {"level": "WARNING"}, "django_tasks": {"level": "WARNING"}},
}
