from django.conf import settings
from django.utils.module_loading import import_string

from .base import BaseSMSBackend, SMSError

__all__ = ["BaseSMSBackend", "SMSError", "get_backend"]


def get_backend(path: str | None = None) -> BaseSMSBackend:
    return import_string(path or settings.SMS_BACKEND)()
