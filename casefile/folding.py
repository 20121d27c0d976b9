"""Text folded for comparison: the one place accents and case are set aside.

``fold`` keeps one character per precomposed letter ("Aramayo" and "ARAMAYO", "Ibáñez" and
"Ibanez" fold alike), so offsets found in folded text hold in the original for Latin text;
``name_key`` also drops spaces and punctuation, so "El País" meets "elpais".
"""

from __future__ import annotations

import unicodedata


def fold(text: str) -> str:
    """``text`` without accents (combining marks) and case-folded."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def name_key(value: str | None) -> str:
    """A name folded for comparison: no accents, case, spaces or punctuation."""
    return "".join(ch for ch in fold(value or "") if ch.isalnum())
