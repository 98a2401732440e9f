"""Residents without email (issue 15): sign up and sign in with a Vietnamese mobile number, verified by SMS."""

import re
import time
from types import SimpleNamespace

import pytest
from allauth.account.internal.flows import code_verification
from django.urls import reverse

from elearn.accounts.models import LearnerProfile, User
from tests.factories import DEFAULT_PASSWORD, learner

from .conftest import phone_user

pytestmark = pytest.mark.django_db
PASSWORD = "Hoc-ky-nang-so-2026"
VERIFY = "/accounts/phone/verify/"


def signup_data(commune, **overrides):
    data = {
        "full_name": "Lê Thị Hoa",
        "phone": "0912 345 678",
        "email": "",
        "audience": "resident",
        "administrative_unit": commune.pk,
        "password1": PASSWORD,
        "password2": PASSWORD,
        "consent": "on",
    }
    data.update(overrides)
    return data


def signed_in_user(client):
    user_id = client.session.get("_auth_user_id")
    return User.objects.get(pk=user_id) if user_id else None


def text(response):
    return response.content.decode()


def test_resident_signs_up_with_only_a_phone_number_and_verifies_it_by_sms(
    client, post, home_page, commune, sms_outbox, last_code
):
    response = post(reverse("account_signup"), signup_data(commune))
    assert response.status_code == 302 and response["Location"] == VERIFY
    user = User.objects.get()
    assert (user.phone, user.phone_verified, user.email) == ("+84912345678", False, "")
    assert user.profile.full_name == "Lê Thị Hoa"
    assert signed_in_user(client) is None  # not before the number is verified
    [sms] = sms_outbox
    assert sms.to == "+84912345678"
    assert re.fullmatch(r"\d{6} la ma xac minh cua ban tren Ky nang so Nghe An\. .+", sms.text)

    page = text(client.get(VERIFY))
    assert "Nhập mã xác minh số điện thoại" in page and 'href="tel:+84912345678"' in page
    assert "Gửi mã đến số này" in page  # the "change number" button, no English left

    wrong = client.post(VERIFY, {"code": "000000" if last_code() != "000000" else "111111"})
    assert wrong.status_code == 200 and "Mã không chính xác" in text(wrong)
    response = client.post(VERIFY, {"code": last_code()}, follow=True)
    user.refresh_from_db()
    assert user.phone_verified and signed_in_user(client) == user
    # The welcome message names the person, not the generated username (issue 17.6).
    assert "Đăng nhập thành công với tài khoản Lê Thị Hoa." in text(response)
    assert user.username not in text(response)


def test_two_residents_without_email_can_both_sign_up(client, post, home_page, commune):
    post(reverse("account_signup"), signup_data(commune))
    client.cookies.clear()
    post(reverse("account_signup"), signup_data(commune, phone="0987654321", full_name="Trần Văn Bình"))
    assert sorted(User.objects.values_list("phone", "email")) == [("+84912345678", ""), ("+84987654321", "")]


def test_sign_up_needs_a_phone_number_or_an_email(client, home_page, commune):
    response = client.post(reverse("account_signup"), signup_data(commune, phone=""))
    assert response.status_code == 200
    assert "Vui lòng nhập số điện thoại hoặc email (ít nhất một)." in text(response)
    assert not User.objects.exists()
    assert 'value="Lê Thị Hoa"' in text(response)  # nothing typed is lost


def test_sign_up_with_email_and_phone_keeps_both(client, post, home_page, commune, sms_outbox):
    post(reverse("account_signup"), signup_data(commune, email="hoa@example.vn", phone="+84 912 345 678"))
    user = User.objects.get()
    assert (user.email, user.phone) == ("hoa@example.vn", "+84912345678")
    assert [m.to for m in sms_outbox] == ["+84912345678"]


@pytest.mark.parametrize(
    "phone, message",
    [
        ("12345", "Nhập số điện thoại di động Việt Nam, ví dụ: 0912 345 678."),
        ("٠٩١٢٣٤٥٦٧٨", "Vui lòng gõ số điện thoại bằng các chữ số 0–9"),
        ("+1 202 555 0123", "Chỉ số điện thoại di động Việt Nam"),
    ],
)
def test_bad_numbers_are_refused_with_a_vietnamese_message(client, home_page, commune, phone, message):
    response = client.post(reverse("account_signup"), signup_data(commune, phone=phone))
    assert response.status_code == 200 and message in text(response)
    assert not User.objects.exists()


def test_a_taken_number_in_another_format_creates_nothing_and_tells_the_owner_by_sms(
    client, post, home_page, commune, sms_outbox
):
    phone_user("+84912345678")
    response = post(reverse("account_signup"), signup_data(commune, phone="(091) 234-5678"))
    # The page cannot say the number is taken (anyone could probe who is registered) …
    assert response.status_code == 302
    assert User.objects.count() == 1 and not LearnerProfile.objects.exists()
    # … so the number's owner is told, by SMS.
    [sms] = sms_outbox
    assert sms.to == "+84912345678" and "da co tai khoan" in sms.text


@pytest.mark.parametrize("typed", ["0912345678", "0912 345 678", "+84 912 345 678", "84912345678", "(091) 234-5678"])
def test_sign_in_with_the_number_written_any_usual_way(client, home_page, typed):
    user = phone_user()
    response = client.post(reverse("account_login"), {"login": typed, "password": DEFAULT_PASSWORD})
    assert response.status_code == 302 and signed_in_user(client) == user


def test_sign_in_page_says_what_to_type(client, home_page):
    page = text(client.get(reverse("account_login")))
    label = page.split('for="id_login"', 1)[1].split("</label>", 1)[0]
    assert "Email hoặc số điện thoại" in label
    assert 'autocomplete="username"' in page
    assert reverse("account_request_login_code") in page


def test_the_generated_username_does_not_sign_in(client, home_page):
    user = phone_user()
    response = client.post(reverse("account_login"), {"login": user.username, "password": DEFAULT_PASSWORD})
    assert response.status_code == 200 and signed_in_user(client) is None
    assert "Email hoặc số điện thoại, hoặc mật khẩu, không đúng." in text(response)


def test_an_unverified_number_gets_a_code_at_sign_in(client, post, home_page, last_code):
    user = phone_user(verified=False)
    response = post(reverse("account_login"), {"login": "0912345678", "password": DEFAULT_PASSWORD})
    assert response["Location"] == VERIFY and signed_in_user(client) is None
    client.post(VERIFY, {"code": last_code("+84912345678")})
    user.refresh_from_db()
    assert user.phone_verified and signed_in_user(client) == user


def test_a_code_is_single_use(client, post, home_page, last_code):
    phone_user(verified=False)
    post(reverse("account_login"), {"login": "0912345678", "password": DEFAULT_PASSWORD})
    code = last_code()
    client.post(VERIFY, {"code": code})
    client.post(reverse("account_logout"))
    response = client.post(VERIFY, {"code": code})
    assert response.status_code == 302 and signed_in_user(client) is None


def test_a_code_expires(client, post, home_page, last_code, settings, monkeypatch):
    phone_user(verified=False)
    post(reverse("account_login"), {"login": "0912345678", "password": DEFAULT_PASSWORD})
    later = time.time() + settings.ACCOUNT_PHONE_VERIFICATION_TIMEOUT + 1
    monkeypatch.setattr(code_verification, "time", SimpleNamespace(time=lambda: later))
    response = client.post(VERIFY, {"code": last_code()})
    assert signed_in_user(client) is None
    assert response.status_code == 302


def test_three_wrong_codes_end_the_attempt(client, post, home_page, last_code):
    phone_user(verified=False)
    post(reverse("account_login"), {"login": "0912345678", "password": DEFAULT_PASSWORD})
    code = last_code()
    wrong = "000000" if code != "000000" else "111111"
    for _attempt in range(3):
        response = client.post(VERIFY, {"code": wrong})
    assert response.status_code == 302 and response["Location"] == reverse("account_login")
    client.post(VERIFY, {"code": code})
    assert signed_in_user(client) is None


def test_codes_are_limited_per_number_and_the_limit_is_a_vietnamese_page_not_a_500(client, post, home_page):
    phone_user(verified=False)
    post(reverse("account_login"), {"login": "0912345678", "password": DEFAULT_PASSWORD})
    client.cookies.clear()
    response = post(reverse("account_login"), {"login": "0912345678", "password": DEFAULT_PASSWORD})
    assert response.status_code == 429
    assert "Bạn đã thử quá nhiều lần" in text(response)


def test_codes_are_limited_per_client(client, post, home_page, sms_outbox):
    for n in range(4):
        phone_user(f"+8491234567{n}", verified=False)
    statuses = []
    for n in range(4):
        client.cookies.clear()
        response = post(reverse("account_login"), {"login": f"091234567{n}", "password": DEFAULT_PASSWORD})
        statuses.append(response.status_code)
    assert statuses == [302, 302, 302, 429]  # "3/m/ip"
    assert len(sms_outbox) == 3


def test_failed_sign_ins_lock_one_number_however_it_is_typed_and_not_the_others(client, home_page):
    phone_user("+84912345678")
    other = phone_user("+84987654321")
    for typed in ["0912345678", "0912 345 678", "+84912345678", "84 912 345 678", "0912-345-678"]:
        client.post(reverse("account_login"), {"login": typed, "password": "sai"}, REMOTE_ADDR="10.0.0.1")
    locked = client.post(
        reverse("account_login"), {"login": "0912345678", "password": DEFAULT_PASSWORD}, REMOTE_ADDR="10.0.0.9"
    )
    assert "Bạn đã đăng nhập không thành công quá nhiều lần" in text(locked)
    response = client.post(
        reverse("account_login"), {"login": "0987654321", "password": DEFAULT_PASSWORD}, REMOTE_ADDR="10.0.0.9"
    )
    assert response.status_code == 302 and signed_in_user(client) == other


def test_sign_in_by_sms_code(client, post, home_page, last_code):
    user = phone_user()
    response = post(reverse("account_request_login_code"), {"phone": "0912 345 678"})
    assert response["Location"] == reverse("account_confirm_login_code")
    client.post(reverse("account_confirm_login_code"), {"code": last_code("+84912345678")})
    assert signed_in_user(client) == user


def test_a_sign_in_code_for_an_unknown_number_sends_nothing_and_reveals_nothing(client, post, home_page, sms_outbox):
    phone_user()
    known = post(reverse("account_request_login_code"), {"phone": "0912345678"})
    client.cookies.clear()
    unknown = post(reverse("account_request_login_code"), {"phone": "0987654321"})
    assert known.status_code == unknown.status_code == 302 and known["Location"] == unknown["Location"]
    assert [m.to for m in sms_outbox] == ["+84912345678"]


def test_sign_in_codes_are_limited_per_number(client, post, home_page, sms_outbox):
    phone_user()
    statuses = []
    for _n in range(4):
        client.cookies.clear()
        statuses.append(post(reverse("account_request_login_code"), {"phone": "0912345678"}).status_code)
    assert statuses == [302, 302, 302, 200]  # "3/m/key"
    assert len(sms_outbox) == 3


def test_email_accounts_must_verify_their_email_when_required_phone_accounts_do_not(client, home_page, settings):
    settings.EMAIL_VERIFICATION_FOR_EMAIL_ACCOUNTS = "mandatory"
    from allauth.account.models import EmailAddress

    email_user = learner()
    EmailAddress.objects.create(user=email_user, email=email_user.email, primary=True, verified=False)
    response = client.post(reverse("account_login"), {"login": email_user.email, "password": DEFAULT_PASSWORD})
    assert response["Location"] == reverse("account_email_verification_sent") and signed_in_user(client) is None
    user = phone_user()
    response = client.post(reverse("account_login"), {"login": "0912345678", "password": DEFAULT_PASSWORD})
    assert response.status_code == 302 and signed_in_user(client) == user


def test_welcome_message_after_sign_in_shows_the_name(client, home_page):
    user = learner(full_name="Phạm Văn Nghệ")
    response = client.post(reverse("account_login"), {"login": user.email, "password": DEFAULT_PASSWORD}, follow=True)
    assert "Đăng nhập thành công với tài khoản Phạm Văn Nghệ." in text(response)
    assert user.username not in text(response)


def test_past_the_sites_daily_sms_budget_codes_are_refused_politely(client, post, home_page, settings, sms_outbox):
    settings.SMS_DAILY_LIMIT = 1
    phone_user("+84912345678", verified=False)
    phone_user("+84987654321", verified=False)
    post(reverse("account_login"), {"login": "0912345678", "password": DEFAULT_PASSWORD})
    client.cookies.clear()
    response = post(reverse("account_login"), {"login": "0987654321", "password": DEFAULT_PASSWORD})
    assert response.status_code == 429 and "Bạn đã thử quá nhiều lần" in text(response)
    assert [m.to for m in sms_outbox] == ["+84912345678"]
