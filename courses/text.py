"""Accent-insensitive text for Vietnamese search, identical on SQLite and PostgreSQL.

Both the stored search text and the query go through ``fold``: "Nghệ An", "nghe an"
and "NGHỆ AN" all become " nghe an ". Wagtail's SQLite backend cannot do this for
letters with two marks (ộ, ệ), and PostgreSQL would need the unaccent extension.
"""

import re

from unidecode import unidecode

_NON_WORD = re.compile(r"[^a-z0-9]+")


def fold(text: str) -> str:
    """Lower-case ASCII words separated by single spaces, padded with a space on each side."""
    words = _NON_WORD.sub(" ", unidecode(text or "").lower()).split()
    return f" {' '.join(words)} " if words else ""


def query_terms(query: str) -> list[str]:
    return fold(query).split()[:10]
