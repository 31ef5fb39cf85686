"""Placing one date phrase of a report in time: a day-month in the year of the publication evidence
(or the year before, or the nearest year of a page's own date), a day alone in a month, a relative
day, week or weekday counted from that evidence (a relative day after a dated announcement in its
sentence, ``Ngày 2/7, … cho biết hôm qua``, from the announcement's day), a previewed day ahead of its
report (a day-month up to 45 days, a day alone up to 14, next month's when the sentence says
``tháng tới``), and, with no evidence, a day-month's year from the office holders the text names and
a weekday's day from a dated stay of the text it falls in. :func:`vnkr.ingest.dates.resolve_event_date`
decides which phrase is the meeting's; this module only places one.
"""

from __future__ import annotations

import datetime as dt

from .dateforms import Mention, valid_date
from .datepatterns import date_patterns
from .offices import DateNotFound
from .publication import Publication
from .spans import FRAME, FRONTED
from .years import infer_year, known_day

TWO_ENDED = (FRAME, FRONTED)
FAR_BEFORE_DAYS = 62  # an in-text date this long before the publication date is not the meeting's

STRICT_TOLERANCE_DAYS = 1  # a meeting in another time zone can bear the next day's date
AHEAD_DAYS = 45  # a preview's day is at most this long after its report
# a day without its month is ahead only this close: 'Ngày 28, hai bên nhất trí sẽ …' in a report
# of the 2nd is last month's 28th (a pledge's 'sẽ' is no preview)
AHEAD_DAY_ONLY_DAYS = 14


def _ahead_day(m: Mention, published: dt.date) -> dt.date | None:
    """A previewed day alone: this month's when after the report, next month's when the sentence
    says so (``tháng tới``), within :data:`AHEAD_DAY_ONLY_DAYS`; else None."""
    this = valid_date(published.year, published.month, m.day)
    if this is not None and this > published + dt.timedelta(days=STRICT_TOLERANCE_DAYS):
        return this if (this - published).days <= AHEAD_DAY_ONLY_DAYS else None
    if not m.next_month:
        return None
    nxt = (published.replace(day=1) + dt.timedelta(days=32)).replace(day=1)
    day = valid_date(nxt.year, nxt.month, m.day)
    return day if day is not None and (day - published).days <= AHEAD_DAY_ONLY_DAYS else None


def _day_month(m: Mention, day: int, month: int, anchor: Publication, how: str) -> tuple[dt.date | None, str]:
    """A day and month placed in the year of ``anchor`` (or the one before), with the reason."""
    if anchor.precision == "month":
        if month == anchor.date.month:
            return valid_date(anchor.date.year, month, day), f"{how} with year from {anchor.describe()}"
        if month == 12 and anchor.date.month == 1:
            return valid_date(
                anchor.date.year - 1, month, day
            ), f"{how} with year from {anchor.describe()} (previous year)"
        if anchor.kind == "url" and month == anchor.date.month - 1:  # published the month after
            return valid_date(anchor.date.year, month, day), f"{how} with year from {anchor.describe()}"
        return None, ""
    year = anchor.date.year
    if not anchor.strict:  # a page's own date may be a wrong clock: the nearest year
        dates = [d for y in (year - 1, year, year + 1) if (d := valid_date(y, month, day))]
        date = min(dates, key=lambda d: abs((d - anchor.date).days))
        excess = (date - anchor.date).days
        if excess > STRICT_TOLERANCE_DAYS:
            return date, (
                f"{how} with year from {anchor.describe()}; the day is {excess} day(s) after that "
                f"date, taken as a wrong page clock (a meeting is never after its report)"
            )
        return date, f"{how} with year from {anchor.describe()}" + (
            " (previous year: the nearest)" if date.year < year else ""
        )
    date = valid_date(year, month, day) or valid_date(year - 1, month, day)
    if m.ahead and STRICT_TOLERANCE_DAYS < (date - anchor.date).days <= AHEAD_DAYS:
        return date, f"{how} with year from {anchor.describe()} (ahead of it: the text previews the day)"
    if (date - anchor.date).days > STRICT_TOLERANCE_DAYS:
        date = valid_date(year - 1, month, day)
        return date, f"{how} with year from {anchor.describe()} (previous year: the day is after it)"
    return date, f"{how} with year from {anchor.describe()}"


def resolve_mention(
    m: Mention,
    mentions: list[Mention],
    anchor: Publication | None,
    clean: str,
    leaders,
    today: dt.date | None,
) -> tuple[dt.date | None, str, str]:
    """``(date, precision, how)`` for one mention, or ``(None, '', '')`` when it cannot be placed."""
    how = f"in-text '{m.phrase.strip()}'"
    if m.form == "full":
        return valid_date(m.year, m.month, m.day), "day", how
    if m.form == "day_month":
        if anchor is None:
            year, why = infer_year(m.day, m.month, clean, leaders, today, weekday=m.weekday)
            return valid_date(year, m.month, m.day), "day", f"{how}; {why}"
        if m.year_offset is not None:  # 'ngày 23/5 năm ngoái': the year before the anchor's
            year = anchor.date.year + m.year_offset
            return valid_date(year, m.month, m.day), "day", f"{how}, the year before {anchor.describe()}"
        date, why = _day_month(m, m.day, m.month, anchor, how)
        return date, "day", why
    if m.form == "relative_day" and (told := _announcement_before(m, mentions, clean)):
        # 'Ngày 2/7, … cho biết hôm qua …': counted from the announcement's day, not the page's
        date, _, why = resolve_mention(told, mentions, anchor, clean, leaders, today)
        if date is not None:
            return date + dt.timedelta(days=m.offset_days), "day", f"{how} counted from {why}"
    if anchor is None and m.form == "day_only" and (found := known_day(m.day, clean, leaders, today)):
        return found[0], "day", f"{how}; {found[1]}"  # 'Ngày 12' with no publication date: the calendar
    if (
        anchor is None
        and m.form == "weekday"
        and (found := _weekday_in_stay(m, mentions, clean, leaders, today))
    ):
        return found
    if anchor is None:
        return None, "", ""
    if m.form == "day_only" and m.month_offset is not None:
        # 'ngày 29 tháng trước': the publication's month moved by the offset
        first = anchor.date.replace(day=1)
        month = (first.year * 12 + first.month - 1) + m.month_offset
        date = valid_date(month // 12, month % 12 + 1, m.day)
        return date, "day", f"{how} with month and year from {anchor.describe()}"
    if m.form == "day_only":
        # the month of a dated phrase in the same sentence ('ngày 12 … (13/8)'), else the anchor's
        near = [
            o
            for o in mentions
            if o is not m
            and o.month
            and o.word not in TWO_ENDED  # 'Ngày 2, … chuyến thăm từ 30/6 đến 3/7': not its month
            and abs(o.start - m.start) < 200
            and not _sentence_break(clean, min(o.start, m.start), max(o.start, m.start))
        ]
        if near:
            date, why = _day_month(m, m.day, near[0].month, anchor, how)
            # 'Ngày 18, đoàn bàn cách thực hiện thỏa thuận ký ngày 24/6' in a report of 20/9: that month is
            # another event's when it puts the day months before a day-precise publication date
            if not (date and anchor.precision == "day" and (anchor.date - date).days > FAR_BEFORE_DAYS):
                return date, "day", why.replace("with year", f"with month from '{near[0].phrase}' and year")
        if anchor.precision == "month":
            return (
                valid_date(anchor.date.year, anchor.date.month, m.day),
                "day",
                f"{how} with month and year from {anchor.describe()}",
            )
        if not anchor.strict:  # a page's own date may be a wrong clock: the nearest month
            first = anchor.date.replace(day=1)
            months = [
                (first - dt.timedelta(days=1)).replace(day=1),
                first,
                (first + dt.timedelta(days=32)).replace(day=1),
            ]
            dates = [d for mo in months if (d := valid_date(mo.year, mo.month, m.day))]
            date = min(dates, key=lambda d: abs((d - anchor.date).days))
            note = (
                ""
                if date <= anchor.date + dt.timedelta(days=STRICT_TOLERANCE_DAYS)
                else ("; the day is after that date, taken as a wrong page clock")
            )
            return date, "day", f"{how} with month and year from {anchor.describe()} (the nearest){note}"
        date = valid_date(anchor.date.year, anchor.date.month, m.day)
        if m.ahead and (ahead := _ahead_day(m, anchor.date)):
            return (
                ahead,
                "day",
                f"{how} with month and year from {anchor.describe()} (ahead of it: a preview)",
            )
        if date is None or date > anchor.date + dt.timedelta(days=STRICT_TOLERANCE_DAYS):
            prev = anchor.date.replace(day=1) - dt.timedelta(days=1)
            return (
                valid_date(prev.year, prev.month, m.day),
                "day",
                f"{how} with month and year from {anchor.describe()} (previous month: the day is after it)",
            )
        return date, "day", f"{how} with month and year from {anchor.describe()}"
    if anchor.precision != "day":
        return None, "", ""
    if m.form == "relative_day":
        return (
            anchor.date + dt.timedelta(days=m.offset_days),
            "day",
            f"{how} counted from {anchor.describe()}",
        )
    if m.form == "relative_week":
        first = anchor.date + dt.timedelta(days=m.offset_days - 6)
        last = anchor.date + dt.timedelta(days=m.offset_days)
        if (first.year, first.month) == (last.year, last.month):
            return (
                last.replace(day=1),
                "month",
                (
                    f"{how}: the seven days {first.isoformat()}..{last.isoformat()} "
                    f"before {anchor.describe()} lie in one month (month only)"
                ),
            )
        return None, "", ""
    if m.form == "weekday" and _previewed_weekday(m, clean):
        forward = (m.weekday - anchor.date.weekday()) % 7
        return (
            anchor.date + dt.timedelta(days=forward),
            "day",
            f"{how}: the first {m.word} on or after {anchor.describe()} (the sentence looks ahead: a preview)",
        )
    if m.form == "weekday":
        back = (anchor.date.weekday() - m.weekday) % 7
        return (
            anchor.date - dt.timedelta(days=back),
            "day",
            f"{how}: the latest {m.word} on or before {anchor.describe()}",
        )
    return None, "", ""


def _previewed_weekday(m: Mention, clean: str) -> bool:
    """True when a look-ahead word comes before the weekday in its clause, nothing but words between
    (``Kang will travel to Vietnam on Thursday``, ``Kim will visit Vietnam from Thursday``): the day is
    the first such weekday on or after the report. A weekday told after the
    look-ahead's clause (``… will find the best conditions, the premier promised on Tuesday``) or
    before it is the day something was said: counted back."""
    if not m.ahead:
        return False
    start = max(clean.rfind(ch, 0, m.start) for ch in ".!?\n;,") + 1
    return date_patterns().ahead.search(clean, start, m.start) is not None


def _sentence_break(text: str, a: int, b: int) -> bool:
    return any(ch in text[a:b] for ch in ".;\n")


def _announcement_before(m: Mention, mentions: list[Mention], clean: str) -> Mention | None:
    """The dated announcement (``Ngày 2/7, … cho biết``) earlier in the sentence of ``m``, if any."""
    told = [
        o
        for o in mentions
        if o.aside
        and o.form in ("full", "day_month")
        and o.start < m.start
        and not _sentence_break(clean, o.start, m.start)
    ]
    return told[-1] if told else None


def _weekday_in_stay(m: Mention, mentions: list[Mention], clean: str, leaders, today) -> tuple | None:
    """With no publication date, a weekday (``held talks Tuesday``) that falls within a dated stay of
    the text (``Phuc was on a three-day state visit from Dec. 4 to 6``): that day of the stay."""
    for o in mentions:
        if o.word not in TWO_ENDED or o.month is None or o.span_days is None or o is m:
            continue
        try:
            first, _, why = resolve_mention(o, mentions, None, clean, leaders, today)
        except DateNotFound:
            continue
        if first is None:
            continue
        for k in range(min(o.span_days, 13) + 1):
            d = first + dt.timedelta(days=k)
            if d.weekday() == m.weekday:
                return (
                    d,
                    "day",
                    f"in-text '{m.phrase.strip()}': that day of the stay '{o.phrase.strip()}' ({why})",
                )
    return None
