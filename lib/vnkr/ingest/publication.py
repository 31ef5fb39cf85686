"""When a report was published, from what the page and the user say: the anchor for a meeting day
written without a year (``Chiều 5-9``), a weekday (``Friday``) or ``hôm qua``.

Evidence, strongest first (:data:`KINDS`):

1. ``user``: ``published=`` given to :func:`vnkr.parse_article` or the manifest's ``published`` column;
2. ``byline``: a short dated line at the top of the page (``Thanh Hà - 14:05, 19/10/2022``,
   ``Thứ tư, 23/06/2021 19:45``, ``18:03 02-07-2024``, ``Published: July 13, 2022``, ``Written:
   2024-09-04``), or a line the cleaner removed as a byline;
3. ``url``: a stamp in the address (``…-20240704161333008.htm``, ``/2023/06/23/``, ``/2024-09-03/``,
   ``ud=20230623…``, ``/20250812/``); ``…-post807227.html`` has none;
4. ``header``: the dataset's `` date YYYY-MM(-DD)`` line (month or day precision);
5. ``late_byline``: a dated line below the article text (a footer, or another story's);
6. ``page_clock``: the site's display clock (``Thứ Sáu, ngày 23 tháng 08 năm 2019, 09:25:27``), or a
   dated header line with the weather (``Thứ Ba, 09/12/2025 | Hà Nội 19°C``); an in-text date any time
   before it may be the meeting's.

Page clocks and bylines are sometimes wrong in both directions (a page stamped two days before the
meeting it reports); the user's date and a URL stamp are what the publisher fixed. So a meeting day
after a ``user``/``url`` date belongs to the previous year (:attr:`Publication.strict`), while a
date read from the page's text gives the year that puts the day nearest to it, before or after
(after: the page date is taken as a wrong clock, and ``date_source`` says so).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

import pandas as pd

from .dateforms import valid_date
from .fulldates import full_dates

KINDS = ("user", "byline", "url", "header", "late_byline", "page_clock")
STRICT_KINDS = {"user", "url"}
TOP_LINES = 6  # bylines are looked for among the first lines of the clean text
BYLINE_MAX_CHARS = 80  # a longer line, or one ending with a full stop, is a sentence holding a date

# A wire-service dateline opening an English report: 'SEOUL, Sept. 4 (Yonhap) --', 'HANOI, Nov. 4, 2021
# (VNA) —', 'VIETNAM, August 3 -' (a press-release wire). Its date is the report's, not the meeting's ('... met on Tuesday'): a city in capitals, an
# optional country, a month and day (and year), an optional agency in brackets, then a dash.
DATELINE_RE = re.compile(
    r"^[ \t]*[A-Z][A-Z .'’-]{1,40}(?:,[ \t]*[A-Z][A-Za-z .]{1,30})?,[ \t]*[A-Z][a-z]{2,8}\.?"
    r"[ \t]+\d{1,2}(?:,[ \t]*\d{4})?[ \t]*(?:\([^)\n]{1,40}\))?[ \t]*(?:--|—|–|-(?=\s|$))",
    re.MULTILINE,
)
# A Vietnamese wire dateline: 'Hà Nội, 20/11 (TTXVN) -', 'Seoul, 12/8 –', 'Busan, 24/11/2019 (TTXVN) -': a
# place (each word capitalised: checked in :func:`datelines`), a day and month (and year), an optional
# agency or time zone in brackets, then a dash.
VI_DATELINE_RE = re.compile(
    r"^[ \t]*(?P<place>[^\W\d_]+(?:[ .'’-]{1,2}[^\W\d_]+){0,5}),[ \t]*(?:ngày[ \t]+)?"
    r"(?P<d>\d{1,2})[ \t]*/[ \t]*(?P<m>\d{1,2})(?:[ \t]*/[ \t]*\d{4})?(?!\d)"
    r"[ \t]*(?:\([^)\n]{1,40}\))?[ \t]*(?:--|—|–|-(?=\s|$))",
    re.MULTILINE,
)
HEADER_RE = re.compile(r"^\s*date\s+(\d{4})-(\d{2})(?:-(\d{2}))?\b")
URL_PATH_RE = re.compile(r"/((?:19|20)\d{2})([/-])(\d{1,2})\2(\d{1,2})(?=/|$)")
# month and day joined in one folder: /2023/0405/
URL_PATH_MMDD_RE = re.compile(r"/((?:19|20)\d{2})/(\d{2})(\d{2})/")
# the government portal's addresses: '-111250813101955412.htm' (and VCCorp sites' '….chn') = a 3-digit section, then yymmdd,
# then the time (hhmmss and milliseconds)
URL_PORTAL_RE = re.compile(r"-1\d{2}(\d{2})(\d{2})(\d{2})\d{9}(?=\.(?:htm|chn))")
URL_STAMP_RE = re.compile(r"(?<!\d)((?:19|20)\d{2})(\d{2})(\d{2})(?:\d{4,12})?(?!\d)")
DESCRIBE = {
    "user": "the publication date given by the user (published=)",
    "byline": "byline",
    "url": "URL stamp",
    "header": "header",
    "late_byline": "date below the text",
    "page_clock": "page clock",
}


@dataclass(frozen=True)
class Publication:
    """One piece of evidence of the publication date. ``precision`` is ``'day'`` or ``'month'``
    (a `` date YYYY-MM`` header); ``evidence`` is the text it was read from."""

    date: dt.date
    precision: str
    kind: str
    evidence: str

    @property
    def strict(self) -> bool:
        """True when the date is the publisher's own (user, URL): nothing reported happened after it."""
        return self.kind in STRICT_KINDS

    def describe(self) -> str:
        """``"byline 19/10/2022 ('Thanh Hà - 14:05, 19/10/2022')"`` and the like, for ``date_source``."""
        shown = self.date.strftime("%d/%m/%Y") if self.precision == "day" else self.date.strftime("%Y-%m")
        if self.kind == "user":
            return f"publication date {self.date.isoformat()} given by the user (published=)"
        if self.kind == "header":
            return f"header ' {self.evidence.strip()}'"
        return f"{DESCRIBE[self.kind]} {shown} ('{self.evidence.strip()[:80]}')"


def parse_published(value, where: str = "published") -> dt.date | None:
    """A user's publication date: ``None``/blank, a ``YYYY-MM-DD`` string, a date or a Timestamp;
    ``ValueError`` naming ``where`` otherwise.

    >>> parse_published("2023-06-24")
    datetime.date(2023, 6, 24)
    """
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return None
    if isinstance(value, pd.Timestamp):
        return value.date()
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    s = str(value).strip()
    if not s:
        return None
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", s)
    d = valid_date(int(m.group(1)), int(m.group(2)), int(m.group(3))) if m else None
    if d is None:
        raise ValueError(f"{where}: {s!r} is not a date (expected YYYY-MM-DD, e.g. 2023-06-24)")
    return d


def url_date(url: str | None) -> dt.date | None:
    """The date stamped in an article's address, or None.

    >>> url_date("https://x.vn/tong-bi-thu-hoi-dam-20250811183212044.htm")
    datetime.date(2025, 8, 11)
    >>> url_date("https://x.com/2023/06/23/national/x.html"), url_date("https://x.vn/a-post807227.html")
    (datetime.date(2023, 6, 23), None)
    >>> url_date("https://en.baochinhphu.vn/party-chief-meets-speaker-111250813101955412.htm")
    datetime.date(2025, 8, 13)
    >>> url_date("https://news.example.com/news/2024-09-03/national/diplomacy/x/2126929")
    datetime.date(2024, 9, 3)
    >>> url_date("https://x.jp/news/Korea/2023/0405/10399901.html"), url_date("https://x.com/article/2022120573816")
    (datetime.date(2023, 4, 5), datetime.date(2022, 12, 5))
    """
    if not url:
        return None
    if m := URL_PATH_RE.search(url):
        if d := valid_date(int(m.group(1)), int(m.group(3)), int(m.group(4))):
            return d
    if (m := URL_PATH_MMDD_RE.search(url)) and (d := valid_date(*map(int, m.groups()))):
        return d
    for m in URL_STAMP_RE.finditer(url):
        if d := valid_date(int(m.group(1)), int(m.group(2)), int(m.group(3))):
            return d
    if m := URL_PORTAL_RE.search(url):
        return valid_date(2000 + int(m.group(1)), int(m.group(2)), int(m.group(3)))
    return None


URL_MONTH_RE = re.compile(r"/((?:19|20)\d{2})/?(0[1-9]|1[0-2])/")


def url_month(url: str | None) -> dt.date | None:
    """The first day of the month stamped in an address that has no full date (``/201911/``,
    ``/2019/11/``), or None.

    >>> url_month("https://x.vn/chinh-tri/201911/thu-tuong-den-busan-881547/index.htm")
    datetime.date(2019, 11, 1)
    """
    if not url or url_date(url) is not None:
        return None
    m = URL_MONTH_RE.search(url)
    return valid_date(int(m.group(1)), int(m.group(2)), 1) if m else None


# a temperature or the word for weather: a site header's 'today', not the article's date
WEATHER_RE = re.compile(r"\d\s*(?:°\s*C|℃)|(?<!\w)(?:thời tiết|weather)(?!\w)", re.IGNORECASE)
CLOCK_TIME_RE = re.compile(r"(?<!\d)\d{1,2}[:h]\d{2}(?!\d)")


def top_bylines(clean: str) -> list[tuple[int, int, dt.date, str]]:
    """Short dated lines among the first :data:`TOP_LINES` lines: ``(start, end, date, line)``,
    the spans those of the lines (the date of a byline is not a date in the text).

    >>> [(str(d), line) for _, _, d, line in top_bylines("Tiêu đề\\nHoàng Lan 18:03 02-07-2024\\nChiều 2/7, ...")]
    [('2024-07-02', 'Hoàng Lan 18:03 02-07-2024')]
    """
    out, pos = [], 0
    for i, line in enumerate(clean.split("\n")):
        if i >= TOP_LINES:
            break
        start, pos = pos, pos + len(line) + 1
        if len(line.strip()) > BYLINE_MAX_CHARS or line.rstrip().endswith("."):
            continue
        dates = full_dates(line)
        if dates:
            out.append((start, start + len(line), dates[0][2], line.strip()))
    return out


def datelines(clean: str) -> list[tuple[int, int, str]]:
    """Wire datelines among the first lines, ``(start, end, text)``: the report's date, never the
    meeting's (a weekday in the story counts back from it when it carries a year or the user gives one).

    >>> [t for _, _, t in datelines("SEOUL, Sept. 4 (Yonhap) -- The leaders met on Tuesday.")]
    ['SEOUL, Sept. 4 (Yonhap) --']
    >>> [t for _, _, t in datelines("Hà Nội, 20/11 (TTXVN) - Chiều nay, hai Chủ tịch Quốc hội hội đàm.")]
    ['Hà Nội, 20/11 (TTXVN) -']
    """
    head = "\n".join(clean.split("\n")[:TOP_LINES])
    found = [(m.start(), m.end(), m.group(0).strip()) for m in DATELINE_RE.finditer(head)]
    found += [
        (m.start(), m.end(), m.group(0).strip())
        for m in VI_DATELINE_RE.finditer(head)
        if all(w[0].isupper() for w in re.split(r"[ .'’-]+", m.group("place")) if w)
    ]
    return sorted(found)


def publication_evidence(
    clean: str, removed: list[dict] | None = None, url: str | None = None, published=None
) -> list[Publication]:
    """Every publication date the report and the user give, strongest first (see :data:`KINDS`).

    ``removed`` are the blocks :func:`vnkr.clean_text` removed (``date_header``, ``byline``,
    ``late_byline`` and ``page_clock`` rules are read).

    >>> [(p.kind, str(p.date)) for p in publication_evidence("Chiều 2/7, hai bên hội đàm.", [],
    ...      "https://x.vn/a-20240702.htm", "2024-07-03")]
    [('user', '2024-07-03'), ('url', '2024-07-02')]
    """
    removed = removed or []
    found: list[Publication] = []
    user = parse_published(published)
    if user:
        found.append(Publication(user, "day", "user", user.isoformat()))
    for r in removed:
        if r["rule"] in ("byline", "late_byline", "page_clock") and (dates := full_dates(r["text"])):
            found.append(Publication(dates[0][2], "day", r["rule"], r["text"]))
    # a site's header shows today's date ('Thứ Bảy, 23/11/2024'); the article's own line has its time
    # ('Thứ Hai, 5/12/2022 18:35'): when both stand at the top, the one with a time of day comes first
    bylines = top_bylines(clean)
    if len(bylines) > 1:
        bylines = sorted(bylines, key=lambda b: not CLOCK_TIME_RE.search(b[3]))
    for _, _, d, line in bylines:  # a line with the weather is the site's header: its clock
        found.append(Publication(d, "day", "page_clock" if WEATHER_RE.search(line) else "byline", line))
    for _, _, line in datelines(clean):
        if dates := full_dates(line):
            found.append(Publication(dates[0][2], "day", "byline", line))
    if (d := url_date(url)) is not None:
        found.append(Publication(d, "day", "url", url))
    elif (d := url_month(url)) is not None:
        found.append(Publication(d, "month", "url", url))
    for r in removed:
        if r["rule"] == "date_header" and (m := HEADER_RE.search(r["text"])):
            y, mo, day = int(m.group(1)), int(m.group(2)), int(m.group(3)) if m.group(3) else None
            d = valid_date(y, mo, day or 1)
            if d is None:
                raise ValueError(f"header '{r['text'].strip()}' is not a valid date")
            found.append(Publication(d, "day" if day else "month", "header", r["text"].strip()))
    return sorted(found, key=lambda p: KINDS.index(p.kind))


def header_swapped(date: dt.date, base, form: str) -> bool:
    """True when an in-text day and month (``Ngày 11/8``) mirror a dated header's (``2025-11-08``): the
    page wrote its month and day swapped, so the text's date stands.

    >>> from types import SimpleNamespace as N
    >>> header_swapped(dt.date(2025, 8, 11), N(precision="day", date=dt.date(2025, 11, 8)), "day_month")
    True
    """
    return (
        base is not None
        and base.precision == "day"
        and form == "day_month"
        and (date.day, date.month) == (base.date.month, base.date.day)
        and date.day != date.month
    )
