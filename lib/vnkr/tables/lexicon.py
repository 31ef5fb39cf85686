"""The word lists the dating rules use, read from ``data/lexicon/*.csv`` (one entry per row, with a
``note``), so that vocabulary is data beside the rules, not regexes scattered in code.

- ``date_words.csv`` (``kind, word, lang, value, note``): session words (``sáng``), day words
  (``ngày``), relative days (``hôm qua`` = -1), English months and weekdays, range words (``đến``),
  meeting words (``hội đàm``), caption marks (``Ảnh:``), anniversary words and base years, and
  era words (``covid``: a report naming it is from 2020 or later).
- ``role_words.csv`` (``office, word, lang, note``): titles that select an office of a person named
  right after them (``Chủ tịch nước Tô Lâm``); ``office`` is a value of leaders.csv's ``office``.
- ``new_term_cues.csv`` (``word, lang, note``): phrases saying someone has just taken office.

Every reader checks its columns and values and raises :class:`vnkr.errors.DataError` naming the file
and line. ``VNKR_DATA_DIR`` moves the folder like every other data file; a data folder without
``lexicon/`` uses the repository's.
"""

from __future__ import annotations

import functools
import os
import re
import unicodedata
from pathlib import Path

import pandas as pd

from .. import paths
from ..errors import DataError, Problem

DATE_WORD_KINDS = {
    "session": "time of day before a date ('Chiều 5-9')",
    "day_word": "'day' before a date ('Ngày 23.6', 'ngày 12')",
    "relative_day": "a day counted from the publication date (value = offset in days)",
    "relative_week": "seven days ending this many days from the publication date: month precision only",
    "period_word": "a relative word right after it names a period, not a day ('năm vừa qua')",
    "range_word": "a date after it (or a day-only date before it) is a span's end, not the meeting",
    "meeting_word": "a sentence with it is where the meeting date is looked for first",
    "future_word": "a sentence with it speaks of what is still to come: not preferred as the meeting's",
    "ahead_word": "a date in a sentence with it may be after the report (a preview): kept ahead of it up to 45 days",
    "next_month_word": "'tháng tới', 'next month': a day before the report's day in its sentence is next month's",
    "caption_mark": "a line with it is a photo caption: its date is used last",
    "announce_word": "after a date (or right before one and a reported clause): the day something was "
    "announced, used after the dates of events",
    "month": "English month name or abbreviation (value = month number)",
    "weekday": "English weekday (value = 0 for Monday .. 6 for Sunday)",
    "anniversary_word": "'kỷ niệm 30 năm', '30th anniversary' (with anniversary_base)",
    "anniversary_base": "the founding year the anniversaries count from (value = year)",
    "era_from": "a term first used in this year: a report naming it is from then or later (value = year)",
    "bereavement": "a funeral or condolences: the year in which a named holder had just left office is preferred",
    "farewell": "a farewell call ('outgoing ambassador', 'chào từ biệt'): the year in which a named holder's term "
    "ends within weeks of the day is preferred",
    "occasion_word": "an occasion named with its year ('Festival … năm 2024', 'Digital Week 2024'): with no "
    "publication date, the report's year",
    "month_of_day": "right after a day alone ('ngày 29 tháng trước'), the month it falls in, counted from the "
    "publication's (value = months to add: -1 last month, 0 this month)",
    "year_of_day": "right after a day and month ('ngày 23/5 năm ngoái'), the year it falls in, counted from the "
    "publication's (value = years to add: -1 last year)",
    "cutoff_word": "figures up to a month ('tính đến tháng 6-2018', 'as of May 2019'; value = the month they run to, "
    "0 when the month is written after it): with no publication date, the report is from then on",
}
INTEGER_KINDS = {
    "relative_day",
    "relative_week",
    "month",
    "weekday",
    "anniversary_base",
    "era_from",
    "cutoff_word",
}
LANGS = {"vi", "en", "any"}


def lexicon_dir() -> Path:
    return paths.lexicon_dir()


@functools.lru_cache(maxsize=8)
def _file(name: str, data_dir_env: str | None) -> tuple[str, float]:
    """(path, mtime) of one lexicon file, looked up once per data folder: the rules ask for the
    word lists once per document, and a stat per call cost more than the dating itself. A data
    folder without a ``lexicon/`` of its own (a corpus kept outside the repository) uses the
    repository's word lists, which ship with the code."""
    path = lexicon_dir() / name
    if not path.exists():
        path = paths.ROOT / "data" / "lexicon" / name
    return str(path), (path.stat().st_mtime if path.exists() else 0.0)


def _where(name: str) -> tuple[str, float]:
    return _file(name, os.environ.get("VNKR_DATA_DIR"))


def _shown(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(paths.ROOT))
    except ValueError:
        return str(path)


def _read(path: Path, columns: list[str]) -> tuple[pd.DataFrame, list[Problem]]:
    shown = _shown(path)
    if not path.exists():
        raise DataError(Problem(shown, None, "file missing (a word list the dating rules need)"))
    df = pd.read_csv(path, dtype=str, keep_default_na=False)
    missing = [c for c in columns if c not in df.columns]
    if missing:
        raise DataError(Problem(shown, 1, f"missing column(s) {missing}; expected {columns}"))
    df = df[columns].apply(lambda col: col.str.strip().map(lambda s: unicodedata.normalize("NFC", s)))
    problems = [Problem(shown, i + 2, "blank word") for i in df.index[df["word"].eq("")]]
    if "lang" in df:
        problems += [
            Problem(shown, i + 2, f"lang {v!r} is not one of {sorted(LANGS)}")
            for i, v in df["lang"].items()
            if v not in LANGS
        ]
    return df, problems


@functools.lru_cache(maxsize=8)
def _date_words(path: str, mtime: float) -> pd.DataFrame:
    df, problems = _read(Path(path), ["kind", "word", "lang", "value", "note"])
    shown = _shown(Path(path))
    for i, r in df.iterrows():
        if r.kind not in DATE_WORD_KINDS:
            problems.append(Problem(shown, i + 2, f"kind {r.kind!r} is not one of {sorted(DATE_WORD_KINDS)}"))
        elif r.kind in INTEGER_KINDS and not r.value.lstrip("-").isdigit():
            problems.append(
                Problem(shown, i + 2, f"{r.kind} {r.word!r} needs an integer value, got {r.value!r}")
            )
    dup = df.duplicated(["kind", "word"], keep="first")
    problems += [
        Problem(shown, i + 2, f"{df.at[i, 'kind']} {df.at[i, 'word']!r} listed twice") for i in df.index[dup]
    ]
    if problems:
        raise DataError(problems)
    return df


def date_words(kind: str | None = None) -> pd.DataFrame:
    """``data/lexicon/date_words.csv`` (validated, NFC), or only the rows of one ``kind``.

    >>> {"chiều", "rạng sáng", "sáng"} <= set(date_words("session")["word"])
    True
    """
    df = _date_words(*_where("date_words.csv"))
    return df if kind is None else df[df["kind"].eq(kind)].reset_index(drop=True)


def words(kind: str) -> list[str]:
    """The words of one kind, longest first (so a regex alternation prefers ``rạng sáng`` to ``sáng``)."""
    return list(_sorted_cues(date_words(kind)["word"]))


def values(kind: str) -> dict[str, int]:
    """word -> integer value for the kinds that carry one (months, weekdays, day offsets).

    >>> values("relative_day")["hôm qua"]
    -1
    """
    return {w: int(v) for w, v in zip(date_words(kind)["word"], date_words(kind)["value"])}


@functools.lru_cache(maxsize=8)
def _role_words(path: str, mtime: float) -> pd.DataFrame:
    df, problems = _read(Path(path), ["office", "word", "lang", "note"])
    shown = _shown(Path(path))
    problems += [Problem(shown, i + 2, "blank office") for i in df.index[df["office"].eq("")]]
    dup = df.duplicated(["office", "word"], keep="first")
    problems += [
        Problem(shown, i + 2, f"{df.at[i, 'word']!r} listed twice for {df.at[i, 'office']}")
        for i in df.index[dup]
    ]
    if problems:
        raise DataError(problems)
    return df


def role_words() -> pd.DataFrame:
    """``data/lexicon/role_words.csv``: ``office, word, lang, note`` (a word may name several offices)."""
    return _role_words(*_where("role_words.csv"))


@functools.lru_cache(maxsize=8)
def _new_term_cues(path: str, mtime: float) -> pd.DataFrame:
    df, problems = _read(Path(path), ["word", "lang", "note"])
    if problems:
        raise DataError(problems)
    return df


def new_term_cues() -> list[str]:
    """Phrases of ``data/lexicon/new_term_cues.csv`` (``tân``, ``newly appointed``), longest first."""
    return list(_sorted_cues(_new_term_cues(*_where("new_term_cues.csv"))["word"]))


def _sorted_cues(words) -> tuple[str, ...]:
    return tuple(sorted(words, key=lambda w: (-len(w), w)))


PARTNER_KINDS = {
    "other_partner": "another country's leader: a sentence naming one and no Korean side is about another meeting",
    "korean_side": "the Korean side named in a sentence: it keeps the sentence about the Vietnam-Korea meeting",
    "local_side": "a province, city or district (or its leader) as a signatory: what it signs is local cooperation",
    "local_pair": "two provinces, cities or districts as the subject: what they agree on is local cooperation",
    "korean_locality": "a Korean province, city, county or district by name: joined to another place, two localities",
    "vn_local_office": "a Vietnamese province's or city's office or leader: with a Korean local one, a meeting of localities",
    "korean_local_office": "a Korean province's, city's or county's office or leader (governor, mayor)",
    "national_office": "a national office (minister, prime minister, ambassador): the report is no meeting of localities",
    "joint_subject": "both sides as a sentence's subject: in a meeting of localities, what they agree is local cooperation",
    "firm_side": "a firm among a document's signers: a province's pact with a firm is no cooperation of localities",
}


@functools.lru_cache(maxsize=8)
def _partners(path: str, mtime: float) -> pd.DataFrame:
    df, problems = _read(Path(path), ["kind", "word", "lang", "note"])
    shown = _shown(Path(path))
    for i, r in df.iterrows():
        if r.kind not in PARTNER_KINDS:
            problems.append(Problem(shown, i + 2, f"kind {r.kind!r} is not one of {sorted(PARTNER_KINDS)}"))
        try:
            re.compile(r.word)
        except re.error as exc:
            problems.append(Problem(shown, i + 2, f"pattern {r.word!r} is not a valid regex ({exc})"))
    if problems:
        raise DataError(problems)
    return df


@functools.lru_cache(maxsize=8)
def _partner_rx(kind: str, path: str, mtime: float) -> re.Pattern:
    words = _partners(path, mtime)
    alts = sorted(words[words["kind"].eq(kind)]["word"], key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(f"(?:{a})" for a in alts) + r")(?!\w)", re.IGNORECASE)


def partner_cue(kind: str) -> re.Pattern:
    """One case-insensitive regex of ``data/lexicon/partners.csv``'s patterns of ``kind`` (both languages):
    used by the commitment reader and the dating alike (a sentence about another country's leader).

    >>> bool(partner_cue("other_partner").search("Phuc and Russian President Vladimir Putin agreed"))
    True
    """
    return _partner_rx(kind, *_where("partners.csv"))


_UPPER = "A-ZĐÂĂÊÔƠƯÁÀẢÃẠẤẦẨẪẬẮẰẲẴẶÉÈẺẼẸẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌỐỒỔỖỘỚỜỞỠỢÚÙỦŨỤỨỪỬỮỰÝỲỶỸỴ"
_LOCAL_WORD = r"(?i:tỉnh|thành phố|tp\.?|huyện|quận|xã|thị xã|the city of|the province of)"
_NOT_A_PLACE = r"(?!(?:Việt Nam|Hàn Quốc|Viet Nam|Vietnam|Korea|South Korea|Triều Tiên|North Korea)(?!\w))"


@functools.lru_cache(maxsize=8)
def _locality_pair_rx(path: str, mtime: float) -> re.Pattern:
    korean = partner_cue("korean_locality").pattern
    kr = (
        rf"(?:{_LOCAL_WORD}\s+)?(?i:{korean})(?i:-(?:do|si|gun|gu))?"
        r"(?:\s+(?i:province|city|county|district))?(?:\s*\([^()]{0,30}\))?"
    )
    name = (
        rf"(?:{_LOCAL_WORD}\s+)?{_NOT_A_PLACE}[{_UPPER}][\w'’.-]*(?:\s+[{_UPPER}][\w'’-]*){{0,3}}"
        r"(?:\s+(?i:province|city|county|district))?(?:\s*\([^()]{0,30}\))?"
    )
    join = r"\s+(?:và|với|cùng|and|with)\s+"
    return re.compile(rf"(?<!\w)(?:(?P<kr_first>{kr}){join}{name}|{name}{join}{kr})(?!\w)")


def locality_pair(text: str) -> bool:
    """Two places joined by ``và``/``and`` of which one is a Korean locality by name (kind
    ``korean_locality`` of ``data/lexicon/partners.csv``): two localities, not the two countries
    (``Cà Mau và Buan cũng nhất trí …``, ``Gimhae và Biên Hòa``, ``Gyeongsangbuk and Bac Ninh agreed``).
    A name starts where its capitalised words start (``Việt Nam và Busan`` is no pair).

    >>> locality_pair("Cà Mau và Buan cũng nhất trí mở rộng hợp tác")
    True
    >>> locality_pair("Việt Nam và Busan"), locality_pair("Seoul và Hà Nội")
    (False, False)
    """
    before = re.compile(rf"[{_UPPER}][\w'’-]*\s+$")
    return any(
        m.group("kr_first") or not before.search(text, 0, m.start())
        for m in _locality_pair_rx(*_where("partners.csv")).finditer(text)
    )
