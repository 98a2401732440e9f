"""Passing the final quiz (or completing the last lesson) several times at once: one completion, one certificate.

PostgreSQL only (``DATABASE_URL=postgres://…``): SQLite serialises every writer, so it cannot show
the lock ordering this is about. Real threads, real commits, each request on its own connection.
"""

import threading

import pytest
from django.db import connection, connections
from django.test import Client

from courses.models import (
    Certificate,
    CertificateTemplate,
    Enrollment,
    LessonCompletion,
    LessonPage,
    QuizAttempt,
    QuizPage,
)
from courses.services import lesson_complete
from courses.signals import course_completed
from tests.factories import course, learner, publish, quiz, quiz_answers

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(connection.vendor != "postgresql", reason="needs PostgreSQL (DATABASE_URL)"),
]

THREADS = 8


@pytest.fixture
def completions():
    """The enrollments ``course_completed`` was sent for, from every thread."""
    sent: list[int] = []

    def count(sender, enrollment, **kwargs):
        sent.append(enrollment.pk)

    course_completed.connect(count, dispatch_uid="test-count-completions")
    yield sent
    course_completed.disconnect(dispatch_uid="test-count-completions")


def fire(user, posts: list[tuple[str, dict]]) -> list[int]:
    """POST each (url, data) from its own thread, all released at once; the status codes."""
    barrier = threading.Barrier(len(posts))
    statuses: list[int] = [0] * len(posts)

    def run(i, url, data):
        client = Client()
        client.force_login(user)
        try:
            barrier.wait()
            statuses[i] = client.post(url, data).status_code
        except Exception as exc:  # a crash is a failure of the test, reported with its status
            statuses[i] = repr(exc)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run, args=(i, url, data)) for i, (url, data) in enumerate(posts)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return statuses


@pytest.fixture
def final_quiz_course(catalogue):
    CertificateTemplate.objects.create(name="Mặc định", is_default=True)
    page = course(catalogue, title="An toàn thông tin", lessons=1)
    final = quiz(page, title="Kiểm tra cuối khóa", max_attempts=0)
    publish(page)
    return page, LessonPage.objects.child_of(page).exclude(pk=final.pk).get(), QuizPage.objects.get(pk=final.pk)


@pytest.mark.parametrize("run", range(3))
def test_passing_the_final_quiz_at_once_completes_once_with_one_certificate(final_quiz_course, completions, run):
    page, first_lesson, final = final_quiz_course
    user = learner()
    lesson_complete(user=user, lesson=first_lesson)
    statuses = fire(user, [(final.url, quiz_answers(final))] * THREADS)
    assert all(status in (302, 403) for status in statuses), statuses  # a result, or "attempt taken"; never 500
    enrollment = Enrollment.objects.get(user=user, course=page)
    assert enrollment.completed_at is not None and completions == [enrollment.pk]
    assert Certificate.objects.filter(user=user, course=page).count() == 1
    certificate = Certificate.objects.get(user=user)
    assert certificate.pdf and certificate.pdf.storage.exists(certificate.pdf.name)
    assert QuizAttempt.objects.filter(user=user, passed=True).count() >= 1


@pytest.mark.parametrize("run", range(3))
def test_completing_the_last_lesson_at_once_completes_once_with_one_certificate(catalogue, completions, run):
    CertificateTemplate.objects.create(name="Mặc định", is_default=True)
    page = course(catalogue, title="Thanh toán số", lessons=2)
    first, last = LessonPage.objects.child_of(page).order_by("path")
    user = learner()
    lesson_complete(user=user, lesson=first)
    from django.urls import reverse

    statuses = fire(user, [(reverse("lesson_complete", args=[last.pk]), {})] * THREADS)
    assert all(status == 302 for status in statuses), statuses
    assert LessonCompletion.objects.filter(enrollment__user=user).count() == 2
    enrollment = Enrollment.objects.get(user=user)
    assert enrollment.completed_at is not None and completions == [enrollment.pk]
    certificate = Certificate.objects.get(user=user, course=page)
    assert certificate.pdf and certificate.pdf.storage.exists(certificate.pdf.name)
