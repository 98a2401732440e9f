"""One cleaner for every form that takes a person's name (sign-up, profile, re-issue, assisted sign-up…).

A name prints on certificates and in exports, so what is accepted must be visible and printable:
NFC (one code point per Vietnamese letter), invisible characters removed (zero-width spaces, joiners,
bidi overrides, fillers), spaces collapsed; control characters, symbols and emoji refused, and so is a
"name" without a single letter or one stacked with combining marks; so are letters the certificate's
font (DejaVu Sans Bold, ``settings.FONT_DIR``) has no glyph for, which would print as empty boxes.
"""

import unicodedata
from functools import lru_cache

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

NAME_MAX_LENGTH = 150
NAME_MIN_LENGTH = 2
# Combining marks allowed on one letter after NFC: Vietnamese needs none (every letter is precomposed),
# other scripts need one or two; more is "zalgo" text that overprints the line above on a certificate.
MAX_MARKS_PER_LETTER = 2
# Punctuation that belongs in names ("Mơ-nông", "H'Hen Niê", "Nguyễn T. Lan").
NAME_PUNCTUATION = frozenset("-'’.,")

# Unicode's Default_Ignorable_Code_Point ranges (DerivedCoreProperties.txt) outside category Cf:
# fillers and variation selectors that render as nothing.
_IGNORABLE_RANGES = (
    (0x034F, 0x034F),
    (0x115F, 0x1160),
    (0x17B4, 0x17B5),
    (0x180B, 0x180F),
    (0x3164, 0x3164),
    (0xFE00, 0xFE0F),
    (0xFFA0, 0xFFA0),
    (0xE0100, 0xE01EF),
)

MESSAGES = {
    "required": _("Please enter your full name."),
    "control": _("The name contains control characters; type it again without copying it from elsewhere."),
    "no_letters": _("A name must contain letters."),
    "characters": _("A name may only contain letters, spaces and the signs - ' . , (no emoji or symbols)."),
    "marks": _("The name has accent marks that are not on a letter, or too many on one letter."),
    "too_long": _("A name can have at most %(max)d characters (this one has %(length)d)."),
    "unprintable": _(
        "These characters cannot be printed on a certificate: %(characters)s. "
        "Type the name in Vietnamese or Latin letters."
    ),
}
# The font the name is printed in on certificates (courses/certificates/pdf.py).
CERTIFICATE_NAME_FONT = "DejaVuSans-Bold.ttf"


@lru_cache(maxsize=1)
def _printable_code_points() -> frozenset[int]:
    from reportlab.pdfbase.ttfonts import TTFontFile

    return frozenset(TTFontFile(str(settings.FONT_DIR / CERTIFICATE_NAME_FONT)).charToGlyph)


def _invisible(ch: str) -> bool:
    if unicodedata.category(ch) == "Cf":  # zero-width space/joiners, bidi controls, BOM, soft hyphen…
        return True
    code = ord(ch)
    return any(start <= code <= end for start, end in _IGNORABLE_RANGES)


def clean_person_name(value: str) -> str:
    """The name as it will be stored and printed, or ``ValidationError`` with a Vietnamese message."""
    text = unicodedata.normalize("NFC", value or "")
    if any(unicodedata.category(ch) == "Cc" for ch in text):
        raise ValidationError(MESSAGES["control"], code="control")
    text = "".join(ch for ch in text if not _invisible(ch))
    # NFC again: removing an invisible character can bring a letter and its mark together.
    text = " ".join(unicodedata.normalize("NFC", text).split())
    if not text:
        raise ValidationError(MESSAGES["required"], code="required")
    categories = [unicodedata.category(ch) for ch in text]
    if any(not (c[0] in "LM" or ch == " " or ch in NAME_PUNCTUATION) for ch, c in zip(text, categories, strict=True)):
        raise ValidationError(MESSAGES["characters"], code="characters")
    if not any(c[0] == "L" for c in categories):
        raise ValidationError(MESSAGES["no_letters"], code="no_letters")
    marks = 0
    for previous, category in zip(["Zs", *categories], categories, strict=False):
        if category[0] != "M":
            marks = 0
        elif previous[0] not in "LM":  # a mark must sit on a letter, not on a space or a sign
            raise ValidationError(MESSAGES["marks"], code="marks")
        else:
            marks += 1
            if marks > MAX_MARKS_PER_LETTER:
                raise ValidationError(MESSAGES["marks"], code="marks")
    missing = sorted({ch for ch in text if ch != " " and ord(ch) not in _printable_code_points()})
    if missing:
        raise ValidationError(
            MESSAGES["unprintable"], code="unprintable", params={"characters": " ".join(missing[:10])}
        )
    if len(text) < NAME_MIN_LENGTH:
        raise ValidationError(MESSAGES["required"], code="required")
    if len(text) > NAME_MAX_LENGTH:
        raise ValidationError(
            MESSAGES["too_long"], code="too_long", params={"max": NAME_MAX_LENGTH, "length": len(text)}
        )
    return text


class PersonNameField(forms.CharField):
    """A form field for a person's full name, cleaned with ``clean_person_name``.

    The browser limit is generous (invisible characters and extra spaces are removed before the
    150-character limit is checked); the cleaner gives the precise message.
    """

    def __init__(self, **kwargs):
        kwargs.setdefault("label", _("Full name"))
        kwargs.setdefault("max_length", NAME_MAX_LENGTH * 2)
        kwargs.setdefault("widget", forms.TextInput(attrs={"autocomplete": "name"}))
        super().__init__(**kwargs)

    def to_python(self, value):
        value = super().to_python(value)
        return clean_person_name(value) if value else value
