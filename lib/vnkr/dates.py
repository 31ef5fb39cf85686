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

import pandas as pd

from .cleaning import LONG_DATE_RE

SHORT_DATE_RE = re.compile(r"(?<!\d)(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?!\d)")
LONG_PARTS_RE = re.compile(r"ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})", re.IGNORECASE)
HEADER_RE = re.compile(r"date\s+(\d{4})-(\d{2})(?:-(\d{2}))?")
# A day/month in running text, anchored by a word that introduces a date ("Ngày 23/6", "trưa 11/8").
INTEXT_RE = re.compile(
    r"(?<!\w)(?P<lead>(?:rạng\s+sáng|[Nn]gày|[Ss]áng|[Tt]rưa|[Cc]hiều|[Tt]ối|[Đđ]êm|[Hh]ôm)"
    r"(?:\s+(?:nay|qua|mai|hôm\s+nay))?(?:\s+ngày)?)\s+"
    r"(?:(?P<d>\d{1,2})\s*/\s*(?P<m>\d{1,2})(?:\s*/\s*(?P<y>\d{4}))?(?![\d/])"
    r"|(?P<d2>\d{1,2})\s+tháng\s+(?P<m2>\d{1,2})(?:\s+năm\s+(?P<y2>\d{4}))?(?!\d))")
# Phrases saying a government had just taken office: the event is within a year of a term start.
NEW_TERM_RE = re.compile(r"chính\s+quyền\s+mới|tân\s+(?:tổng\s+thống|thủ\s+tướng|chủ\s+tịch)"
                         r"|(?:vừa|mới)\s+nhậm\s+chức", re.IGNORECASE)
NAME_NORM_RE = re.compile(r"[\s\-‐‑–]+")


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


def intext_dates(text: str):
    """Dated phrases in running text, in order: ``(phrase, day, month, year or None)``."""
    for m in INTEXT_RE.finditer(text):
        d, mo, y = (m.group("d"), m.group("m"), m.group("y")) if m.group("d") else \
            (m.group("d2"), m.group("m2"), m.group("y2"))
        d, mo = int(d), int(mo)
        if _valid(int(y) if y else 2000, mo, d):  # 2000 is a leap year: 29/2 stays possible
            yield m.group(0), d, mo, (int(y) if y else None)


# --------------------------------------------------------------------------- leaders


def _norm_name(s: str) -> str:
    return NAME_NORM_RE.sub(" ", s.casefold()).strip()


def leaders_mentioned(text: str, leaders: pd.DataFrame) -> dict[str, pd.DataFrame]:
    """Office holders named in ``text`` -> their leaders.csv rows (only the role named, if any).

    A role title (``role_vi``) within 60 characters before the name selects that role's rows
    ("Tổng Bí thư Tô Lâm"); a bare name keeps all the person's rows.
    """
    norm = _norm_name(text)
    found: dict[str, pd.DataFrame] = {}
    for person, rows in leaders.groupby("name", sort=False):
        spellings = {_norm_name(s) for col in ("name", "name_vi") for s in rows[col] if s}
        spellings |= {_norm_name(a) for s in rows["aliases"] for a in str(s).split("|") if a.strip()}
        starts = [m.start() for sp in spellings if sp
                  for m in re.finditer(rf"(?<!\w){re.escape(sp)}(?!\w)", norm)]
        if not starts:
            continue
        roles = rows[[any(_norm_name(r) in norm[max(0, s - 60):s] for s in starts) for r in rows["role_vi"]]]
        found[person] = roles if len(roles) else rows
    return found


def _in_office(day: dt.date, rows: pd.DataFrame) -> bool:
    return any(r.term_start <= day <= (r.term_end if pd.notna(r.term_end) else r.checked_on)
               for r in rows.itertuples(index=False))


def _term_text(person: str, rows: pd.DataFrame) -> str:
    r = rows.iloc[0]
    end = r.term_end.isoformat() if pd.notna(r.term_end) else ""
    return f"{rows.iloc[0]['name_vi']} {r.role} ({r.term_start.isoformat()}..{end})"


def infer_year(day: int, month: int, text: str, leaders: pd.DataFrame) -> tuple[int, str]:
    """The one year in which every office holder the text names held office on ``day/month``.

    Open terms (blank ``term_end``) count up to the row's ``checked_on`` date. When several years fit
    and the text says a government had just taken office ("chính quyền mới"), only years within 365
    days of a named holder's term start are kept. Raises :class:`DateNotFound` when none or several
    years fit.

    >>> leaders = load_leaders()                                      # doctest: +SKIP
    >>> infer_year(11, 8, "Tổng Bí thư Tô Lâm và Tổng thống Lee Jae Myung ... chính quyền mới", leaders)[0]  # doctest: +SKIP
    2025
    """
    named = leaders_mentioned(text, leaders)
    if not named:
        raise DateNotFound(f"'{day}/{month}' has no year and the text names no office holder listed in "
                           "data/annotations/leaders.csv to infer it from")
    lo = min(r.term_start.year for rows in named.values() for r in rows.itertuples())
    hi = max((r.term_end if pd.notna(r.term_end) else r.checked_on).year
             for rows in named.values() for r in rows.itertuples())
    years = [y for y in range(lo, hi + 1)
             if (d := _valid(y, month, day)) and all(_in_office(d, rows) for rows in named.values())]
    terms = "; ".join(_term_text(p, rows) for p, rows in named.items())
    if len(years) > 1 and (cue := NEW_TERM_RE.search(text)):
        recent = [y for y in years if any(
            0 <= (dt.date(y, month, day) - r.term_start).days <= 365
            for rows in named.values() for r in rows.itertuples())]
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
    ``byline``, ``page_clock``); in-text dates are read from the clean text only, so headlines of
    other stories below the article never date it. Raises :class:`DateNotFound`.

    >>> resolve_event_date("Ngày 23/6 tại Hà Nội, hai Bộ trưởng hội đàm.",
    ...                    [{"rule": "byline", "text": "Thứ tư, 23/06/2021 19:45"}]).source
    "in-text 'Ngày 23/6' with year from byline 23/06/2021"
    """
    header = next((HEADER_RE.search(r["text"]) for r in removed if r["rule"] == "date_header"), None)
    byline = next((d for r in removed if r["rule"] == "byline" and (d := parse_date_line(r["text"]))), None)
    clock = next(((r["text"], d) for r in removed if r["rule"] == "page_clock"
                  and (d := parse_date_line(r["text"]))), None)
    warnings: list[str] = []
    h_year = h_month = h_day = None
    if header:
        h_year, h_month = int(header.group(1)), int(header.group(2))
        h_day = int(header.group(3)) if header.group(3) else None
        if not _valid(h_year, h_month, h_day or 1):
            raise DateNotFound(f"header ' date {header.group(0)[5:]}' is not a valid date")
    header_txt = f"header ' date {header.group(0)[5:]}'" if header else ""
    by_txt = f"byline {byline:%d/%m/%Y}" if byline else ""

    result: EventDate | None = None
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
        elif header and (m == h_month or (m == 12 and h_month == 1)):
            year = h_year - (1 if m != h_month else 0)
            date, how = _valid(year, m, d), f"in-text '{text_}' with year from {header_txt}"
        elif header:
            warnings.append(f"in-text date '{text_}' is not in the header month {h_year}-{h_month:02d}; "
                            "using the header")
        else:
            year, how_year = infer_year(d, m, clean, leaders if leaders is not None else _leaders())
            date, how = _valid(year, m, d), f"in-text '{text_}'; {how_year}"
        if date and byline and abs((date - byline).days) > 62:
            warnings.append(f"in-text date {date:%d/%m/%Y} is far from the {by_txt}; using the byline")
            date = None
        if date:
            result = EventDate(pd.Timestamp(date), "day", how, warnings)
    if result is None and byline:
        result = EventDate(pd.Timestamp(byline), "day", by_txt, warnings)
    if result is None and header:
        if h_day:
            result = EventDate(pd.Timestamp(h_year, h_month, h_day), "day", header_txt, warnings)
        else:
            result = EventDate(pd.Timestamp(h_year, h_month, 1), "month", f"{header_txt} (month only)",
                               warnings)
    if result is None:
        hint = (f"; the page clock '{clock[0]}' is the site's date, not the event's" if clock else "")
        raise DateNotFound("no date found (expected a ' date YYYY-MM' header, a dd/mm/yyyy byline or an "
                           f"in-text date such as 'Ngày 23/6' with a year to anchor it){hint}")
    if clock and clock[1] != result.date.date():
        result.source += f"; page clock '{clock[0]}' overridden by {by_txt or 'the date above'}"
    if header and result.precision == "day" and (h_year, h_month) != (result.date.year, result.date.month):
        result.warnings.append(f"{header_txt} disagrees with the event date {result.event_id}")
    return result


def _leaders() -> pd.DataFrame:
    from .corpus import load_leaders
    return load_leaders()
