"""Several app servers, for real: two gunicorn app servers behind haproxy, one PostgreSQL, Redis,
an S3-compatible server (moto's) and one task worker, all production settings. A learner signs up
through the balancer and completes a course with requests landing on both servers; one server is
killed mid-journey and the journey finishes on the other; the certificate downloads through either.

Run: ``make deployment-test`` (or ``pytest -m deployment tests/deployment``); .ci/run has a step.
``DEPLOYMENT_TEST_STORAGE=local`` runs it on local files, one disk per server (the test must then fail:
the servers refuse to start, elearn.ops.E002; with ``DEPLOYMENT_TEST_DECLARED_SERVERS=1`` as well, the
server that did not draw the certificate has no file and serves a different one).
"""

import json
import logging
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.deployment

BASE_DIR = Path(__file__).resolve().parents[2]
PG = os.environ.get("DEPLOYMENT_PG", "postgres://postgres@127.0.0.1:5432")
REDIS = os.environ.get("DEPLOYMENT_REDIS_URL", "redis://127.0.0.1:6379/4")
PASSWORD = "Hoc-ky-nang-so-2026"

if not os.environ.get("DEPLOYMENT_TEST"):
    pytest.skip("run by `make deployment-test` (DEPLOYMENT_TEST=1)", allow_module_level=True)
for tool in ("haproxy", "pg_isready", "redis-cli"):
    if shutil.which(tool) is None:
        pytest.skip(f"{tool} is not installed (.ci/run installs it)", allow_module_level=True)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(what, check, timeout=90.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if check():
                return
        except Exception:  # noqa: BLE001 - not up yet
            pass
        time.sleep(0.3)
    raise AssertionError(f"{what} did not come up in {timeout:.0f}s")


class Deployment:
    def __init__(self, tmp: Path, storage: str):
        import requests

        self.requests = requests
        self.tmp = tmp
        self.lb, self.ports = free_port(), {"a": free_port(), "b": free_port()}
        self.db_name = f"elearn_deploy_{os.getpid()}"
        self.procs: dict[str, subprocess.Popen] = {}
        self.env = {
            **{k: v for k, v in os.environ.items() if not k.startswith(("S3_", "EMAIL_", "PYTEST_"))},
            "DJANGO_SETTINGS_MODULE": "elearn.settings.production",
            "SECRET_KEY": "deployment-test-" + "k" * 40,
            "ALLOWED_HOSTS": "127.0.0.1,localhost",
            "CSRF_TRUSTED_ORIGINS": f"https://127.0.0.1:{self.lb}",
            "DATABASE_URL": f"{PG}/{self.db_name}",
            "REDIS_URL": REDIS,
            "SMS_GATEWAY_URL": "https://sms.invalid/send",
            "SMS_GATEWAY_TOKEN": "unused",
            "ACCOUNT_EMAIL_VERIFICATION": "optional",  # no SMTP server here; mandatory is checked in tests/ops
            "ALLAUTH_TRUSTED_PROXY_COUNT": "1",
            # Declared honestly; DEPLOYMENT_TEST_DECLARED_SERVERS=1 gets local files past the start-up check.
            "ELEARN_APP_SERVERS": os.environ.get("DEPLOYMENT_TEST_DECLARED_SERVERS", "2"),
            "STATIC_ROOT": str(tmp / "static"),
            "LOG_LEVEL": "WARNING",
            "WEB_CONCURRENCY": "2",
            "TASK_RETRY_DELAY": "1",
        }
        self.storage = storage

    # -- processes ---------------------------------------------------------------------------
    def start_s3(self):
        import boto3
        from moto.server import ThreadedMotoServer

        self.moto = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
        self.moto.start()
        host, port = self.moto.get_host_and_port()
        self.s3_endpoint = f"http://{host}:{port}"
        self.s3 = boto3.client(
            "s3",
            endpoint_url=self.s3_endpoint,
            aws_access_key_id="k",
            aws_secret_access_key="s",
            region_name="us-east-1",
        )
        logging.getLogger("werkzeug").setLevel(logging.WARNING)  # moto's access log
        for bucket in ("deploy-media", "deploy-private"):
            self.s3.create_bucket(Bucket=bucket)
        self.env.update(
            S3_BUCKET="deploy-media",
            S3_PRIVATE_BUCKET="deploy-private",
            S3_ENDPOINT_URL=self.s3_endpoint,
            S3_ACCESS_KEY_ID="k",
            S3_SECRET_ACCESS_KEY="s",
            S3_ADDRESSING_STYLE="path",
        )

    def manage(self, *args, env=None):
        result = subprocess.run(
            [sys.executable, "manage.py", *args],
            cwd=BASE_DIR,
            env={**self.env, **(env or {})},
            capture_output=True,
            text=True,
            # migrate on a fresh PostgreSQL database takes minutes on a busy 2-core machine
            timeout=1200,
        )
        assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-3000:]
        return result.stdout

    def spawn(self, name, args, env=None):
        log = (self.tmp / f"{name}.log").open("w")
        self.procs[name] = subprocess.Popen(
            args,
            cwd=BASE_DIR,
            env={**self.env, **(env or {})},
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # its own process group: a server is killed with all its workers
        )

    def server_env(self, name):
        if self.storage == "s3":
            return {}
        # Local files: each app server has its own disk, as two machines would.
        return {"MEDIA_ROOT": str(self.tmp / name / "media"), "PRIVATE_MEDIA_ROOT": str(self.tmp / name / "private")}

    def start_app_server(self, name):
        self.spawn(
            name,
            [sys.executable, "-m", "gunicorn", "-c", "gunicorn.conf.py", "-b", f"127.0.0.1:{self.ports[name]}"]
            + ["elearn.wsgi"],
            env=self.server_env(name),
        )

    def wait_app_server(self, name):
        port = self.ports[name]

        def up():
            if self.procs[name].poll() is not None:
                raise AssertionError(f"app server {name} exited:\n{self.log(name)}")
            return self.requests.get(f"http://127.0.0.1:{port}/livez/", timeout=2).status_code == 200

        deadline = time.monotonic() + 90
        while time.monotonic() < deadline:
            try:
                if up():
                    return
            except AssertionError:
                raise
            except Exception:  # noqa: BLE001
                time.sleep(0.3)
        raise AssertionError(f"app server {name} did not come up:\n{self.log(name)}")

    def start_balancer(self):
        config = self.tmp / "haproxy.cfg"
        config.write_text(f"""
global
    maxconn 256
defaults
    mode http
    timeout connect 2s
    timeout client 60s
    timeout server 60s
    retries 3
    option redispatch 1
    retry-on conn-failure empty-response
    option forwardfor
frontend web
    bind 127.0.0.1:{self.lb}
    http-request set-header X-Forwarded-Proto https
    default_backend app
backend app
    balance roundrobin
    option httpchk
    http-check send meth GET uri /health/ ver HTTP/1.1 hdr Host 127.0.0.1
    http-check expect status 200
    timeout check 10s
    default-server inter 2s fall 2 rise 1
    http-response set-header X-Served-By %[srv_name]
    server a 127.0.0.1:{self.ports["a"]} check
    server b 127.0.0.1:{self.ports["b"]} check
""")
        self.spawn("haproxy", ["haproxy", "-db", "-f", str(config)])

    def log(self, name):
        path = self.tmp / f"{name}.log"
        return path.read_text()[-4000:] if path.exists() else ""

    def up(self):
        subprocess.run(["createdb", "-h", "127.0.0.1", "-U", "postgres", self.db_name], check=True)
        subprocess.run(["redis-cli", "-u", REDIS, "flushdb"], check=True, capture_output=True)
        if self.storage == "s3":
            self.start_s3()
        self.manage("migrate", "--noinput", "-v0")
        self.manage("collectstatic", "--noinput", "-v0")
        self.content = json.loads(
            self.manage(
                "shell", "-c", "from tests.deployment.site_content import main; main()", env=self.server_env("a")
            )
            .strip()
            .splitlines()[-1]
        )
        for name in ("a", "b"):
            self.start_app_server(name)
        self.spawn("worker", [sys.executable, "manage.py", "db_worker", "--no-reload", "--interval", "0.3"])
        for name in ("a", "b"):
            self.wait_app_server(name)
        for name in ("a", "b"):
            health = self.requests.get(f"http://127.0.0.1:{self.ports[name]}/health/?format=json", timeout=30)
            assert health.status_code == 200, health.text
        self.start_balancer()
        wait_for("the balancer", lambda: self.requests.get(f"http://127.0.0.1:{self.lb}/livez/", timeout=2).ok)

    def kill(self, name):
        os.killpg(self.procs[name].pid, signal.SIGKILL)  # the master and its workers, no clean-up
        self.procs[name].wait(10)

    def down(self):
        for proc in self.procs.values():
            if proc.poll() is None:
                os.killpg(proc.pid, signal.SIGTERM)
        for proc in self.procs.values():
            try:
                proc.wait(15)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
        if getattr(self, "moto", None):
            self.moto.stop()
        subprocess.run(["dropdb", "-h", "127.0.0.1", "-U", "postgres", "--if-exists", "--force", self.db_name])

    def sql(self, query, *params):
        import psycopg

        with psycopg.connect(f"{PG}/{self.db_name}") as conn:
            return conn.execute(query, params).fetchall()


class Learner:
    """A browser without JavaScript: cookies by hand (they are Secure; the balancer is the TLS end)."""

    def __init__(self, deployment):
        self.d = deployment
        self.cookies: dict[str, str] = {}
        self.served_by: list[str] = []

    def request(self, method, path, data=None, port=None):
        port = port or self.d.lb
        origin = f"https://127.0.0.1:{port}"
        headers = {"Origin": origin, "Referer": origin + "/", "X-Forwarded-Proto": "https", "Accept-Language": "vi"}
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        if data is not None and "csrftoken" in self.cookies:
            data = {**data, "csrfmiddlewaretoken": self.cookies["csrftoken"]}
        response = self.d.requests.request(
            method, f"http://127.0.0.1:{port}{path}", data=data, headers=headers, allow_redirects=False, timeout=60
        )
        for cookie in response.cookies:
            self.cookies[cookie.name] = cookie.value
        if port == self.d.lb:
            self.served_by.append(response.headers.get("X-Served-By", "?"))
        assert response.status_code < 400, f"{method} {path}: {response.status_code}\n{response.text[:1500]}"
        return response


@pytest.fixture
def deployment(tmp_path):
    storage = os.environ.get("DEPLOYMENT_TEST_STORAGE", "s3")
    d = Deployment(tmp_path, storage)
    try:
        d.up()
        yield d
    finally:
        d.down()


def test_a_learner_finishes_a_course_across_two_app_servers_while_one_dies(deployment):
    d = deployment
    lessons = d.content["lessons"]
    learner = Learner(d)

    learner.request("GET", "/accounts/signup/")
    signup = {
        "email": "hoc-vien@example.vn",
        "password1": PASSWORD,
        "password2": PASSWORD,
        "full_name": "Nguyễn Thị Lan",
        "audience": "resident",
        "administrative_unit": d.content["commune"],
        "consent": "on",
    }
    assert learner.request("POST", "/accounts/signup/", signup).status_code == 302
    assert "sessionid" in learner.cookies
    learner.request("POST", f"/learning/courses/{d.content['course']}/enroll/", {})
    for lesson in lessons[:2]:
        learner.request("POST", f"/learning/lessons/{lesson}/complete/", {})
        learner.request("GET", "/my-learning/")
    assert {"a", "b"} <= set(learner.served_by), learner.served_by  # both servers took requests

    d.kill("a")  # mid-journey: the balancer has not noticed yet
    served_after_kill = len(learner.served_by)
    for lesson in lessons[2:]:
        learner.request("POST", f"/learning/lessons/{lesson}/complete/", {})
        learner.request("GET", "/my-learning/")
    assert set(learner.served_by[served_after_kill:]) == {"b"}

    # Nothing lost: every completion of both servers is in the database, one certificate.
    [(user_id,)] = d.sql("select id from accounts_user where email = %s", "hoc-vien@example.vn")
    completions = "select count(*) from courses_lessoncompletion c join courses_enrollment e on e.id = c.enrollment_id"
    assert d.sql(completions + " where e.user_id = %s and e.completed_at is not null", user_id) == [(4,)]
    assert d.sql("select count(*) from courses_certificate where user_id = %s", user_id) == [(1,)]
    [(code,)] = d.sql("select code from courses_certificate where user_id = %s", user_id)

    # The PDF is drawn by the worker (certificate task) or at issue; either way it lands in the
    # private bucket, once, and every app server serves that same file.
    def pdf_stored():
        return d.sql("select pdf from courses_certificate where user_id = %s and pdf <> ''", user_id)

    wait_for("the certificate PDF", pdf_stored, timeout=60)
    [(pdf_name,)] = pdf_stored()
    page = learner.request("GET", "/my-learning/").text
    [download] = set(re.findall(r'href="(/certificates/[^"/]+/pdf/)"', page))

    d.start_app_server("a")  # back up: it never saw the certificate being drawn
    d.wait_app_server("a")
    bodies = {}
    for name in ("a", "b"):
        response = learner.request("GET", download, port=d.ports[name])
        assert response.headers["Content-Type"] == "application/pdf"
        bodies[name] = response.content
    assert bodies["a"].startswith(b"%PDF") and bodies["a"] == bodies["b"]  # the one stored file
    assert d.sql("select pdf from courses_certificate where code = %s", code) == [(pdf_name,)]  # not redrawn

    if d.storage == "s3":
        private = [o["Key"] for o in d.s3.list_objects_v2(Bucket="deploy-private").get("Contents", [])]
        assert pdf_name in private
        assert d.requests.get(f"{d.s3_endpoint}/deploy-private/{pdf_name}", timeout=10).status_code == 403
        assert d.requests.get(f"{d.s3_endpoint}/deploy-media/{d.content['logo']}", timeout=10).status_code == 200

    tasks = d.sql("select task_path, status from django_tasks_database_dbtaskresult")
    assert all(status == "SUCCESSFUL" for _, status in tasks), tasks
    assert any("certificate" in path for path, _ in tasks), tasks  # the worker drew the PDF
    assert d.procs["b"].poll() is None and d.procs["worker"].poll() is None
