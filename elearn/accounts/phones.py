"""Vietnamese mobile numbers: one normaliser for every form, stored in E.164 ("+84912345678").

People write the same number in many ways ("0912 345 678", "+84 912 345 678", "84912345678",
"(091) 234-5678"); every form that takes a phone number cleans it here, so one person's number is
stored once and found again however it is typed at sign-in.
"""

import unicodedata

import phonenumbers
from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

VIETNAM = "VN"
# What a person may type around the digits: spaces, "+", and the usual separators.
_SEPARATORS = frozenset(" +-.()/")
_MOBILE_TYPES = frozenset({phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE})
MAX_INPUT_LENGTH = 25

MESSAGES = {
    "invalid": _("Enter a Vietnamese mobile number, e.g. 0912 345 678."),
    "digits": _("Type the phone number with the digits 0–9 (other digit forms are not accepted)."),
    "foreign": _("Only Vietnamese mobile numbers can receive our text messages."),
}


def normalise_phone(value: str) -> str:
    """The E.164 form of a Vietnamese mobile number, or ``ValidationError`` with a Vietnamese message.

    Refuses digits other than ASCII 0–9 (Arabic-Indic, full-width…), which the phonenumbers library
    would silently accept: they are look-alikes a person cannot type back at sign-in.
    """
    text = "".join(" " if ch.isspace() else ch for ch in value if unicodedata.category(ch) != "Cf").strip()
    if not text or len(text) > MAX_INPUT_LENGTH:
        raise ValidationError(MESSAGES["invalid"], code="invalid")
    for ch in text:
        if ch.isdigit() and not ("0" <= ch <= "9"):
            raise ValidationError(MESSAGES["digits"], code="digits")
        if not ("0" <= ch <= "9") and ch not in _SEPARATORS:
            raise ValidationError(MESSAGES["invalid"], code="invalid")
    try:
        number = phonenumbers.parse(text, VIETNAM)
    except phonenumbers.NumberParseException:
        raise ValidationError(MESSAGES["invalid"], code="invalid") from None
    if number.country_code != 84:
        raise ValidationError(MESSAGES["foreign"], code="foreign")
    if not phonenumbers.is_valid_number(number) or phonenumbers.number_type(number) not in _MOBILE_TYPES:
        raise ValidationError(MESSAGES["invalid"], code="invalid")
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def phone_or_none(value: str) -> str | None:
    """``normalise_phone`` for look-ups: None instead of an error."""
    try:
        return normalise_phone(value)
    except ValidationError:
        return None


def format_phone(e164: str) -> str:
    """How the number is shown to people: "0912 345 678"."""
    if not e164:
        return ""
    number = phonenumbers.parse(e164, VIETNAM)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)


def mask_phone(e164: str) -> str:
    """For lists where only a hint is needed: "0912 *** 678"."""
    national = format_phone(e164).replace(" ", "")
    if len(national) < 7:
        return "***"
    return f"{national[:4]} *** {national[-3:]}"


class PhoneNumberField(forms.CharField):
    """A form field that cleans to E.164 (or "" when optional and empty)."""

    widget = forms.TextInput

    def __init__(self, **kwargs):
        kwargs.setdefault("label", _("Phone number"))
        kwargs.setdefault("max_length", MAX_INPUT_LENGTH)
        super().__init__(**kwargs)

    def widget_attrs(self, widget):
        attrs = super().widget_attrs(widget)
        attrs.update({"type": "tel", "autocomplete": "tel", "inputmode": "tel"})
        return attrs

    def to_python(self, value):
        value = super().to_python(value)
        return normalise_phone(value) if value else value
