"""``elearn.sms``: one ``send_sms`` for the site, sent by a task through the configured backend."""

import json
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest
from django.core.management import call_command
from django.core.management.base import SystemCheckError

from elearn.sms import SMSBudgetExceeded, send_sms
from elearn.sms.backends import SMSError, get_backend
from elearn.sms.backends.file import read_messages
from elearn.sms.tasks import deliver_sms

HTTP_BACKEND = "elearn.sms.backends.http.SMSBackend"


def test_a_message_is_delivered_by_the_task_once_the_transaction_commits(
    db, sms_outbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        send_sms(to="+84912345678", text="Mã xác minh của bạn: 123456")
    assert sms_outbox == []  # nothing leaves before the commit (a rolled-back sign-up sends nothing)
    for callback in callbacks:
        callback()
    assert [(m.to, m.text) for m in sms_outbox] == [("+84912345678", "Ma xac minh cua ban: 123456")]


def test_diacritics_are_kept_when_the_gateway_takes_unicode(
    db, settings, sms_outbox, django_capture_on_commit_callbacks
):
    settings.SMS_UNICODE = True
    with django_capture_on_commit_callbacks(execute=True):
        send_sms(to="+84912345678", text="Đăng nhập Kỹ năng số")
    assert sms_outbox[0].text == "Đăng nhập Kỹ năng số"


@pytest.mark.parametrize("to", ["0912345678", "+84 912 345 678", "+12025550123", ""])
def test_only_normalised_vietnamese_numbers_are_accepted(db, to):
    with pytest.raises(ValueError):
        send_sms(to=to, text="x")


def test_the_daily_budget_stops_sending(db, settings, sms_outbox, django_capture_on_commit_callbacks):
    settings.SMS_DAILY_LIMIT = 2
    with django_capture_on_commit_callbacks(execute=True):
        send_sms(to="+84912345678", text="1")
        send_sms(to="+84912345679", text="2")
        with pytest.raises(SMSBudgetExceeded):
            send_sms(to="+84912345670", text="3")
    assert [m.text for m in sms_outbox] == ["1", "2"]


def test_file_backend_appends_json_lines_that_tests_and_developers_read(settings, tmp_path):
    settings.SMS_FILE_PATH = str(tmp_path / "sms" / "outbox.jsonl")
    backend = get_backend("elearn.sms.backends.file.SMSBackend")
    backend.send(to="+84912345678", text="Mã: 111111")
    backend.send(to="+84987654321", text="Mã: 222222")
    assert [(m["to"], m["text"]) for m in read_messages()] == [
        ("+84912345678", "Mã: 111111"),
        ("+84987654321", "Mã: 222222"),
    ]


def test_console_backend_prints(capsys):
    get_backend("elearn.sms.backends.console.SMSBackend").send(to="+84912345678", text="Mã: 123456")
    assert "SMS to +84912345678: Mã: 123456" in capsys.readouterr().out


# --- The HTTP gateway, against a small local server ------------------------------------------------


class Gateway:
    """A local HTTP server standing in for the SMS provider: records requests, answers ``status``."""

    def __init__(self):
        self.requests = []
        self.status = 200
        self.delay = 0.0
        gateway = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                length = int(self.headers["Content-Length"])
                gateway.requests.append({"headers": dict(self.headers), "body": json.loads(self.rfile.read(length))})
                if gateway.delay:
                    threading.Event().wait(gateway.delay)
                self.send_response(gateway.status)
                self.send_header("Content-Type", "application/json")
                self.end_headers()
                self.wfile.write(b'{"ok": true}')

            def log_message(self, *args):
                pass

        self.server = HTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_port}/send"
        self.thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        self.thread.start()

    def close(self):
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def gateway(settings):
    server = Gateway()
    settings.SMS_BACKEND = HTTP_BACKEND
    settings.SMS_GATEWAY_URL = server.url
    settings.SMS_GATEWAY_TOKEN = "token-123"
    settings.SMS_SENDER_NAME = "KYNANGSO"
    settings.SMS_GATEWAY_TIMEOUT = 0.2
    yield server
    server.close()


def test_http_backend_posts_json_with_the_token(db, gateway, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        send_sms(to="+84912345678", text="Mã xác minh: 123456")
    [request] = gateway.requests
    assert request["body"] == {"to": "+84912345678", "text": "Ma xac minh: 123456", "sender": "KYNANGSO"}
    assert request["headers"]["Authorization"] == "Bearer token-123"
    assert request["headers"]["Content-Type"].startswith("application/json")


@pytest.mark.parametrize("status", [400, 401, 500, 503])
def test_http_backend_raises_on_an_error_answer_so_the_task_fails_and_is_retried(gateway, status):
    gateway.status = status
    with pytest.raises(SMSError, match=str(status)):
        get_backend().send(to="+84912345678", text="x")
    result = deliver_sms.enqueue(to="+84912345678", text="x")
    assert result.status == "FAILED"
    assert result.errors[0].exception_class_path == "elearn.sms.backends.base.SMSError"


def test_http_backend_raises_on_a_timeout(gateway):
    gateway.delay = 0.6
    with pytest.raises(SMSError, match="unreachable"):
        get_backend().send(to="+84912345678", text="x")


def test_http_backend_raises_when_the_gateway_is_down(settings, gateway):
    gateway.close()
    with pytest.raises(SMSError, match="unreachable"):
        get_backend().send(to="+84912345678", text="x")


@pytest.mark.parametrize(
    "backend, url, token, error",
    [
        ("elearn.sms.backends.console.SMSBackend", "", "", "elearn.sms.E001"),
        ("elearn.sms.backends.locmem.SMSBackend", "", "", "elearn.sms.E001"),
        (HTTP_BACKEND, "http://sms.example.vn/send", "t", "elearn.sms.E002"),
        (HTTP_BACKEND, "https://sms.example.vn/send", "", "elearn.sms.E002"),
    ],
)
def test_deploy_check_refuses_a_backend_that_would_drop_codes(settings, backend, url, token, error):
    settings.SMS_BACKEND, settings.SMS_GATEWAY_URL, settings.SMS_GATEWAY_TOKEN = backend, url, token
    with pytest.raises(SystemCheckError, match=error):
        call_command("check", "--deploy", "--tag", "security", "--fail-level", "ERROR")


def test_deploy_check_accepts_the_configured_gateway(settings):
    settings.SMS_BACKEND, settings.SMS_GATEWAY_URL = HTTP_BACKEND, "https://sms.example.vn/send"
    settings.SMS_GATEWAY_TOKEN = "t"
    from elearn.sms.checks import check_sms_gateway

    assert check_sms_gateway() == []
