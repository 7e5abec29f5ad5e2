"""Folding text for search: case- and accent-insensitive ('odegard' finds 'Ødegård')."""

from __future__ import annotations

import unicodedata

# letters that do not decompose into a base letter and a combining mark
_SPECIAL = str.maketrans(
    {
        "æ": "ae",
        "ø": "o",
        "å": "a",
        "đ": "d",
        "ð": "d",
        "ł": "l",
        "þ": "th",
        "œ": "oe",
        "ı": "i",
    }
)


def fold(text: str) -> str:
    """Lower case, without accents: 'Ødegård' -> 'odegard', 'Bærum' -> 'baerum'."""
    folded = text.casefold().translate(_SPECIAL)
    decomposed = unicodedata.normalize("NFKD", folded)
    return "".join(c for c in decomposed if not unicodedata.combining(c))
