"""The one name cleaner (issue 13.10): what it keeps, what it strips, what it refuses — for any input."""

import unicodedata

import pytest
from django.core.exceptions import ValidationError
from hypothesis import example, given
from hypothesis import strategies as st

from elearn.accounts.names import NAME_MAX_LENGTH, clean_person_name

INVISIBLE = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u202e", "\u202d", "\u2066", "\u3164"]
VIETNAMESE_LETTERS = "aăâbcdđeêghiklmnoôơpqrstuưvxyáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ"


def messages(value):
    with pytest.raises(ValidationError) as caught:
        clean_person_name(value)
    return " ".join(caught.value.messages)


def test_spaces_collapse_and_decomposed_vietnamese_becomes_one_code_point_per_letter():
    decomposed = unicodedata.normalize("NFD", "  Nguyễn   Thị  Ngọc Diệp ")
    assert clean_person_name(decomposed) == "Nguyễn Thị Ngọc Diệp"
    assert len(clean_person_name(decomposed)) == len("Nguyễn Thị Ngọc Diệp")


def test_invisible_and_bidi_override_characters_are_removed():
    assert clean_person_name("\u202eNguyễn\u200b Văn\u200d An\ufeff") == "Nguyễn Văn An"


@pytest.mark.parametrize(
    "value, expected",
    [
        ("\u200b\u200b\u200b", "Vui lòng nhập họ và tên"),
        ("\u0301\u0301\u0303", "Họ tên phải có chữ cái."),
        ("🌸🌸", "không dùng biểu tượng cảm xúc hay ký hiệu"),
        ("Lan 🌸", "không dùng biểu tượng cảm xúc hay ký hiệu"),
        ("-- ..", "Họ tên phải có chữ cái."),
        ("Nam\x00", "ký tự điều khiển"),
        ("Nam\x1b[31m", "ký tự điều khiển"),
        ("a\u0301\u0301\u0301\u0301", "một chữ có quá nhiều dấu"),
        ("An \u0301", "không đặt trên chữ cái"),
        ("x" * (NAME_MAX_LENGTH + 1), "tối đa 150 ký tự (tên này có 151 ký tự)"),
    ],
)
def test_refused_names_get_a_clear_vietnamese_message(value, expected):
    assert expected in messages(value)


def test_names_with_minority_and_abbreviated_forms_are_kept():
    for name in ["H'Hen Niê", "Lò Văn Mơ-nông", "Nguyễn T. Lan", "Kpă Y’Thu"]:
        assert clean_person_name(name) == name


def test_the_longest_allowed_name_passes_after_invisible_characters_are_removed():
    name = "Ngọc " * 29 + "Diệp"  # 149 characters
    assert clean_person_name("\u200b".join(name)) == name


@given(st.text(max_size=200))
@example("\u0000")
@example("a\u0300\u0300\u0300")
def test_whatever_is_accepted_is_printable_normalised_and_stable(value):
    try:
        cleaned = clean_person_name(value)
    except ValidationError as error:
        assert error.messages and all(error.messages)
        return
    assert unicodedata.is_normalized("NFC", cleaned)
    assert 2 <= len(cleaned) <= NAME_MAX_LENGTH
    assert cleaned == " ".join(cleaned.split())
    assert any(unicodedata.category(ch).startswith("L") for ch in cleaned)
    assert not any(unicodedata.category(ch) in {"Cc", "Cf", "So", "Sk", "Sm", "Sc", "Nd"} for ch in cleaned)
    assert clean_person_name(cleaned) == cleaned


@given(
    st.lists(st.text(alphabet=VIETNAMESE_LETTERS, min_size=1, max_size=8), min_size=2, max_size=5),
    st.lists(st.sampled_from(INVISIBLE), max_size=6),
    st.randoms(use_true_random=False),
)
def test_invisible_characters_anywhere_do_not_change_a_real_name(words, junk, random):
    name = " ".join(word.capitalize() for word in words)
    chars = list(name)
    for ch in junk:
        chars.insert(random.randint(0, len(chars)), ch)
    assert clean_person_name("".join(chars)) == name


@pytest.mark.parametrize("value, shown", [("李小龍", "小 李 龍"), ("Lan สมชาย", "ช ม ย ส า")])
def test_letters_the_certificate_font_cannot_print_are_refused(value, shown):
    assert f"Không thể in các ký tự này trên chứng nhận: {shown}." in messages(value)


def test_every_vietnamese_letter_and_minority_sign_prints():
    letters = VIETNAMESE_LETTERS + VIETNAMESE_LETTERS.upper()
    for start in range(0, len(letters), 40):
        assert clean_person_name("Tên " + letters[start : start + 40]) == "Tên " + letters[start : start + 40]
