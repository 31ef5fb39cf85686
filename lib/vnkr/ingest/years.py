"""The year of a meeting whose report gives neither a year nor a publication date: the years in which
every office holder it names held office together (:mod:`vnkr.ingest.offices`).

When several years fit, a weekday written with the day and month (``Thứ Sáu 13/1``, ``Friday,
September 18``) keeps the years in which that day is that weekday, a new-term cue
(``data/lexicon/new_term_cues.csv``: ``tân``, ``newly appointed``) keeps the years within
:data:`NEW_TERM_DAYS` of a named holder's term start, an anniversary (``kỷ niệm 30 năm``, ``30th
anniversary`` counted from a base year of the lexicon) keeps its year, an era word (``covid``: named
from 2020 on) keeps the years from then, the same day and month written elsewhere with a year (``kỷ
niệm 80 năm (19/8/1945-19/8/2025)``) keeps that year, and a known meeting of the people named on
that day, else within a few days of it (``data/annotations/known_meetings.csv``), in only one of the
years fixes it. If still none or several fit, :class:`DateNotFound` says which years and why.
"""

from __future__ import annotations

import datetime as dt
import re

import pandas as pd

from ..tables import lexicon
from ..tables.meetings import NEAR_DAYS, known_meetings, meetings_near
from .anniversaries import anniversary_years, counted_from_start
from .dateforms import valid_date
from .fulldates import full_dates
from .offices import (
    HOW_TO_RESOLVE,
    NEW_TERM_DAYS,
    DateNotFound,
    OfficeIndex,
    _word_starts,
    norm_name,
    office_index,
)
from .present import present_year

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _cue(text: str, words: list[str]) -> str | None:
    norm = norm_name(text)
    for w in words:
        if _word_starts(norm, norm_name(w)):
            return w
    return None


def infer_year(
    day: int,
    month: int,
    text: str,
    leaders: pd.DataFrame | OfficeIndex,
    today: dt.date | None = None,
    weekday: int | None = None,
) -> tuple[int, str]:
    """The one year in which every office holder ``text`` names held office on ``day/month``, with
    the reason in words; :class:`DateNotFound` listing the years that fit and why otherwise.

    >>> table = pd.DataFrame({"name": ["Park Jin", "Bui Thanh Son"], "name_vi": ["Park Jin", "Bùi Thanh Sơn"],
    ...     "aliases": ["Park Jin", ""], "role": ["FM of Korea", "FM of Vietnam"], "office": ["foreign_minister"] * 2,
    ...     "term_start": ["2022-05-12", "2021-04-08"], "term_end": ["2024-01-10", None]})
    >>> infer_year(13, 7, "Chiều 13/7, Ngoại trưởng Park Jin có cuộc điện đàm đầu tiên sau khi nhậm chức", table)[0]
    2022
    """
    today = today or dt.date.today()
    named = office_index(leaders).mentioned(text)
    if not named:
        if found := _anniversary_alone(day, month, text, today) or _present_alone(day, month, text, today):
            return found
        raise DateNotFound(
            f"'{day}/{month}' has no year, there is no publication date, and the text names no "
            f"office holder listed in data/annotations/leaders.csv; {HOW_TO_RESOLVE}"
        )
    lo = min(t.start.year for ts in named.values() for t in ts)
    hi = min(today.year, max((t.end or today).year for ts in named.values() for t in ts))
    years = [
        y
        for y in range(lo, hi + 1)
        if (d := valid_date(y, month, day))
        and d <= today
        and all(any(t.holds(d, today) for t in ts) for ts in named.values())
    ]
    holders = "; ".join(str(t) for ts in named.values() for t in ts)
    if (cue := _cue(text, lexicon.words("farewell"))) and (
        found := _near_term_end(day, month, named, today, lo, hi)
    ):
        return found[0], f"{found[1]}; '{cue}' (a farewell call) prefers it"
    if len(years) == 1:
        return years[0], (
            f"year {years[0]} from office holders: {holders} held office together on "
            f"{day}/{month} only in {years[0]} (data/annotations/leaders.csv)"
        )
    if not years and (found := _just_left(day, month, named, today, lo, hi)):
        return found
    if not years:
        raise DateNotFound(
            f"'{day}/{month}' has no year and no year fits the terms of {holders} "
            f"(data/annotations/leaders.csv); {HOW_TO_RESOLVE}"
        )
    why = f"{', '.join(map(str, years))} all fit the terms of {holders} (data/annotations/leaders.csv)"
    if weekday is not None:  # 'Thứ Sáu 13/1', 'Friday, March 14': the years in which it is that weekday
        same = [y for y in years if dt.date(y, month, day).weekday() == weekday]
        if len(same) == 1:
            year, name = same[0], WEEKDAYS[weekday]
            return year, f"year {year} from the weekday: of {why}, {day}/{month} is a {name} only in {year}"
        years = same or years
    if (cue := _cue(text, lexicon.words("bereavement"))) and (
        found := _just_left(day, month, named, today, lo, hi)
    ):
        return found[0], f"{found[1]}; '{cue}' prefers it to {why}"  # a funeral: weeks after a term ended
    if found := _narrowed(years, day, month, text, named, why):
        return found
    raise DateNotFound(f"'{day}/{month}' has no year and it is ambiguous: {why}; {HOW_TO_RESOLVE}")


LOCAL_TIE_RE = re.compile(
    r"tỉnh|thành phố|thủ đô|kết nghĩa|địa phương|provinc|city|cities|capitals|sister", re.IGNORECASE
)
NATIONAL_TIE_RE = re.compile(
    r"ngoại giao|diplomatic|hai nước|two countries|fta|thương mại tự do", re.IGNORECASE
)


def _local_anniversary(text: str, phrase: str) -> bool:
    """True when the words after an anniversary name a tie between provinces or cities, not the
    countries' ('kỷ niệm 20 năm quan hệ hợp tác giữa tỉnh với tỉnh Gyeongsangbuk'): its count is
    not from 1992."""
    at = text.find(phrase)
    after = text[at + len(phrase) : at + len(phrase) + 60] if at >= 0 else ""
    local, national = LOCAL_TIE_RE.search(after), NATIONAL_TIE_RE.search(after)
    # 'hai tỉnh kỷ niệm 15 năm quan hệ hữu nghị': the two provinces keep their own anniversary
    pair = at >= 0 and LOCAL_PAIR_RE.search(text, max(0, at - LOCAL_PAIR_CHARS), at) is not None
    if pair and national is None:
        return True
    if national is None and local is None and TWINNED_RE.search(text):
        return True  # 'kết thân với Quảng Nam (10/3/2004); năm nay hai bên tròn 20 năm': the twinning's count
    return local is not None and (national is None or local.start() < national.start())


TWINNED_RE = re.compile(r"kết nghĩa|kết thân|twinned|sister[- ]cit|sister (?:province|ties)", re.IGNORECASE)
LOCAL_PAIR_RE = re.compile(r"hai (?:tỉnh|thành phố|địa phương)|the two (?:provinces|cities|localities)", re.I)
LOCAL_PAIR_CHARS = 30


# the year a tie between provinces or cities began: 'ký thỏa thuận hợp tác lần đầu năm 2005', 'kết nghĩa từ
# năm 2008', 'established sister ties in 2005'
LOCAL_START_RE = re.compile(
    r"(?<!\w)(?<!đăng )(?<!thư )(?:ký|thiết lập|xác lập|kết nghĩa|kết thân|signed|established|twinned|set up)"
    r"[^.;\n]{0,60}?(?:năm|in|từ|since|tháng\s+\d{1,2}\s*/|\(\s*\d{1,2}\s*/\s*\d{1,2}\s*/)\s*((?:19|20)\d{2})(?!\d)",
    re.IGNORECASE,
)


def _local_years(text: str, phrase: str) -> set[int]:
    """The year a local anniversary falls in: its count from the earliest year the text says the local
    tie was signed or set up (``kỷ niệm 20 năm …`` and ``ký … lần đầu năm 2005``: 2025)."""
    starts = [int(m.group(1)) for m in LOCAL_START_RE.finditer(text)]
    n = re.search(r"\d{1,3}", phrase)
    return {min(starts) + int(n.group(0))} if starts and n else set()


def _anniversary_alone(day: int, month: int, text: str, today: dt.date) -> tuple[int, str] | None:
    """With no office holder named, an anniversary fixes the year when only one such year has come."""
    found = anniversary_years(text)
    fit = {(y, p) for y, p in found if not _local_anniversary(text, p)}
    fit |= {(y, p) for _, p in found if _local_anniversary(text, p) for y in _local_years(text, p)}
    # a local tie counted from its own start, in brackets after it ('(2002 - 2022)') or after 'từ'/'since'
    fit |= {(y, p) for y, p in counted_from_start(text) if _local_anniversary(text, p)}
    fit = {(y, p) for y, p in fit if y <= today.year and valid_date(y, month, day)}
    if len({y for y, _ in fit}) != 1:
        return None
    year, phrase = min(fit)
    return year, f"year {year} from '{phrase}' (no office holder named; the only such year so far)"


def _present_alone(day: int, month: int, text: str, today: dt.date) -> tuple[int, str] | None:
    """With no office holder named, an occasion or figures' cut-off the report names as current."""
    found = present_year(month, text, today)
    return found if found and valid_date(found[0], month, day) else None


def _narrowed(years: list[int], day: int, month: int, text: str, named, why: str) -> tuple[int, str] | None:
    """The one year left of several that fit the office holders, after a new-term cue, an
    anniversary and an era word; None when several are still left."""
    if cue := _cue(text, lexicon.new_term_cues()):
        recent = [
            y
            for y in years
            if any(
                0 <= (dt.date(y, month, day) - t.start).days <= NEW_TERM_DAYS
                for ts in named.values()
                for t in ts
            )
        ]
        if len(recent) == 1:
            return recent[0], (
                f"year {recent[0]} from office holders: {why}, and '{cue}' places the "
                f"meeting within a year of a term start"
            )
        years = recent or years
    if found := _known_meeting(years, day, month, named, why, nears=(0,)):
        return found  # the people named met on that very day in one of the years: before an anniversary
    for year, phrase in anniversary_years(text):
        if year in years:
            return year, f"year {year} from office holders and '{phrase}': {why}"
    eras = {
        w: y for w, y in lexicon.values("era_from").items() if _word_starts(norm_name(text), norm_name(w))
    }
    later = [y for y in years if all(y >= first for first in eras.values())]
    if eras and len(later) == 1:
        word, first = max(eras.items(), key=lambda e: e[1])
        return later[0], f"year {later[0]} from office holders and '{word}' (named from {first} on): {why}"
    years = later or years
    written = sorted(
        {
            d.year
            for line in text.splitlines()
            for _, _, d in full_dates(line)
            if (d.day, d.month) == (day, month) and d.year in years
        }
    )
    if len(written) == 1:
        return written[
            0
        ], f"year {written[0]} from the same day written with its year ({day}/{month}/{written[0]}): {why}"
    if (found := present_year(month, text, dt.date(max(years), 12, 31))) and found[0] in years:
        return found[0], f"{found[1]}: {why}"
    return _known_meeting(years, day, month, named, why)


def _known_meeting(
    years: list[int], day: int, month: int, named, why: str, nears: tuple[int, ...] = (0, NEAR_DAYS)
) -> tuple[int, str] | None:
    """The one year of ``years`` with a known meeting of the people named near ``day/month``
    (``data/annotations/known_meetings.csv``): a meeting on that very day first, then one within
    :data:`NEAR_DAYS` days; None when no year or several have one."""
    people = {t.name for ts in named.values() for t in ts}
    for near in nears:  # a meeting on that very day first, then one within a few days
        hits = {
            y: found for y in years if (found := meetings_near(dt.date(y, month, day), people, near=near))
        }
        if len(hits) == 1:
            break
    else:
        return None
    ((year, found),) = hits.items()
    when, _, title, url = found[0]
    return year, (
        f"year {year} from a known meeting of the people named: {title} on {when.isoformat()} ({url}; "
        f"data/annotations/known_meetings.csv): {why}"
    )


def known_day(day: int, text: str, leaders, today: dt.date | None = None) -> tuple[dt.date, str] | None:
    """A day written without its month or year (``Ngày 12``, ``chiều 19``) in a report that gives no
    publication date: the one known meeting (``data/annotations/known_meetings.csv``) of at least two
    of the office holders the text names on that day of any month, while they all held office; None
    when the text names fewer than two, or when no meeting or several fit (nothing is guessed).
    """
    today = today or dt.date.today()
    named = office_index(leaders).mentioned(text)
    people = {t.name for ts in named.values() for t in ts}
    if len(people) < 2:  # one person's meetings on some 17th of a month are many; the calendar knows few
        return None
    hits = {
        when: (title, url)
        for when, who, title, url in known_meetings()
        if when.day == day
        and when <= today
        and len(who & people) >= 2
        and all(any(t.holds(when, today) for t in ts) for ts in named.values())
    }
    if len(hits) != 1:
        return None
    ((when, (title, url)),) = hits.items()
    return when, (
        f"month and year from a known meeting of the people named on that day: {title} on "
        f"{when.isoformat()} ({url}; data/annotations/known_meetings.csv), the only one on day {day} of a month "
        "while they all held office"
    )


JUST_LEFT_DAYS = 60  # a funeral, a farewell, condolences: weeks after a term ended, not years


def _near_term_end(day: int, month: int, named, today: dt.date, lo: int, hi: int) -> tuple[int, str] | None:
    """With a farewell word (``outgoing ambassador``, ``chào từ biệt``): the one year in which ``day/month``
    lies within :data:`JUST_LEFT_DAYS` days of the end of a named holder's term (before or after: the
    table's end day may be the handover, the farewell call a few days later) while every other holder
    named is in office; None when no year or several fit so."""
    fits = {}
    for y in range(lo, hi + 1):
        d = valid_date(y, month, day)
        if d is None or d > today:
            continue
        for person, ts in named.items():
            ends = [t.end for t in ts if t.end and abs((d - t.end).days) <= JUST_LEFT_DAYS]
            others = all(any(t.holds(d, today) for t in o) for p, o in named.items() if p != person)
            if ends and others:
                fits.setdefault(y, (person, ends[0]))
    if len(fits) != 1:
        return None
    ((year, (person, end)),) = fits.items()
    return (
        year,
        f"year {year} from office holders: {day}/{month}/{year} is within {JUST_LEFT_DAYS} days of the end of the term of {person} ({end.isoformat()}; data/annotations/leaders.csv)",
    )


def _just_left(day: int, month: int, named, today: dt.date, lo: int, hi: int) -> tuple[int, str] | None:
    """When no year fits every holder named: the one year in which all but one held office and that
    one had left office at most :data:`JUST_LEFT_DAYS` days before (``lễ tang Tổng Bí thư …``, ``the
    late general secretary``, a farewell); None when no year or several fit so."""
    fits = {}
    for y in range(lo, hi + 1):
        d = valid_date(y, month, day)
        if d is None or d > today:
            continue
        out = [p for p, ts in named.items() if not any(t.holds(d, today) for t in ts)]
        if len(out) == 1 and len(named) >= 2:
            left = max((t.end for t in named[out[0]] if t.end and t.end <= d), default=None)
            if left and (d - left).days <= JUST_LEFT_DAYS:
                fits[y] = (out[0], left)
    if len(fits) != 1:
        return None
    ((year, (person, left)),) = fits.items()
    return year, (
        f"year {year} from office holders: every one named held office on {day}/{month}/{year} except "
        f"{person}, whose term had ended on {left.isoformat()}, {(dt.date(year, month, day) - left).days} "
        f"day(s) before (named as a former or late holder; data/annotations/leaders.csv)"
    )
