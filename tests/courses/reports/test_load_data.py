"""generate_load_data: refuses production, fills every table the reports read."""

import io

import pytest

from courses.models import Certificate, Enrollment, QuizAttempt
from elearn.accounts.models import LearnerProfile, User
from tests.courses.reports.support import (
    screen_rows,
)

pytestmark = pytest.mark.django_db


def test_generate_load_data_refuses_without_debug(world):
    from django.core.management import CommandError, call_command

    with pytest.raises(CommandError):
        call_command("generate_load_data", learners=5)
    assert not LearnerProfile.objects.filter(user__username__startswith="load-").exists()


def test_generate_load_data_fills_every_table_the_reports_read(client, superuser, world, settings):
    from django.core.management import call_command

    from courses.models import CoursePage, LessonCompletion

    settings.DEBUG = True
    call_command("generate_load_data", learners=60, courses=5, seed=7, batch_size=25, stdout=io.StringIO())
    synthetic = Enrollment.objects.filter(user__username__startswith="load-")
    assert LearnerProfile.objects.filter(user__username__startswith="load-").count() == 60
    assert 3 * 60 <= synthetic.count() <= 5 * 60  # 3 to 7 each, over at most five courses
    assert synthetic.values("course").distinct().count() == 5 and CoursePage.objects.count() == 5
    completed = synthetic.filter(completed_at__isnull=False)
    assert completed.exists() and synthetic.filter(completed_at__isnull=True, percent__gt=0).exists()
    assert Certificate.objects.filter(enrollment__in=completed).count() == completed.count()  # all give certificates
    assert LessonCompletion.objects.filter(enrollment__in=synthetic).exists()
    passed = QuizAttempt.objects.filter(user__username__startswith="load-", passed=True)
    assert passed.count() == completed.exclude(course=world.C).count()  # one pass per completion; C has no quiz
    synthetic_users = User.objects.filter(username__startswith="load-")
    assert not any(user.has_usable_password() for user in synthetic_users)
    # The reports add them up.
    client.force_login(superuser)
    enrolled = sum(row["enrolled"] for row in screen_rows(client, "course_completion"))
    assert enrolled == Enrollment.objects.count()
