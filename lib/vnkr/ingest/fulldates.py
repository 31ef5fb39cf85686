"""Complete dates (day, month and year) in one line, as bylines, clocks and datelines write them."""

from __future__ import annotations

import datetime as dt
import re

from .dateforms import valid_date
from .datepatterns import date_patterns

YEAR_RE = re.compile(r"\d{4}")
FULL_NUMERIC_RE = re.compile(r"(?<![\d/])(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})(?!\d)")
ISO_RE = re.compile(r"(?<![\d/])(\d{4})([-/])(\d{2})\2(\d{2})(?![\d/])")  # 2024-09-04, 2024/03/22
LONG_VI_RE = re.compile(r"ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})", re.IGNORECASE)


def full_dates(line: str) -> list[tuple[int, int, dt.date]]:
    """Every complete date in a line, ``(start, end, date)`` in order: ``22/07/2021``, ``02-07-2024``,
    ``2024-09-04``, ``2024/03/22``, ``ngày 23 tháng 08 năm 2019``, ``July 13, 2022``, ``25 Jun. 2023``.

    >>> [str(d) for _, _, d in full_dates("Published: 25 Jun. 2023, 16:35")]
    ['2023-06-25']
    """
    if not YEAR_RE.search(line):  # every complete date has a four-digit year: most lines have none
        return []
    out = []
    for m in FULL_NUMERIC_RE.finditer(line):
        if d := valid_date(int(m.group(3)), int(m.group(2)), int(m.group(1))):
            out.append((m.start(), m.end(), d))
    for m in ISO_RE.finditer(line):
        if d := valid_date(int(m.group(1)), int(m.group(3)), int(m.group(4))):
            out.append((m.start(), m.end(), d))
    for m in LONG_VI_RE.finditer(line):
        if d := valid_date(int(m.group(3)), int(m.group(2)), int(m.group(1))):
            out.append((m.start(), m.end(), d))
    p = date_patterns()
    for rx in (p.en_month_day, p.en_day_month) if any(w in line for w in p.month_words) else ():
        for m in rx.finditer(line):
            if m.group("y") and (
                d := valid_date(int(m.group("y")), p.months[m.group("lead").lower()], int(m.group("d")))
            ):
                out.append((m.start(), m.end(), d))
    return sorted(out, key=lambda t: t[0])
