"""Page addresses from Vietnamese titles (issue 17.1): ASCII, every letter kept, "đ" as "d".

In the admin the slug field is filled from the title by Wagtail's script (with our formatters):
tests/browser/test_admin_slugs.py types a title and a slug there and saves the page.
"""

import json
import re
import unicodedata

import pytest
from django.urls import reverse

from courses import roles
from courses.models import CoursePage
from elearn.slugs import SLUG_FORMATTERS, fold, slugify
from tests.courses.test_authoring import member

TITLES = {
    "Dùng Zalo an toàn cho người cao tuổi": "dung-zalo-an-toan-cho-nguoi-cao-tuoi",  # was …-ngi-cao-tui
    "Cài đặt Zalo trên điện thoại": "cai-dat-zalo-tren-dien-thoai",  # was cai-djt-…-djin-thoi / cai-at-…-ien-…
    "ĐĂNG KÝ tài khoản Định danh điện tử": "dang-ky-tai-khoan-dinh-danh-dien-tu",
    "Ưu đãi: thanh toán 100% qua mã QR!": "uu-dai-thanh-toan-100-qua-ma-qr",
    "Xử lý hồ sơ một cửa — bước 2": "xu-ly-ho-so-mot-cua-buoc-2",
}


@pytest.mark.parametrize("title, expected", TITLES.items())
def test_slugify_transliterates_vietnamese(title, expected):
    assert slugify(title) == expected
    # Text typed in decomposed form (some Vietnamese keyboards) gives the same address.
    assert slugify(unicodedata.normalize("NFD", title)) == expected


def test_every_vietnamese_letter_folds_to_ascii():
    letters = "aăâbcdđeêghiklmnoôơpqrstuưvxy"
    tones = ["", "\u0300", "\u0309", "\u0303", "\u0301", "\u0323"]
    for letter in letters:
        for tone in tones:
            for char in {
                unicodedata.normalize("NFC", letter + tone),
                unicodedata.normalize("NFC", letter.upper() + tone),
            }:
                folded = fold(char)
                assert folded.isascii() and len(folded) == 1, (char, folded)


def test_the_admin_slug_widget_applies_the_same_folding():
    """The formatters the admin's slug field runs in the browser give what ``fold`` gives."""
    text = "Cài đặt Zalo cho NGƯỜI CAO TUỔI, Ứng dụng ĐỊNH DANH " + unicodedata.normalize("NFD", "điện thoại")
    for pattern, replacement in SLUG_FORMATTERS:
        text = re.sub(pattern, replacement, text)
    assert text == fold("Cài đặt Zalo cho NGƯỜI CAO TUỔI, Ứng dụng ĐỊNH DANH điện thoại")
    assert text.isascii()


@pytest.mark.django_db
def test_page_and_snippet_slug_fields_in_the_admin_carry_the_formatters(client, catalogue):
    client.force_login(member(roles.EDITORS))
    url = reverse("wagtailadmin_pages:add", args=["courses", "coursepage", catalogue.pk])
    html = client.get(url).content.decode()
    widget = re.search(r'<input[^>]*name="slug"[^>]*>', html).group(0)
    formatters = json.loads(
        re.search(r"data-w-slug-formatters-value=\"([^\"]*)\"", widget).group(1).replace("&quot;", '"')
    )
    assert ["d"] == [replacement for (pattern, _flags), replacement in formatters if pattern == "\u0111"]


@pytest.mark.django_db
def test_a_page_saved_without_a_slug_gets_the_transliterated_title(catalogue):
    for title, expected in TITLES.items():
        page = CoursePage(title=title, summary="Tóm tắt.", for_residents=True)
        catalogue.add_child(instance=page)
        assert page.slug == expected
        assert page.url_path.endswith(f"/{expected}/")
