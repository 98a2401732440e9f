import pytest
from django.urls import reverse

from courses.models import Enrollment, LessonPage
from courses.services import lesson_complete
from home.models import StandardPage
from tests.factories import UserFactory, learner

pytestmark = pytest.mark.django_db


def lessons_of(page):
    return list(LessonPage.objects.descendant_of(page).order_by("path"))


def test_enroll_then_continue_to_the_next_lesson(learner_client, learner_user, three_lesson_course):
    first, second, third = lessons_of(three_lesson_course)
    response = learner_client.post(reverse("course_enroll", args=[three_lesson_course.pk]))
    assert response.status_code == 302 and response["Location"] == first.url
    response = learner_client.post(reverse("lesson_complete", args=[first.pk]))
    assert response["Location"] == second.url
    content = learner_client.get(three_lesson_course.url).content.decode()
    assert "Học tiếp" in content
    assert f'href="{second.url}"' in content
    assert "33%" in content


def test_completing_the_last_lesson_congratulates(learner_client, learner_user, three_lesson_course):
    for page in lessons_of(three_lesson_course):
        response = learner_client.post(reverse("lesson_complete", args=[page.pk]), follow=True)
    content = response.content.decode()
    assert "Chúc mừng" in content
    assert Enrollment.objects.get(user=learner_user).completed_at is not None


def test_get_on_post_only_actions_is_405(learner_client, three_lesson_course):
    first = lessons_of(three_lesson_course)[0]
    assert learner_client.get(reverse("lesson_complete", args=[first.pk])).status_code == 405
    assert learner_client.get(reverse("course_enroll", args=[three_lesson_course.pk])).status_code == 405


def test_anonymous_post_goes_to_sign_in_and_keeps_next(client, three_lesson_course):
    first = lessons_of(three_lesson_course)[0]
    response = client.post(reverse("lesson_complete", args=[first.pk]))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))
    assert "next=" + first.url.replace("/", "%2F") in response["Location"]
    assert not Enrollment.objects.exists()


def test_completing_unpublished_or_non_lesson_pages_is_404(learner_client, three_lesson_course):
    first = lessons_of(three_lesson_course)[0]
    first.unpublish()
    assert learner_client.post(reverse("lesson_complete", args=[first.pk])).status_code == 404
    assert learner_client.post(reverse("lesson_complete", args=[three_lesson_course.pk])).status_code == 404
    assert learner_client.post(reverse("lesson_complete", args=[999999])).status_code == 404
    assert not Enrollment.objects.exists()


def test_user_without_profile_is_asked_to_complete_it(client, three_lesson_course):
    client.force_login(UserFactory())
    response = client.post(reverse("course_enroll", args=[three_lesson_course.pk]))
    assert response["Location"].startswith(reverse("accounts:profile"))
    assert not Enrollment.objects.exists()


def test_a_learner_never_sees_another_learners_progress(client, three_lesson_course):
    busy, newcomer = learner(), learner()
    for page in lessons_of(three_lesson_course)[:2]:
        lesson_complete(user=busy, lesson=page)
    client.force_login(newcomer)
    content = client.get(three_lesson_course.url).content.decode()
    assert "66%" not in content and "✓" not in content
    assert "Đăng ký học khóa học này" in content
    dashboard = client.get(reverse("my_learning")).content.decode()
    assert three_lesson_course.title not in dashboard


def test_dashboard_lists_in_progress_and_completed(learner_client, learner_user, catalogue, three_lesson_course):
    from tests.factories import course

    short = course(catalogue, title="Khóa học ngắn", lessons=1)
    lesson_complete(user=learner_user, lesson=lessons_of(short)[0])
    first, second, _ = lessons_of(three_lesson_course)
    lesson_complete(user=learner_user, lesson=first)
    content = learner_client.get(reverse("my_learning")).content.decode()
    in_progress, completed = content.split('id="completed-title"')
    assert three_lesson_course.title in in_progress and f'href="{second.url}"' in in_progress
    assert "Khóa học ngắn" in completed


def test_dashboard_says_when_the_learner_was_last_active(learner_client, learner_user, three_lesson_course):
    from datetime import timedelta

    from django.utils import timezone

    from courses.models import Enrollment

    lesson_complete(user=learner_user, lesson=lessons_of(three_lesson_course)[0])
    content = learner_client.get(reverse("my_learning")).content.decode()
    assert "Hoạt động gần nhất: vừa xong" in content and "0 phút" not in content
    Enrollment.objects.filter(user=learner_user).update(last_activity_at=timezone.now() - timedelta(hours=3, minutes=5))
    content = learner_client.get(reverse("my_learning")).content.decode()
    assert "Hoạt động gần nhất: 3\xa0giờ trước" in content  # one unit is enough on a phone


def test_dashboard_requires_sign_in(client, home_page):
    response = client.get(reverse("my_learning"))
    assert response.status_code == 302 and reverse("account_login") in response["Location"]


def test_data_export_includes_learning(learner_client, learner_user, three_lesson_course):
    lesson_complete(user=learner_user, lesson=lessons_of(three_lesson_course)[0])
    data = learner_client.get(reverse("accounts:data_export")).json()
    assert data["learning"][0]["course"] == three_lesson_course.title
    assert data["learning"][0]["percent"] == 33


def test_standard_page_id_is_not_a_lesson(learner_client, standard_page):
    assert StandardPage.objects.filter(pk=standard_page.pk).exists()
    assert learner_client.post(reverse("lesson_complete", args=[standard_page.pk])).status_code == 404


def test_marking_a_lesson_complete_again_at_once_writes_nothing(learner_client, learner_user, three_lesson_course):
    """A double tap, or the form sent twice from a slow phone: answered from one read, no write transaction."""
    from datetime import timedelta

    from django.db import connection
    from django.test.utils import CaptureQueriesContext
    from django.utils import timezone

    first, second, _third = lessons_of(three_lesson_course)
    url = reverse("lesson_complete", args=[first.pk])
    assert learner_client.post(url)["Location"] == second.url
    learner_client.get(first.url)  # the outline and the route are kept now
    with CaptureQueriesContext(connection) as ctx:
        response = learner_client.post(url)
    assert response.status_code == 302 and response["Location"] == second.url
    statements = [query["sql"].split()[0].upper() for query in ctx.captured_queries]
    assert set(statements) == {"SELECT"}, statements
    assert len(statements) <= 4, statements  # the lesson, the session, the user, the progress
    enrollment = Enrollment.objects.get(user=learner_user)
    assert enrollment.percent == 33 and enrollment.completed_lessons == 1
    # Later on, repeating it records the learner's activity again (and still nothing else).
    an_hour_ago = timezone.now() - timedelta(hours=1)
    Enrollment.objects.filter(pk=enrollment.pk).update(last_activity_at=an_hour_ago)
    assert learner_client.post(url)["Location"] == second.url
    enrollment.refresh_from_db()
    assert enrollment.last_activity_at > an_hour_ago and enrollment.percent == 33


def test_marking_another_lesson_complete_again_moves_the_last_lesson(learner_client, learner_user, three_lesson_course):
    first, second, third = lessons_of(three_lesson_course)
    for page in (first, second, first):
        learner_client.post(reverse("lesson_complete", args=[page.pk]))
    enrollment = Enrollment.objects.get(user=learner_user)
    assert enrollment.last_lesson_id == first.pk and enrollment.completed_lessons == 2
