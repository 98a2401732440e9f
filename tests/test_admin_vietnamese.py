"""The Vietnamese admin screens staff use carry no English or technical words (issue 17.4).

Each screen is fetched with the demo site and read as a person (or a screen reader) would: the text,
and the titles and labels of icons and buttons.
"""

import re
from html.parser import HTMLParser

import pytest
from django.urls import reverse

from tests.factories import DEFAULT_PASSWORD, UserFactory

pytestmark = pytest.mark.django_db

ENGLISH = ["None", "True", "False", "Display code", "Root", "Moderators approval", "Save Selected", "This password"]


class ReadableText(HTMLParser):
    """What is read out: text outside scripts, styles and ``hidden`` elements, plus title/aria-label/alt."""

    HIDDEN = {"script", "style", "template"}
    VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}

    def __init__(self):
        super().__init__()
        self.stack, self.parts = [], []  # per open element: is it (or an ancestor) hidden?

    @property
    def hidden(self) -> bool:
        return bool(self.stack) and self.stack[-1]

    def handle_starttag(self, tag, attrs):
        hidden = self.hidden or tag in self.HIDDEN or any(name == "hidden" for name, _ in attrs)
        if not hidden:
            self.parts += [value for name, value in attrs if name in {"title", "aria-label", "alt"} and value]
        if tag not in self.VOID:
            self.stack.append(hidden)

    def handle_endtag(self, tag):
        if tag not in self.VOID and self.stack:
            self.stack.pop()

    def handle_data(self, data):
        if not self.hidden and data.strip():
            self.parts.append(data.strip())


def english_words(html: str) -> set[str]:
    parser = ReadableText()
    parser.feed(html)
    text = "\n".join(parser.parts)
    return {word for word in ENGLISH if re.search(rf"\b{re.escape(word)}\b", text)}


@pytest.fixture
def demo_admin(client, django_capture_on_commit_callbacks):
    from home.demo import build_demo_site

    with django_capture_on_commit_callbacks(execute=True):  # certificates are issued on commit
        build_demo_site()
    from elearn.accounts.models import User

    client.force_login(User.objects.get(email="admin@elearn.local"))
    return client


def test_admin_screens_staff_use_are_in_vietnamese(demo_admin):
    from courses.models import Certificate, CourseIndexPage, CoursePage
    from home.models import StandardPage

    certificate = Certificate.objects.first()
    course = CoursePage.objects.first()
    screens = [
        "/admin/",
        "/admin/pages/",
        f"/admin/pages/{course.pk}/",
        f"/admin/pages/{course.pk}/edit/",
        f"/admin/pages/{StandardPage.objects.first().pk}/edit/",
        f"/admin/pages/add/courses/coursepage/{CourseIndexPage.objects.get().pk}/",
        "/admin/pages/search/?q=zalo",
        "/admin/users/",
        "/admin/workflows/list/",
        "/admin/certificates/",
        f"/admin/certificates/inspect/{certificate.pk}/",
        f"/admin/certificates/edit/{certificate.pk}/",
    ] + [f"/admin/training-reports/{slug}/" for slug in ("course-completion", "course-learners", "targets")]
    found = {}
    for url in screens:
        response = demo_admin.get(url)
        assert response.status_code == 200, url
        if words := english_words(response.content.decode()):
            found[url] = words
    assert not found


def test_the_certificate_list_names_its_code_column(demo_admin):
    html = demo_admin.get("/admin/certificates/").content.decode()
    assert "Mã chứng nhận" in html and "Display code" not in html


@pytest.mark.parametrize(
    "password, message",
    [
        ("Ab-3", "Mật khẩu quá ngắn. Mật khẩu phải có ít nhất 8 ký tự."),
        ("password123", "Mật khẩu này quá phổ biến."),
        ("3141592653589", "Mật khẩu này hoàn toàn là số."),
        ("canbo.xa@example", "Mật khẩu quá giống với"),
    ],
)
def test_staff_changing_their_password_read_the_rules_in_vietnamese(client, home_page, password, message):
    client.force_login(UserFactory(is_staff=True, username="canbo.xa", email="canbo.xa@example.vn"))
    response = client.post(
        reverse("account_change_password"),
        {"oldpassword": DEFAULT_PASSWORD, "password1": password, "password2": password},
    )
    html = response.content.decode()
    assert message in html
    assert not english_words(html)
