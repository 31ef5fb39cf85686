"""The event date of an article: from its header, byline and text, never from the page's clock.

Evidence, strongest first: a dated phrase in the text (``Ngày 23/6``, ``sáng 22/7``, ``trưa 11/8``)
whose year comes from the byline or the header; a ``dd/mm/yyyy`` byline; the ``' date YYYY-MM[-DD]'``
header. A day and month with no year anywhere get their year from the terms of the office holders
the text names (``data/annotations/leaders.csv``); if several years fit, that is reported, not
guessed. :func:`resolve_event_date` returns the date with a ``date_source`` sentence saying how.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import NamedTuple

import pandas as pd

from ..tables.leaders import load_leaders


SHORT_DATE_RE = re.compile(r"(?<!\d)(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?!\d)")
LONG_PARTS_RE = re.compile(r"ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})", re.IGNORECASE)
HEADER_RE = re.compile(r"date\s+(\d{4})-(\d{2})(?:-(\d{2}))?")
# A day/month in running text, anchored by a word that introduces a date ("Ngày 23/6", "trưa 11/8").
# Numbers are found first (digits are rare, so the scan is fast), then the words just before them.
NUMERIC_DATE_RE = re.compile(r"(?<![\d/])(\d{1,2})\s*/\s*(\d{1,2})(?:\s*/\s*(\d{4}))?(?![\d/])"
                             r"|(?<!\d)(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s+năm\s+(\d{4}))?(?!\d)")
LEAD_RE = re.compile(r"(?<!\w)(?:rạng\s+sáng|ngày|sáng|trưa|chiều|tối|đêm|hôm)"
                     r"(?:\s+(?:nay|qua|mai|hôm\s+nay))?(?:\s+ngày)?\s+$", re.IGNORECASE)
# Phrases saying a government had just taken office: the event is within a year of a term start.
NEW_TERM_RE = re.compile(r"chính\s+quyền\s+mới|tân\s+(?:tổng\s+thống|thủ\s+tướng|chủ\s+tịch)"
                         r"|(?:vừa|mới)\s+nhậm\s+chức", re.IGNORECASE)


class DateNotFound(ValueError):
    """No event date could be established; the message says what was looked for."""


@dataclass
class EventDate:
    date: pd.Timestamp
    precision: str  # 'day' or 'month'
    source: str
    warnings: list[str] = field(default_factory=list)

    @property
    def event_id(self) -> str:
        return self.date.strftime("%Y-%m-%d" if self.precision == "day" else "%Y-%m")


def _valid(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def parse_date_line(line: str) -> dt.date | None:
    """The date in a byline or clock line: ``'PV - 14:29, 22/07/2021'`` -> 2021-07-22."""
    m = SHORT_DATE_RE.search(line)
    if m:
        return _valid(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    m = LONG_PARTS_RE.search(line)
    return _valid(int(m.group(3)), int(m.group(2)), int(m.group(1))) if m else None


DIGITS_RE = re.compile(r"\d+")


def _numeric_dates(text: str):
    """``NUMERIC_DATE_RE.finditer(text)``, faster: both branches start a run of digits (look-behinds
    forbid a digit before), so the pattern is tried only where a run starts; the scan for digits
    is quick while the look-behind at the pattern's head defeats the regex engine's own."""
    pos = 0
    while d := DIGITS_RE.search(text, pos):
        m = NUMERIC_DATE_RE.match(text, d.start())
        if m:
            yield m
            pos = m.end()
        else:
            pos = d.end()


def intext_dates(text: str):
    """Dated phrases in running text, in order: ``(phrase, day, month, year or None)``.

    >>> next(intext_dates("Trong khuôn khổ chuyến thăm, trưa 11/8 (giờ địa phương), hai bên ..."))
    ('trưa 11/8', 11, 8, None)
    """
    for m in _numeric_dates(text):
        lead = LEAD_RE.search(text, max(0, m.start() - 24), m.start())
        if not lead:
            continue
        d, mo, y = (m.group(1), m.group(2), m.group(3)) if m.group(1) else (m.group(4), m.group(5), m.group(6))
        d, mo = int(d), int(mo)
        if _valid(int(y) if y else 2000, mo, d):  # 2000 is a leap year: 29/2 stays possible
            yield text[lead.start():m.end()], d, mo, (int(y) if y else None)


# --------------------------------------------------------------------------- leaders


def _norm_name(s: str) -> str:
    """Case-folded, hyphens as spaces, single spaces: 'Boo-kyum' and 'Boo Kyum' compare equal."""
    s = s.casefold().replace("-", " ").replace("\u2010", " ").replace("\u2011", " ").replace("\u2013", " ")
    return " ".join(s.split())


class Term(NamedTuple):
    """One office held by one person: ``until`` is the term end, or ``checked_on`` for an open term."""
    name: str
    name_vi: str
    role: str
    role_vi: str  # normalised for matching
    start: dt.date
    end: dt.date | None
    until: dt.date


def _whole_word_starts(text: str, word: str) -> list[int]:
    """Start offsets of ``word`` in ``text`` where it is not part of a longer word (str.find is far
    cheaper than a regex with look-arounds on long articles)."""
    out, i = [], text.find(word)
    while i >= 0:
        end = i + len(word)
        if (i == 0 or not text[i - 1].isalnum()) and (end == len(text) or not text[end].isalnum()):
            out.append(i)
        i = text.find(word, i + 1)
    return out


class LeaderIndex:
    """leaders.csv compiled for fast look-ups: every spelling of every person, normalised."""

    def __init__(self, leaders: pd.DataFrame):
        self.people: list[tuple[str, tuple[str, ...], list[Term]]] = []
        self._last: tuple[str | None, dict] = (None, {})
        for person, rows in leaders.groupby("name", sort=False):
            spellings = {_norm_name(str(s)) for col in ("name", "name_vi") for s in rows[col] if pd.notna(s)}
            spellings |= {_norm_name(a) for s in rows["aliases"] if pd.notna(s) for a in str(s).split("|")}
            spellings.discard("")
            terms = [Term(person, r.name_vi, r.role, _norm_name(r.role_vi), r.term_start,
                          r.term_end if pd.notna(r.term_end) else None,
                          r.term_end if pd.notna(r.term_end) else r.checked_on)
                     for r in rows.itertuples(index=False)]
            self.people.append((person, tuple(spellings), terms))

    def mentioned(self, text: str) -> dict[str, list[Term]]:
        """Office holders named in ``text`` -> their terms (only the role named, if any).

        A role title (``role_vi``) within 60 characters before the name selects that role's terms
        ("Tổng Bí thư Tô Lâm"); a bare name keeps all the person's terms.
        """
        if self._last[0] == text:  # dating and the office check ask about the same text
            return self._last[1]
        norm = _norm_name(text)
        found: dict[str, list[Term]] = {}
        for person, spellings, terms in self.people:
            starts = [i for sp in spellings for i in _whole_word_starts(norm, sp)]
            if starts:
                named = [t for t in terms if any(t.role_vi in norm[max(0, s - 60):s] for s in starts)]
                found[person] = named or terms
        self._last = (text, found)
        return found


_LAST_INDEX: list = [None, None]  # (table, index) of the last table compiled


def leader_index(leaders: pd.DataFrame | LeaderIndex) -> LeaderIndex:
    """The compiled index of a leaders table (reused while the same table object is passed)."""
    if isinstance(leaders, LeaderIndex):
        return leaders
    if _LAST_INDEX[0] is not leaders:
        _LAST_INDEX[:] = [leaders, LeaderIndex(leaders)]
    return _LAST_INDEX[1]


def leaders_mentioned(text: str, leaders: pd.DataFrame | LeaderIndex) -> dict[str, list[Term]]:
    """Office holders named in ``text`` -> their :class:`Term` s; see :meth:`LeaderIndex.mentioned`."""
    return leader_index(leaders).mentioned(text)


def in_office(day: dt.date, terms: list[Term]) -> bool:
    return any(t.start <= day <= t.until for t in terms)


def _term_text(terms: list[Term]) -> str:
    t = terms[0]
    return f"{t.name_vi} {t.role} ({t.start.isoformat()}..{t.end.isoformat() if t.end else ''})"


def infer_year(day: int, month: int, text: str, leaders: pd.DataFrame | LeaderIndex) -> tuple[int, str]:
    """The one year in which every office holder the text names held office on ``day/month``.

    Open terms (blank ``term_end``) count up to the row's ``checked_on`` date. When several years fit
    and the text says a government had just taken office ("chính quyền mới"), only years within 365
    days of a named holder's term start are kept. Raises :class:`DateNotFound` when none or several
    years fit.

    >>> leaders = pd.DataFrame({"name": ["Moon Jae-in"], "name_vi": ["Moon Jae-in"], "aliases": [pd.NA],
    ...     "role": ["President"], "role_vi": ["Tổng thống"], "term_start": [dt.date(2017, 5, 10)],
    ...     "term_end": [dt.date(2022, 5, 9)], "checked_on": [pd.NA]})
    >>> infer_year(3, 3, "Tổng thống Moon Jae-in ... chính quyền mới", leaders)[0]
    2018
    """
    named = leaders_mentioned(text, leaders)
    if not named:
        raise DateNotFound(f"'{day}/{month}' has no year and the text names no office holder listed in "
                           "data/annotations/leaders.csv to infer it from")
    lo = min(t.start.year for terms in named.values() for t in terms)
    hi = max(t.until.year for terms in named.values() for t in terms)
    years = [y for y in range(lo, hi + 1)
             if (d := _valid(y, month, day)) and all(in_office(d, terms) for terms in named.values())]
    terms = "; ".join(_term_text(ts) for ts in named.values())
    if len(years) > 1 and (cue := NEW_TERM_RE.search(text)):
        recent = [y for y in years if any(
            0 <= (dt.date(y, month, day) - t.start).days <= 365
            for ts in named.values() for t in ts)]
        if len(recent) == 1:
            return recent[0], (f"year {recent[0]} inferred: {terms} all held office on {day}/{month} of "
                               f"{', '.join(map(str, years))}, and '{cue.group(0)}' places the event "
                               f"within a year of a term start; see leaders.csv")
    if len(years) == 1:
        return years[0], (f"year {years[0]} inferred: {terms} held office together on {day}/{month} "
                          f"only in {years[0]}; see leaders.csv")
    if not years:
        raise DateNotFound(f"'{day}/{month}' has no year and no year fits the terms of {terms} "
                           "(data/annotations/leaders.csv)")
    raise DateNotFound(f"'{day}/{month}' has no year and it is ambiguous: {', '.join(map(str, years))} "
                       f"all fit the terms of {terms} (data/annotations/leaders.csv)")


# --------------------------------------------------------------------------- resolution


def resolve_event_date(clean: str, removed: list[dict], leaders: pd.DataFrame | None = None) -> EventDate:
    """The event date of one article from its clean text and the blocks cleaning removed.

    The header token, bylines and page clock arrive as removed blocks (rules ``date_header``,
    ``byline``, ``late_byline``, ``page_clock``); a page clock never dates the article and a date
    below the text (``late_byline``) only when neither a header nor a byline does; in-text dates are read from the clean text only, so headlines of
    other stories below the article never date it. Raises :class:`DateNotFound`.

    >>> resolve_event_date("Ngày 23/6 tại Hà Nội, hai Bộ trưởng hội đàm.",
    ...                    [{"rule": "byline", "text": "Thứ tư, 23/06/2021 19:45"}]).source
    "in-text 'Ngày 23/6' with year from byline 23/06/2021"
    """
    ev = _Evidence.of(removed)
    result = _from_intext(clean, ev, leaders)
    if result is None and ev.byline:
        result = EventDate(pd.Timestamp(ev.byline), "day", ev.by_txt, ev.warnings)
    if result is None and ev.header:
        h_year, h_month, h_day = ev.ymd
        if h_day:
            result = EventDate(pd.Timestamp(h_year, h_month, h_day), "day", ev.header_txt, ev.warnings)
        else:
            result = EventDate(pd.Timestamp(h_year, h_month, 1), "month", f"{ev.header_txt} (month only)",
                               ev.warnings)
    if result is None:
        hint = (f"; the page clock '{ev.clock[0]}' is the site's date, not the event's" if ev.clock else "")
        raise DateNotFound("no date found (expected a ' date YYYY-MM' header, a dd/mm/yyyy byline or an "
                           f"in-text date such as 'Ngày 23/6' with a year to anchor it){hint}")
    result.source += ev.late_note
    if ev.clock and ev.clock[1] != result.date.date():
        result.source += f"; page clock '{ev.clock[0]}' overridden by {ev.by_txt or 'the date above'}"
    if ev.header and result.precision == "day" and ev.ymd[:2] != (result.date.year, result.date.month):
        result.warnings.append(f"{ev.header_txt} disagrees with the event date {result.event_id}")
    return result


@dataclass
class _Evidence:
    """The dates the cleaning set aside: header, byline (or a date below the text standing in for
    it), page clock, with the words that describe each in ``date_source``."""
    header: re.Match | None
    ymd: tuple
    byline: dt.date | None
    by_txt: str
    header_txt: str
    clock: tuple | None
    late_note: str
    warnings: list[str]

    @classmethod
    def of(cls, removed: list[dict]) -> "_Evidence":
        header = next((HEADER_RE.search(r["text"]) for r in removed if r["rule"] == "date_header"), None)
        byline = next((d for r in removed if r["rule"] == "byline" and (d := parse_date_line(r["text"]))), None)
        # A date below the article text is a footer or another story's: it never overrides the header
        # (the dataset's own metadata) and stands in for a byline only when nothing above gives a date.
        late = next(((r["text"], d) for r in removed if r["rule"] == "late_byline"
                     and (d := parse_date_line(r["text"]))), None)
        late_note, by_what = "", "byline"
        if late and byline is None:
            if header:
                late_note = f"; date '{late[0]}' below the text ignored (the header dates the article)"
            else:
                byline, by_what = late[1], "date below the text"
        clock = next(((r["text"], d) for r in removed if r["rule"] == "page_clock"
                      and (d := parse_date_line(r["text"]))), None)
        warnings: list[str] = []
        h_year = h_month = h_day = None
        if header:
            h_year, h_month = int(header.group(1)), int(header.group(2))
            h_day = int(header.group(3)) if header.group(3) else None
            if not _valid(h_year, h_month, h_day or 1):
                raise DateNotFound(f"header ' date {header.group(0)[5:]}' is not a valid date")
        by_txt = f"{by_what} {byline:%d/%m/%Y}" if byline else ""
        header_txt = f"header ' date {header.group(0)[5:]}'" if header else ""
        return cls(header, (h_year, h_month, h_day), byline, by_txt, header_txt, clock, late_note, warnings)


def _from_intext(clean: str, ev: _Evidence, leaders) -> EventDate | None:
    """The first in-text date phrase, its year from the byline, the header or the office holders."""
    byline, by_txt, header_txt, warnings = ev.byline, ev.by_txt, ev.header_txt, ev.warnings
    h_year, h_month, _ = ev.ymd
    phrase = next(intext_dates(clean), None)
    if phrase:
        text_, d, m, y = phrase
        date, how = None, ""
        if y is not None:
            date, how = _valid(y, m, d), f"in-text '{text_}'"
        elif byline:
            year = byline.year - (1 if (m, d) > (byline.month, byline.day + 1) else 0)
            date = _valid(year, m, d)
            how = f"in-text '{text_}' with year from {by_txt}" + (
                " (previous year: the day is after the byline)" if year != byline.year else "")
        elif ev.header and (m == h_month or (m == 12 and h_month == 1)):
            year = h_year - (1 if m != h_month else 0)
            date, how = _valid(year, m, d), f"in-text '{text_}' with year from {header_txt}"
        elif ev.header:
            warnings.append(f"in-text date '{text_}' is not in the header month {h_year}-{h_month:02d}; "
                            "using the header")
        else:
            year, how_year = infer_year(d, m, clean, leaders if leaders is not None else load_leaders())
            date, how = _valid(year, m, d), f"in-text '{text_}'; {how_year}"
        if date and byline and abs((date - byline).days) > 62:
            warnings.append(f"in-text date {date:%d/%m/%Y} is far from the {by_txt}; using the byline")
            date = None
        if date:
            return EventDate(pd.Timestamp(date), "day", how, warnings)
    return None
