import pytest
from wagtail.models import Page, Site

from home.models import HomePage, StandardPage
from tests.factories import AdministrativeUnitFactory, learner


@pytest.fixture(autouse=True)
def _media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture
def home_page(db) -> HomePage:
    root = Page.get_first_root_node()
    if root is None:  # a transactional test (no serialized rollback) ran before and emptied the database
        from wagtail.models import Locale

        Locale.objects.get_or_create(language_code="vi")
        root = Page.add_root(title="Root", slug="root")
    Page.objects.filter(depth=2).delete()
    home = HomePage(title="Trang chủ", slug="trang-chu", hero_title="Kỹ năng số cho mọi người dân Nghệ An")
    root.add_child(instance=home)
    Site.objects.all().delete()
    Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True)
    return home


@pytest.fixture
def standard_page(home_page) -> StandardPage:
    page = StandardPage(title="Giới thiệu", slug="gioi-thieu", intro="Về nền tảng học kỹ năng số.")
    home_page.add_child(instance=page)
    return page


@pytest.fixture
def commune(db):
    return AdministrativeUnitFactory(code="40-X01", name="Xã Diễn Châu")


@pytest.fixture
def learner_user(db):
    return learner()


@pytest.fixture
def learner_client(client, learner_user):
    client.force_login(learner_user)
    return client


@pytest.fixture(autouse=True)
def _clear_cache():
    # Rate limits and cached fragments must not leak from one test to the next.
    from django.conf import settings
    from django.core.cache import cache, caches

    cache.clear()
    caches["pagecache"].clear()
    if "sessions" in settings.CACHES:
        caches["sessions"].clear()
    yield


@pytest.fixture
def catalogue(home_page):
    from tests.factories import course_index

    return course_index(home_page)


@pytest.fixture
def three_lesson_course(catalogue):
    from tests.factories import course

    return course(catalogue, title="Sử dụng Dịch vụ công trực tuyến", lessons=3)


@pytest.fixture
def sms_outbox():
    """The messages sent through ``elearn.sms`` (test settings use the local-memory backend).

    ``send_sms`` hands the message over when the transaction commits: wrap requests that send one in
    ``django_capture_on_commit_callbacks(execute=True)`` (browser tests commit for real).
    """
    from elearn.sms.backends import locmem

    locmem.outbox.clear()
    yield locmem.outbox
    locmem.outbox.clear()
