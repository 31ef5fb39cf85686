"""Date mentions in running text, as written, before any year is known: pure parsers.

:func:`find_mentions` returns every phrase that may give the meeting's day, in text order, each a
:class:`Mention` of one *form*:

- ``full``: day, month and year (``ngày 5/12/2022``, ``Nov. 4, 2021``, ``21 March 2024``);
- ``day_month``: no year (``Chiều 5-9``, ``Sáng 14/10``, ``sáng nay (11/8)``, ``Ngày 23.6``,
  ``ngày 22 tháng 7``, ``on March 21``, ``Sept. 30``);
- ``day_only``: ``Ngày 2``, ``ngày 28``, ``on the 23rd (local time)`` (the month comes from context;
  ``ngày 29 tháng trước`` and ``on the 23rd of last month`` are last month's);
- ``relative_day``: ``hôm nay``, ``hôm qua``, ``chiều nay``, ``yesterday`` (counted from the
  publication date); ``relative_week``: ``tuần trước``, ``vừa qua`` (a seven-day window before the
  publication date: month precision at best);
- ``weekday``: ``Friday`` (the latest such day on or before the publication date).

A weekday or relative day followed at once by the date it names (``Thursday, August 18``, ``thứ Ba
(15/4)``, ``today [December 18]``, ``hôm nay, ngày 2``) is that date, and keeps the weekday to choose
among the years office holders allow: only the date is kept, unless
it is a dotted pair that may be a Korean month.day (``today (8.11)``). A capitalised English relative
word after a capitalised word (``DA NANG Today``) is part of a name. A date in a sentence that
looks ahead (``dự kiến``, ``sẽ``, ``will``, ``tháng tới``) or a day followed by ``tới`` (``vào ngày
11 tới``, the coming 11th) is marked ``ahead``: a preview's day may come after its report.

A Vietnamese number is a date only after a session or day word (``sáng``, ``ngày``), or as a day and
month alone in brackets (``Thủ tướng Nguyễn Xuân Phúc (27/11) hội đàm``): ``10 đến 13-8`` and ``81.5``
are not dates. A date right after a range word (``đến ngày 3/7``, ``to July 3``) or a
day-only date right before one, is not a single date; a span (``(4-6/12)``, ``ngày 13-18/8``, and those
of :mod:`vnkr.ingest.spans`: ``từ ngày 12 đến 18/1``, ``June 30 - July 3``) gives its first day, a
``span`` mention used only after every single date; ``vừa qua`` right after a day only qualifies that day. Each mention records whether its sentence has
a meeting word (``hội đàm``, ``summit``) and no word of what is still to come (``is set to``, ``dự
kiến``), and whether its line is a photo caption, so that the resolver
can prefer the meeting's own date; a date up to 70 characters before an announcement word with no meeting word between
(``Ngày 7-8, Bộ Ngoại giao thông báo …``, ``Chính quyền Busan ngày 2 cho biết``), or right after one
and before a reported clause (``KEPCO thông báo hôm 23 rằng``), or closing an attribution that opens its
sentence (``Theo thông báo của Seoul ngày 7/12, …``), is the day of an announcement or a source; an English date
right after ``talks of`` is the day of another meeting, and a date in a sentence opening with ``Trước đó,`` or
``Earlier,`` the day of an earlier event: all are used after the dates of events. Every word comes from
``data/lexicon/date_words.csv``.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from .arrivals import arrival_days_aside
from .datepatterns import DatePatterns, date_patterns, valid_date
from .spans import two_ended_spans

FORMS = ("full", "day_month", "day_only", "relative_day", "relative_week", "weekday")


@dataclass(frozen=True)
class Mention:
    """One date phrase: ``phrase`` = ``text[start:start + len(phrase)]``; ``word`` is the lexicon
    entry that made it a date (session/day word, month name, relative word or weekday)."""

    phrase: str
    start: int
    form: str
    day: int | None = None
    month: int | None = None
    year: int | None = None
    offset_days: int | None = None
    weekday: int | None = None
    word: str = ""
    in_meeting_sentence: bool = False
    in_caption: bool = False
    span: bool = False
    span_days: int | None = None  # a span with two ends: how many days its last day is after its first
    aside: bool = False  # the day of an announcement or of another meeting: used after the others
    ahead: bool = False  # a preview's day ('ngày 11 tới', '… will arrive on March 22'): may follow the report
    next_month: bool = False  # its sentence says 'tháng tới'/'next month'
    month_offset: int | None = None  # a day alone followed by 'tháng trước' (-1) or 'tháng này' (0)
    year_offset: int | None = None  # a day and month followed by 'năm ngoái' (-1)


SENTENCE_END_RE = re.compile(r"\n|[.!?;](?=\s+[^\W\d_a-zđ])")
DIGITS_RE = re.compile(r"\d+")
# 'June 30 - July 3': the start (a dash, then another date) and the end (right after a date and a dash)
SPAN_START_RE = re.compile(r"\s*[-–]\s*(?:\d|[A-Z][a-z]{2,8}\.?\s+\d)")
SPAN_END_RE = re.compile(r"\d\s*[-–]\s*$")
# a Vietnamese span of days in one month: '(4-6/12)', 'từ ngày 13-18/8', '24-25/7/2024' (spans with two
# written ends, 'từ ngày 22 đến 24/6', are read by vnkr.ingest.spans)
VI_SPAN_RE = re.compile(
    r"(?<![\d/.])(\d{1,2})\s*[-–]\s*(\d{1,2})\s*/\s*(\d{1,2})(?:\s*/\s*(\d{4}))?(?![\d/]|[.,]\d)"
)


# an English day alone, as Korean wires write it ('met Chinh on the 23rd (local time)', 'on the 1st to
# discuss', 'on the morning of the 6th'): 'on the' or 'morning of the' and an ordinal, then a break or a function word, not a
# noun ('on the 13th Party Congress', 'on the 30th anniversary' are no days)
EN_DAY_ALONE_RE = re.compile(
    r"(?<!\w)(?:[Oo]n the|(?:morning|afternoon|evening|night) of the) (?P<d>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)"
    r"(?=\s*(?:[,.;:(]|$)|\s+(?:to|with|at|in|and|when|as|after|before|for|on|during|over|about|regarding|amid|following|while|where|from|by|under|of (?:last|this) month|local time)\b)",
    re.MULTILINE,
)


# a date with an announcement word this close after it is the day of the announcement
ANNOUNCE_CHARS = 70
# 'vào ngày 11 tới': the coming 11th (not 'ngày 11 tới 13', a span)
UPCOMING_RE = re.compile(r"\s+tới(?!\w)(?!\s*(?:ngày\s*)?\d)", re.IGNORECASE)
# what a date right after an announcement word must be followed by to be the announcement's day
# ('KEPCO thông báo hôm 23 rằng …', 'The ministry announced on Monday that …')
REPORTED_AFTER_RE = re.compile(r"\s*,?\s*(?:rằng|that)(?!\w)", re.IGNORECASE)
ANNOUNCED_BEFORE_CHARS = 16
# a date closing an attribution that opens its sentence ('Theo thông báo của Seoul ngày 7/12, …', 'According to
# the ministry on June 5, …'): the day of the source, not of the meeting; not a time zone ('theo giờ địa phương')
ATTRIBUTED_CHARS = 70
ATTRIBUTED_RE = re.compile(
    r"(?:^|(?<=[\n.;:–—-]\s)|(?<=^\s))(?:theo|according to)\s+(?!giờ)[^,.;\n]{2,60}?\s*$", re.I | re.M
)
ATTRIBUTION_END_RE = re.compile(r"\s*(?:\([^)\n]{0,30}\)\s*)?,")


# an English speech verb right before a date ('the envoy said Thursday.', 'told reporters on Friday.')
SAID_BEFORE_RE = re.compile(
    r"\b(?:said|announced|told (?:reporters|journalists|a (?:news|press) (?:conference|briefing)))\s+(?:on\s+)?$"
)


# ... when the sentence ends there: 'said Thursday that …' is what was said at the meeting that day
SAID_ENDS_RE = re.compile(r"\s*(?:[.;]|$)", re.MULTILINE)


def _announced(p, text: str, a: int, b: int, e: int) -> bool:
    """The date ``text[a:b]`` (in a sentence ending at ``e``) is the day of an announcement: an
    announcement word follows within :data:`ANNOUNCE_CHARS` with no meeting word between, or one
    stands right before it and a reported clause (``rằng``, ``that``) right after, or an English
    speech verb stands right before it and the sentence ends after it (``the envoy said Thursday.``)."""
    if (w := p.announce.search(text, b, min(e, b + ANNOUNCE_CHARS))) and not p.meeting.search(
        text, b, w.start()
    ):
        return True
    before = text[max(0, a - ANNOUNCED_BEFORE_CHARS) : a]
    if p.announce_end.search(before) and REPORTED_AFTER_RE.match(text, b):
        return True
    if SAID_BEFORE_RE.search(text, max(0, a - 40), a) and SAID_ENDS_RE.match(text, b):
        return True  # '…, Seoul's new envoy here said Thursday.': the day he said it, not what he said
    # 'Theo thông báo của chính quyền Seoul ngày 7/12, chiều 5/12 …': the day of the source quoted
    source = ATTRIBUTED_RE.search(text, max(0, a - ATTRIBUTED_CHARS), a)
    return bool(
        source and ATTRIBUTION_END_RE.match(text, b) and not p.meeting.search(text, source.start(), a)
    )


# a sentence that opens by placing itself before the report's event ('Trước đó, ngày 3 tháng trước, hai nhà
# lãnh đạo đã điện đàm', 'Earlier, …'): its dates are used after the others
EARLIER_RE = re.compile(r"\s*(?:trước đó|trước đấy|earlier|previously|before that)\s*,", re.IGNORECASE)


def _earlier(text: str, s: int, a: int) -> bool:
    m = EARLIER_RE.match(text, s)
    return m is not None and m.end() <= a


# an English date right after 'talks of' names another meeting ('what they agreed in their online talks of June 8')
OTHER_EVENT_RE = re.compile(
    r"(?:talks|meeting|summit|call|conference|agreement|statement|declaration)s? of\s*$", re.IGNORECASE
)

# the year first, as Korean pages write it ('2022.10.16', '2023. 6. 23.')
YEAR_FIRST_RE = re.compile(r"(?<![\d.,])((?:19|20)\d{2})\.\s?(\d{1,2})\.\s?(\d{1,2})(?!\d|[.,]\d)")


# a capitalised word on the same line right before an English relative word makes it a name
NAME_BEFORE_RE = re.compile(r"[A-Z][A-Za-z]*[ \t]+$")
# between a weekday or relative day and the date it names ('Thursday, August 18', 'thứ Ba (15/4)', 'hôm nay, ngày 2')
NAMED_GAP_RE = re.compile(r"[\s,(\[]{0,4}")
DOTTED_RE = re.compile(r"\d\.\d")  # 'Aug. 3' is no dotted pair
DATED_FORMS = ("full", "day_month", "day_only")


def _named_by_next(text: str, f: tuple, nxt: tuple | None) -> bool:
    """A weekday or relative day followed at once by the date it names is that date (the date is kept)."""
    if nxt is None or f[2]["form"] not in ("weekday", "relative_day") or nxt[2]["form"] not in DATED_FORMS:
        return False
    day, month = nxt[2].get("day"), nxt[2].get("month")
    if DOTTED_RE.search(text, nxt[0], nxt[1]) and month and day <= 12:  # '(8.11)': maybe a Korean month.day
        return False
    return NAMED_GAP_RE.fullmatch(text, f[1], nxt[0]) is not None


class _Sentences:
    """Sentence spans of a text: a sentence ends at a line end or at a full stop followed by a
    capital (``Oct. 18`` and ``U.S. dollars`` do not end one)."""

    def __init__(self, text: str):
        self.ends = [(m.start(), m.end()) for m in SENTENCE_END_RE.finditer(text)]
        self.starts = [s for s, _ in self.ends]
        self.length = len(text)

    def around(self, pos: int) -> tuple[int, int]:
        i = bisect.bisect_left(self.starts, pos)
        return (self.ends[i - 1][1] if i else 0), (self.starts[i] if i < len(self.starts) else self.length)


def _line(text: str, pos: int) -> str:
    return text[text.rfind("\n", 0, pos) + 1 : (text.find("\n", pos) + 1 or len(text) + 1) - 1]


# A caption's credit closes its line ('… hôm nay. Ảnh: Giang Huy', '… on Friday. (Yonhap)'); the
# same mark inside a line is a dateline ('SEOUL, Oct. 18 (Yonhap) -- …'), not a caption.
CAPTION_TAIL_CHARS = 30


def _is_caption(p: DatePatterns, line: str) -> bool:
    """A caption line: a credit mark at its end (``… ngày 5/12. Ảnh: TTXVN``) or at its start
    (``Ảnh: Hai nhà lãnh đạo … ngày 12/6/2025``)."""
    tail = line.rstrip()
    if (m := p.caption.match(tail.lstrip())) and m.group().endswith(":"):
        return True
    return any(len(tail) - m.end() <= CAPTION_TAIL_CHARS for m in p.caption.finditer(tail))


def find_mentions(text: str, skip: list[tuple[int, int]] | None = None) -> list[Mention]:
    """Every date phrase of ``text`` (see the module docstring), in text order; spans in ``skip``
    (such as a byline's line) are left out.

    >>> [(m.form, m.day, m.month) for m in find_mentions("Chiều 5-9, hai bên hội đàm; đoàn ở lại đến ngày 8/9.")]
    [('day_month', 5, 9)]
    >>> [(m.form, m.weekday) for m in find_mentions("The two presidents agreed Friday to expand trade.")]
    [('weekday', 4)]
    """
    p = date_patterns()
    skip = list(skip or [])
    found: list[tuple[int, int, dict]] = []

    def free(a: int, b: int) -> bool:
        return not any(a < y and x < b for x, y in skip) and not any(a < y and x < b for x, y, _ in found)

    def after_range_word(a: int) -> bool:
        return bool(p.range_before.search(text, max(0, a - 12), a))

    for m in VI_SPAN_RE.finditer(text):
        first, last, mo = int(m.group(1)), int(m.group(2)), int(m.group(3))
        y = int(m.group(4)) if m.group(4) else None
        if first < last and valid_date(y or 2000, mo, first) and valid_date(y or 2000, mo, last):
            fields = dict(
                form="full" if y else "day_month", day=first, month=mo, year=y, word="span", span=True
            )
            found.append((m.start(), m.end(), fields))  # the span's first day, used after single dates
    found.extend(f for f in two_ended_spans(text, p) if free(f[0], f[1]))  # 'từ ngày 22 đến 24/6'
    for m in YEAR_FIRST_RE.finditer(text):
        y, mo, d = (int(g) for g in m.groups())
        if valid_date(y, mo, d) and free(m.start(), m.end()):
            found.append((m.start(), m.end(), dict(form="full", day=d, month=mo, year=y, word="year first")))
    for digits in DIGITS_RE.finditer(text):
        num = p.vi_number.match(text, digits.start())
        lead_m = num and p.vi_lead.search(text, max(0, digits.start() - 40), digits.start())
        if (
            lead_m
            and "," in text[lead_m.end("lead") : digits.start()]
            and not (num.group("m") or num.group("m2"))
        ):
            lead_m = None  # 'chiều nay, 3 Bộ trưởng …': a count, not a day
        if lead_m:
            a, b, lead = lead_m.start(), num.end(), " ".join(lead_m.group("lead").split()).lower()
        elif (
            num
            and num.group("m")
            and text[digits.start() - 1 : digits.start()] == "("
            and text[num.end() : num.end() + 1] == ")"
        ):
            a, b, lead = (
                digits.start() - 1,
                num.end() + 1,
                "()",
            )  # 'Thủ tướng Nguyễn Xuân Phúc (27/11) hội đàm'
        elif (
            num
            and num.group("m")
            and (wk := p.weekday_before.search(text, max(0, digits.start() - 16), digits.start()))
        ):
            a, b, lead = wk.start(), num.end(), wk.group("lead")  # 'Thứ Sáu 13/1': that day and month
        else:
            continue
        if not free(a, b) or after_range_word(a):
            continue
        d = int(num.group("d"))
        mo, y = num.group("m") or num.group("m2"), num.group("y") or num.group("y2")
        if mo is None:
            if (p.range_after.match(text, b) and not UPCOMING_RE.match(text, b)) or not 1 <= d <= 31:
                continue
            of = p.month_of_day.match(text, b)  # 'ngày 29 tháng trước': the month it falls in
            offset = p.month_offsets[" ".join(of.group("w").lower().split())] if of else None
            found.append(
                (a, of.end() if of else b, dict(form="day_only", day=d, word=lead, month_offset=offset))
            )
            continue
        mo = int(mo)
        if not valid_date(int(y) if y else 2000, mo, d):  # 2000 is a leap year: 29/2 stays possible
            continue
        yo = None if y else p.year_of_day.match(text, b)  # 'ngày 23/5 năm ngoái': the year before
        fields = dict(
            form="full" if y else "day_month", day=d, month=mo, year=int(y) if y else None, word=lead
        )
        if yo:
            fields["year_offset"] = p.year_offsets[" ".join(yo.group("w").lower().split())]
        found.append((a, b, fields))
        if lead in p.weekdays:
            found[-1][2]["weekday"] = p.weekdays[lead]
    # The word-led patterns are tried only when one of their words occurs at all (a substring test
    # is far cheaper than a regex scan of every position of a long article).
    lower = text.lower()
    has_month = any(w in text for w in p.month_words)
    for rx in (p.en_month_day, p.en_day_month) if has_month else ():
        for m in rx.finditer(text):
            if not free(m.start(), m.end()) or after_range_word(m.start()):
                continue
            if not m.group("y") and (
                SPAN_START_RE.match(text, m.end()) or SPAN_END_RE.search(text, 0, m.start())
            ):
                continue  # 'June 30 - July 3': a visit's span, not the meeting's day
            mo, d, y = p.months[m.group("lead").lower()], int(m.group("d")), m.group("y")
            if valid_date(int(y) if y else 2000, mo, d):
                found.append(
                    (
                        m.start(),
                        m.end(),
                        dict(
                            form="full" if y else "day_month",
                            day=d,
                            month=mo,
                            year=int(y) if y else None,
                            word=m.group("lead"),
                        ),
                    )
                )
    for m in EN_DAY_ALONE_RE.finditer(text) if "n the " in text or "f the " in text else ():
        a, b = m.start(), m.end()
        if free(a, b):
            of = p.month_of_day.match(text, b)  # 'on the 23rd of last month': the month it falls in
            offset = p.month_offsets[" ".join(of.group("w").lower().split())] if of else None
            fields = dict(form="day_only", day=int(m.group("d")), word="on the", month_offset=offset)
            found.append((a, of.end() if of else b, fields))
    for m in p.weekday.finditer(text) if any(w in text for w in p.weekdays) else ():
        if free(m.start(), m.end()):  # 'from Monday to Thursday': a stay's first day, used after single dates
            fields = dict(form="weekday", weekday=p.weekdays[m.group("lead")], word=m.group("lead"))
            found.append((m.start(), m.end(), dict(fields, span=after_range_word(m.start()))))
    has_relative = any(w in lower for w in p.relative_days) or any(w in lower for w in p.relative_weeks)
    for m in p.relative.finditer(text) if has_relative else ():
        word = " ".join(m.group("lead").split()).lower()
        if not free(m.start(), m.end()) or any(0 <= m.start() - b <= 3 for _, b, _ in found):
            continue  # '29.10 vừa qua': the word qualifies the day just before it
        if p.period_before.search(text, max(0, m.start() - 12), m.start()):
            continue  # 'năm vừa qua': a period, not a day
        if NAME_BEFORE_RE.search(text, max(0, m.start() - 30), m.start()) and m.group("lead")[0].isupper():
            continue  # 'By DA NANG Today', 'USA Today': part of a name
        if word in p.relative_days:  # 'có mặt từ hôm qua': a stay's first day, used after single dates
            fields = dict(form="relative_day", offset_days=p.relative_days[word], word=word)
            found.append((m.start(), m.end(), dict(fields, span=after_range_word(m.start()))))
        elif word in p.relative_weeks:
            found.append(
                (
                    m.start(),
                    m.end(),
                    dict(form="relative_week", offset_days=p.relative_weeks[word], word=word),
                )
            )
    found.sort(key=lambda f: f[0])
    kept = []
    for f, nxt in zip(found, found[1:] + [None]):
        if not _named_by_next(text, f, nxt):
            kept.append(f)
        elif f[2]["form"] == "weekday":
            nxt[2]["weekday"] = f[2]["weekday"]  # 'Friday, March 14': the date keeps its weekday
    found = kept
    out = []
    sentences = _Sentences(text) if found else None
    for a, b, fields in found:
        s, e = sentences.around(a)
        next_month = bool(p.next_month.search(text, s, e))
        out.append(
            Mention(
                phrase=text[a:b],
                start=a,
                in_meeting_sentence=bool(p.meeting.search(text, s, e)) and not p.future.search(text, s, e),
                in_caption=_is_caption(p, _line(text, a)),
                ahead=bool(next_month or p.ahead.search(text, s, e) or UPCOMING_RE.match(text, b)),
                next_month=next_month,
                aside=_announced(p, text, a, b, e)
                or bool(OTHER_EVENT_RE.search(text, max(0, a - 20), a))
                or _earlier(text, s, a),
                **fields,
            )
        )
    return arrival_days_aside(text, out, sentences.around, p.meeting) if len(out) > 1 else out
