"""For tests, like Django's ``mail.outbox``: ``elearn.sms.backends.locmem.outbox``."""

from dataclasses import dataclass

from .base import BaseSMSBackend


@dataclass(frozen=True)
class Message:
    to: str
    text: str


outbox: list[Message] = []


class SMSBackend(BaseSMSBackend):
    def send(self, *, to: str, text: str) -> None:
        outbox.append(Message(to=to, text=text))
