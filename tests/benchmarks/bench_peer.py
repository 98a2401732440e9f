"""Benchmark the peer, wagtail-lms 0.11.1, the way bench_pages.py measures elearn (issue 18).

    make bench BENCH_ARGS=--peer                      # elearn's rounds, the peer's, a comparison
    .venv/bin/python tests/benchmarks/bench_peer.py   # the peer alone (same wrk options)

Nothing of the peer is committed. The first run creates a separate virtualenv in
``.bench/peer/venv`` with ``wagtail-lms==0.11.1`` and the Django, Wagtail and gunicorn versions
pinned in requirements.txt (pip, from the package index). It then writes a minimal Wagtail project
in ``.bench/peer/site/``: the settings of Wagtail's own project template with DEBUG off, an SQLite
file, its ``base.html`` and the same trivial ``HttpResponse("ok")`` view at ``/_bench/ok/``.
This script, run again with ``--setup`` under the peer's Python, migrates, creates a course of 10
H5P lessons (rich text only) through wagtail-lms's page models, enrols a learner (one lesson
completed), signs them in and counts each page's SQL queries with Django's test client.

The peer is then served by gunicorn (2 sync workers, port ``--port`` + 1) and measured with
bench_pages.py's wrk and Lua helpers: the trivial view before and after, then the pages the peer
also has: the course page anonymous and signed in, a lesson signed in (its lessons need a login).
The ratio is a page's req/s over the average of its own server's two trivial-view rounds.
"""

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PEER_DIR = ROOT / ".bench" / "peer"
VENV = PEER_DIR / "venv"
SITE = PEER_DIR / "site"
PEER = "wagtail-lms==0.11.1"
PAGES = ("course page, anonymous", "course page, learner", "lesson page, learner")

SETTINGS = """\
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent
SECRET_KEY = "bench-only-secret-key-never-deployed"
DEBUG = False
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "testserver"]
INSTALLED_APPS = [
    "wagtail_lms",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
]
MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]
ROOT_URLCONF = "peersite.urls"
TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]
DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": BASE_DIR.parent / "peer.sqlite3"}}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
USE_TZ = True
STATIC_URL = "/static/"
WAGTAIL_SITE_NAME = "peer"
WAGTAILADMIN_BASE_URL = "http://localhost"
"""

URLS = """\
from django.http import HttpResponse
from django.urls import include, path
from wagtail import urls as wagtail_urls

urlpatterns = [
    path("_bench/ok/", lambda request: HttpResponse("ok")),
    path("lms/", include("wagtail_lms.urls")),
    path("", include(wagtail_urls)),
]
"""

WSGI = """\
import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "peersite.settings")
application = get_wsgi_application()
"""

# Wagtail's project template base.html, with the stylesheet wagtail-lms's templates ask for.
BASE_HTML = """\
{% load static wagtailcore_tags wagtailuserbar %}
<!DOCTYPE html>
<html lang="en">
    <head>
        <meta charset="utf-8" />
        <title>
            {% block title %}
            {% if page.seo_title %}{{ page.seo_title }}{% else %}{{ page.title }}{% endif %}
            {% endblock %}
            {% block title_suffix %}{% wagtail_site as current_site %}
            {% if current_site and current_site.site_name %}- {{ current_site.site_name }}{% endif %}{% endblock %}
        </title>
        {% if page.search_description %}<meta name="description" content="{{ page.search_description }}" />{% endif %}
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <link rel="stylesheet" href="{% static 'wagtail_lms/css/course.css' %}">
    </head>
    <body>
        {% wagtailuserbar %}
        {% block content %}{% endblock %}
    </body>
</html>
"""


def pins() -> list[str]:
    """wagtail-lms plus the Django, Wagtail and gunicorn versions elearn pins."""
    wanted = {"django", "wagtail", "gunicorn"}
    lines = (ROOT / "requirements.txt").read_text().splitlines()
    return [PEER, *(line.strip() for line in lines if line.split("==")[0].strip().lower() in wanted)]


def prepare_peer():
    """The peer's virtualenv (once per set of pins) and its generated project."""
    stamp = VENV / "bench-pins.txt"
    requirements = "\n".join(pins())
    if not stamp.exists() or stamp.read_text() != requirements:
        print(f"Installing the peer in {VENV.relative_to(ROOT)} …", flush=True)
        subprocess.run([sys.executable, "-m", "venv", "--clear", str(VENV)], check=True)
        subprocess.run([VENV / "bin/python", "-m", "pip", "install", "-q", *pins()], check=True)
        stamp.write_text(requirements)
    package = SITE / "peersite"
    (package / "templates").mkdir(parents=True, exist_ok=True)
    for name, text in {
        "__init__.py": "",
        "settings.py": SETTINGS,
        "urls.py": URLS,
        "wsgi.py": WSGI,
        "templates/base.html": BASE_HTML,
    }.items():
        (package / name).write_text(text)
    out = subprocess.run(
        [VENV / "bin/python", __file__, "--setup"], cwd=SITE, check=True, capture_output=True, text=True
    ).stdout
    return json.loads(out.splitlines()[-1])


def setup():
    """Runs under the peer's Python (``--setup``): content, learner, session, query counts as JSON."""
    sys.path.insert(0, str(SITE))
    os.environ["DJANGO_SETTINGS_MODULE"] = "peersite.settings"
    import django

    django.setup()
    from django.contrib.auth.models import User
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext
    from wagtail.models import Site
    from wagtail.rich_text import RichText
    from wagtail_lms.models import CourseEnrollment, CoursePage, H5PLessonCompletion, H5PLessonPage

    call_command("migrate", verbosity=0, interactive=False)
    text = "<p>" + "A paragraph of lesson text, long enough to look like a lesson. " * 8 + "</p>"
    course = CoursePage.objects.first()
    if course is None:
        home = Site.objects.get(is_default_site=True).root_page
        course = home.add_child(instance=CoursePage(title="Course", slug="course", description=text))
        for number in range(1, 11):
            lesson = H5PLessonPage(title=f"Lesson {number}", slug=f"lesson-{number}", intro=text)
            lesson.body = [("paragraph", RichText(text * 3))]
            course.add_child(instance=lesson)
    lessons = list(H5PLessonPage.objects.child_of(course).order_by("path"))
    user, _ = User.objects.get_or_create(username="learner")
    CourseEnrollment.objects.get_or_create(user=user, course=course)
    H5PLessonCompletion.objects.get_or_create(user=user, lesson=lessons[0])
    learner = Client()
    learner.force_login(user)
    cases = zip(PAGES, (Client(), learner, learner), (course.url, course.url, lessons[1].url), strict=True)
    queries = {}
    for name, client, url in cases:
        assert client.get(url).status_code == 200, url  # warm
        with CaptureQueriesContext(connection) as captured:
            assert client.get(url).status_code == 200, url
        queries[name] = len(captured)
    session = learner.cookies["sessionid"].value
    print(json.dumps({"course": course.url, "lesson": lessons[1].url, "session": session, "queries": queries}))


def measure(args) -> dict:
    """The peer's rounds: {"trivial": (before, after), "pages": {name: wrk result + ratio, queries}}."""
    from tests.benchmarks.bench_pages import fetch, lua, wrk

    t = prepare_peer()
    port = args.port + 1
    base = f"http://127.0.0.1:{port}"
    command = [VENV / "bin/gunicorn", "peersite.wsgi", f"--workers={args.workers}", f"--bind=127.0.0.1:{port}"]
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "peersite.settings"}
    server = subprocess.Popen([*command, "--no-control-socket", "--log-level=warning"], cwd=SITE, env=env)
    with tempfile.TemporaryDirectory(prefix="peer-bench-") as work:
        anonymous = lua(Path(work) / "anonymous.lua", session=None)
        member = lua(Path(work) / "member.lua", session=t["session"])
        cases = list(zip(PAGES, (t["course"], t["course"], t["lesson"]), (anonymous, member, member), strict=True))
        try:
            wait_for(fetch, base + "/_bench/ok/", server)
            for _name, path, script in cases:
                fetch(base + path, t["session"] if script is member else None)  # warm, and a 200
            before = wrk(base + "/_bench/ok/", anonymous, args)
            pages = {name: wrk(base + path, script, args) for name, path, script in cases}
            after = wrk(base + "/_bench/ok/", anonymous, args)
        finally:
            server.terminate()
            server.wait(timeout=30)
    trivial = (before["rps"] + after["rps"]) / 2
    for name, result in pages.items():
        result.update(ratio=result["rps"] / trivial, queries=t["queries"][name])
    return {"trivial": (before["rps"], after["rps"]), "pages": pages}


def wait_for(fetch, url: str, server: subprocess.Popen):
    for _ in range(100):
        try:
            if fetch(url) == 200:
                return
        except OSError:
            time.sleep(0.2)
    server.terminate()
    raise SystemExit("the peer's gunicorn did not start")


def report(peer: dict, args, elearn: dict | None = None):
    """The peer's table, and with elearn's ratios ({page: ratio}) the comparison."""
    before, after = peer["trivial"]
    print(
        f"\nPeer ({PEER}, 10 lessons): sqlite, gunicorn {args.workers} sync workers, wrk -t{args.threads} "
        f"-c{args.connections} -d{args.duration}s; trivial view {before:.0f} / {after:.0f} req/s (before / after)\n"
    )
    print("| Page | req/s | p50 ms | p99 ms | ratio | SQL queries | errors |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for name, r in peer["pages"].items():
        print(
            f"| {name} | {r['rps']:.0f} | {r['p50']:.1f} | {r['p99']:.1f} | {r['ratio']:.3f} | "
            f"{r['queries']} | {r['errors']} |"
        )
    if elearn:
        print("\n| Page | elearn ratio | peer ratio | faster? |")
        print("|---|---:|---:|---|")
        for name, r in peer["pages"].items():
            ours, theirs = elearn[name], r["ratio"]
            faster = f"elearn, ×{ours / theirs:.1f}" if ours >= theirs else f"peer, ×{theirs / ours:.1f}"
            print(f"| {name} | {ours:.3f} | {theirs:.3f} | {faster} |")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--setup", action="store_true", help="internal: run under the peer's Python")
    parser.add_argument("--duration", type=int, default=10)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--port", type=int, default=8765)
    args = parser.parse_args()
    if args.setup:
        setup()
    else:
        sys.path.insert(0, str(ROOT))
        report(measure(args), args)


if __name__ == "__main__":
    main()
