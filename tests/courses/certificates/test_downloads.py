"""A course's certificate ZIP is prepared by the worker; a failure is shown, listed for staff, tried again."""

import io
import zipfile

import pytest
from django.test import TestCase
from django.urls import reverse
from wagtail.models import Site

from courses.certificates import downloads
from courses.models import Certificate
from elearn.downloads.models import PreparedDownload
from tests.downloads.support import ask, fetch
from tests.ops.conftest import DB_TASKS, in_process_worker

from .support import pdf_text

pytestmark = pytest.mark.django_db


@pytest.fixture
def staff_client(client, django_user_model, graduate):
    client.force_login(django_user_model.objects.create_superuser("quantri", "quantri@example.vn", "x"))
    return client


def _zip_url(course) -> tuple[str, dict]:
    return reverse("certificates:zip"), {"course": course.pk}


def test_the_zip_is_prepared_and_holds_every_pdf(staff_client, three_lesson_course):
    certificate = Certificate.objects.get()
    download = ask(staff_client, *_zip_url(three_lesson_course), method="post")
    assert download.status == PreparedDownload.Status.READY
    assert download.filename.startswith(f"Chứng nhận - {three_lesson_course.title} - ")
    archive = zipfile.ZipFile(io.BytesIO(fetch(staff_client, download)))
    assert archive.namelist() == [f"{certificate.display_code}.pdf"]
    assert archive.read(archive.namelist()[0]).startswith(b"%PDF")
    response = staff_client.get(reverse("prepared_download_file", args=[download.pk]))
    assert response["Content-Type"] == "application/zip"
    assert "filename*=UTF-8''Ch%E1%BB%A9ng%20nh%E1%BA%ADn%20-%20" in response["Content-Disposition"]


def test_the_zip_draws_again_the_pdfs_drawn_for_another_address(staff_client, three_lesson_course):
    certificate = Certificate.objects.get()
    Site.objects.filter(is_default_site=True).update(hostname="kynangso.nghean.gov.vn", port=443)
    archive = zipfile.ZipFile(
        io.BytesIO(fetch(staff_client, ask(staff_client, *_zip_url(three_lesson_course), method="post")))
    )
    certificate.refresh_from_db()
    assert certificate.pdf_base_url == "https://kynangso.nghean.gov.vn"
    assert "https://kynangso.nghean.gov.vn/" in pdf_text(certificate)
    assert archive.read(f"{certificate.display_code}.pdf") == certificate.pdf.open("rb").read()


def test_a_failed_zip_is_shown_listed_for_staff_and_tried_again(
    staff_client, three_lesson_course, settings, monkeypatch
):
    settings.TASKS = DB_TASKS
    settings.TASK_MAX_ATTEMPTS = 1  # given up at once: the "Try again" button is the retry
    broken = {"on": True}
    real = downloads.certificate_pdf_current

    def flaky(**kwargs):
        if broken["on"]:
            raise OSError("storage unreachable")
        return real(**kwargs)

    monkeypatch.setattr("courses.certificates.downloads.certificate_pdf_current", flaky)
    download = ask(staff_client, *_zip_url(three_lesson_course), method="post")
    assert download.status == PreparedDownload.Status.QUEUED
    in_process_worker(monkeypatch).run()
    download.refresh_from_db()
    assert download.status == PreparedDownload.Status.FAILED

    page = staff_client.get(reverse("prepared_download", args=[download.pk])).content.decode()
    assert "Không chuẩn bị được tệp." in page and "Thử lại" in page
    failures = staff_client.get("/admin/tasks/failed/").content.decode()
    assert "elearn.downloads.tasks.prepared_download_build" in failures and "storage unreachable" in failures

    broken["on"] = False
    with TestCase.captureOnCommitCallbacks(execute=True):
        staff_client.post(reverse("prepared_download_try_again", args=[download.pk]))
    in_process_worker(monkeypatch).run()
    download.refresh_from_db()
    assert download.status == PreparedDownload.Status.READY
    assert zipfile.ZipFile(io.BytesIO(fetch(staff_client, download))).namelist()
