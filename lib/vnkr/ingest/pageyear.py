"""The year of a date the page shows, checked against the office holders the text names: a page's
own year (byline, page clock) that none of them fits yields to theirs, and a wire dateline without a
year (``VIETNAM, December 6 -``, ``Hà Nội, 20/11 (TTXVN) -``) takes the year of a month header, else the one
year they fit. Used by :mod:`vnkr.ingest.dates`."""

from __future__ import annotations

import datetime as dt
import re

from .dateforms import find_mentions, valid_date
from .fulldates import full_dates
from .offices import DateNotFound, in_office, leaders_mentioned
from .publication import Publication, datelines
from .years import infer_year

DATELINE_TAIL_RE = re.compile(r"\s*(?:\([^)]*\))?\s*(?:--|—|–|-)\s*$")

# dates the page itself shows, which may be a wrong site clock (checked against office holders)
PAGE_DATE_KINDS = {"byline": "byline", "late_byline": "date below the text", "page_clock": "page clock"}


def check_page_year(
    date: dt.date, how: str, phrase: tuple[int, int, str], text: str, leaders, today, kind: str, evidence: str
) -> tuple[dt.date, str]:
    """A year taken from a date the page itself shows (``kind`` of :data:`PAGE_DATE_KINDS`: a site
    clock can be years off, in either direction), checked against the office holders the text names.
    A page clock yields when one of them was not in office that day; a byline or a date below the
    text (the publisher's own line, stronger than a clock) only when none of them was. The office
    holders then give the year of the phrase ``(day, month, words)``, if exactly one fits. A user
    date, a URL stamp or a `` date`` header is never checked this way."""
    day, month, words = phrase
    named = leaders_mentioned(text, leaders)
    held = [in_office(date, terms, today) for terms in named.values()]
    if not named or all(held) or (kind != "page_clock" and any(held)):
        return date, how
    try:
        year, why = infer_year(day, month, text, leaders, today)
    except DateNotFound:
        return date, how + "; the named office holders were not all in office then, and no other year fits"
    return valid_date(year, month, day), (
        f"in-text '{words.strip()}'; {why}; the year {date.year} of the {PAGE_DATE_KINDS[kind]} "
        f"'{evidence.strip()[:60]}' is wrong: "
        f"{'none of' if not any(held) else 'not all'} the named office holders were in office then"
    )


VI_DAY_MONTH_RE = re.compile(r",\s*(?:ngày\s+)?(\d{1,2})\s*/\s*(\d{1,2})(?!\s*/\s*\d)")


def _day_month(line: str) -> tuple[int, int] | None:
    """The day and month of a dateline without a year: ``SEOUL, Dec. 6 (Yonhap) --``, ``Hà Nội, 20/11 -``."""
    core = DATELINE_TAIL_RE.sub("", line)  # 'VIETNAM, December 6 -' -> 'VIETNAM, December 6'
    if m := next((m for m in find_mentions(core) if m.form == "day_month"), None):
        return m.day, m.month
    if v := VI_DAY_MONTH_RE.search(core):
        return int(v.group(1)), int(v.group(2))
    return None


def dateline_anchor(clean: str, leaders, today, base: Publication | None) -> Publication | None:
    """A wire dateline without a year (``VIETNAM, December 6 -``, ``Hà Nội, 20/11 (TTXVN) -``) is the
    report's day and month. Its year comes from a `` date YYYY-MM`` header or URL month ``base`` when
    the month agrees (December under a January header: the year before); with no publication evidence,
    from the office holders the text names when exactly one year fits (a known meeting of theirs may
    decide). The result anchors the story's phrases (``on Monday``, ``Chiều nay``) as a byline would;
    None when no dateline or no single year fits."""
    for _, _, line in datelines(clean):
        if full_dates(line) or (found := _day_month(line)) is None:
            continue
        day, month = found
        if base is not None:
            if month == base.date.month:
                year = base.date.year
            elif (month, base.date.month) == (12, 1):  # December under a January header
                year = base.date.year - 1
            else:
                return None
            why = f"year from {base.describe()}"
        else:
            try:
                year, _ = infer_year(day, month, clean, leaders, today)
            except DateNotFound:
                return None
            why = "year from the office holders named"
        date = valid_date(year, month, day)
        return Publication(date, "day", "byline", f"{line} [{why}]") if date else None
    return None
