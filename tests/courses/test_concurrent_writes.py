"""The embedded SQLite default takes learners marking lessons at the same time, without a 500."""

import threading
import urllib.error
import urllib.request
from http.cookiejar import CookieJar

import pytest
from django.db import connection
from django.test import Client
from django.urls import reverse

from courses.models import Enrollment, LessonCompletion, LessonPage
from tests.factories import course, learner

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(connection.vendor != "sqlite", reason="the embedded default's own locking"),
]

CSRF = "a" * 32  # any 32-character secret: the cookie and the header carry the same one


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def post(url: str, session: str) -> int:
    request = urllib.request.Request(url, data=b"", method="POST")
    request.add_header("Cookie", f"sessionid={session}; csrftoken={CSRF}")
    request.add_header("X-CSRFToken", CSRF)
    opener = urllib.request.build_opener(NoRedirect, urllib.request.HTTPCookieProcessor(CookieJar()))
    try:
        with opener.open(request, timeout=60) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


def test_concurrent_mark_complete_posts_on_sqlite(live_server, catalogue):
    page = course(catalogue, title="Học cùng lúc", lessons=5)
    lessons = list(LessonPage.objects.child_of(page).order_by("path"))
    learners = [learner() for _ in range(6)]
    sessions = []
    for user in learners:
        client = Client()
        client.force_login(user)
        sessions.append(client.cookies["sessionid"].value)
    urls = [live_server.url + reverse("lesson_complete", args=[lesson.pk]) for lesson in lessons]
    statuses: list[int] = []
    start = threading.Barrier(len(sessions) * 2)

    def learn(session: str, order: list[str]) -> None:
        start.wait()
        for url in order:
            statuses.append(post(url, session))

    # Each learner twice at once (two tabs), the lessons in opposite orders: every POST contends.
    threads = [threading.Thread(target=learn, args=(s, urls)) for s in sessions]
    threads += [threading.Thread(target=learn, args=(s, urls[::-1])) for s in sessions]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)

    assert len(statuses) == len(threads) * len(urls)
    assert set(statuses) == {302}, sorted(statuses)
    assert LessonCompletion.objects.count() == len(learners) * len(lessons)
    enrollments = Enrollment.objects.filter(course=page)
    assert enrollments.count() == len(learners)
    assert all(e.percent == 100 and e.completed_lessons == 5 and e.completed_at for e in enrollments)
