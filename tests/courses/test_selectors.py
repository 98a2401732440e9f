"""Reads that span relations: where a learner continues is decided once (``selectors.next_lesson``)."""

import re

import pytest
from django.urls import reverse

from courses.models import CourseSectionPage, LessonPage
from courses.services import enrollment_create
from tests.factories import course, lesson, publish

pytestmark = pytest.mark.django_db


def _loose_lesson_after_a_section(catalogue):
    """A section, then a lesson placed directly in the course after it: the syllabus lists loose lessons first."""
    page = course(catalogue, title="Khóa có bài lẻ sau phần", sections=[2])
    loose = lesson(page, title="Bài lẻ đặt sau phần 1")
    return publish(page), loose


def _lesson_in_an_unpublished_section(catalogue):
    """Section 1 is unpublished (its lesson is still live): learners see only section 2."""
    page = course(catalogue, title="Khóa có phần chưa xuất bản", sections=[1, 1])
    hidden, shown = CourseSectionPage.objects.child_of(page).order_by("path")
    hidden.unpublish()
    return page, LessonPage.objects.child_of(shown).get()


def _button_href(content: str, label: str) -> str:
    found = re.search(rf'<a class="button" href="([^"]+)">{re.escape(label)}', content)
    assert found, f"no “{label}” button"
    return found.group(1)


@pytest.mark.parametrize("layout", [_loose_lesson_after_a_section, _lesson_in_an_unpublished_section])
def test_dashboard_continue_goes_where_the_course_page_continues(catalogue, learner_client, learner_user, layout):
    page, first_seen = layout(catalogue)
    enrollment_create(user=learner_user, course=page)

    course_page = learner_client.get(page.url).content.decode()
    dashboard = learner_client.get(reverse("my_learning")).content.decode()

    assert _button_href(course_page, "Học tiếp") == first_seen.url  # "Continue learning"
    assert _button_href(dashboard, "Tiếp tục") == first_seen.url  # "Continue"
