"""Completing a course issues its certificate (once); deleting the account deletes the files."""

import pytest
from django.urls import reverse

from courses.certificates.services import certificate_issue
from courses.models import Certificate, Enrollment, LessonPage
from courses.services import lesson_complete
from tests.courses.certificates.support import NAME
from tests.factories import course, learner

pytestmark = pytest.mark.django_db


def test_completing_a_course_issues_exactly_one_certificate(graduate, three_lesson_course):
    certificate = Certificate.objects.get()
    assert certificate.user == graduate and certificate.course.pk == three_lesson_course.pk
    assert certificate.learner_name == NAME and certificate.is_valid
    assert certificate.pdf and certificate.pdf_generated_at
    # Calling the service again (e.g. a second completion event) changes nothing.
    again = certificate_issue(enrollment=Enrollment.objects.get(user=graduate))
    assert again.pk == certificate.pk and Certificate.objects.count() == 1


def test_course_without_certificates_issues_none(catalogue, django_capture_on_commit_callbacks):
    page = course(catalogue, lessons=1, issues_certificate=False)
    with django_capture_on_commit_callbacks(execute=True):
        lesson_complete(user=learner(), lesson=LessonPage.objects.child_of(page).get())
    assert not Certificate.objects.exists()


def test_deleting_the_account_deletes_certificates_and_their_files(
    client, graduate, django_capture_on_commit_callbacks
):
    from tests.factories import DEFAULT_PASSWORD

    certificate = Certificate.objects.get()
    storage, name = certificate.pdf.storage, certificate.pdf.name
    assert storage.exists(name)
    client.force_login(graduate)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("accounts:delete"), {"password": DEFAULT_PASSWORD})
    assert not Certificate.objects.exists()
    assert not storage.exists(name)
