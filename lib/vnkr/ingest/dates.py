"""The meeting date of one report (the event date): a date phrase of the text, its year (or month,
or day) from the publication date, and from office holders' terms only when nothing gives a
publication date. Nothing is guessed: when the evidence does not fix a date,
:class:`DateNotFound` says what was looked for, which years fit and how to resolve it.

:func:`resolve_event_date` takes the clean text, the blocks the cleaner removed, and what a user
knows (``url``, ``published``):

1. Publication evidence (:mod:`vnkr.ingest.publication`): user > byline > URL stamp > header >
   date below the text > page clock; the strongest is the *anchor*. A wire dateline without a year
   (``VIETNAM, December 6 -``, ``Hà Nội, 20/11 (TTXVN) -``) anchors when the only evidence is a month
   (header, URL), with its year, or when there is none, with its year from the office holders. Evidence that disagrees with it
   is named in ``date_source``; a page clock never beats anything else.
2. Date phrases (:mod:`vnkr.ingest.dateforms`), tried in this order: outside photo captions first,
   then those in a sentence with a meeting word (``hội đàm``, ``summit``), then text order. The first
   that resolves is the meeting date:

   - a full date is taken as written;
   - a day-month takes the anchor's year; a meeting happens on or before its report, so one more than
     a day after a user/URL date belongs to the previous year; a date read from the page (byline,
     day header), which may be a wrong clock, gives the year that puts the day nearest to it; with a
     `` date YYYY-MM`` header it must fall in that month (or December before a January header);
   - a day alone (``Ngày 2``, ``ngày 28``) takes the month of a dated phrase in its sentence, else
     the anchor's month, and the previous month when it is after a user/URL date's day (a page's own
     date gives the nearest month);
   - ``hôm nay``/``hôm qua``/``yesterday`` count from a day-precision anchor; ``tuần trước`` (the
     seven days ending a week before) and ``vừa qua`` with no day ("recently": the seven days up to
     the anchor) give only the month, and only when that window lies in one month: a meeting
     "recently" reported on the 3rd may be in the previous month, so then no date is given;
   - a weekday is the latest such day on or before the anchor, or the first on or after it when a
     look-ahead word comes before it in its clause (``Kang will travel to Vietnam on Thursday``);
   - with no anchor at all, a day-month gets its year from the office holders the text names
     (:func:`vnkr.ingest.years.infer_year`), which refuses when several years fit, and a day alone
     its month and year from the one known meeting of two of them on that day
     (:func:`vnkr.ingest.years.known_day`).
   A year taken from a date the page shows (byline, date below the text, page clock) is checked
   against the office holders the text names; when they were not in office then, they give the year
   (a site clock can be years off). A user date, URL stamp or `` date`` header is not overridden.
3. No phrase resolves: the anchor itself is the date, saying so: its day for a byline (the page's
   own date line), only its month for a user date, URL stamp or dated header (the publication day is
   not the meeting's); a page clock alone never dates a report. Nothing at all: :class:`DateNotFound`.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, field, replace

import pandas as pd

from ..tables.leaders import load_leaders
from .background import background_sentence, nobody_in_office
from .cleaning import clean_text
from .dateforms import Mention, find_mentions, valid_date
from .fulldates import full_dates
from .offices import (
    HOW_TO_RESOLVE,
    DateNotFound,
    OfficeIndex,
    in_office,
    leaders_mentioned,
    office_index,
)
from .pageyear import PAGE_DATE_KINDS, check_page_year, dateline_anchor
from .placing import FAR_BEFORE_DAYS, resolve_mention
from .publication import Publication, datelines, header_swapped, publication_evidence, top_bylines
from .spans import FRAME
from .years import infer_year

__all__ = [
    "EventDate",
    "DateNotFound",
    "resolve_event_date",
    "date_article",
    "infer_year",
    "parse_date_line",
    "in_office",
    "leader_index",
    "leaders_mentioned",
]

leader_index = office_index  # the name the curation stage imports (vnkr.curate.meeting)

# a byline that says when the page was last updated ('Cập nhật 15/12/2024 08:12', 'Updated: …') may
# come any time after the report, like a page clock: a date far before it may still be the meeting's
UPDATED_RE = re.compile(r"\s*(?:cập nhật|last updated|updated|update)\b", re.IGNORECASE)
DISAGREE_DAYS = 2


@dataclass
class EventDate:
    """The meeting date, ``'day'`` or ``'month'`` precision, and the evidence in words."""

    date: pd.Timestamp
    precision: str
    source: str
    warnings: list[str] = field(default_factory=list)

    @property
    def event_id(self) -> str:
        return self.date.strftime("%Y-%m-%d" if self.precision == "day" else "%Y-%m")


def _order(m: Mention) -> tuple:
    return (m.in_caption, m.aside, m.span, not m.in_meeting_sentence, m.start)


def resolve_event_date(
    clean: str,
    removed: list[dict] | None = None,
    url: str | None = None,
    published=None,
    leaders: pd.DataFrame | OfficeIndex | None = None,
    today: dt.date | None = None,
) -> EventDate:
    """The meeting date of one report (see the module docstring). Raises :class:`DateNotFound`
    saying what was looked for, which years fit and how to resolve it.

    >>> resolve_event_date("Tối 30/12, Thủ tướng điện đàm với Thủ tướng Hàn Quốc.", [], published="2022-01-03").event_id
    '2021-12-30'
    >>> resolve_event_date("The two leaders agreed Friday to expand trade.", [],
    ...                    url="https://x.co.kr/view.php?ud=20230623000542").source
    "in-text 'Friday': the latest Friday on or before URL stamp 23/06/2023 ('https://x.co.kr/view.php?ud=20230623000542')"
    """
    evidence = publication_evidence(clean, removed or [], url, published)
    leaders = leaders if leaders is not None else load_leaders()
    anchor = next((p for p in evidence if p.kind != "page_clock"), None)
    if anchor is None or (anchor.precision == "month" and anchor.kind in ("header", "url")):
        anchor = dateline_anchor(clean, leaders, today, anchor) or anchor  # 'Hà Nội, 20/11 (TTXVN) -'
    clock = next((p for p in evidence if p.kind == "page_clock"), None)
    use_clock = anchor is None and clock is not None  # the only evidence: it may anchor a phrase
    skip = [(a, b) for a, b, _, _ in top_bylines(clean)] + [(a, b) for a, b, _ in datelines(clean)]
    mentions = find_mentions(clean, skip)
    warnings: list[str] = []
    result, refusal = _from_mentions(clean, mentions, anchor or clock, use_clock, leaders, today, warnings)
    if result is None:
        result = _from_anchor(anchor, mentions, warnings)
    if result is None:
        result = _from_frame(clean, mentions, anchor or clock, leaders, today, warnings)
    if result is None:
        raise refusal or _no_date(clock)
    return _annotated(result, evidence, anchor, clock, use_clock)


def _disagreements(evidence: list[Publication], anchor: Publication) -> list[str]:
    """Notes on the day-precise evidence that disagrees with the anchor by more than a few days."""
    notes = []
    for p in evidence:
        if p is anchor or p.kind == "page_clock" or p.precision != "day" or anchor.precision != "day":
            continue
        if abs((p.date - anchor.date).days) > DISAGREE_DAYS:
            if p.kind == "late_byline":
                notes.append(
                    f"date '{p.evidence.strip()}' below the text ignored "
                    f"(the {anchor.kind if anchor.kind != 'user' else 'user date'} dates the article)"
                )
            else:
                notes.append(f"{p.describe()} disagrees; {anchor.describe()} is stronger")
    return notes


def _from_mentions(clean, mentions, base, use_clock, leaders, today, warnings):
    """The first date phrase (in :func:`_order`) that resolves to a meeting day, as an
    :class:`EventDate`, or None; and the first refusal met on the way (raised if nothing else dates)."""
    refusal: DateNotFound | None = None
    framed = any(o.word == FRAME and not o.ahead for o in mentions)
    for m in sorted(mentions, key=_order):
        if m.aside and framed:
            continue  # an announcement's day or another event's: a stay's frame says more of the meeting
        if m.word == FRAME and not m.ahead:
            if not _begins_after(m, base) or any(o.word == FRAME and o.ahead for o in mentions):
                continue  # a stay's frame: only its month, and only when nothing else dates the report
            m = replace(m, ahead=True)  # a stay that begins after the report's date: the report previews it
        try:
            date, precision, how = resolve_mention(m, mentions, base, clean, leaders, today)
        except DateNotFound as exc:
            refusal = refusal or exc
            continue
        if date is None:
            if base is not None and base.precision == "month" and m.form in ("day_month",):
                warnings.append(
                    f"in-text date '{m.phrase.strip()}' is not in the header month "
                    f"{base.date:%Y-%m}; using the header"
                )
            continue
        who = nobody_in_office(clean, date, leaders, today) if m.form == "full" else ""
        if who or (why := background_sentence(clean, m.start, m.form == "full")):
            why = f"outside the terms of everyone named ({who})" if who else why
            warnings.append(f"in-text date '{m.phrase.strip()}' is {why}; not taken as the meeting date")
            continue
        if header_swapped(date, base, m.form):  # 'Ngày 11/8' under a header '2025-11-08'
            warnings.append(
                f"the header {base.date:%Y-%m-%d} has day and month swapped against '{m.phrase.strip()}'"
            )
        elif (  # a month's base is its 1st; a page clock is the site's today, any time after
            base is not None
            and base.kind != "page_clock"
            and not (base.kind in ("byline", "late_byline") and UPDATED_RE.match(base.evidence))
            and (base.date - date).days > FAR_BEFORE_DAYS
            and not (m.form == "full" and m.weekday == date.weekday())  # "Friday, November 6, 2020"
        ):
            warnings.append(
                f"in-text date {date:%d/%m/%Y} ('{m.phrase.strip()}') is far before "
                f"{base.describe()}; not taken as the meeting date"
            )
            continue
        if m.form == "day_month" and base is not None and base.kind in PAGE_DATE_KINDS:
            date, how = check_page_year(
                date, how, (m.day, m.month, m.phrase), clean, leaders, today, base.kind, base.evidence
            )
        result = EventDate(pd.Timestamp(date), precision, how, warnings)
        if use_clock and "office holders" not in how:
            result.source += "; the page clock is the only evidence of the year"
        return result, refusal
    return None, refusal


PREVIEW_DAYS = 14  # a stay beginning this soon after the report's date is what the report previews


def _begins_after(m: Mention, base: Publication | None) -> bool:
    """The stay ``m`` begins 1 to :data:`PREVIEW_DAYS` days after the day-precise publication date
    ``base`` (``Nhân dịp Thủ tướng thăm Hàn Quốc từ ngày 30/6 đến 3/7`` in a report of 29/6); a span
    the text itself says is ahead (``will head a delegation from January 12 to 18``) goes first."""
    if base is None or base.precision != "day" or m.month is None:
        return False
    for year in (m.year,) if m.year else (base.date.year, base.date.year + 1):
        first = valid_date(year, m.month, m.day)
        if first and 0 < (first - base.date).days <= PREVIEW_DAYS:
            return True
    return False


def _from_frame(clean, mentions, base, leaders, today, warnings) -> EventDate | None:
    """Nothing else dates the report: the month of the first stay's frame that resolves
    (``Bộ trưởng đang thăm Hàn Quốc từ ngày 9 đến 11/2``), see :mod:`vnkr.ingest.spans`."""
    for m in sorted(mentions, key=_order):
        if m.word != FRAME or m.ahead:
            continue
        try:
            date, _, how = resolve_mention(m, mentions, base, clean, leaders, today)
        except DateNotFound:
            continue
        if date is not None:
            why = f"{how}; the frame of a stay does not say which day the meeting fell on: its month is taken"
            return EventDate(pd.Timestamp(date.replace(day=1)), "month", why, warnings)
    return None


def _from_anchor(anchor: Publication | None, mentions, warnings: list[str]) -> EventDate | None:
    """No phrase dates the meeting: the publication date (day or month), unless the text says only
    'last week' around a month's end (refused rather than guessed)."""
    if anchor is None:
        return None
    vague = next((m for m in mentions if m.form == "relative_week"), None)
    if vague is not None and anchor.precision == "day":
        raise DateNotFound(
            f"the text dates the meeting only as '{vague.phrase}', seven days around "
            f"{anchor.describe()} that span two months; no date is given rather than a guess"
        )
    if anchor.precision != "day":
        return EventDate(pd.Timestamp(anchor.date), "month", f"{anchor.describe()} (month only)", warnings)
    if anchor.kind in ("user", "url", "header"):  # published then; the meeting may be a day or more before
        return EventDate(
            pd.Timestamp(anchor.date.replace(day=1)),
            "month",
            f"{anchor.describe()}: no meeting date in the text, only the month of publication is taken",
            warnings,
        )
    return EventDate(pd.Timestamp(anchor.date), "day", anchor.describe(), warnings)


def _no_date(clock: Publication | None) -> DateNotFound:
    hint = f"; the page clock '{clock.evidence.strip()}' is the site's date, not the event's" if clock else ""
    return DateNotFound(
        "no date found (expected a ' date YYYY-MM' header, a dd/mm/yyyy byline, a date "
        f"stamp in the URL or an in-text date such as 'Ngày 23/6' with a year to anchor "
        f"it); {HOW_TO_RESOLVE}{hint}"
    )


def _annotated(result: EventDate, evidence, anchor, clock, use_clock: bool) -> EventDate:
    """``date_source`` completed with the evidence that disagreed or was overridden, and a warning
    when the dataset header names another month."""
    if anchor is not None:
        result.source += "".join(f"; {n}" for n in _disagreements(evidence, anchor))
    if clock is not None and not use_clock and clock.date != result.date.date():
        result.source += f"; page clock '{clock.evidence.strip()}' overridden by {anchor.describe()}"
    header = next((p for p in evidence if p.kind == "header"), None)
    if (
        header
        and result.precision == "day"
        and (header.date.year, header.date.month) != (result.date.year, result.date.month)
    ):
        result.warnings.append(f"{header.describe()} disagrees with the event date {result.event_id}")
    return result


def date_article(
    text: str,
    url: str | None = None,
    published=None,
    leaders: pd.DataFrame | OfficeIndex | None = None,
    today: dt.date | None = None,
) -> EventDate:
    """:func:`resolve_event_date` of a raw text (normalised to NFC and cleaned first).

    >>> date_article("Hôm qua, hai Bộ trưởng điện đàm.", published="2025-08-07").event_id
    '2025-08-06'
    """
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    clean, removed = clean_text(text)
    return resolve_event_date(clean, removed, url, published, leaders, today)


def parse_date_line(line: str) -> dt.date | None:
    """The first complete date of a byline or clock line: ``'PV - 14:29, 22/07/2021'`` -> 2021-07-22.

    >>> parse_date_line("Thứ Sáu, ngày 23 tháng 08 năm 2019, 09:25:27")
    datetime.date(2019, 8, 23)
    """
    dates = full_dates(line)
    return dates[0][2] if dates else None
