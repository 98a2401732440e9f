"""The personal-data export and the account deletion cover the phone, its verification and two-step verification."""

import json

import pytest
from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from allauth.mfa.recovery_codes.internal.auth import RecoveryCodes
from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret
from django.urls import reverse

from elearn.accounts.models import User
from tests.factories import DEFAULT_PASSWORD, LearnerProfileFactory

from .conftest import phone_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def person():
    user = phone_user("+84912345678", email="lan@example.vn")
    LearnerProfileFactory(user=user, full_name="Nguyễn Thị Lan")
    EmailAddress.objects.create(user=user, email="lan@example.vn", primary=True, verified=False)
    return user


def test_export_says_phone_email_verification_and_mfa_without_secrets(client, home_page, person):
    secret = generate_totp_secret()
    TOTP.activate(person, secret)
    codes = RecoveryCodes.activate(person).get_unused_codes()
    client.force_login(person)
    body = client.get(reverse("accounts:data_export")).content.decode()
    account = json.loads(body)["account"]
    assert (account["phone"], account["phone_verified"]) == ("+84912345678", True)
    assert account["email_addresses"] == [{"email": "lan@example.vn", "verified": False, "primary": True}]
    assert account["two_step_verification"]["enabled"] is True
    assert [m["type"] for m in account["two_step_verification"]["methods"]] == ["recovery_codes", "totp"]
    assert secret not in body and not any(code in body for code in codes)


def test_export_without_mfa_or_phone(client, home_page):
    user = LearnerProfileFactory().user
    client.force_login(user)
    account = json.loads(client.get(reverse("accounts:data_export")).content)["account"]
    assert account["phone"] == "" and account["phone_verified"] is None
    assert account["two_step_verification"] == {"enabled": False, "methods": []}


def test_deletion_removes_the_phone_email_addresses_and_authenticators(client, home_page, person):
    TOTP.activate(person, generate_totp_secret())
    RecoveryCodes.activate(person)
    client.force_login(person)
    response = client.post(reverse("accounts:delete"), {"password": DEFAULT_PASSWORD})
    assert response.status_code == 302
    assert not User.objects.filter(phone="+84912345678").exists()
    assert not Authenticator.objects.exists() and not EmailAddress.objects.exists()
