"""Pages render with a number of queries that does not grow with courses or lessons."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from courses.models import LessonPage
from courses.services import lesson_complete
from tests.factories import course

pytestmark = pytest.mark.django_db


def count_queries(client, url) -> int:
    client.get(url)  # warm caches and create image renditions once
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url)
    assert response.status_code == 200
    return len(ctx.captured_queries)


def build(catalogue, user, n):
    courses = [course(catalogue, lessons=n) for _ in range(n)]
    for page in courses:
        lesson_complete(user=user, lesson=LessonPage.objects.child_of(page).first())
    return courses


# Signed in, warm (the site, the outline, routes, the shell and the catalogue's address come from the
# page cache, the session from the session cache): the user with the profile, the learner's progress
# in one query, and what the page itself needs (the quiz's attempts; the dashboard's completions; the
# catalogue's cards and enrollments). Anonymous visitors are served from the page cache.
BUDGETS = {"catalogue": 8, "course": 2, "lesson": 2, "quiz": 3, "dashboard": 3}


@pytest.mark.parametrize("page_kind", BUDGETS)
def test_query_count_is_the_same_for_5_and_50(client, home_page, page_kind, learner_user, settings):
    settings.PAGECACHE_MEMBERS = False  # measure the page being built, not the learner's kept copy
    from tests.factories import course_index, quiz

    counts = []
    for n in (5, 50):
        from courses.models import CoursePage

        CoursePage.objects.all().delete()
        catalogue = course_index(home_page)
        courses = build(catalogue, learner_user, n)
        final_quiz = quiz(courses[-1]) if page_kind == "quiz" else None
        client.force_login(learner_user)
        url = {
            "catalogue": catalogue.url,
            "course": courses[-1].url,
            "lesson": LessonPage.objects.child_of(courses[-1]).last().url if page_kind == "lesson" else "",
            "quiz": final_quiz.url if final_quiz else "",
            "dashboard": reverse("my_learning"),
        }[page_kind]
        counts.append(count_queries(client, url))
    assert counts[0] == counts[1], counts
    assert counts[1] <= BUDGETS[page_kind], counts
