"""gunicorn settings for one app server: ``gunicorn -c gunicorn.conf.py elearn.wsgi``.

Every value can be set from the environment (docs/deployment.md, "Process types"). The app server
listens on the private network or localhost only: the load balancer is the only client.
"""

import multiprocessing
import os

bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
# Sync workers: the app is CPU- and database-bound; 2 per core is the benchmark's sweet spot.
workers = int(os.environ.get("WEB_CONCURRENCY", str(multiprocessing.cpu_count() * 2)))
threads = int(os.environ.get("GUNICORN_THREADS", "1"))
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
graceful_timeout = int(os.environ.get("GUNICORN_GRACEFUL_TIMEOUT", "30"))
keepalive = 5
# A worker is replaced after this many requests (memory stays flat over a campaign day).
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", "2000"))
max_requests_jitter = max_requests // 10
# The proxy in front sets X-Forwarded-Proto; only trust it from there.
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")
accesslog = os.environ.get("GUNICORN_ACCESS_LOG", "-") or None  # empty: no access log
errorlog = "-"
# gunicorn 27 opens a control socket by default; the app servers are managed by their supervisor.
control_socket_disable = True


def on_starting(server):
    """Refuse to start a half-configured app server: run Django's system checks (elearn/ops/checks.py:
    no real email backend while verification is mandatory, local files with several app servers)."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "elearn.settings.production")
    import django
    from django.core.management import call_command

    django.setup()
    call_command("check")
