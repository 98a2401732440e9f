"""Text messages (SMS) for the whole site: ``send_sms(to=..., text=...)``.

Everyone sends through here: the message is handed to a background task (``tasks.deliver_sms``),
which sends it with the backend named by ``SMS_BACKEND`` (see ``backends/``): an HTTP gateway in
production, a file, the console or a local-memory outbox in development and tests.
"""

import re

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.utils import timezone
from unidecode import unidecode

E164_VIETNAM = re.compile(r"\+84\d{9}")


class SMSBudgetExceeded(Exception):
    """The site's daily SMS budget is spent: the message is not sent (each one costs money)."""


def _spend_daily_budget() -> None:
    limit = settings.SMS_DAILY_LIMIT
    if not limit:
        return
    key = f"sms:sent:{timezone.localdate().isoformat()}"
    cache.add(key, 0, timeout=2 * 86_400)
    if cache.incr(key) > limit:
        raise SMSBudgetExceeded(f"more than {limit} SMS today")


def sms_text(text: str) -> str:
    """The text as sent: without diacritics unless SMS_UNICODE, since a Vietnamese text in Unicode
    costs a message per 70 characters instead of 160, and every phone shows plain letters."""
    return text if settings.SMS_UNICODE else unidecode(text)


def send_sms(*, to: str, text: str) -> None:
    """Send ``text`` to the E.164 number ``to`` once the current transaction commits.

    Raises ``ValueError`` for a number that is not a normalised Vietnamese one (normalise it with
    ``elearn.accounts.phones.normalise_phone`` first) and ``SMSBudgetExceeded`` past the daily budget.
    """
    if not E164_VIETNAM.fullmatch(to):
        raise ValueError(f"not a normalised Vietnamese number: {to!r}")
    _spend_daily_budget()
    from .tasks import deliver_sms

    body = sms_text(text)
    transaction.on_commit(lambda: deliver_sms.enqueue(to=to, text=body))
