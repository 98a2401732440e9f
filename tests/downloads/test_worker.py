"""End to end with a real worker process: a trainer asks for a large export, the worker builds it
with the trainer's scope, the file downloads through the owner-only link."""

import csv
import io

import pytest
from django.urls import reverse
from django_tasks_db.models import DBTaskResult

from courses.models import Enrollment
from elearn.downloads.models import PreparedDownload
from tests.courses.reports.support import split_preamble, trainer
from tests.factories import AdministrativeUnitFactory, course, learner
from tests.ops.conftest import DB_TASKS, run_manage

from .support import fetch


@pytest.mark.django_db(transaction=True)
def test_a_real_worker_process_prepares_a_scoped_export(client, catalogue, settings):
    settings.TASKS = DB_TASKS
    settings.EXPORT_INLINE_MAX_ROWS = 1
    mine, theirs = AdministrativeUnitFactory(name="Xã Diễn Kim"), AdministrativeUnitFactory(name="Xã Nghi Thiết")
    page = course(catalogue, title="Dịch vụ công trực tuyến", lessons=1)
    for name, unit in (("Lê Văn Một", mine), ("Trần Thị Hai", mine), ("Võ Văn Năm", theirs)):
        Enrollment.objects.create(user=learner(full_name=name, administrative_unit=unit), course=page)
    client.force_login(trainer(units=[mine]))

    response = client.get(reverse("course_learners_report"), {"course": page.pk, "export": "csv"})
    assert response.status_code == 302
    download = PreparedDownload.objects.get()
    assert download.status == PreparedDownload.Status.QUEUED  # nothing is built inside the request

    private_root = settings.STORAGES["private"]["OPTIONS"]["location"]
    worker = run_manage(
        "db_worker", "--batch", "--no-reload", "--no-startup-delay", env={"PRIVATE_MEDIA_ROOT": str(private_root)}
    )
    assert worker.returncode == 0, worker.stderr
    builds = DBTaskResult.objects.filter(task_path="elearn.downloads.tasks.prepared_download_build")
    assert list(builds.values_list("status", flat=True)) == ["SUCCESSFUL"]
    download.refresh_from_db()
    assert download.status == PreparedDownload.Status.READY, download.error
    content = fetch(client, download).decode("utf-8-sig")
    rows = split_preamble(list(csv.reader(io.StringIO(content))))[1]
    assert rows[0][0] == "Tên"  # built in Vietnamese by the worker
    assert sorted(row[0] for row in rows[1:]) == ["Lê Văn Một", "Trần Thị Hai"]
