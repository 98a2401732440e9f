from elearn.collation import vietnamese_key


def test_letters_follow_the_vietnamese_alphabet():
    words = ["đi", "dê", "ư", "u", "ơ", "ô", "o", "â", "ă", "a", "ê", "e", "z"]
    assert sorted(words, key=vietnamese_key) == ["a", "ă", "â", "dê", "đi", "e", "ê", "o", "ô", "ơ", "u", "ư", "z"]


def test_tones_only_break_ties_between_the_same_letters():
    assert sorted(["mạ", "má", "mã", "mả", "mà", "ma"], key=vietnamese_key) == ["ma", "mà", "mả", "mã", "má", "mạ"]
    # The letters decide first: "mạnh" (m-a-n-h) comes after "mà" and "mai" whatever its tone.
    assert sorted(["mạnh", "mai", "mà"], key=vietnamese_key) == ["mà", "mai", "mạnh"]


def test_a_letter_with_two_marks_in_any_unicode_form():
    decomposed = "Nghe\u0323\u0302 An"  # ệ written as e + dot below + circumflex
    assert vietnamese_key(decomposed)[:2] == vietnamese_key("Nghệ An")[:2]
    assert sorted(["Nghi Lộc", decomposed], key=vietnamese_key) == [decomposed, "Nghi Lộc"]


def test_case_and_spaces():
    assert sorted(["Xã Anh Sơn", "xã an", "Xã An"], key=vietnamese_key) == ["Xã An", "xã an", "Xã Anh Sơn"]
    assert vietnamese_key("") < vietnamese_key("a")
