import pytest
from django.urls import reverse

from elearn.accounts.models import LearnerProfile, User
from tests.factories import AdministrativeUnitFactory

pytestmark = pytest.mark.django_db


def signup_data(commune, **overrides):
    data = {
        "email": "nguoidan@example.vn",
        "password1": "Hoc-ky-nang-so-2026",
        "password2": "Hoc-ky-nang-so-2026",
        "full_name": "  Nguyễn   Thị Ngọc Diệp ",
        "audience": "resident",
        "administrative_unit": commune.pk,
        "phone": "0912345678",
        "consent": "on",
    }
    data.update(overrides)
    return data


def test_signup_page_is_vietnamese(client, home_page):
    response = client.get(reverse("account_signup"))
    content = response.content.decode()
    assert response.status_code == 200
    assert '<html lang="vi">' in content
    assert "Đăng ký" in content
    assert "Họ và tên" in content
    assert "Tôi đồng ý" in content


def test_signup_lists_communes_in_vietnamese_alphabetical_order(client, home_page):
    names = ["Xã Yên Thành", "Xã Đô Lương", "Phường Vinh", "Xã Diễn Châu", "Xã Ân Hòa", "Xã Anh Sơn"]
    for number, name in enumerate(names):
        AdministrativeUnitFactory(code=f"X{number}", name=name)
    AdministrativeUnitFactory(code="OLD", name="Xã Cũ", is_active=False)  # merged away: not offered

    form = client.get(reverse("account_signup")).context["form"]
    labels = [label for value, label in form.fields["administrative_unit"].choices if value]
    assert labels == ["Phường Vinh", "Xã Anh Sơn", "Xã Ân Hòa", "Xã Diễn Châu", "Xã Đô Lương", "Xã Yên Thành"]


def test_signup_with_consent_creates_user_and_profile(client, home_page, commune, settings):
    response = client.post(reverse("account_signup"), signup_data(commune))
    assert response.status_code == 302
    user = User.objects.get(email="nguoidan@example.vn")
    profile = user.profile
    assert profile.full_name == "Nguyễn Thị Ngọc Diệp"
    assert profile.administrative_unit == commune
    assert user.phone == "+84912345678"  # one phone per person, on the account, E.164
    assert profile.consent_given_at is not None
    assert profile.consent_policy_version == settings.PRIVACY_POLICY_VERSION


def test_signup_without_consent_is_refused_and_creates_nothing(client, home_page, commune):
    data = signup_data(commune)
    del data["consent"]
    response = client.post(reverse("account_signup"), data)
    assert response.status_code == 200
    assert "Bạn cần đồng ý cho phép xử lý dữ liệu cá nhân" in response.content.decode()
    assert not User.objects.exists()
    # What the person typed is kept, so nothing is lost.
    assert "Nguyễn   Thị Ngọc Diệp" in response.content.decode() or "Nguyễn Thị Ngọc Diệp" in response.content.decode()


def test_signup_with_duplicate_email_is_refused(client, home_page, commune):
    client.post(reverse("account_signup"), signup_data(commune))
    client.logout()
    response = client.post(reverse("account_signup"), signup_data(commune, full_name="Người khác"))
    assert response.status_code == 200
    assert "Địa chỉ email này đã được dùng để đăng ký một tài khoản khác" in response.content.decode()
    assert User.objects.count() == 1
    assert LearnerProfile.objects.count() == 1


@pytest.mark.parametrize(
    "field, value, message",
    [
        ("phone", "12345", "Nhập số điện thoại di động Việt Nam"),
        ("administrative_unit", "999999", "Hãy chọn một lựa chọn hợp lệ"),
        ("full_name", " ", "Trường này là bắt buộc"),
    ],
)
def test_signup_bad_input_gets_vietnamese_error(client, home_page, commune, field, value, message):
    response = client.post(reverse("account_signup"), signup_data(commune, **{field: value}))
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not User.objects.exists()


def test_sign_in_with_email(client, home_page, learner_user):
    from tests.factories import DEFAULT_PASSWORD

    response = client.post(reverse("account_login"), {"login": learner_user.email, "password": DEFAULT_PASSWORD})
    assert response.status_code == 302
    assert client.get(reverse("accounts:profile")).status_code == 200


def test_sign_in_with_wrong_password_shows_vietnamese_error(client, home_page, learner_user):
    response = client.post(reverse("account_login"), {"login": learner_user.email, "password": "sai"})
    assert response.status_code == 200
    assert "không chính xác" in response.content.decode()


@pytest.mark.parametrize(
    "password, message",
    [
        ("Ab-3", "Mật khẩu quá ngắn. Mật khẩu phải có ít nhất 8 ký tự."),  # Django 5.2's new msgid
        ("password123", "Mật khẩu này quá phổ biến."),
        ("3141592653589", "Mật khẩu này hoàn toàn là số."),
        ("nguoidan@example", "Mật khẩu quá giống với"),
    ],
)
def test_password_rules_are_explained_in_vietnamese(client, home_page, commune, password, message):
    response = client.post(reverse("account_signup"), signup_data(commune, password1=password, password2=password))
    content = response.content.decode()
    assert message in content
    assert "This password" not in content and "too short" not in content
    assert not User.objects.exists()


@pytest.mark.parametrize("users", [1, 20])
def test_sign_in_and_sign_up_pages_make_the_same_queries_whatever_the_number_of_accounts(
    client, home_page, commune, django_assert_max_num_queries, users
):
    from tests.factories import LearnerProfileFactory

    LearnerProfileFactory.create_batch(users, administrative_unit=commune)
    client.get(reverse("account_login"))  # site settings and the like, cached after the first page
    with django_assert_max_num_queries(3):
        client.get(reverse("account_login"))
    with django_assert_max_num_queries(5):  # + communes and organisations for the selects
        client.get(reverse("account_signup"))
