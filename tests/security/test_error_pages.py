"""13.12: the CSRF failure page is Vietnamese and keeps what was typed; 13.9: no failwhale in production."""

import re

import pytest
from django.test import Client

from tests.factories import learner
from tests.security.support import ROLES, member

pytestmark = pytest.mark.django_db

ORIGIN = "http://testserver"


@pytest.fixture
def csrf_client(db):
    client = Client(enforce_csrf_checks=True)
    client.force_login(learner(full_name="Nguyễn Văn Cũ"))
    client.get("/me/profile/")  # sets the CSRF cookie
    return client


def test_an_outdated_form_explains_in_vietnamese_and_keeps_the_text(csrf_client, home_page):
    data = {"full_name": "Nguyễn Thị Mới", "password": "mật-khẩu-bí-mật", "csrfmiddlewaretoken": "outdated" * 4}
    response = csrf_client.post("/me/profile/", data, HTTP_ORIGIN=ORIGIN, HTTP_REFERER=f"{ORIGIN}/me/profile/")
    assert response.status_code == 403
    html = response.content.decode()
    assert "Biểu mẫu đã hết hạn" in html and "không có gì bị thay đổi" in html
    assert "CSRF" not in html and "Forbidden" not in html
    assert "Nguyễn Thị Mới" in html  # what was typed is kept…
    assert "mật-khẩu-bí-mật" not in html and "outdated" not in html  # …but never a password or the old token
    assert 'href="http://testserver/me/profile/"' in html  # back to the form

    # The page's form carries a fresh token: sending it again works and changes the name.
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)
    fields = dict(re.findall(r'<textarea id="resend-\d+" name="([^"]+)" rows="2">([^<]*)</textarea>', html))
    assert fields == {"full_name": "Nguyễn Thị Mới"}
    again = csrf_client.post("/me/profile/", {**fields, "csrfmiddlewaretoken": token}, HTTP_ORIGIN=ORIGIN)
    assert again.status_code in (200, 302)
    assert "Biểu mẫu đã hết hạn" not in again.content.decode()


def test_a_post_from_another_site_is_never_offered_again(csrf_client, home_page):
    response = csrf_client.post("/me/profile/", {"full_name": "Kẻ Gian"}, HTTP_ORIGIN="https://evil.example")
    assert response.status_code == 403
    html = response.content.decode()
    assert "Biểu mẫu đã hết hạn" in html
    assert "Kẻ Gian" not in html and "<textarea" not in html
    assert 'href="/"' in html


def test_an_outdated_sign_out_form_explains_too(home_page):
    client = Client(enforce_csrf_checks=True)
    response = client.post("/accounts/logout/", HTTP_ORIGIN=ORIGIN)
    assert response.status_code == 403
    assert "Biểu mẫu đã hết hạn" in response.content.decode()


@pytest.mark.parametrize("role", ROLES)
def test_wagtail_error_test_page_is_off(client, home_page, role):
    client.force_login(member(role))
    assert client.get("/admin/failwhale/").status_code == 404
