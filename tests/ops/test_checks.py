"""Production refuses to start half-configured: no real email while verification is mandatory, or
local files with several app servers. With the documented variables, ``check --deploy`` is clean."""

import os
import subprocess
import sys

import pytest

from .conftest import BASE_DIR


@pytest.fixture
def production_env(tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("S3_", "EMAIL_", "ELEARN_"))}
    return {
        **env,
        "DJANGO_SETTINGS_MODULE": "elearn.settings.production",
        "SECRET_KEY": "x" * 30 + "-production-secret-key-for-the-deploy-check",
        "ALLOWED_HOSTS": "kynangso.nghean.gov.vn",
        "CSRF_TRUSTED_ORIGINS": "https://kynangso.nghean.gov.vn",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
        "SMS_GATEWAY_URL": "https://sms.example.vn/api/send",
        "SMS_GATEWAY_TOKEN": "gateway-token",
        "EMAIL_HOST": "smtp.nghean.gov.vn",
    }


S3 = {
    "S3_BUCKET": "elearn-media",
    "S3_PRIVATE_BUCKET": "elearn-private",
    "S3_ENDPOINT_URL": "https://s3.nghean.gov.vn",
    "S3_ACCESS_KEY_ID": "key",
    "S3_SECRET_ACCESS_KEY": "secret",
}


def _check(env, *args):
    return subprocess.run(
        [sys.executable, "manage.py", "check", *args], cwd=BASE_DIR, env=env, capture_output=True, text=True
    )


def test_production_without_an_email_server_refuses_to_start(production_env):
    del production_env["EMAIL_HOST"]
    result = _check(production_env)
    assert result.returncode != 0
    assert "elearn.ops.E001" in result.stderr and "EMAIL_HOST" in result.stderr


def test_optional_verification_needs_no_email_server(production_env):
    del production_env["EMAIL_HOST"]
    production_env["ACCOUNT_EMAIL_VERIFICATION"] = "optional"
    assert _check(production_env).returncode == 0


def test_several_app_servers_on_local_files_refuse_to_start(production_env):
    production_env["ELEARN_APP_SERVERS"] = "2"
    result = _check(production_env)
    assert result.returncode != 0
    assert "elearn.ops.E002" in result.stderr and "'default'" in result.stderr and "'private'" in result.stderr


def test_several_app_servers_with_object_storage_pass_the_deploy_check(production_env):
    env = {**production_env, **S3, "ELEARN_APP_SERVERS": "2", "REDIS_URL": "redis://127.0.0.1:6379/4"}
    result = _check(env, "--deploy", "--fail-level", "WARNING")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_gunicorn_refuses_to_start_without_an_email_server(production_env):
    del production_env["EMAIL_HOST"]
    result = subprocess.run(
        [sys.executable, "-m", "gunicorn", "-c", "gunicorn.conf.py", "-b", "127.0.0.1:0", "elearn.wsgi"],
        cwd=BASE_DIR,
        env=production_env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode != 0
    assert "elearn.ops.E001" in result.stderr
