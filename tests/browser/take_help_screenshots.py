"""Screenshots of the community team's screens for their help page, from the demo site on a phone.

    .venv/bin/python tests/browser/take_help_screenshots.py                          # as a script
    .venv/bin/python -m pytest tests/browser/take_help_screenshots.py -p no:xdist    # the same, through pytest

Drives Debian's Chromium (``/usr/bin/chromium`` or ``$CHROMIUM``, through the browser tests' fixtures:
nothing is downloaded) at the phone viewport (360×740) over the demo, and writes
``community/demo_images/<step>.png``: the demo loader (``community.demo``) imports them as Wagtail
images, with Vietnamese alternative text, into the steps of the help page. Then the help page itself
is shot for the README (``docs/screenshots/help-phone.png``). Images are re-encoded as palette PNGs
and must stay under 100 KB each. The name does not match ``test_*.py``: the test run never collects it.
"""

import os
import re
import sys
from pathlib import Path

import pytest
from django.urls import reverse
from playwright.sync_api import expect

REPO = Path(__file__).resolve().parents[2]
HELP_IMAGES = REPO / "community" / "demo_images"
README_IMAGES = REPO / "docs" / "screenshots"
MAX_BYTES = 100_000
VISIBLE_IMAGES_LOADED = """() => [...document.images]
    .filter(img => { const r = img.getBoundingClientRect(); return r.bottom > 0 && r.top < innerHeight && r.width; })
    .every(img => img.complete && img.naturalWidth > 0)"""


def _shoot(page, path: Path) -> int:
    from PIL import Image

    # The Wagtail user bar (staff only) would cover the screen's bottom-left corner.
    page.evaluate("() => document.querySelectorAll('wagtail-userbar, .w-userbar').forEach(el => el.remove())")
    page.screenshot(path=path, animations="disabled", caret="hide")
    with Image.open(path) as image:
        image.convert("RGB").quantize(colors=128, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE).save(
            path, optimize=True
        )
    size = path.stat().st_size
    assert size < MAX_BYTES, f"{path.name} is {size:,} bytes"
    return size


def _top(locator) -> None:
    locator.evaluate("el => el.scrollIntoView({block: 'start'})")


@pytest.mark.browser
def test_take_help_screenshots(demo, new_page):
    from wagtail.images import get_image_model

    from community.demo import HELP_IMAGE_TITLE, HELP_SCREENSHOTS, HELP_SLUG, build_help_page
    from community.models import VillageSession
    from community.tokens import take_over_url
    from home.models import HomePage, StandardPage

    HELP_IMAGES.mkdir(parents=True, exist_ok=True)
    member = demo.user("tocongnghe@elearn.local")
    written = {}

    # 1. Assisted sign-up, filled in as the member would (not sent).
    page = new_page("phone", user=member)
    page.goto(reverse("community:register"))
    page.get_by_role("textbox", name="Họ và tên người dân").fill("Nguyễn Thị Mai")
    page.get_by_role("textbox", name="Số di động của người dân").fill("0912 345 678")
    page.get_by_role("radio", name="Thành viên tổ đọc to cho người dân nghe").check()
    _top(page.locator("main form"))
    written["register"] = _shoot(page, HELP_IMAGES / "register.png")

    # The resident's side: the SMS link of a demo resident who has not set a password yet.
    from django.contrib.auth import get_user_model

    resident = get_user_model().objects.get(phone="+84912300002")
    resident_page = new_page("phone")
    resident_page.goto("/" + take_over_url(resident).split("://", 1)[1].split("/", 1)[1])
    expect(resident_page.get_by_role("heading", level=1)).to_have_text("Đặt mật khẩu của bạn")
    written["take-over"] = _shoot(resident_page, HELP_IMAGES / "take-over.png")

    # 2. Assisted enrolment: a course ticked, a search without diacritics, the ticks kept.
    page.goto(reverse("community:enrol"))
    page.get_by_role("checkbox").first.check()
    page.get_by_role("searchbox", name="Tìm người dân").fill("thanh")
    page.get_by_role("button", name="Tìm kiếm").click()
    expect(page.locator(".picker-results")).to_contain_text("Thành")
    _top(page.locator(".resident-picker"))
    written["enrol"] = _shoot(page, HELP_IMAGES / "enrol.png")

    # 3. A village session's attendance.
    session = VillageSession.objects.get(place="Nhà văn hóa xóm Tân Lộc")
    page.goto(reverse("community:session", args=[session.pk]))
    _top(page.locator("#attendance-title"))
    written["attendance"] = _shoot(page, HELP_IMAGES / "attendance.png")

    # 4. The team's page: the member's own work and every member's.
    page.goto(reverse("community:home"))
    _top(page.locator("#mine-title"))
    written["team"] = _shoot(page, HELP_IMAGES / "team.png")
    assert set(written) == set(HELP_SCREENSHOTS)

    # The help page with the new files, as the demo loader builds it (the demo of this run has the old ones).
    help_page = StandardPage.objects.get(slug=HELP_SLUG)
    get_image_model().objects.filter(title__startswith=HELP_IMAGE_TITLE).delete()
    help_page.body = []
    help_page.save_revision().publish()
    help_page = build_help_page(HomePage.objects.first())
    page.goto(help_page.url)
    first_image = page.get_by_role("img", name=re.compile("Đăng ký hộ người dân"))
    first_image.evaluate("el => el.scrollIntoView({block: 'center'})")
    expect(first_image).to_be_visible()
    page.wait_for_function(VISIBLE_IMAGES_LOADED)
    README_IMAGES.mkdir(parents=True, exist_ok=True)
    written["help (README)"] = _shoot(page, README_IMAGES / "help-phone.png")
    print("\n".join(f"{name}: {size:,} B" for name, size in written.items()))


if __name__ == "__main__":
    os.chdir(REPO)
    sys.exit(pytest.main([str(Path(__file__).relative_to(REPO)), "-p", "no:xdist", "-q", "-s"]))
