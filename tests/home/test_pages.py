import pytest
from django.urls import reverse
from wagtail.test.utils import WagtailPageTestCase

from courses.models import CourseIndexPage
from home.models import HomePage, StandardPage

pytestmark = pytest.mark.django_db


def test_home_page_renders_in_vietnamese(client, home_page):
    response = client.get("/")
    content = response.content.decode()
    assert response.status_code == 200
    assert '<html lang="vi">' in content
    assert "Kỹ năng số cho mọi người dân Nghệ An" in content
    assert 'href="#main"' in content  # skip link
    assert "<header" in content and "<main" in content and "<footer" in content
    assert "Người học" in content  # counts


def test_standard_page_renders(client, standard_page):
    response = client.get(standard_page.url)
    assert response.status_code == 200
    assert "Về nền tảng học kỹ năng số." in response.content.decode()


def test_language_switch_to_english_and_back(client, home_page):
    response = client.post(reverse("set_language"), {"language": "en", "next": "/"})
    assert response.status_code == 302
    content = client.get("/").content.decode()
    assert '<html lang="en">' in content
    assert "Skip to main content" in content
    client.post(reverse("set_language"), {"language": "vi", "next": "/"})
    assert '<html lang="vi">' in client.get("/").content.decode()


def test_browser_language_does_not_override_vietnamese_default(client, home_page):
    content = client.get("/", HTTP_ACCEPT_LANGUAGE="en-US,en;q=0.9").content.decode()
    assert '<html lang="vi">' in content


def test_404_page_is_custom_and_vietnamese(client, home_page):
    response = client.get("/khong-ton-tai/")
    assert response.status_code == 404
    assert "Không tìm thấy trang" in response.content.decode()


def test_500_page_renders_without_database(rf):
    from home.views import server_error

    response = server_error(rf.get("/"))
    assert response.status_code == 500
    assert "Đã có lỗi xảy ra" in response.content.decode()


def test_admin_sign_in_goes_through_the_site_sign_in(client, home_page, django_user_model):
    assert client.get("/admin/login/")["Location"] == "/accounts/login/"
    django_user_model.objects.create_superuser("boss", "boss@example.vn", "Quan-tri-2026")
    response = client.post("/accounts/login/?next=/admin/", {"login": "boss@example.vn", "password": "Quan-tri-2026"})
    assert response.status_code == 302 and response["Location"] == "/admin/"
    assert client.get("/admin/").status_code == 200


class TestPageTypes(WagtailPageTestCase):
    def test_home_page_subpages(self):
        self.assertAllowedSubpageTypes(HomePage, {StandardPage, CourseIndexPage})

    def test_standard_page_parents(self):
        self.assertAllowedParentPageTypes(StandardPage, {HomePage, StandardPage})
