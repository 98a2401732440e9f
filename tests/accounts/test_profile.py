import json

import pytest
from django.urls import reverse

from elearn.accounts.models import LearnerProfile, User
from tests.factories import DEFAULT_PASSWORD, AdministrativeUnitFactory, LearnerProfileFactory, UserFactory, learner

pytestmark = pytest.mark.django_db


def test_profile_requires_sign_in(client, home_page):
    response = client.get(reverse("accounts:profile"))
    assert response.status_code == 302
    assert reverse("account_login") in response["Location"]


def test_profile_edit_saves_changes(learner_client, learner_user, home_page):
    other = AdministrativeUnitFactory(name="Phường Cửa Lò")
    response = learner_client.post(
        reverse("accounts:profile"),
        {"full_name": "Hồ Thị Xuân Hương", "audience": "business", "administrative_unit": other.pk, "phone": ""},
    )
    assert response.status_code == 302
    learner_user.profile.refresh_from_db()
    assert learner_user.profile.full_name == "Hồ Thị Xuân Hương"
    assert learner_user.profile.administrative_unit == other


def test_profile_bad_input_keeps_old_data(learner_client, learner_user, home_page):
    old_name = learner_user.profile.full_name
    response = learner_client.post(
        reverse("accounts:profile"),
        {"full_name": "Tên Mới", "audience": "resident", "administrative_unit": "", "phone": "abc"},
    )
    content = response.content.decode()
    assert response.status_code == 200
    assert "Vui lòng sửa các lỗi bên dưới" in content
    assert 'value="Tên Mới"' in content
    learner_user.profile.refresh_from_db()
    assert learner_user.profile.full_name == old_name


def test_staff_without_profile_can_create_one_with_consent(client, home_page, commune):
    user = UserFactory()
    client.force_login(user)
    data = {"full_name": "Cán Bộ Mới", "audience": "official", "administrative_unit": commune.pk}
    response = client.post(reverse("accounts:profile"), data)
    assert response.status_code == 200
    assert not LearnerProfile.objects.filter(user=user).exists()
    response = client.post(reverse("accounts:profile"), {**data, "consent": "on"})
    assert response.status_code == 302
    assert LearnerProfile.objects.get(user=user).consent_given_at is not None


def test_data_export_contains_only_my_data(learner_client, learner_user, home_page):
    someone_else = learner(full_name="Người Khác Hoàn Toàn")
    response = learner_client.get(reverse("accounts:data_export"))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/json")
    assert "attachment" in response["Content-Disposition"]
    data = json.loads(response.content)
    assert data["account"]["email"] == learner_user.email
    assert data["profile"]["full_name"] == learner_user.profile.full_name
    assert data["profile"]["consent"]["policy_version"]
    assert someone_else.email not in response.content.decode()


def test_data_export_requires_sign_in(client, home_page):
    response = client.get(reverse("accounts:data_export"))
    assert response.status_code == 302


def test_account_delete_with_wrong_password_deletes_nothing(learner_client, learner_user, home_page):
    response = learner_client.post(reverse("accounts:delete"), {"password": "wrong"})
    assert response.status_code == 200
    assert "Mật khẩu không đúng" in response.content.decode()
    assert User.objects.filter(pk=learner_user.pk).exists()


def test_account_delete_removes_user_and_profile(learner_client, learner_user, home_page):
    assert learner_client.get(reverse("accounts:delete")).status_code == 200
    response = learner_client.post(reverse("accounts:delete"), {"password": DEFAULT_PASSWORD})
    assert response.status_code == 302
    assert not User.objects.filter(pk=learner_user.pk).exists()
    assert not LearnerProfile.objects.filter(user_id=learner_user.pk).exists()
    # Signed out afterwards.
    assert learner_client.get(reverse("accounts:profile")).status_code == 302


def test_profile_shows_the_phone_number_and_changes_it_by_sms(
    client, home_page, django_capture_on_commit_callbacks, sms_outbox
):
    from .conftest import phone_user

    user = phone_user("+84912345678")
    LearnerProfileFactory(user=user)
    client.force_login(user)
    page = client.get(reverse("accounts:profile")).content.decode()
    assert "0912 345 678" in page and "đã xác minh" in page
    assert reverse("account_change_phone") in page
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("account_change_phone"), {"phone": "0987 654 321"})
    assert response.status_code == 302
    [sms] = sms_outbox
    assert sms.to == "+84987654321"
    code = sms.text.split()[0]
    client.post(reverse("account_verify_phone"), {"code": code})
    user.refresh_from_db()
    assert (user.phone, user.phone_verified) == ("+84987654321", True)


def test_changing_to_a_number_someone_else_has_is_refused(client, home_page):
    from .conftest import phone_user

    phone_user("+84987654321")
    user = phone_user("+84912345678")
    client.force_login(user)
    response = client.post(reverse("account_change_phone"), {"phone": "0987654321"})
    assert "Số điện thoại này đã được dùng cho một tài khoản khác" in response.content.decode()
    user.refresh_from_db()
    assert user.phone == "+84912345678"
