"""15.x The team's help page: CMS content loaded by the demo, with real screenshots in its steps."""

import pytest
from wagtail.images import get_image_model

from community.demo import HELP_BODY, HELP_SCREENSHOTS, IMAGES_DIR, build_help_page, help_body

pytestmark = pytest.mark.django_db


def test_every_screenshot_is_in_the_repository_small_and_described_in_vietnamese():
    assert {kind_value[1] for kind_value in HELP_BODY if kind_value[0] == "screenshot"} == set(HELP_SCREENSHOTS)
    for key, (alt_text, caption) in HELP_SCREENSHOTS.items():
        path = IMAGES_DIR / f"{key}.png"
        assert path.exists() and 5_000 < path.stat().st_size < 100_000, key
        assert any(ch in alt_text for ch in "ăâđêôơư") and caption


def test_the_demo_help_page_shows_the_screenshots_in_its_steps_once(home_page, client):
    page = build_help_page(home_page)
    images = [block.value for block in page.body if block.block_type == "image"]
    assert [value["alt_text"] for value in images] == [alt for alt, _caption in HELP_SCREENSHOTS.values()]
    # Each step's screenshot follows its text: the first one comes after step 1's heading.
    kinds = [block.block_type for block in page.body]
    assert kinds.index("image") > kinds.index("heading", 1)
    html = client.get(page.url).content.decode()
    assert f'alt="{HELP_SCREENSHOTS["register"][0]}"' in html and "Đăng ký hộ: người dân tự đồng ý" in html
    # Loading the demo again imports nothing more.
    count = get_image_model().objects.count()
    build_help_page(home_page)
    assert get_image_model().objects.count() == count == len(HELP_SCREENSHOTS)


def test_a_help_page_loaded_before_the_screenshots_gets_them(home_page):
    from courses.builders import page_get_or_create
    from home.models import StandardPage

    old = [(kind, value) for kind, value in HELP_BODY if kind != "screenshot"]
    page_get_or_create(home_page, StandardPage(title="Hướng dẫn", slug="huong-dan-to-cong-nghe", body=old))
    page = build_help_page(home_page)
    page.refresh_from_db()
    assert sum(block.block_type == "image" for block in page.body) == len(HELP_SCREENSHOTS)
    assert len(help_body()) == len(page.body)
