"""The one phone normaliser (issues 15, 17.5, 13.10): every usual way of writing a number, one E.164 form."""

import re

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation
from hypothesis import given
from hypothesis import strategies as st

from elearn.accounts.phones import format_phone, mask_phone, normalise_phone, phone_or_none

# Mobile prefixes in use since the 2018 renumbering (03x, 05x, 07x, 08x, 09x).
MOBILE_PREFIXES = ["32", "33", "34", "35", "36", "37", "38", "39", "56", "58", "70", "76", "77", "78", "79",
                   "81", "82", "83", "84", "85", "86", "88", "90", "91", "93", "94", "96", "97", "98"]  # fmt: skip


def code(value):
    with pytest.raises(ValidationError) as caught:
        normalise_phone(value)
    return caught.value.code


@pytest.mark.parametrize(
    "typed", ["0912 345 678", "0912345678", "+84 912 345 678", "84912345678", "(091) 234-5678", "0912.345.678"]
)
def test_the_usual_ways_of_writing_a_number_are_one_number(typed):
    assert normalise_phone(typed) == "+84912345678"


@pytest.mark.parametrize(
    "typed, error",
    [
        ("٠٩١٢٣٤٥٦٧٨", "digits"),  # Arabic-Indic
        ("۰۹۱۲۳۴۵۶۷۸", "digits"),  # Extended Arabic-Indic (Persian)
        ("０９１２３４５６７８", "digits"),  # full-width
        ("0912 345 ٦٧٨", "digits"),
        ("+1 202 555 0123", "foreign"),
        ("02383 123 456", "invalid"),  # a landline cannot receive the code
        ("091234567", "invalid"),
        ("0123456789", "invalid"),  # the old 11-digit plan's prefix
        ("0912 ABC 678", "invalid"),  # phonenumbers would read letters as a keypad
        ("", "invalid"),
        ("0" * 40, "invalid"),
    ],
)
def test_refused_numbers(typed, error):
    assert code(typed) == error


def test_messages_are_vietnamese():
    with translation.override("vi"), pytest.raises(ValidationError) as caught:
        normalise_phone("٠٩١٢٣٤٥٦٧٨")
    assert "chữ số 0–9" in caught.value.messages[0]
    with translation.override("vi"), pytest.raises(ValidationError) as caught:
        normalise_phone("12345")
    assert "Nhập số điện thoại di động Việt Nam" in caught.value.messages[0]


def test_display_and_masked_forms():
    assert format_phone("+84912345678") == "0912 345 678"
    assert mask_phone("+84912345678") == "0912 *** 678"
    assert phone_or_none("không có") is None


separators = st.sampled_from(["", " ", "-", ".", "  "])


@given(
    st.sampled_from(MOBILE_PREFIXES),
    st.text(alphabet="0123456789", min_size=7, max_size=7),
    st.sampled_from(["0{}", "+84{}", "84{}", "+84 {}", "(0{})"]),
    separators,
)
def test_any_written_form_of_a_mobile_number_gives_the_same_e164(prefix, rest, template, sep):
    e164 = f"+84{prefix}{rest}"
    national = f"{prefix}{sep}{rest[:3]}{sep}{rest[3:]}"
    assert normalise_phone(template.format(national)) == e164
    assert normalise_phone(format_phone(e164)) == e164


@given(st.text(max_size=30))
def test_whatever_is_accepted_is_a_vietnamese_e164_number_and_stable(value):
    try:
        e164 = normalise_phone(value)
    except ValidationError as error:
        assert error.messages and all(error.messages)
        return
    assert re.fullmatch(r"\+84[35789]\d{8}", e164)
    assert normalise_phone(e164) == e164


@given(st.characters(categories=["Nd"]).filter(lambda ch: not "0" <= ch <= "9"), st.integers(0, 9))
def test_any_non_ascii_digit_is_refused_with_the_digits_message(digit, position):
    typed = list("0912345678")
    typed[position] = digit
    assert code("".join(typed)) == "digits"
