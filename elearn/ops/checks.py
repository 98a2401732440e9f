"""Start-up checks for production (every ``manage.py`` command, and gunicorn's start through
``gunicorn.conf.py``): the site refuses to run where it would silently lose mail or files."""

from django.conf import settings
from django.core.checks import Error, Tags, register

DEVELOPMENT_EMAIL_BACKENDS = {
    "django.core.mail.backends.console.EmailBackend",
    "django.core.mail.backends.locmem.EmailBackend",
    "django.core.mail.backends.dummy.EmailBackend",
    "django.core.mail.backends.filebased.EmailBackend",
}
LOCAL_STORAGE = "django.core.files.storage.FileSystemStorage"


@register(Tags.security)
def check_email_delivery(app_configs=None, **kwargs):
    """Production with mandatory email verification must really send the verification mail."""
    if not settings.ELEARN_PRODUCTION or settings.EMAIL_VERIFICATION_FOR_EMAIL_ACCOUNTS != "mandatory":
        return []
    if settings.EMAIL_DELIVERY_BACKEND in DEVELOPMENT_EMAIL_BACKENDS:
        return [
            Error(
                f"Email verification is mandatory but mail goes to {settings.EMAIL_DELIVERY_BACKEND}: "
                "nobody who signs up with an email could confirm it.",
                hint="Set EMAIL_HOST (and EMAIL_PORT, EMAIL_HOST_USER, EMAIL_HOST_PASSWORD).",
                id="elearn.ops.E001",
            )
        ]
    return []


@register(Tags.files)
def check_shared_storage(app_configs=None, **kwargs):
    """Several app servers must share their files: local storage on each would lose uploads and PDFs."""
    if settings.ELEARN_APP_SERVERS <= 1:
        return []
    errors = []
    for alias in ("default", "private"):
        if settings.STORAGES[alias]["BACKEND"] == LOCAL_STORAGE:
            errors.append(
                Error(
                    f"ELEARN_APP_SERVERS is {settings.ELEARN_APP_SERVERS} but the {alias!r} storage is local files: "
                    "a file saved by one app server would be missing on the others.",
                    hint="Set S3_BUCKET, S3_PRIVATE_BUCKET, S3_ENDPOINT_URL, S3_ACCESS_KEY_ID and "
                    "S3_SECRET_ACCESS_KEY (docs/deployment.md).",
                    id="elearn.ops.E002",
                )
            )
    if settings.STORAGES["default"]["BACKEND"] != LOCAL_STORAGE and not settings.S3_PRIVATE_BUCKET:
        errors.append(Error("S3_BUCKET is set but S3_PRIVATE_BUCKET is not.", id="elearn.ops.E003"))
    return errors
