"""ASCII page addresses from Vietnamese titles: "Cài đặt Zalo trên điện thoại" → "cai-dat-zalo-tren-dien-thoai".

Slugs are ASCII (``WAGTAIL_ALLOW_UNICODE_SLUGS = False``), so Wagtail transliterates titles, in two
places, and both got Vietnamese wrong:

* on the server, ``Page`` fills an empty slug with Django's ``slugify``, which folds accents by
  Unicode decomposition: "đ" has none and is dropped ("điện thoại" → "ien-thoai");
* in the admin, the slug field's ``w-slug`` Stimulus controller uses the tables of Django's old
  ``urlify.js``, which have no Vietnamese: "đ" becomes "dj" (Serbian) and letters with a tone on a
  marked vowel (ư ơ ặ ệ ờ ổ …) are dropped ("người cao tuổi" → "ngi-cao-tui").

``slugify`` below is the one transliteration, and :func:`install` (called from ``HomeConfig.ready``)
puts it in both places: as the slugify of Wagtail's page model, and as ``formatters`` of the admin's
``SlugInput`` widget, the widget's documented way to rewrite text before it transliterates (regular
expressions, applied in the browser; no script of ours).
"""

import unicodedata

from django.utils.text import slugify as django_slugify

# Vietnamese vowels with their marks, grouped by the ASCII letter they are written as.
_VOWELS = "aăâeêioôơuưy"
_TONES = ("", "\u0300", "\u0309", "\u0303", "\u0301", "\u0323")  # none, huyền, hỏi, ngã, sắc, nặng
_STROKE = {"đ": "d", "Đ": "D"}  # the one Vietnamese letter Unicode does not decompose


def _letters_by_base() -> dict[str, str]:
    groups: dict[str, str] = {}
    for vowel in _VOWELS:
        for tone in _TONES:
            for letter in (vowel, vowel.upper()):
                composed = unicodedata.normalize("NFC", letter + tone)
                base = unicodedata.normalize("NFD", composed)[0]
                if composed != base:
                    groups[base] = groups.get(base, "") + composed
    return groups


def fold(text: str) -> str:
    """``text`` without Vietnamese marks: "Điện thoại người cao tuổi" → "Dien thoai nguoi cao tuoi"."""
    text = "".join(_STROKE.get(char, char) for char in unicodedata.normalize("NFD", text))
    return "".join(char for char in text if not unicodedata.combining(char))


def slugify(value, allow_unicode: bool = False) -> str:
    """Django's ``slugify``, with Vietnamese transliterated first (unless Unicode slugs are allowed)."""
    return django_slugify(value if allow_unicode else fold(str(value)), allow_unicode=allow_unicode)


# The same folding as regular expressions for the admin's slug widget: each marked letter to its
# ASCII letter, "đ" to "d", then any combining mark left (text typed in decomposed form) removed.
SLUG_FORMATTERS = [
    *((f"[{letters}]", base) for base, letters in sorted(_letters_by_base().items())),
    *((char, ascii_char) for char, ascii_char in _STROKE.items()),
    ("[\u0300-\u036f]", ""),
]


def install() -> None:
    """Use :func:`slugify` wherever Wagtail makes a slug from a title."""
    from django.db import models
    from wagtail.admin.forms.models import register_form_field_override
    from wagtail.admin.widgets import SlugInput
    from wagtail.models import pages

    # Page._set_core_field_defaults calls the ``slugify`` of its module for a page saved without a
    # slug (admin form without JavaScript, builders, the API). tests/test_slugs.py pins this.
    pages.slugify = slugify
    # Every SlugField in the admin's model forms (pages, snippets): Wagtail registers SlugInput for
    # it; a later registration for the same field class replaces it.
    register_form_field_override(models.SlugField, override={"widget": SlugInput(formatters=SLUG_FORMATTERS)})
