"""Anonymous pages come from the page cache; nothing personal, no draft, nothing stale ever does."""

import pytest
from django.test import Client
from django.urls import reverse

from courses.models import LessonPage, Topic
from courses.services import lesson_complete
from elearn.pagecache import HIT_HEADER, user_version
from home.models import SiteSettings
from tests.factories import UserFactory, learner

pytestmark = pytest.mark.django_db


def lessons_of(page):
    return list(LessonPage.objects.descendant_of(page).order_by("path"))


@pytest.fixture
def pages(home_page, catalogue, three_lesson_course):
    return {
        "home": home_page.url,
        "catalogue": catalogue.url,
        "course": three_lesson_course.url,
        "lesson": lessons_of(three_lesson_course)[0].url,
    }


@pytest.mark.parametrize("kind", ["home", "catalogue", "course", "lesson"])
def test_anonymous_pages_set_no_cookie_and_are_served_from_the_cache(pages, kind):
    visitor = Client()
    first = visitor.get(pages[kind])
    assert first.status_code == 200
    assert not first.cookies, first.cookies  # no CSRF cookie, no session
    content = first.content.decode()
    assert "csrfmiddlewaretoken" not in content
    assert first["Cache-Control"] == "public, max-age=60"
    assert "Cookie" in first["Vary"]  # the language comes from a cookie: a proxy must key on it
    assert first[HIT_HEADER] == "miss"
    second = Client().get(pages[kind])
    assert second[HIT_HEADER] == "hit"
    assert second.content.decode() == content
    assert second["Content-Language"] == "vi"


def test_publishing_a_page_purges_the_cache(pages, three_lesson_course):
    assert Client().get(pages["course"])[HIT_HEADER] == "miss"
    assert Client().get(pages["catalogue"])[HIT_HEADER] == "miss"
    assert Client().get(pages["course"])[HIT_HEADER] == "hit"
    three_lesson_course.title = "Tên khóa học mới"
    three_lesson_course.save_revision().publish()
    course = Client().get(pages["course"])
    assert course[HIT_HEADER] == "miss" and "Tên khóa học mới" in course.content.decode()
    assert "Tên khóa học mới" in Client().get(pages["catalogue"]).content.decode()


def test_publishing_a_lesson_purges_its_course_page(pages, three_lesson_course):
    Client().get(pages["course"])
    lesson = lessons_of(three_lesson_course)[1]
    lesson.title = "Bài học đã sửa"
    lesson.save_revision().publish()
    assert "Bài học đã sửa" in Client().get(pages["course"]).content.decode()


def test_unpublishing_a_lesson_removes_it_at_once(pages, three_lesson_course):
    Client().get(pages["lesson"])
    Client().get(pages["course"])
    lesson = lessons_of(three_lesson_course)[0]
    lesson.unpublish()
    assert Client().get(pages["lesson"]).status_code == 404
    assert f'href="{pages["lesson"]}"' not in Client().get(pages["course"]).content.decode()


def test_moving_and_deleting_pages_purge(pages, three_lesson_course):
    first, second, _third = lessons_of(three_lesson_course)
    Client().get(pages["course"])
    second.move(first, pos="left")
    content = Client().get(pages["course"]).content.decode()
    assert content.index(second.title) < content.index(first.title)
    LessonPage.objects.get(pk=second.pk).delete()
    assert second.title not in Client().get(pages["course"]).content.decode()


def test_saving_a_snippet_or_the_site_settings_purges(pages, three_lesson_course):
    topic = Topic.objects.create(name="Dịch vụ công")
    three_lesson_course.topic = topic
    three_lesson_course.save_revision().publish()
    assert "Dịch vụ công" in Client().get(pages["course"]).content.decode()
    topic.name = "Dịch vụ công trực tuyến mức độ 4"
    topic.save()
    assert "Dịch vụ công trực tuyến mức độ 4" in Client().get(pages["course"]).content.decode()
    settings = SiteSettings.for_site(three_lesson_course.get_site())
    Client().get(pages["home"])
    settings.site_name = "Cổng học tập mới"
    settings.save()
    assert "Cổng học tập mới" in Client().get(pages["home"]).content.decode()


def test_a_draft_is_never_shown_to_the_public(client, pages, three_lesson_course):
    three_lesson_course.title = "Bản nháp chưa duyệt"
    three_lesson_course.save_revision()  # saved, not published
    editor = UserFactory(is_superuser=True, is_staff=True)
    client.force_login(editor)
    preview = client.post(
        reverse("wagtailadmin_pages:preview_on_edit", args=[three_lesson_course.pk]),
        {"title": "Bản nháp chưa duyệt"},
    )
    assert preview.status_code == 200
    client.get(reverse("wagtailadmin_pages:preview_on_edit", args=[three_lesson_course.pk]))
    for _ in range(2):
        content = Client().get(pages["course"]).content.decode()
        assert "Bản nháp chưa duyệt" not in content
        assert "Sử dụng Dịch vụ công trực tuyến" in content


@pytest.mark.parametrize("members_kept", [False, True], ids=["default", "learner-copies-on"])
def test_a_signed_in_page_is_never_stored_nor_served_to_visitors(pages, three_lesson_course, settings, members_kept):
    settings.PAGECACHE_MEMBERS = members_kept  # learners' own copies are opt-in (PAGECACHE_MEMBERS=1)
    user = learner(full_name="Trần Thị Riêng Tư")
    lesson_complete(user=user, lesson=lessons_of(three_lesson_course)[0])
    member = Client()
    member.force_login(user)
    for kind in ("home", "catalogue", "course", "lesson"):
        mine = member.get(pages[kind])
        assert mine.get(HIT_HEADER) in (None, "miss")  # at most kept for this learner's own cookies
        assert "private" in mine["Cache-Control"]
        visitor = Client().get(pages[kind])
        assert visitor[HIT_HEADER] == "miss"  # nothing was stored for the learner
        text = visitor.content.decode()
        assert "Trần Thị Riêng Tư" not in text and "33%" not in text and "Đăng xuất" not in text
    # and the other way round: a learner never gets the visitors' stored page
    Client().get(pages["course"])
    mine = member.get(pages["course"]).content.decode()
    assert "33%" in mine and "Trần Thị Riêng Tư" in mine


def test_a_visitor_with_a_message_waiting_gets_a_fresh_page_which_is_not_stored(pages, three_lesson_course):
    visitor = Client()
    response = visitor.post(reverse("lesson_complete", args=[lessons_of(three_lesson_course)[0].pk]))
    assert response.status_code == 302  # to sign in, with a message kept in a cookie
    assert "messages" in visitor.cookies
    shown = visitor.get(pages["course"])
    assert HIT_HEADER not in shown and "Vui lòng đăng nhập" in shown.content.decode()
    assert "Vui lòng đăng nhập" not in Client().get(pages["course"]).content.decode()


def test_each_language_has_its_own_copy(pages):
    vietnamese = Client().get(pages["catalogue"]).content.decode()
    english = Client()
    english.cookies["django_language"] = "en"
    content = english.get(pages["catalogue"]).content.decode()
    assert 'lang="en"' in content and content != vietnamese
    again = Client().get(pages["catalogue"])
    assert again[HIT_HEADER] == "hit" and again.content.decode() == vietnamese


def test_the_language_switch_is_a_link_that_sets_the_cookie(pages):
    visitor = Client()
    content = visitor.get(pages["course"]).content.decode()
    assert f'href="/i18n/setlang/?language=en&amp;next={pages["course"]}"' in content
    response = visitor.get(reverse("set_language"), {"language": "en", "next": pages["course"]})
    assert response.status_code == 302 and response["Location"] == pages["course"]
    assert response.cookies["django_language"].value == "en"
    assert "no-store" in response["Cache-Control"]
    assert 'lang="en"' in visitor.get(pages["course"]).content.decode()


def test_the_language_switch_goes_nowhere_else_and_ignores_unknown_languages(pages):
    response = Client().get(reverse("set_language"), {"language": "fr", "next": "https://evil.example/"})
    assert response["Location"] == "/"
    assert "django_language" not in response.cookies


def test_home_page_counts_come_from_a_cached_summary(client, home_page, django_assert_num_queries):
    from courses.selectors import site_counts

    first = site_counts()
    learner()
    with django_assert_num_queries(0):
        assert site_counts() == first


@pytest.mark.parametrize("members_kept", [False, True], ids=["default", "learner-copies-on"])
def test_signed_in_pages_follow_publishing_at_once(learner_client, three_lesson_course, settings, members_kept):
    """Outlines, routes and lesson bodies are kept between requests: a publish refreshes them all."""
    settings.PAGECACHE_MEMBERS = members_kept
    first, second, _third = lessons_of(three_lesson_course)
    assert learner_client.get(first.url).status_code == 200
    assert learner_client.get(three_lesson_course.url).status_code == 200
    second.title = "Bài hai đã đổi tên"
    second.intro = "Phần giới thiệu mới"
    second.save_revision().publish()
    assert "Bài hai đã đổi tên" in learner_client.get(first.url).content.decode()  # the syllabus
    assert "Phần giới thiệu mới" in learner_client.get(second.url).content.decode()
    second.unpublish()
    assert learner_client.get(second.url).status_code == 404
    assert "Bài hai đã đổi tên" not in learner_client.get(three_lesson_course.url).content.decode()


def test_a_new_view_restriction_applies_at_once(pages, home_page, catalogue):
    from wagtail.models import PageViewRestriction

    assert Client().get(pages["course"]).status_code == 200
    PageViewRestriction.objects.create(page=catalogue, restriction_type=PageViewRestriction.LOGIN)
    response = Client().get(pages["course"])
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_mark_complete_goes_to_the_next_lesson_in_outline_order(learner_client, three_lesson_course):
    first, second, third = lessons_of(three_lesson_course)
    learner_client.get(first.url)  # the outline is now kept
    response = learner_client.post(reverse("lesson_complete", args=[first.pk]))
    assert response["Location"] == second.url
    second.unpublish()
    response = learner_client.post(reverse("lesson_complete", args=[first.pk]))
    assert response["Location"] == third.url


def test_a_learners_own_copy_is_theirs_alone_and_follows_their_progress(three_lesson_course, settings):
    settings.PAGECACHE_MEMBERS = True  # learners' own copies are opt-in
    first, second, _third = lessons_of(three_lesson_course)
    alice, bob = learner(full_name="Nguyễn Thị Alice"), learner(full_name="Trần Văn Bob")
    lesson_complete(user=alice, lesson=first)
    a, b = Client(), Client()
    a.force_login(alice)
    b.force_login(bob)
    for client in (a, b):
        client.get(three_lesson_course.url)  # sets the CSRF cookie: not kept
    assert a.get(three_lesson_course.url)[HIT_HEADER] == "miss"
    hit = a.get(three_lesson_course.url)
    assert hit[HIT_HEADER] == "hit" and "33%" in hit.content.decode() and "Nguyễn Thị Alice" in hit.content.decode()
    assert hit["Cache-Control"] == "private"
    theirs = b.get(three_lesson_course.url).content.decode()
    assert "Nguyễn Thị Alice" not in theirs and "33%" not in theirs and "Trần Văn Bob" in theirs
    assert (
        HIT_HEADER not in Client().get(three_lesson_course.url)
        or "Alice" not in Client().get(three_lesson_course.url).content.decode()
    )
    a.post(reverse("lesson_complete", args=[second.pk]))  # her progress changes: her copy goes
    fresh = a.get(three_lesson_course.url)
    assert HIT_HEADER not in fresh or fresh[HIT_HEADER] == "miss"
    assert "66%" in fresh.content.decode()


@pytest.mark.parametrize("members_kept", [False, True])
def test_a_learners_write_bumps_their_copies_version_only_when_copies_are_kept(
    three_lesson_course, settings, members_kept, django_capture_on_commit_callbacks
):
    """Without learners' own copies (the default) there is nothing of theirs to drop: a write costs no
    cache write (on the embedded default, two file writes per "mark complete")."""
    settings.PAGECACHE_MEMBERS = members_kept
    alice = learner()
    with django_capture_on_commit_callbacks(execute=True):
        lesson_complete(user=alice, lesson=lessons_of(three_lesson_course)[0])
    assert (user_version(alice.pk) > 0) is members_kept
