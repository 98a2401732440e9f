"""A resident without email who forgot the password: a code by SMS, then a new password (issue 15)."""

import pytest
from allauth.account.internal.flows.login import AUTHENTICATION_METHODS_SESSION_KEY
from django.urls import reverse

from elearn.accounts.models import User
from tests.factories import DEFAULT_PASSWORD

from .conftest import phone_user

pytestmark = pytest.mark.django_db
NEW = "Mat-khau-moi-2027"


def request_code(post, client):
    reset_page = client.get(reverse("account_reset_password")).content.decode()
    link = f"{reverse('account_request_login_code')}?next={reverse('accounts:new_password')}"
    assert link in reset_page and "Nhận mã qua tin nhắn" in reset_page
    return post(link, {"phone": "0912 345 678"})


def test_forgotten_password_is_replaced_after_a_code_by_sms(client, post, home_page, last_code):
    user = phone_user()
    for _attempt in range(3):  # failed attempts before asking for help
        client.post(reverse("account_login"), {"login": "0912345678", "password": "sai"})
    confirm = request_code(post, client)["Location"]
    assert confirm.startswith(reverse("account_confirm_login_code"))
    page = client.get(confirm).content.decode()
    assert 'name="next" value="/me/password/new/"' in page  # the confirm form carries it on
    response = client.post(confirm, {"code": last_code("+84912345678"), "next": reverse("accounts:new_password")})
    assert response["Location"] == reverse("accounts:new_password")

    page = client.get(reverse("accounts:new_password")).content.decode()
    assert "Đặt mật khẩu mới" in page and "oldpassword" not in page
    short = client.post(reverse("accounts:new_password"), {"password1": "abc", "password2": "abc"})
    assert "Mật khẩu quá ngắn. Mật khẩu phải có ít nhất 8 ký tự." in short.content.decode()
    response = client.post(reverse("accounts:new_password"), {"password1": NEW, "password2": NEW}, follow=True)
    assert "Đã lưu mật khẩu mới" in response.content.decode()
    user.refresh_from_db()
    assert user.check_password(NEW)
    assert client.session["_auth_user_id"] == str(user.pk)  # still signed in on this phone

    # The earlier failed attempts no longer count: five more wrong ones are needed to lock the number.
    client.post(reverse("account_logout"))
    for _attempt in range(4):
        client.post(reverse("account_login"), {"login": "0912345678", "password": "sai"})
    response = client.post(reverse("account_login"), {"login": "0912345678", "password": NEW})
    assert response.status_code == 302


def test_a_password_sign_in_does_not_allow_a_new_password_without_the_old_one(client, home_page):
    phone_user()
    client.post(reverse("account_login"), {"login": "0912345678", "password": DEFAULT_PASSWORD})
    response = client.post(reverse("accounts:new_password"), {"password1": NEW, "password2": NEW})
    assert response["Location"] == reverse("account_change_password")
    assert User.objects.get().check_password(DEFAULT_PASSWORD)


def test_the_code_sign_in_allows_a_new_password_for_five_minutes_only(client, post, home_page, last_code):
    phone_user()
    request_code(post, client)
    client.post(reverse("account_confirm_login_code"), {"code": last_code()})
    session = client.session
    records = session[AUTHENTICATION_METHODS_SESSION_KEY]
    records[-1]["at"] -= 301
    session[AUTHENTICATION_METHODS_SESSION_KEY] = records
    session.save()
    response = client.post(reverse("accounts:new_password"), {"password1": NEW, "password2": NEW})
    assert response["Location"] == reverse("account_change_password")
    assert User.objects.get().check_password(DEFAULT_PASSWORD)


def test_new_password_requires_sign_in(client, home_page):
    response = client.get(reverse("accounts:new_password"))
    assert response.status_code == 302 and reverse("account_login") in response["Location"]
