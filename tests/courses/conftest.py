"""Fixtures shared by the course tests: a learner who completed a course, with a certificate."""

import pytest

from courses.models import CertificateTemplate, LessonPage
from courses.services import lesson_complete
from tests.courses.certificates.support import NAME
from tests.factories import learner


@pytest.fixture
def template(db):
    return CertificateTemplate.objects.create(
        name="Mặc định", is_default=True, signatory_1_name="Hồ Đức Việt", signatory_1_title="Giám đốc Sở"
    )


@pytest.fixture
def graduate(three_lesson_course, template, django_capture_on_commit_callbacks):
    user = learner(full_name=NAME)
    with django_capture_on_commit_callbacks(execute=True):
        for page in LessonPage.objects.child_of(three_lesson_course):
            lesson_complete(user=user, lesson=page)
    return user
