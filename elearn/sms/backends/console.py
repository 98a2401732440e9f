import sys

from .base import BaseSMSBackend


class SMSBackend(BaseSMSBackend):
    """Development: the message is printed where ``runserver`` (or the worker) logs."""

    def send(self, *, to: str, text: str) -> None:
        sys.stdout.write(f"SMS to {to}: {text}\n")
        sys.stdout.flush()
