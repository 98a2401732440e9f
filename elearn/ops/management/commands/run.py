"""``manage.py run [ADDR:PORT]`` (``make run``): the development server and the task worker together.

The dev path is the production path: tasks (emails, SMS, certificate PDFs, Wagtail's own) go through
the database queue and the worker, as they do behind gunicorn. The default Wagtail Site is set to the
address served, so links and certificate QR codes built from it open on this server. Ctrl+C (or a
SIGTERM) stops both processes; if either stops, the other is stopped too.
"""

import os
import signal
import subprocess
import sys
import time

from django.core.management.base import BaseCommand
from wagtail.models import Site


def split_addrport(addrport: str) -> tuple[str, int]:
    host, _, port = addrport.rpartition(":")
    if not host:
        host, port = "127.0.0.1", addrport
    host = host.strip("[]")
    if host in ("0.0.0.0", "::", ""):
        host = "localhost"
    return host, int(port)


class Command(BaseCommand):
    help = "Run the development web server and the background task worker together."

    def add_arguments(self, parser):
        parser.add_argument("addrport", nargs="?", default="127.0.0.1:8000")

    def point_site_at(self, addrport: str) -> None:
        hostname, port = split_addrport(addrport)
        updated = Site.objects.filter(is_default_site=True).exclude(hostname=hostname, port=port)
        if updated.update(hostname=hostname, port=port):
            self.stdout.write(f"The default site now answers at http://{hostname}:{port}/")

    def handle(self, *, addrport, **options):
        self.point_site_at(addrport)
        manage = [sys.executable, sys.argv[0]]
        hostname, port = split_addrport(addrport)
        env = {"WAGTAILADMIN_BASE_URL": f"http://{hostname}:{port}", **os.environ}  # admin email links
        children = [
            subprocess.Popen([*manage, "runserver", addrport], start_new_session=True, env=env),
            subprocess.Popen([*manage, "db_worker", "--interval", "0.5"], start_new_session=True, env=env),
        ]
        stopping = False

        def stop(*_):
            nonlocal stopping
            stopping = True

        signal.signal(signal.SIGINT, stop)
        signal.signal(signal.SIGTERM, stop)
        try:
            while not stopping and all(child.poll() is None for child in children):
                time.sleep(0.2)
        finally:
            for child in children:
                if child.poll() is None:
                    os.killpg(child.pid, signal.SIGTERM)  # runserver's reloader and its child alike
            deadline = time.monotonic() + 10
            for child in children:
                try:
                    child.wait(timeout=max(0.1, deadline - time.monotonic()))
                except subprocess.TimeoutExpired:
                    os.killpg(child.pid, signal.SIGKILL)
        self.stdout.write("Stopped the web server and the task worker.")
