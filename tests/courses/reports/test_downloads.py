"""Exports above EXPORT_INLINE_MAX_ROWS are prepared by the worker, with the owner's scope when built."""

import csv
import io

import pytest
from django.test import TestCase
from django.urls import reverse
from openpyxl import load_workbook

from courses.models import TrainerScope
from elearn.downloads.models import PreparedDownload
from elearn.downloads.tasks import prepared_download_build
from tests.courses.reports.support import split_preamble, trainer, url
from tests.downloads.support import ask, fetch

pytestmark = pytest.mark.django_db


def _csv(content: bytes) -> tuple[list, list]:
    assert content.startswith(b"\xef\xbb\xbf")
    return split_preamble(list(csv.reader(io.StringIO(content.decode("utf-8-sig")))))


def test_an_export_at_the_threshold_streams_at_once(client, world, settings):
    settings.EXPORT_INLINE_MAX_ROWS = 3  # course B has 3 learners
    client.force_login(trainer())
    response = client.get(url("course_learners", export="csv", course=world.B.pk))
    assert response.status_code == 200 and response["Content-Type"].startswith("text/csv")
    assert not PreparedDownload.objects.exists()


def test_an_export_above_the_threshold_is_prepared_with_the_same_content(client, world, settings):
    settings.EXPORT_INLINE_MAX_ROWS = 3
    client.force_login(trainer())
    inline_preamble, inline_rows = _csv(
        b"".join(client.get(url("course_learners", export="csv", course=world.B.pk)).streaming_content)
    )  # course B: 3 learners, inline; course A: 4, prepared
    download = ask(client, url("course_learners", export="csv", course=world.A.pk))
    assert download.status == PreparedDownload.Status.READY
    assert download.filename.startswith("Người học theo khóa học - A – Dịch vụ công - ")
    assert download.filename.endswith(".csv")
    preamble, rows = _csv(fetch(client, download))
    assert rows[0] == inline_rows[0]  # the same headings as an inline export
    assert sorted(row[0] for row in rows[1:]) == ["Hồ Sỹ Ba", "Lê Văn Một", "Phạm Thị Bốn", "Trần Thị Hai"]
    assert ["Khóa học", "A – Dịch vụ công"] in preamble
    response = client.get(reverse("prepared_download_file", args=[download.pk]))
    assert "filename*=UTF-8''Ng%C6%B0%E1%BB%9Di%20h%E1%BB%8Dc" in response["Content-Disposition"]


def test_the_trainers_scope_is_applied_when_the_file_is_built(client, world, settings):
    """Asked with a scope of the whole province; built after the scope was narrowed to commune C1."""
    settings.EXPORT_INLINE_MAX_ROWS = 0
    user = trainer()
    client.force_login(user)
    with TestCase.captureOnCommitCallbacks(execute=False) as callbacks:
        response = client.get(url("course_learners", export="csv", course=world.A.pk))
    assert response.status_code == 302 and len(callbacks) == 1
    download = PreparedDownload.objects.get()
    assert download.status == PreparedDownload.Status.QUEUED
    scope = TrainerScope.objects.create(user=user)
    scope.administrative_units.set([world.C1])
    callbacks[0]()  # the worker runs now
    download.refresh_from_db()
    _preamble, rows = _csv(fetch(client, download))
    assert sorted(row[0] for row in rows[1:]) == ["Lê Văn Một", "Trần Thị Hai"]  # C1's learners only


def test_a_trainer_limited_to_one_commune_gets_only_its_rows_in_xlsx(client, world, settings):
    settings.EXPORT_INLINE_MAX_ROWS = 0
    client.force_login(trainer(units=[world.C3]))
    download = ask(client, url("course_learners", export="xlsx", course=world.A.pk))
    assert download.filename.endswith(".xlsx")
    workbook = load_workbook(io.BytesIO(fetch(client, download)), read_only=True)
    _preamble, rows = split_preamble(list(workbook.active.iter_rows(values_only=True)))
    assert [row[0] for row in rows[1:]] == ["Phạm Thị Bốn"]


def test_an_owner_who_lost_the_report_permission_gets_a_failed_download(client, world, settings):
    settings.EXPORT_INLINE_MAX_ROWS = 0
    user = trainer()
    client.force_login(user)
    with TestCase.captureOnCommitCallbacks(execute=False):
        client.get(url("unit", export="csv"))
    user.user_permissions.clear()
    download = PreparedDownload.objects.get()
    prepared_download_build.call(download_id=str(download.pk))
    download.refresh_from_db()
    assert download.status == PreparedDownload.Status.FAILED
    assert download.error == "Bạn không còn được xem các báo cáo đào tạo." and not download.file


def test_building_a_ready_download_again_does_nothing(client, world, settings):
    settings.EXPORT_INLINE_MAX_ROWS = 0
    client.force_login(trainer())
    download = ask(client, url("organisation", export="csv"))
    name, finished = download.file.name, download.finished_at
    assert prepared_download_build.call(download_id=str(download.pk)) is False
    download.refresh_from_db()
    assert (download.file.name, download.finished_at) == (name, finished)


def test_asking_twice_while_it_is_prepared_gives_the_same_download(client, world, settings):
    settings.EXPORT_INLINE_MAX_ROWS = 0
    client.force_login(trainer())
    with TestCase.captureOnCommitCallbacks(execute=False):
        first = client.get(url("unit", export="csv"))
        second = client.get(url("unit", export="csv"))
    assert first.url == second.url and PreparedDownload.objects.count() == 1
