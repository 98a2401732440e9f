"""Real-browser fixtures: Debian's Chromium driven by Playwright against pytest-django's live server.

* ``browser`` (module): one headless Chromium per test module and process (per xdist worker). Never downloaded:
  ``/usr/bin/chromium`` (or ``$CHROMIUM``); the tests are skipped when it is missing.
* ``demo``: the whole demo site from ``home.demo.build_demo_site()``. It is built once per test
  process, serialised, and restored before each test (~0.5 s on SQLite, ~1.5 s on PostgreSQL,
  instead of ~5 s for a build). The live server needs committed data: these are transactional tests.
* ``new_page(viewport="phone"|"desktop", user=None)``: a fresh context (cookies, downloads) and page
  on the live server, 360×740 "phone" or 1280×800 "desktop", optionally already signed in.
  ``phone_page`` and ``desktop_page`` are anonymous shortcuts.
* ``axe_violations(page)``: axe-core (bundled by axe-playwright-python, nothing fetched) with the WCAG
  2.1 A/AA tags, keeping the "serious" and "critical" violations.

Every context refuses requests that leave the live server (``127.0.0.1``) and the test fails if a page
tried one, or raised a JavaScript error. ``/media/`` files (not served by Django when DEBUG is off) are
answered from MEDIA_ROOT by the browser context itself, so images render in screenshots.
"""

import json
import os
import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
VIEWPORTS = {"phone": {"width": 360, "height": 740}, "desktop": {"width": 1280, "height": 800}}
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
BLOCKING_IMPACTS = ("serious", "critical")
DEFAULT_TIMEOUT_MS = 15_000


def pytest_configure(config):
    # The live server listens on 127.0.0.1 (not "localhost", which may resolve to ::1 first),
    # unless --liveserver or DJANGO_LIVE_TEST_SERVER_ADDRESS says otherwise.
    if not config.getoption("liveserver", None) and not os.environ.get("DJANGO_LIVE_TEST_SERVER_ADDRESS"):
        config.option.liveserver = "127.0.0.1"


def pytest_collection_modifyitems(config, items):
    if Path(CHROMIUM).exists():
        return
    skip = pytest.mark.skip(reason=f"Chromium not found at {CHROMIUM} (set $CHROMIUM); no browser is downloaded")
    for item in items:
        if "browser" in item.keywords:
            item.add_marker(skip)


# --- Browser -------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def browser(_snapshots):
    """One Chromium per test module (~0.5 s to start).

    Playwright's sync API keeps an asyncio loop running in this thread while it is started. Meanwhile
    Django (1) refuses ORM calls unless DJANGO_ALLOW_ASYNC_UNSAFE is set (safe here: the test code is
    synchronous) and (2) hands out other database connection objects (asgiref's Local switches to
    context-local storage), which do not carry Django's own serialised-rollback snapshot: hence the
    ``_snapshots`` taken before the loop starts. Module scope stops Playwright, and unsets the
    variable, before the rest of the suite runs, so neither leaks into other tests or subprocesses.
    """
    from django.db import connections
    from playwright.sync_api import sync_playwright

    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    playwright = sync_playwright().start()
    try:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()
    finally:
        connections.close_all()  # the connections opened while the loop ran (else PostgreSQL cannot drop the DB)
        playwright.stop()
        if previous is None:
            os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
        else:
            os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


@pytest.fixture(scope="session")
def _browser_media_root(tmp_path_factory):
    return tmp_path_factory.mktemp("browser-media")


@pytest.fixture(autouse=True)
def _media_root(settings, _browser_media_root):
    """Overrides tests/conftest.py: the demo snapshot's images outlive one test, so MEDIA_ROOT must too."""
    settings.MEDIA_ROOT = _browser_media_root


def session_cookie(user) -> dict:
    """A real session for ``user`` (whatever SESSION_ENGINE is), as a cookie for the browser."""
    from django.conf import settings
    from django.test import Client

    client = Client()
    client.force_login(user)
    return {"name": settings.SESSION_COOKIE_NAME, "value": client.cookies[settings.SESSION_COOKIE_NAME].value}


@pytest.fixture
def new_page(browser, live_server):
    """Factory: ``new_page(viewport="phone", user=None)`` → a Playwright page on the live server."""
    from django.conf import settings

    base_url = live_server.url
    media_root = Path(settings.MEDIA_ROOT).resolve()
    contexts, problems = [], []

    def serve_media(route, request):
        relative = unquote(urlsplit(request.url).path).removeprefix(settings.MEDIA_URL)
        file = (media_root / relative).resolve()
        if file.is_relative_to(media_root) and file.is_file():
            route.fulfill(path=file)
        else:
            route.fulfill(status=404, body="")

    def refuse(route, request):
        problems.append(f"request leaving the live server: {request.url}")
        route.abort("blockedbyclient")

    def make(viewport: str = "phone", user=None):
        context = browser.new_context(
            base_url=base_url,
            viewport=VIEWPORTS[viewport],
            device_scale_factor=1,
            locale="vi-VN",
            timezone_id="Asia/Ho_Chi_Minh",
            accept_downloads=True,
            service_workers="block",
        )
        context.set_default_timeout(DEFAULT_TIMEOUT_MS)
        origin = re.escape(base_url.rstrip("/"))
        context.route(re.compile(rf"^(?!{origin}/)(?!data:|blob:|about:).*"), refuse)
        context.route(re.compile(rf"^{origin}{re.escape(settings.MEDIA_URL)}"), serve_media)
        if user is not None:
            context.add_cookies([{**session_cookie(user), "url": base_url}])
        contexts.append(context)
        page = context.new_page()
        page.on("pageerror", lambda error: problems.append(f"JavaScript error on {page.url}: {error}"))
        return page

    yield make
    for context in contexts:
        context.close()
    assert not problems, "\n".join(problems)


@pytest.fixture
def phone_page(new_page):
    return new_page("phone")


@pytest.fixture
def desktop_page(new_page):
    return new_page("desktop")


# --- Data ----------------------------------------------------------------------------------------


@dataclass
class Demo:
    """Handles on the demo site (re-read from the restored database for every test)."""

    password: str

    @staticmethod
    def user(email: str):
        from elearn.accounts.models import User

        return User.objects.get(email=email)

    @property
    def learner(self):
        """Phạm Văn Nghệ, resident: one course finished (with a certificate), one in progress."""
        return self.user("hocvien@elearn.local")

    @property
    def business_learner(self):
        """Võ Thị Ngọc Ánh: no progress yet."""
        return self.user("doanhnghiep@elearn.local")

    @staticmethod
    def course(slug: str):
        from courses.models import CoursePage

        return CoursePage.objects.live().get(slug=slug)

    @staticmethod
    def lessons(course, *, quizzes: bool = False):
        """The course's live lessons in syllabus order (quizzes excluded unless asked)."""
        from courses.models import LessonPage

        lessons = LessonPage.objects.descendant_of(course).live().order_by("path")
        return list(lessons if quizzes else lessons.filter(quizpage__isnull=True))

    @staticmethod
    def quiz(course):
        from courses.models import QuizPage

        return QuizPage.objects.descendant_of(course).live().order_by("path").first()


@pytest.fixture(scope="session")
def _snapshots(django_db_setup, django_db_blocker) -> dict[str, str]:
    """Per test process: the migrated database, serialised before any browser test runs.

    pytest-django runs transactional tests (these) after the others, which roll back, so the
    database is still as migrated: Wagtail's root page, locale, collection, groups… ``demo`` builds
    on it once, then adds the "demo" snapshot.
    """
    with django_db_blocker.unblock():
        migrated = _serialise()
    assert '"model": "wagtailcore.page"' in migrated, (
        "the test database lost its migrated data (Wagtail's root page) before the browser tests: "
        "did a transactional test without serialized_rollback run first?"
    )
    return {"migrated": migrated}


def _serialise() -> str:
    """The whole database as JSON, content types first.

    Wagtail's ``Page.__init__`` looks its content type up (creating it when the lookup cache is cold),
    so content types must be loaded before any page or their ids clash.
    """
    from django.db import connection

    objects = json.loads(connection.creation.serialize_db_to_string())
    objects.sort(key=lambda obj: obj["model"] != "contenttypes.contenttype")
    return json.dumps(objects)


def _restore(data: str) -> None:
    """Replace the whole database with a ``_serialise()`` snapshot, whatever it holds now."""
    from django.apps import apps
    from django.contrib.contenttypes.models import ContentType
    from django.core.management.color import no_style
    from django.db import connection, transaction

    # After a flush, post_migrate re-creates content types with new ids: forget the cached ones.
    ContentType.objects.clear_cache()
    # DELETE rather than `flush` (TRUNCATE, ~2 s for Wagtail's ~150 tables on PostgreSQL): the tables hold
    # little, and foreign keys are deferred until the end of the transaction on both databases.
    tables = connection.introspection.django_table_names(only_existing=True, include_views=False)
    with transaction.atomic(), connection.cursor() as cursor:
        for table in tables:
            cursor.execute(f"DELETE FROM {connection.ops.quote_name(table)}")
        connection.creation.deserialize_db_from_string(data)
    # Rows came back with their ids: move the sequences past them (PostgreSQL; nothing to do on SQLite).
    with connection.cursor() as cursor:
        for sql in connection.ops.sequence_reset_sql(no_style(), apps.get_models(include_auto_created=True)):
            cursor.execute(sql)
    ContentType.objects.clear_cache()


@pytest.fixture
def demo(live_server, _snapshots) -> Demo:
    """The demo site, fresh for each test; Django empties the database after each (transactional) test."""
    from django.core.cache import cache

    from home.demo import DEMO_PASSWORD, build_demo_site

    if "demo" in _snapshots:
        _restore(_snapshots["demo"])
    else:
        _restore(_snapshots["migrated"])
        build_demo_site()
        _snapshots["demo"] = _serialise()
    cache.clear()
    return Demo(password=DEMO_PASSWORD)


# --- Helpers -------------------------------------------------------------------------------------


def axe_violations(page, impacts=BLOCKING_IMPACTS) -> list[dict]:
    """axe-core's WCAG 2.1 A/AA violations of the given impacts on the page as it is now."""
    from axe_playwright_python.sync_playwright import Axe

    options = {"runOnly": {"type": "tag", "values": WCAG_TAGS}, "resultTypes": ["violations"]}
    results = Axe().run(page, options=options)
    return [v for v in results.response["violations"] if v["impact"] in impacts]


def describe_violations(violations: list[dict]) -> str:
    lines = []
    for violation in violations:
        lines.append(f"{violation['id']} ({violation['impact']}): {violation['help']}")
        for node in violation["nodes"][:10]:
            lines.append(f"    {' '.join(map(str, node['target']))}: {node['failureSummary'].splitlines()[-1].strip()}")
    return "\n".join(lines)


@pytest.fixture
def axe():
    """``axe(page)`` fails the test with a readable list of serious/critical WCAG violations."""

    def check(page):
        violations = axe_violations(page)
        assert not violations, f"axe-core found on {page.url}:\n{describe_violations(violations)}"

    return check
