"""Background tasks: emails go through the task queue, a real worker runs them, failures are
retried and, once given up, listed for staff."""

import json

import pytest
from django.core import mail
from django.core.mail import EmailMultiAlternatives
from django_tasks_db.models import DBTaskResult

from elearn.sms import send_sms

from .conftest import in_process_worker, run_manage
from .failing_tasks import always_fails, fails_once


def _email():
    message = EmailMultiAlternatives(
        "Xác minh địa chỉ email", "Mở liên kết để xác minh.", "no-reply@example.vn", ["lan@example.vn"]
    )
    message.attach_alternative("<p>Mở liên kết để xác minh.</p>", "text/html")
    message.attach("huong-dan.txt", "Hướng dẫn".encode(), "text/plain")
    return message


@pytest.fixture
def task_email(settings):
    settings.EMAIL_BACKEND = "elearn.ops.mail.TaskEmailBackend"
    settings.EMAIL_DELIVERY_BACKEND = "django.core.mail.backends.locmem.EmailBackend"


def test_an_email_is_sent_by_a_task_once_the_transaction_commits(db, task_email, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        assert _email().send() == 1
    assert mail.outbox == []  # a rolled-back sign-up sends nothing
    for callback in callbacks:
        callback()
    [sent] = mail.outbox
    assert sent.subject == "Xác minh địa chỉ email"
    assert sent.to == ["lan@example.vn"]
    assert sent.alternatives[0].mimetype == "text/html"
    assert sent.attachments[0][:2] == ("huong-dan.txt", "Hướng dẫn")


@pytest.mark.django_db(transaction=True)
def test_a_real_worker_process_sends_the_queued_email_and_sms(db_tasks, task_email, tmp_path, sms_outbox):
    _email().send()
    send_sms(to="+84912345678", text="Mã xác minh: 123456")
    assert DBTaskResult.objects.filter(status="READY").count() == 2
    assert mail.outbox == [] and sms_outbox == []  # nothing is sent inside the request

    worker = run_manage(
        "db_worker",
        "--batch",
        "--no-reload",
        "--no-startup-delay",
        env={
            "EMAIL_BACKEND": "django.core.mail.backends.filebased.EmailBackend",
            "EMAIL_FILE_PATH": str(tmp_path / "mail"),
            "SMS_BACKEND": "elearn.sms.backends.file.SMSBackend",
            "SMS_FILE_PATH": str(tmp_path / "sms.jsonl"),
        },
    )
    assert worker.returncode == 0, worker.stderr
    assert sorted(DBTaskResult.objects.values_list("status", flat=True)) == ["SUCCESSFUL", "SUCCESSFUL"]
    [mail_file] = (tmp_path / "mail").iterdir()
    assert "lan@example.vn" in mail_file.read_text()
    [sms] = [json.loads(line) for line in (tmp_path / "sms.jsonl").read_text().splitlines()]
    assert sms["to"] == "+84912345678" and sms["text"] == "Ma xac minh: 123456"


def test_a_failing_task_is_tried_again_then_given_up_and_shown_to_staff(db, db_tasks, admin_client, monkeypatch):
    db_tasks.TASK_MAX_ATTEMPTS = 3
    always_fails.enqueue(label="A")
    fails_once.enqueue(key="flaky-B")
    in_process_worker(monkeypatch).run()

    failed_a = DBTaskResult.objects.filter(task_path__endswith="always_fails")
    assert failed_a.count() == 3 and set(failed_a.values_list("status", flat=True)) == {"FAILED"}
    flaky = list(DBTaskResult.objects.filter(task_path__endswith="fails_once").values_list("status", flat=True))
    assert sorted(flaky) == ["FAILED", "SUCCESSFUL"]

    response = admin_client.get("/admin/tasks/failed/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Tác vụ nền bị lỗi" in html
    assert html.count("Đã bỏ cuộc") == 1  # A's last attempt
    assert html.count("Chạy lại vẫn lỗi") == 2  # A's first two
    assert "Thành công khi chạy lại" in html
    assert "gateway down (A)" in html  # the traceback, for whoever looks into it


def test_the_failed_task_listing_is_for_staff_only(db, client, learner_client):
    assert client.get("/admin/tasks/failed/").status_code == 302  # to the sign-in page
    assert learner_client.get("/admin/tasks/failed/").status_code in (302, 403)


@pytest.mark.parametrize(
    ("addrport", "expected"),
    [("127.0.0.1:8123", ("127.0.0.1", 8123)), ("8000", ("127.0.0.1", 8000)), ("0.0.0.0:80", ("localhost", 80))],
)
def test_make_run_reads_the_address_it_serves(addrport, expected):
    from elearn.ops.management.commands.run import split_addrport

    assert split_addrport(addrport) == expected
