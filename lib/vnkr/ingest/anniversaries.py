"""Anniversaries as evidence of a meeting's year: ``kỷ niệm 30 năm``, ``30th anniversary``, ``30
years of diplomatic ties``, ``three decades`` counted from the base years of
``data/lexicon/date_words.csv`` (1992, diplomatic relations; 2015, the FTA). Used by
:func:`vnkr.ingest.years.infer_year`."""

from __future__ import annotations

import re

from ..tables import lexicon

ORDINAL_RE = r"(\d{1,3})(?:st|nd|rd|th)?"


# the countries' relations counted in years ('quan hệ Việt Nam - Hàn Quốc … trong 31 năm qua', 'the 25 years
# of their relations', 'how far relations have come in their 30 years'): the count is from 1992
RELATION_SPAN_RE = re.compile(
    r"quan hệ (?:việt nam\s*[-–]\s*hàn quốc|hàn quốc\s*[-–]\s*việt nam|hai nước|song phương)[^.;\n]{0,60}?"
    r"(?:trong|sau|suốt) (\d{1,2}) năm qua"
    r"|(?<!\w)(\d{1,2}) years of (?:their|bilateral|the two countries') (?:relations|ties)"
    r"|(?:relations|ties)[^.;\n]{0,40}?\bin their (\d{1,2}) years",
    re.IGNORECASE,
)
RELATIONS_BASE = 1992
# the start an anniversary counts from, in brackets right after it: '(21/10/2004)', '(2004)', '(năm 2008)', '(1996 – 2016)'
BRACKET_START_RE = re.compile(
    r"[^.;()\n]*\((?:\d{1,2}[/.-]\d{1,2}[/.-]|năm\s+)?((?:19|20)\d{2})(?:\s*[-–]\s*(?:19|20)\d{2})?\)"
)
BRACKET_START_CHARS = 90
# 'the 20th anniversary of UNESCO's inscription …': an anniversary of something other than the ties
OTHER_ANNIVERSARY_RE = re.compile(
    r"\s+of\s+(?![^.;]{0,50}?\b(?:relations|ties|diplomatic|partnership|fta|free trade|friendship|twinning|sister)\b)",
    re.IGNORECASE,
)

# the start a count runs from, named before it in its sentence: 'Changwon và Đà Nẵng bắt đầu giao lưu từ
# năm 1997, tính đến năm nay vừa tròn 26 năm', 'Since 1997 the two cities have been partners, and this
# year is the 26th anniversary of their ties'
SINCE_RE = re.compile(r"(?<!\w)(?:từ|kể từ|since)\s+(?:năm\s+)?((?:19|20)\d{2})(?!\d)", re.I)
SINCE_CHARS = 100


def _since_year(text: str, at: int) -> int | None:
    """The year named after ``từ``/``since`` in the same sentence, at most :data:`SINCE_CHARS` before an
    anniversary at ``at`` (the last one if several), or None."""
    start = max(text.rfind(".", 0, at), text.rfind("\n", 0, at), at - SINCE_CHARS) + 1
    found = list(SINCE_RE.finditer(text, start, at))
    return int(found[-1].group(1)) if found else None


DECADE_WORDS = {"two": 2, "three": 3, "four": 4, "một": 1, "hai": 2, "ba": 3, "bốn": 4}
# where the anniversary falls from the meeting's year: 'next year … marks 30 years' (one year later)
SHIFT_WORDS = (("next year", 1), ("năm sau", 1), ("năm tới", 1), ("last year", -1), ("năm ngoái", -1))


def anniversary_years(text: str) -> list[tuple[int, str]]:
    """Years a meeting may fall in from an anniversary in ``text``: ``kỷ niệm 30 năm``, ``30th
    anniversary``, ``30 years of diplomatic ties``, ``three decades of diplomatic relations``, counted
    from each ``anniversary_base`` of the lexicon (1992, diplomatic relations; 2015, the FTA), one
    year earlier when the sentence says the anniversary comes next year (a year later: last year),
    with the phrase; the office holders' terms decide between the bases.

    >>> anniversary_years("as the two countries mark the 30th anniversary of diplomatic relations")
    [(2022, '30th anniversary'), (2045, '30th anniversary')]
    >>> anniversary_years("Next year the two nations mark 30 years of diplomatic ties.")[0]
    (2021, '30 years of diplomatic')
    >>> anniversary_years("a trip marking 25 years of Vietnam–RoK diplomatic relations")[0][0]
    2017
    >>> anniversary_years("năm ngoái hai nước vừa kỷ niệm tròn 30 năm đặt quan hệ ngoại giao")[0][0]
    2023
    >>> anniversary_years("glad to see how ties had grown during the 25 years of their relations")
    [(2017, '25 years of their relations')]
    """
    bases = list(lexicon.values("anniversary_base").values())
    found = _anniversaries(text)
    out = []
    # the same count elsewhere (a headline's 'kỷ niệm 15 năm') counts from that start too
    started = {n: s for n, _, s in found if s is not None}
    for n, phrase, start in found:
        counted = [start] if start else [started[n]] if n in started else bases
        out += [(base + n, phrase) for base in counted]
    for m in RELATION_SPAN_RE.finditer(text):
        out.append((RELATIONS_BASE + int(m.group(1) or m.group(2) or m.group(3)), m.group(0)))
    return out


def counted_from_start(text: str) -> list[tuple[int, str]]:
    """The anniversaries of ``text`` counted from a start the text gives (in brackets after it, or
    after ``từ``/``since`` before it), with their phrase: a local tie's own count
    (``kỷ niệm 20 năm quan hệ kết nghĩa … (2002 - 2022)``: 2022).

    >>> counted_from_start("kỷ niệm 20 năm quan hệ kết nghĩa giữa tỉnh Khánh Hòa và thành phố Ulsan (2002 - 2022)")
    [(2022, 'kỷ niệm 20 năm')]
    >>> counted_from_start("kỷ niệm 30 năm quan hệ ngoại giao")
    []
    """
    return [(start + n, phrase) for n, phrase, start in _anniversaries(text) if start is not None]


def _anniversaries(text: str) -> list[tuple[int, str, int | None]]:
    """Each anniversary of ``text`` as (count in years, phrase, the start year the text gives or None)."""
    number = rf"(?:{ORDINAL_RE}|(?P<word>{'|'.join(DECADE_WORDS)}))"
    found = []
    for word in lexicon.words("anniversary_word"):
        w = re.escape(word).replace(r"\ ", r"\s+")
        # 'years of Vietnam–RoK diplomatic relations': up to three words may name the partners after 'of'
        w = w.replace(r"of\s+", r"of\s+(?:[^\s.,;]+\s+){0,3}?", 1)
        for m in re.finditer(
            # 'hơn 30 năm …' (more than 30 years) gives no year
            rf"(?<!\w)(?<!hơn\s)(?<!gần\s)(?<!over\s)(?<!than\s)(?:{w}\s+(?:(?:[^\s.,;]+\s+){{0,3}}?(?:tròn|đúng)\s+)?{ORDINAL_RE}\s+năm|{number}\s+{w})(?!\w)",
            text,
            re.IGNORECASE,
        ):
            if OTHER_ANNIVERSARY_RE.match(text, m.end()):
                continue  # 'the 20th anniversary of UNESCO's inscription of My Son': not of the ties
            n = int(m.group(1) or m.group(2) or 0) or DECADE_WORDS.get((m.group("word") or "").lower(), 0)
            if "decade" in word or "thập kỷ" in word:
                n *= 10
            # the phrase itself is left out: '31 năm sau khi …' (31 years after) is no 'năm sau' (next year)
            sentence = (
                text[max(0, text.rfind(".", 0, m.start()) + 1) : m.start()]
                + " "
                + text[m.end() : m.end() + 60]
            ).lower()
            sentence = sentence.replace("năm sau khi", " ")  # 'N năm sau khi' (N years after) is no 'năm sau'
            shift = next((k for phrase, k in SHIFT_WORDS if phrase in sentence), 0)
            # 'kỷ niệm 15 năm ký kết hợp tác hữu nghị (21/10/2004)': counted from the start it gives
            start = BRACKET_START_RE.match(text, m.end(), min(len(text), m.end() + BRACKET_START_CHARS))
            since = _since_year(text, m.start())
            found.append((n - shift, m.group(0), int(start.group(1)) if start else since))
    return found
