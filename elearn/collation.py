"""Vietnamese alphabetical order, the order of a Vietnamese dictionary or an official list.

Code-point order (SQLite, ``sorted``) puts "Đ" after "Z" and "Ân" after "Yên"; PostgreSQL's order
depends on the server's locale. Lists people read (communes, agencies) are short, so they are
sorted in Python with ``vietnamese_key`` and come out the same on every database:

* letters: a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y (plus f j w z for loanwords);
* then tones, for words with the same letters: none, huyền, hỏi, ngã, sắc, nặng;
* then case.
"""

import unicodedata

ALPHABET = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz"
_LETTER = {letter: position for position, letter in enumerate(ALPHABET)}
# Marks that make another letter (ă â ê ô ơ ư) and marks that only carry the tone.
_LETTER_MARKS = {"\u0306", "\u0302", "\u031b"}
_TONE = {"\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}


def vietnamese_key(text: str) -> tuple:
    """A sort key: ``sorted(names, key=vietnamese_key)``."""
    letters: list[tuple[int, int]] = []
    tones: list[int] = []
    bases: list[str] = []
    for char in unicodedata.normalize("NFD", text or ""):
        if char in _TONE and letters:
            tones[-1] = _TONE[char]
        elif char in _LETTER_MARKS and letters:
            bases[-1] = unicodedata.normalize("NFC", bases[-1] + char)
            letters[-1] = _weight(bases[-1])
        else:
            bases.append(char)
            letters.append(_weight(char))
            tones.append(0)
    return tuple(letters), tuple(tones), text or ""


def _weight(char: str) -> tuple[int, int]:
    """Letters after every other character (spaces, digits, punctuation), in Vietnamese order."""
    lower = char.lower()
    if lower in _LETTER:
        return 1, _LETTER[lower]
    return 0, ord(lower)
