"""The load balancer's probes, sessions that survive a Redis restart, the gunicorn config."""

import json
import os
import subprocess
import sys
from datetime import timedelta

import pytest
from django.contrib.auth import SESSION_KEY
from django.core.cache import cache
from django.urls import reverse
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from .conftest import BASE_DIR
from .failing_tasks import fails_once

pytestmark = pytest.mark.django_db


def test_livez_answers_without_touching_the_database(client, django_assert_num_queries):
    with django_assert_num_queries(0):
        response = client.get("/livez/")
    assert response.status_code == 200 and response.content == b"ok\n"


def test_health_checks_database_cache_both_storages_and_the_task_backlog(client):
    response = client.get("/health/", HTTP_ACCEPT="application/json")
    assert response.status_code == 200
    checks = json.loads(response.content)
    assert set(checks.values()) == {"OK"}
    names = " ".join(checks)
    for name in ("Database", "Cache", "Storage(alias='default')", "Storage(alias='private')", "TaskBacklog"):
        assert name in names
    assert "no-cache" in response["Cache-Control"]


@pytest.mark.django_db(transaction=True)  # the checks run in another thread, on their own connection
def test_health_fails_when_tasks_wait_with_no_worker(client, db_tasks):
    fails_once.enqueue(key="never-run")
    assert client.get("/health/", HTTP_ACCEPT="application/json").status_code == 200  # just enqueued
    DBTaskResult.objects.update(enqueued_at=timezone.now() - timedelta(hours=1))
    response = client.get("/health/", HTTP_ACCEPT="application/json")
    assert response.status_code == 500
    assert "1 tasks waiting longer than 600s" in response.content.decode()


def test_sessions_survive_a_cache_flush(client, settings, learner_user):
    settings.SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"  # production, with Redis
    client.force_login(learner_user)
    cache.clear()  # Redis restarted or evicted the key
    assert client.session[SESSION_KEY] == str(learner_user.pk)
    assert client.get(reverse("my_learning")).status_code == 200  # still signed in


def _settings_value(name: str, **env) -> str:
    code = f"import elearn.settings.production as s; print(s.{name})"
    full_env = {**os.environ, "SECRET_KEY": "x" * 50, **env}
    return subprocess.run(
        [sys.executable, "-c", code], env=full_env, cwd=BASE_DIR, capture_output=True, text=True, check=True
    ).stdout.strip()


def test_sessions_are_cached_db_with_redis():
    assert _settings_value("SESSION_ENGINE", REDIS_URL="redis://127.0.0.1:6379/4").endswith("cached_db")


def test_sessions_without_redis_are_read_from_files_every_worker_shares():
    assert _settings_value("SESSION_ENGINE", REDIS_URL="").endswith("cached_db")
    assert _settings_value("SESSION_CACHE_ALIAS", REDIS_URL="") == "sessions"
    code = "import elearn.settings.production as s; print(s.CACHES['sessions']['BACKEND'])"
    backend = subprocess.run(
        [sys.executable, "-c", code],
        env={**os.environ, "SECRET_KEY": "x" * 50, "REDIS_URL": ""},
        cwd=BASE_DIR,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    assert backend.endswith("FileBasedCache")


def test_signing_out_ends_the_session_for_every_worker(client, settings, learner_user, tmp_path):
    """The embedded default's session files: a session signed out is gone from them, not only from
    the database (another worker reading the files would still find it)."""
    from django.core.cache import caches

    settings.SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
    settings.SESSION_CACHE_ALIAS = "sessions"
    settings.CACHES = {
        **settings.CACHES,
        "sessions": {"BACKEND": "django.core.cache.backends.filebased.FileBasedCache", "LOCATION": str(tmp_path)},
    }
    client.force_login(learner_user)
    cookie = client.cookies[settings.SESSION_COOKIE_NAME].value
    assert client.get(reverse("my_learning")).status_code == 200
    assert any(tmp_path.iterdir())  # read from the files
    other_worker = type(client)()
    other_worker.cookies[settings.SESSION_COOKIE_NAME] = cookie
    assert other_worker.get(reverse("my_learning")).status_code == 200
    client.post(reverse("account_logout"))
    caches["sessions"].close()
    assert other_worker.get(reverse("my_learning")).status_code == 302  # to sign in


def test_the_gunicorn_config_loads():
    result = subprocess.run(
        [sys.executable, "-m", "gunicorn", "--check-config", "-c", "gunicorn.conf.py", "elearn.wsgi"],
        cwd=BASE_DIR,
        env={**os.environ, "DJANGO_SETTINGS_MODULE": "elearn.settings.test"},
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
