"""Passing the final quiz: the result page and the course page say the course is complete, with the certificate."""

import pytest
from django.urls import reverse

from courses.models import Certificate, CertificateTemplate, LessonPage, QuizPage
from tests.factories import course, publish, quiz, quiz_answers

pytestmark = pytest.mark.django_db


@pytest.fixture
def final_quiz_course(catalogue):
    CertificateTemplate.objects.create(name="Mặc định", is_default=True)
    page = course(catalogue, title="An toàn trên mạng", lessons=1)
    final = quiz(page, title="Kiểm tra cuối khóa")
    publish(page)
    return page, QuizPage.objects.get(pk=final.pk)


def test_passing_the_final_quiz_says_the_course_is_complete_and_links_the_certificate(
    learner_client, learner_user, final_quiz_course, django_capture_on_commit_callbacks
):
    page, final = final_quiz_course
    lesson = LessonPage.objects.child_of(page).exclude(pk=final.pk).get()
    learner_client.post(reverse("lesson_complete", args=[lesson.pk]))
    with django_capture_on_commit_callbacks(execute=True):
        response = learner_client.post(final.url, quiz_answers(final), follow=True)
    html = response.content.decode()
    certificate = Certificate.objects.get(user=learner_user)
    assert "Bạn đã hoàn thành khóa học “An toàn trên mạng”" in html
    assert "Chứng nhận của bạn đã được cấp." in html
    assert reverse("certificate_download", args=[certificate.display_code]) in html

    course_html = learner_client.get(page.url).content.decode()
    assert "Bạn sẽ được cấp chứng nhận khi hoàn thành khóa học này." not in course_html
    assert "Bạn đã hoàn thành khóa học này vào ngày" in course_html
    assert reverse("certificate_download", args=[certificate.display_code]) in course_html


def test_failing_says_nothing_about_completion(learner_client, final_quiz_course):
    _page, final = final_quiz_course
    html = learner_client.post(final.url, quiz_answers(final, right=False), follow=True).content.decode()
    assert "Bạn đã hoàn thành khóa học" not in html
    course_html = learner_client.get(_page.url).content.decode()
    assert "Bạn sẽ được cấp chứng nhận khi hoàn thành khóa học này." in course_html
