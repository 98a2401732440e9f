import re

import pytest

from tests.factories import UserFactory


@pytest.fixture
def post(client, django_capture_on_commit_callbacks):
    """``client.post`` that also runs the on-commit hooks, so the SMS it sends reaches ``sms_outbox``."""

    def do(url, data=None, **extra):
        with django_capture_on_commit_callbacks(execute=True):
            return client.post(url, data or {}, **extra)

    return do


@pytest.fixture
def last_code(sms_outbox):
    """The 6-digit code of the last text message sent (to ``to`` if given)."""

    def code(to=None):
        messages = [m for m in sms_outbox if to is None or m.to == to]
        assert messages, f"no SMS sent{f' to {to}' if to else ''}"
        return re.search(r"\b(\d{6})\b", messages[-1].text).group(1)

    return code


def phone_user(phone="+84912345678", *, verified=True, email="", **kwargs):
    """A phone account, without email by default ("", as allauth stores a missing email)."""
    return UserFactory(email=email, phone=phone, phone_verified=verified, **kwargs)
