"""The language of a report, detected from its letters: Vietnamese or English.

Vietnamese writes most syllables with a letter that English never uses (``đ``, ``ư``, ``ơ``, ``â`` and
the tone marks), so the share of such letters separates the two: about a third of the letters of a
Vietnamese text, a few per cent of an English text that names Vietnamese people (``Tô Lâm``).
"""

from __future__ import annotations

import functools
import unicodedata

# Share of Vietnamese-only letters above which a text is Vietnamese. Vietnamese prose sits near
# 0.3, English reports quoting Vietnamese names below 0.03; 0.08 leaves room on both sides.
VIETNAMESE_MIN_SHARE = 0.08


@functools.cache  # a few hundred distinct letters: decomposed once each
def _is_vietnamese_letter(ch: str) -> bool:
    if ch in "đĐ":
        return True
    decomposed = unicodedata.normalize("NFD", ch)
    return len(decomposed) > 1 and decomposed[0].isascii()


def vietnamese_share(text: str) -> float:
    """Share of the letters of ``text`` that carry a Vietnamese diacritic (0.0 for no letters).

    >>> round(vietnamese_share("Hai bên nhất trí"), 2)
    0.23
    """
    letters = [ch for ch in text if ch.isalpha()]
    if not letters:
        return 0.0
    return sum(map(_is_vietnamese_letter, letters)) / len(letters)


@functools.lru_cache(maxsize=64)  # the readers of one report ask for its language several times
def detect_language(text: str) -> str:
    """``"vi"`` or ``"en"``: Vietnamese when at least :data:`VIETNAMESE_MIN_SHARE` of the letters carry a
    Vietnamese diacritic, else English (the only two languages of the corpus).

    >>> detect_language("Chiều 13/7, Ngoại trưởng Park Jin điện đàm với người đồng cấp Việt Nam.")
    'vi'
    >>> detect_language("President Yoon Suk Yeol met General Secretary Tô Lâm on Friday.")
    'en'
    """
    return "vi" if vietnamese_share(text) >= VIETNAMESE_MIN_SHARE else "en"
