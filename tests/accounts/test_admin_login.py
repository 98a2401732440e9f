"""The Wagtail admin's sign-in page and page header speak Vietnamese (Wagtail 8 leaves a few labels English)."""

import pytest
from django.urls import reverse

from tests.factories import DEFAULT_PASSWORD, UserFactory

pytestmark = pytest.mark.django_db


def test_admin_sign_in_page_is_vietnamese(client):
    content = client.get(reverse("wagtailadmin_login")).content.decode()
    assert "<h1>Đăng nhập trang quản trị khóa học</h1>" in content
    assert "<title>Đăng nhập - Quản trị khóa học</title>" in content
    label = content.split('for="id_password"', 1)[1].split("</label>", 1)[0]
    assert "Mật khẩu" in label and "Password" not in label


def test_admin_sign_in_with_the_translated_form(client):
    staff = UserFactory(username="bientap-thu", is_staff=True, is_superuser=True)
    login = reverse("wagtailadmin_login")
    wrong = client.post(login, {"username": staff.username, "password": "sai-mat-khau"})
    assert wrong.status_code == 200 and "không khớp" in wrong.content.decode()
    assert client.post(login, {"username": staff.username, "password": DEFAULT_PASSWORD}).status_code == 302
    assert client.get(reverse("wagtailadmin_home")).status_code == 200


def test_page_header_actions_are_named_in_vietnamese(client, home_page):
    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    content = client.get(reverse("wagtailadmin_explore", args=[home_page.pk])).content.decode()
    assert '<nav aria-label="Thao tác" id="w-slim-header-buttons"' in content
    assert 'aria-label="Actions"' not in content
