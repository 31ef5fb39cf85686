"""The date words of ``data/lexicon/date_words.csv`` compiled into the regexes
:mod:`vnkr.ingest.dateforms` reads dates with (compiled once per table)."""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass

from ..tables import lexicon


def _alt(words: list[str]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=lambda w: (-len(w), w)))


def valid_date(year: int, month: int, day: int) -> dt.date | None:
    """``datetime.date`` or None when the parts do not make a date (31/2)."""
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


@dataclass(frozen=True)
class DatePatterns:
    vi_lead: re.Pattern
    vi_number: re.Pattern
    en_month_day: re.Pattern
    en_day_month: re.Pattern
    weekday: re.Pattern
    weekday_before: re.Pattern
    relative: re.Pattern
    range_before: re.Pattern
    period_before: re.Pattern
    range_after: re.Pattern
    meeting: re.Pattern
    future: re.Pattern
    caption: re.Pattern
    announce: re.Pattern
    ahead: re.Pattern
    next_month: re.Pattern
    announce_end: re.Pattern
    month_of_day: re.Pattern
    year_of_day: re.Pattern
    months: dict
    month_words: tuple
    weekdays: dict
    relative_days: dict
    relative_weeks: dict
    month_offsets: dict
    year_offsets: dict


@functools.lru_cache(maxsize=4)
def _compile(table_id: int) -> DatePatterns:
    session, day_word = _alt(lexicon.words("session")), _alt(lexicon.words("day_word"))
    months = {w.lower(): v for w, v in lexicon.values("month").items()}
    month_alt = _alt(list(lexicon.values("month")))
    # A Vietnamese date is found from its number: digits are rare, so each run of digits is tried
    # against the number pattern, then the 40 characters before it against the lead words (a regex
    # starting with a word alternation would be tried at every position of every article).
    vi_lead = re.compile(
        rf"(?<!\w)(?P<lead>(?:{session})(?:\s+nay)?(?:\s+(?:{day_word}))?|(?:{day_word}))"
        r"\s*[(,]?\s*$",  # 'sáng nay (11/8)', 'chiều nay, 25/4' (a comma only before a day and month)
        re.IGNORECASE,
    )
    vi_number = re.compile(
        r"(?P<d>\d{1,2})(?:\s*(?P<sep>[/.\-])\s*(?P<m>\d{1,2})(?:\s*[/.\-]\s*(?P<y>\d{4}))?"
        r"|\s+tháng\s+(?P<m2>\d{1,2})(?:\s*,?\s*năm\s+(?P<y2>\d{4}))?)?(?![\d/]|[.,]\d)",
        re.IGNORECASE,
    )
    en_month_day = re.compile(
        rf"(?<!\w)(?P<lead>{month_alt})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?!\d)"
        r"(?:,?\s+(?P<y>\d{4})(?!\d))?"
    )
    en_day_month = re.compile(
        rf"(?<![\w.,/])(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<lead>{month_alt})\.?"
        r"(?:,?\s+(?P<y>\d{4}))?(?!\w)"
    )
    weekdays = lexicon.values("weekday")
    relative_days = {w.lower(): v for w, v in lexicon.values("relative_day").items()}
    relative_weeks = {w.lower(): v for w, v in lexicon.values("relative_week").items()}
    relative = re.compile(
        rf"(?<!\w)(?P<lead>{_alt(list(relative_days) + list(relative_weeks))})(?!\w)", re.IGNORECASE
    )
    ranges = _alt(lexicon.words("range_word"))
    return DatePatterns(
        vi_lead=vi_lead,
        vi_number=vi_number,
        en_month_day=en_month_day,
        en_day_month=en_day_month,
        weekday=re.compile(rf"(?<!\w)(?P<lead>{_alt(list(weekdays))})(?!\w)"),
        # a weekday right before a day/month ('Thứ Sáu 13/1', 'thứ Hai, 15/4'): the number is that date
        weekday_before=re.compile(rf"(?<!\w)(?P<lead>{_alt(list(weekdays))})[ \t,(]{{1,3}}$"),
        relative=relative,
        range_before=re.compile(rf"(?<!\w)(?:{ranges})\s*$", re.IGNORECASE),
        period_before=re.compile(rf"(?<!\w)(?:{_alt(lexicon.words('period_word'))})\s*$", re.IGNORECASE),
        range_after=re.compile(rf"\s*(?:[-–]|(?:{ranges})(?!\w))", re.IGNORECASE),
        meeting=re.compile(rf"(?<!\w)(?:{_alt(lexicon.words('meeting_word'))})(?!\w)", re.IGNORECASE),
        future=re.compile(rf"(?<!\w)(?:{_alt(lexicon.words('future_word'))})(?!\w)", re.IGNORECASE),
        caption=re.compile("|".join(map(re.escape, lexicon.words("caption_mark")))),
        announce=re.compile(rf"(?<!\w)(?:{_alt(lexicon.words('announce_word'))})(?!\w)", re.IGNORECASE),
        ahead=re.compile(rf"(?<!\w)(?:{_alt(lexicon.words('ahead_word'))})(?!\w)", re.IGNORECASE),
        next_month=re.compile(rf"(?<!\w)(?:{_alt(lexicon.words('next_month_word'))})(?!\w)", re.IGNORECASE),
        announce_end=re.compile(
            rf"(?<!\w)(?:{_alt(lexicon.words('announce_word'))})(?:\s+on)?\s*$", re.IGNORECASE
        ),
        month_of_day=re.compile(
            rf"\s+(?P<w>{_alt(list(lexicon.values('month_of_day')))})(?!\w)", re.IGNORECASE
        ),
        year_of_day=re.compile(
            rf"\s+(?P<w>{_alt(list(lexicon.values('year_of_day')))})(?!\w)", re.IGNORECASE
        ),
        months=months,
        month_words=tuple(lexicon.values("month")),
        weekdays=weekdays,
        relative_days=relative_days,
        relative_weeks=relative_weeks,
        month_offsets={w.lower(): v for w, v in lexicon.values("month_of_day").items()},
        year_offsets={w.lower(): v for w, v in lexicon.values("year_of_day").items()},
    )


def date_patterns() -> DatePatterns:
    return _compile(id(lexicon.date_words()))
