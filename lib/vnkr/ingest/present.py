"""The year a report is written in, from what it names as current, for a day and month that nothing
else dates: an occasion with its year (``Festival Hoa Đà Lạt lần thứ 10 năm 2024``, ``Vietnam
International Digital Week 2024``, ``"Meet Korea 2022"``, ``Tết Nguyên đán 2024``, a capitalised name
closed by its year: ``Tuần lễ Số quốc tế 2024``) or the cut-off of the latest figures it quotes
(``tính đến tháng 6-2018``, ``as of May 2019``, ``the first six months of 2025``, ``trong 11 tháng năm
2024``, ``the first ten months of 2023``). The words are ``occasion_word`` and ``cutoff_word`` rows of
``data/lexicon/date_words.csv``.

Used by :func:`vnkr.ingest.years.infer_year` only when a report gives no publication date and its
office holders do not fix the year; every cue must give the same year, else none is taken.
"""

from __future__ import annotations

import datetime as dt
import functools
import re

from ..tables import lexicon

YEAR = r"((?:19|20)\d{2})(?!\d)"
OCCASION_GAP = 60  # 'Festival Hoa Đà Lạt lần thứ 10 năm 2024': the name between the word and its year


def _alt(words) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=lambda w: (-len(w), w)))


@functools.lru_cache(maxsize=4)
def _patterns(table_id: int) -> tuple[re.Pattern, re.Pattern, re.Pattern, dict]:
    occasion = _alt(lexicon.words("occasion_word"))
    cutoffs = {w.lower(): v for w, v in lexicon.values("cutoff_word").items()}
    months = {w.lower(): v for w, v in lexicon.values("month").items()}
    occasion_re = re.compile(
        rf"(?<!\w)(?P<word>{occasion})(?:[\"”]?\s+{YEAR}"  # 'Digital Week 2024', 'Tết Nguyên đán 2024'
        rf"|[^.;!?\n]{{0,{OCCASION_GAP}}}?\s(?:lần\s+thứ\s+\d+\s+)?(?:của\s+)?năm\s+{YEAR})",
        re.IGNORECASE,
    )
    # '"Meet Korea 2022"': a title in quotes that ends with its year
    quoted_re = re.compile(rf"[\"“][^\"”\n]{{2,40}}\s{YEAR}[\"”]")
    cutoff_re = re.compile(
        rf"(?<!\w)(?P<word>{_alt(cutoffs)})\s+(?:(?:hết\s+)?tháng\s+(?P<m>\d{{1,2}})\s*(?:[/-]|\s+năm\s+)"
        rf"|(?P<mw>{_alt(months)})\.?,?\s+|năm\s+)?{YEAR}",
        re.IGNORECASE,
    )
    # 'Tuần lễ Số quốc tế 2024, …': an occasion's capitalised name, then its year closing the name
    named_re = re.compile(
        rf"(?<!\w)(?:{occasion})\s+(?P<name>[^\W\d_][^\n.;!?,\"“”\d]{{0,50}}?)\s+{YEAR}(?=\s*[,.;:!?)\"”(\n]|\s*$|{NAME_END})",
        re.IGNORECASE,
    )
    return occasion_re, quoted_re, cutoff_re, named_re, {"cutoffs": cutoffs, "months": months}


# what may follow an occasion's year in its sentence ('Tuần lễ Số quốc tế 2024 diễn ra tại Hà Nội')
NAME_END = r"\s+(?:tại|ở|diễn ra|do|được|và|với|in|at|held|on|and|with)\b"
NUMBER_WORDS = {
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
}
NUMBER_WORDS |= {"eleven": 11}
# figures of the first N months of a year ('trong 11 tháng năm 2024', 'in the first 10 months of 2024'): the
# report is from the end of month N on; not 'ngày 11 tháng năm 2024' (a day of May)
MONTHS_OF_YEAR_RE = re.compile(
    rf"(?<!ngày\s)(?<![\w/.-])(?P<n>\d{{1,2}})\s+tháng\s+(?:đầu\s+)?(?:của\s+)?năm\s+{YEAR}"
    rf"|(?<!\w)first\s+(?P<w>\d{{1,2}}|{'|'.join(NUMBER_WORDS)})\s+months\s+of\s+(?:the\s+year\s+)?{YEAR}",
    re.IGNORECASE,
)


def present_year(month: int, text: str, today: dt.date) -> tuple[int, str] | None:
    """The one year the occasions and figure cut-offs of ``text`` place a ``month`` of the report in, with
    the reason; None when there is no cue, a cue is after ``today``, or the cues disagree."""
    occasion_re, quoted_re, cutoff_re, named_re, words = _patterns(id(lexicon.date_words()))
    cues: list[tuple[int, str]] = []
    for m in occasion_re.finditer(text):
        cues.append((int(m.group(2) or m.group(3)), m.group(0).strip()))
    for m in named_re.finditer(text):
        if m.group("name")[0].isupper():  # a name, not a count ('Ngày hội việc làm thu hút 2000 …')
            cues.append((int(m.group(2)), m.group(0).strip()))
    for m in MONTHS_OF_YEAR_RE.finditer(text):
        n = m.group("n") or m.group("w")
        last = int(n) if n.isdigit() else NUMBER_WORDS[n.lower()]
        if 1 <= last <= 12:
            year = int(m.group(2) or m.group(4))
            cues.append((year if month >= last else year + 1, m.group(0).strip()))
    for m in quoted_re.finditer(text):
        cues.append((int(m.group(1)), m.group(0)))
    for m in cutoff_re.finditer(text):
        year = int(m.group(4))
        last = int(m.group("m")) if m.group("m") else words["months"].get((m.group("mw") or "").lower())
        last = last or words["cutoffs"].get(m.group("word").lower()) or 0
        if not last:
            continue  # 'tính đến năm 2023': a whole year's figures may be published well into the next
        # figures to the end of month `last` are out by the report: a month before it is next year's
        cues.append((year if month >= last else year + 1, m.group(0).strip()))
    years = {y for y, _ in cues}
    if len(years) != 1 or max(years) > today.year:
        return None
    year = years.pop()
    phrases = "', '".join(dict.fromkeys(p for _, p in cues))
    return year, f"year {year} from what the report names as current ('{phrases}'); no publication date"
