"""Production: one JSON POST per message to the SMS gateway (a brandname-SMS provider or our relay).

Configured from the environment (see docs/deployment.md)::

    SMS_BACKEND=elearn.sms.backends.http.SMSBackend
    SMS_GATEWAY_URL=https://sms.example.vn/api/send   SMS_GATEWAY_TOKEN=…   SMS_SENDER_NAME=NGHEAN-KNS
    SMS_GATEWAY_TIMEOUT=10   (seconds)

The request is ``{"to": "+84912345678", "text": "…", "sender": "NGHEAN-KNS"}`` with
``Authorization: Bearer <token>``; any 2xx answer is success. Anything else (timeout, refused
connection, 4xx/5xx) raises ``SMSError``, so the task fails and is retried.
"""

import json
import urllib.error
import urllib.request

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

from .base import BaseSMSBackend, SMSError


class SMSBackend(BaseSMSBackend):
    def __init__(self):
        self.url = settings.SMS_GATEWAY_URL
        self.token = settings.SMS_GATEWAY_TOKEN
        self.sender = settings.SMS_SENDER_NAME
        self.timeout = settings.SMS_GATEWAY_TIMEOUT
        if not self.url.startswith(("https://", "http://")):
            raise ImproperlyConfigured("SMS_GATEWAY_URL must be an http(s) URL for the HTTP SMS backend.")

    def send(self, *, to: str, text: str) -> None:
        body = json.dumps({"to": to, "text": text, "sender": self.sender}, ensure_ascii=False).encode("utf-8")
        request = urllib.request.Request(
            self.url,
            data=body,
            method="POST",
            headers={
                "Content-Type": "application/json; charset=utf-8",
                "Accept": "application/json",
                "Authorization": f"Bearer {self.token}",
            },
        )
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:  # noqa: S310 (URL from settings)
                response.read()
        except urllib.error.HTTPError as error:
            raise SMSError(f"SMS gateway answered {error.code}") from error
        except (urllib.error.URLError, TimeoutError, OSError) as error:
            raise SMSError(f"SMS gateway unreachable: {error}") from error
