"""13.8: the security headers, per area (learner site, personal pages, Wagtail admin)."""

import pytest
from django.contrib.auth import get_user_model
from django.test import Client

pytestmark = pytest.mark.django_db


def directives(response) -> dict[str, set[str]]:
    header = response.headers["Content-Security-Policy"]
    parsed = {}
    for part in header.split(";"):
        name, *values = part.split()
        parsed[name] = set(values)
    return parsed


@pytest.fixture
def superuser_client(client):
    user = get_user_model().objects.create_superuser(username="admin", email="admin@example.vn", password="x")
    client.force_login(user)
    return client


def test_learner_site_has_a_strict_policy_without_inline_script_or_style(client, three_lesson_course):
    for url in ("/", three_lesson_course.url, "/accounts/login/"):
        response = client.get(url)
        assert response.status_code == 200, url
        csp = directives(response)
        assert csp["default-src"] == {"'self'"}
        assert csp["script-src"] == {"'self'"}, url
        assert csp["style-src"] == {"'self'"}, url
        assert csp["object-src"] == {"'none'"}
        assert csp["frame-ancestors"] == {"'self'"}
        assert "'unsafe-eval'" not in response.headers["Content-Security-Policy"]


def test_learner_templates_have_no_inline_script_or_style(learner_client, three_lesson_course):
    # The strict policy would block them: the pages must not need them.
    for url in ("/", three_lesson_course.url, "/my-learning/", "/me/profile/"):
        html = learner_client.get(url).content.decode()
        assert " style=" not in html, url
        assert " onclick=" not in html and " onsubmit=" not in html, url
        for chunk in html.split("<script")[1:]:
            tag = chunk.split(">", 1)[0]
            assert "src=" in tag or 'type="application/json"' in tag, (url, tag)


def test_admin_policy_is_relaxed_only_for_inline_script_and_style(superuser_client, home_page):
    response = superuser_client.get("/admin/")
    assert response.status_code == 200
    csp = directives(response)
    assert csp["script-src"] == {"'self'", "'unsafe-inline'"}
    assert csp["style-src"] == {"'self'", "'unsafe-inline'"}
    assert csp["default-src"] == {"'self'"}
    assert csp["object-src"] == {"'none'"}
    assert "'unsafe-eval'" not in response.headers["Content-Security-Policy"]


def test_permissions_policy_on_every_area(superuser_client, home_page):
    for url in ("/", "/admin/"):
        policy = superuser_client.get(url).headers["Permissions-Policy"]
        assert "camera=()" in policy and "microphone=()" in policy and "geolocation=()" in policy
        assert "fullscreen=(self)" in policy
    assert "camera=()" in Client().get("/accounts/login/").headers["Permissions-Policy"]


@pytest.mark.parametrize(
    "url", ["/my-learning/", "/me/profile/", "/me/data.json", "/me/delete/", "/accounts/password/change/"]
)
def test_personal_pages_are_never_stored(learner_client, home_page, url):
    response = learner_client.get(url)
    assert response.status_code == 200, url
    cache_control = {part.strip() for part in response.headers["Cache-Control"].split(",")}
    assert {"private", "no-store"} <= cache_control
    assert "public" not in cache_control


def test_a_signed_in_page_is_private_and_a_public_page_is_not_marked(client, learner_client, three_lesson_course):
    assert "private" in learner_client.get(three_lesson_course.url).headers["Cache-Control"]
    client.logout()
    assert "no-store" not in client.get(three_lesson_course.url).headers.get("Cache-Control", "")
