"""Spans of days written with two ends (``từ ngày 22 đến 24/6``, ``from December 4 to 6``, ``June 30 -
July 3``): their first day, as a ``span`` mention that :mod:`vnkr.ingest.dates` uses only after every
single date of the text. A span next to a single date of the meeting (``ngày 23/6``) never wins over it.

Two kinds are told apart:

- the span of what the report is about: a preview's (its sentence looks ahead: ``will pay a state visit
  from August 10 to 13``, ``sẽ thăm … từ ngày 22 đến 24/6``) or a span fronted as its sentence's time
  (``Từ ngày 4 đến 6/12, Chủ tịch nước thăm …``): the report is dated by its first day, the arrival
  (:data:`FRONTED`, or a :data:`FRAME` whose mention is ``ahead``);
- the frame of a stay told in passing (``trong khuôn khổ chuyến thăm … từ 30/6 đến 3/7``, ``during his
  August 1-2 stay``, ``is on a working trip from December 19 to 21``): it does not say which day of the
  stay the report's meeting fell on, so it gives only the month, and only when nothing else dates the
  report (:data:`FRAME`).

Forms read (the month may be on the first end, the last, or both; a year may close the span):

- Vietnamese: ``từ ngày 22 đến 24/6``, ``từ ngày 22/6 đến 24/6``, ``từ 24 đến 26-3-2022``,
  ``trong hai ngày 20 và 21/9``, ``từ ngày 30/6 đến 3/7``;
- English: ``from December 4 to 6``, ``March 22-24``, ``from June 30 to July 3``, ``May 30-June 1``,
  ``Dec. 3-5``, ``from August 10 to 13, 2025``.

A span whose days are not in order within one month (``từ ngày 24 đến 22/6``) is not read.
"""

from __future__ import annotations

import datetime as dt
import functools
import re

from .datepatterns import DatePatterns, valid_date


def _valid(year: int | None, month: int, day: int) -> bool:
    return valid_date(year or 2000, month, day) is not None  # 2000 is a leap year: 29/2 stays possible


VI_SPAN_TWO_ENDS_RE = re.compile(
    r"(?<!\w)(?:từ|trong\s+(?:hai|ba|2|3)\s+ngày)\s+(?:(?:ngày|hôm)\s+)?(?:(?:mùng|mồng)\s+)?"
    r"(?P<d1>\d{1,2})(?:\s*[/.\-]\s*(?P<m1>\d{1,2}))?"
    r"\s*(?:đến|tới|và|[-–])\s*(?:(?:ngày|hôm)\s+)?(?:(?:mùng|mồng)\s+)?"
    r"(?P<d2>\d{1,2})\s*[/.\-]\s*(?P<m2>\d{1,2})(?:\s*[/.\-]\s*(?P<y>\d{4}))?(?![\d/]|[.,]\d)",
    re.IGNORECASE,
)


@functools.lru_cache(maxsize=4)
def _en_span_re(month_words: tuple) -> re.Pattern:
    month_alt = "|".join(re.escape(w) for w in sorted(month_words, key=lambda w: (-len(w), w)))
    return re.compile(
        rf"(?<!\w)(?P<m1>{month_alt})\.?\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?"
        r"\s*(?:[-–]|\s(?:to|through|until|and)\s)\s*"
        rf"(?:(?P<m2>{month_alt})\.?\s+)?(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?(?!\d)"
        r"(?:,?\s+(?P<y>\d{4})(?!\d))?"
    )


FRONTED = "fronted span"  # 'Từ ngày 4 đến 6/12, …': the sentence's time
FRAME = "span of a stay"  # any other two-ended span: a preview's when its sentence looks ahead
FRONTED_AFTER_RE = re.compile(r"\s*[,:]")
# what may stand before a fronted span in its sentence: nothing, a dateline or a clause closed by a comma
# ('Hà Nội (TTXVN) - Từ ngày 4 đến 6/12, …', 'Được Thủ tướng đồng ý, từ 22 đến 26-4, …')
OPENS_RE = re.compile(r"(?:^|[.!?]\s|[,:\-–—)]\s*)$")
# 'trong hai ngày 27 và 28/11': the days the sentence's event took, wherever the span stands
DAYS_OF_EVENT_RE = re.compile(r"trong\s", re.IGNORECASE)


def _days_after(d1: int, m1: int, d2: int, m2: int, year: int | None) -> int:
    """How many days the span's last day comes after its first (``30/6 đến 3/7``: 3)."""
    y = year or 2001  # a year that is no leap year unless the text gives one
    first, last = dt.date(y if m1 <= m2 else y - 1, m1, min(d1, 28 if m1 == 2 else d1)), dt.date(y, m2, d2)
    return (last - first).days


def _fields(text: str, start: int, end: int, day: int, month: int, year: int | None, days: int) -> dict:
    line_start = text.rfind("\n", 0, start) + 1
    fronted = FRONTED_AFTER_RE.match(text, end) and OPENS_RE.search(text[line_start:start].rstrip(" "))
    word = FRONTED if fronted or DAYS_OF_EVENT_RE.match(text, start) else FRAME
    fields = dict(form="full" if year else "day_month", day=day, month=month, year=year, word=word)
    return dict(fields, span=True, span_days=days)


def _in_order(d1: int, m1: int, d2: int, m2: int) -> bool:
    return (m1, d1) < (m2, d2) or (m1 == 12 and m2 == 1)  # 'December 30 to January 2' crosses a year


def two_ended_spans(text: str, p: DatePatterns) -> list[tuple[int, int, dict]]:
    """``(start, end, fields)`` of every span with two ends in ``text`` (see the module docstring);
    ``fields`` are those of a ``span`` :class:`vnkr.ingest.dateforms.Mention` of the first day.

    >>> from vnkr.ingest.datepatterns import date_patterns
    >>> p = date_patterns()
    >>> [(f["day"], f["month"], f["year"]) for _, _, f in two_ended_spans("Từ ngày 4 đến 6/12, Chủ tịch nước thăm Hàn Quốc.", p)]
    [(4, 12, None)]
    >>> [(f["day"], f["month"]) for _, _, f in two_ended_spans("a state visit from June 30 to July 3", p)]
    [(30, 6)]
    """
    out = []
    for m in VI_SPAN_TWO_ENDS_RE.finditer(text) if any(c.isdigit() for c in text) else ():
        d1, d2, m2 = int(m.group("d1")), int(m.group("d2")), int(m.group("m2"))
        m1 = int(m.group("m1")) if m.group("m1") else m2
        y = int(m.group("y")) if m.group("y") else None
        if _valid(y, m1, d1) and _valid(y, m2, d2) and _in_order(d1, m1, d2, m2):
            out.append(
                (
                    m.start(),
                    m.end(),
                    _fields(text, m.start(), m.end(), d1, m1, y, _days_after(d1, m1, d2, m2, y)),
                )
            )
    if any(w in text for w in p.month_words):
        for m in _en_span_re(p.month_words).finditer(text):
            m1 = p.months[m.group("m1").lower()]
            m2 = p.months[m.group("m2").lower()] if m.group("m2") else m1
            d1, d2 = int(m.group("d1")), int(m.group("d2"))
            y = int(m.group("y")) if m.group("y") else None
            if _valid(y, m1, d1) and _valid(y, m2, d2) and _in_order(d1, m1, d2, m2):
                out.append(
                    (
                        m.start(),
                        m.end(),
                        _fields(text, m.start(), m.end(), d1, m1, y, _days_after(d1, m1, d2, m2, y)),
                    )
                )
    return out
