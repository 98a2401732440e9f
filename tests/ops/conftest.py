import os
import subprocess
import sys
from pathlib import Path
from urllib.parse import quote

import pytest
from django.db import connection

BASE_DIR = Path(__file__).resolve().parents[2]
DB_TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}


def database_url() -> str:
    """The test database as a DATABASE_URL, for processes the test starts (a worker, a server)."""
    db = connection.settings_dict
    if db["ENGINE"].endswith("sqlite3"):
        return f"sqlite:///{db['NAME']}"
    user = quote(db["USER"] or "")
    password = f":{quote(db['PASSWORD'])}" if db["PASSWORD"] else ""
    return f"postgres://{user}{password}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}"


def run_manage(*args, env: dict, timeout: float = 60) -> subprocess.CompletedProcess:
    full_env = {**os.environ, "DJANGO_SETTINGS_MODULE": "elearn.settings.dev", "DATABASE_URL": database_url(), **env}
    full_env.pop("PYTEST_XDIST_WORKER", None)
    return subprocess.run(
        [sys.executable, str(BASE_DIR / "manage.py"), *args],
        env=full_env,
        cwd=BASE_DIR,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def in_process_worker(monkeypatch):
    """The worker's loop in this process (inside the test's transaction, which it must not close)."""
    from django_tasks_db.management.commands.db_worker import Worker

    monkeypatch.setattr("django_tasks_db.management.commands.db_worker.close_old_connections", lambda: None)
    return Worker(
        queue_names=["default"],
        interval=0,
        batch=True,
        backend_name="default",
        startup_delay=False,
        max_tasks=None,
        worker_id="test-worker",
        excluded_queue_names=[],
    )


@pytest.fixture
def db_tasks(settings):
    """The database task backend (as in production) instead of the tests' immediate one."""
    settings.TASKS = DB_TASKS
    settings.TASK_RETRY_DELAY = 0
    return settings


@pytest.fixture(scope="session")
def s3_server():
    """moto's standalone S3-compatible HTTP server on a free port, with the two buckets."""
    import boto3
    from moto.server import ThreadedMotoServer

    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    endpoint = f"http://{host}:{port}"
    client = boto3.client(
        "s3", endpoint_url=endpoint, aws_access_key_id="test", aws_secret_access_key="test", region_name="us-east-1"
    )
    for bucket in ("elearn-media", "elearn-private"):
        client.create_bucket(Bucket=bucket)
    yield {"endpoint": endpoint, "client": client}
    server.stop()


S3_ENV = {
    "S3_BUCKET": "elearn-media",
    "S3_PRIVATE_BUCKET": "elearn-private",
    "S3_ACCESS_KEY_ID": "test",
    "S3_SECRET_ACCESS_KEY": "test",
    "S3_ADDRESSING_STYLE": "path",
}


@pytest.fixture
def s3_storage(settings, s3_server, monkeypatch):
    """STORAGES as production builds them from S3_* variables, against the moto server."""
    from django.core.files.storage import storages

    from courses.models import Certificate
    from elearn.downloads.models import PreparedDownload
    from elearn.settings.s3 import s3_storages

    settings.STORAGES = {**settings.STORAGES, **s3_storages({**S3_ENV, "S3_ENDPOINT_URL": s3_server["endpoint"]})}
    # The certificate's FileField took its storage when the model loaded; point it at the new one.
    monkeypatch.setattr(Certificate._meta.get_field("pdf"), "storage", storages["private"])
    monkeypatch.setattr(PreparedDownload._meta.get_field("file"), "storage", storages["private"])
    return s3_server
