"""Money amounts and trade targets in a report, in Vietnamese or English.

:func:`read_targets` finds every money amount (``150 tỷ USD``, ``100 tỉ đô la Mỹ``, ``$150 billion``,
``US$4 billion``, ``150 billion U.S. dollars``; a bare ``150 billion`` after an amount in dollars in
the same clause), converts it to billions, names its metric (two-way trade, exports, imports, ODA,
investment, other) and decides its kind from the stance of its clause (:mod:`vnkr.extract.stance`)
and the words before it:

* ``request`` — the clause is one side's request (``đề nghị … đạt 150 tỷ USD``, ``suggested``);
* ``target`` — a goal word (``nâng … lên``, ``phấn đấu``, ``mục tiêu``, ``aim``, ``boost … to``)
  stands before it, or both sides agreed in its clause (``nhất trí … tăng … lên``), or a statement
  says both sides must reach it (``both sides must work to reach``, ``hai bên cần nỗ lực đạt``);
* ``actual`` — otherwise, or when a past-figure word is the nearest cue (``từ mức 300 triệu USD``,
  ``up from $86.7 billion``); an "actual" whose year is after the publication date is ``projection``;
* ``projection`` — also a figure after a forecast word (``reckoned``, ``dự báo``): one side's estimate.

A target's ``deadline_year`` is the year written after it (``vào năm 2030``, ``by 2030``, a phrase
may stand between: ``150 tỷ USD một cách bền vững vào năm 2035``), else one written before it in its
clause (``Trong năm 2026, … 120 tỷ USD``; shared by every amount that follows), else a relative one
(``in five years``, ``năm tới``, ``this year`` before or after it) counted from ``published``. A deadline is reported as written; one
before the publication year or before 1992 is flagged ``implausible`` with ``implausible_reason``.
Every word list lives in ``data/lexicon/amounts.csv``.

    >>> read_targets("Hai bên nhất trí nâng kim ngạch lên 150 tỷ USD vào năm 2030.")[["value", "kind", "deadline_year"]].values.tolist()
    [[150.0, 'target', 2030]]
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

import pandas as pd

from ..ingest.language import detect_language
from . import lexicon
from .figure_kinds import _last, figure_kind
from .metrics import TRADE_METRICS, _metric
from .stance import segments, sentences
from .switches import rule_on
from .target_rows import _YEAR, settle_rows

COLUMNS = [
    "value",
    "unit",
    "metric",
    "kind",
    "deadline_year",
    "year",
    "quote",
    "start",
    "end",
    "amount_text",
    "implausible",
    "implausible_reason",
    "lang",
]
# the opening of a bracketed conversion right after an amount: ' (khoảng ', ' (about '
BRACKET_OPEN_RE = re.compile(
    r"\s*\(\s*(?:khoảng|chừng|tương đương|tương đương khoảng|about|around|approximately|roughly|some|~)?\s*",
    re.IGNORECASE,
)
_NUMBER = r"(\d{1,3}(?:[.,]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?)"
_COMPARED = re.compile(r"(?:so với|compared (?:with|to)|than)\s+(?:mức\s+)?$", re.IGNORECASE)


def _compared(text: str, d: re.Match) -> bool:
    """A year right after 'so với', 'compared with' or 'than' is a base of comparison (rule ``compared_year``)."""
    return rule_on("compared_year") and _COMPARED.search(text, max(0, d.start() - 20), d.start()) is not None


_GAP_CHARS = 80  # how far a deadline may stand after its amount (a phrase between them)
FIRST_TARGET_YEAR = 1992  # relations were established in 1992: no trade deadline before it
ACTUAL_YEAR_CHARS = (
    22  # a figure's own year right after it: '86,7 tỷ USD năm 2024', '$86.7 billion recorded in 2024'
)


def parse_number(text: str, lang: str) -> float:
    """A number as the language writes it: vi ``1.000`` = 1000, ``81,5`` = 81.5; en ``1,000``, ``86.7``.

    >>> parse_number("81,5", "vi"), parse_number("1.000", "vi"), parse_number("86.7", "en"), parse_number("1,500", "en")
    (81.5, 1000.0, 86.7, 1500.0)
    """
    group, decimal = (".", ",") if lang == "vi" else (",", ".")
    if re.fullmatch(r"\d{1,3}(?:" + re.escape(group) + r"\d{3})+(?:" + re.escape(decimal) + r"\d+)?", text):
        return float(text.replace(group, "").replace(decimal, "."))
    return float(text.replace(",", "."))


def _amount_rx(lang: str) -> re.Pattern:
    pre = lexicon.cue("currency_prefix", lang).pattern
    scale = lexicon.cue("scale", lang).pattern
    usd = lexicon.cue("currency_usd", lang).pattern
    vnd = lexicon.cue("currency_vnd", lang).pattern
    return re.compile(
        rf"(?:(?P<pre>{pre})\s?)?(?<![\d.,]){_NUMBER}\s*(?P<scale>{scale})"
        rf"(?:\s+(?:(?P<usd>{usd})|(?P<vnd>{vnd})))?",
        re.IGNORECASE,
    )


def _deadline_rx(lang: str, prefix_required: bool = False) -> re.Pattern:
    """``vào năm 2030``, ``năm 2030``, ``by (the end of) 2030``; before an amount only with a
    preposition (``Trong năm 2026, …``), so a bare ``năm 1992`` there is never a deadline."""
    prefix = lexicon.cue("deadline_prefix", lang).pattern
    word = lexicon.cue("year_word", lang).pattern
    bare = "" if prefix_required else rf"|(?:{word})\s+"
    return re.compile(rf"(?:(?:{prefix})\s+(?:(?:{word})\s+)?{bare}){_YEAR}", re.IGNORECASE)


def _published_year(published) -> int | None:
    if published is None or published == "":
        return None
    if isinstance(published, (dt.date, dt.datetime)):
        return published.year
    return int(str(published)[:4])


def _relative_deadline(text: str, lang: str, a: int, b: int, year: int | None) -> int | None:
    if year is None or not rule_on("relative_deadline"):
        return None
    m = lexicon.cue("relative_years", lang).search(text, a, b)
    if m:
        n = m.group("n")
        count = float(n) if n.isdigit() else lexicon.value_of("number_word", lang, n)
        if count:
            return year + int(count)
    m = lexicon.cue("relative_next_year", lang).search(text, a, b)
    if m:
        return year + 1
    if lexicon.cue("relative_this_year", lang).search(text, a, b) and rule_on("this_year_deadline"):
        return year  # 'lift bilateral trade this year to 100 billion USD'
    return None


def _year_goal(text: str, lang: str, a: int, b: int) -> int | None:
    """The year a goal is named by, before its amount (``the 2023 goal of $100 billion in trade``;
    kind ``year_goal`` of ``data/lexicon/amounts.csv``; rule ``year_goal``)."""
    m = rule_on("year_goal") and lexicon.cue("year_goal", lang).search(text, a, b)
    return int(m.group("y")) if m else None


def _free_before(
    rx: re.Pattern, text: str, a: int, b: int, consumed: list[tuple[int, int]], lang: str
) -> re.Match | None:
    """The last deadline before an amount that no earlier amount took as its own (``100 tỷ USD vào
    năm 2023 và … 150 tỷ USD`` gives 150 no deadline; ``đến năm 2030 … 150 tỷ USD và … 50 tỷ USD``
    gives both 2030)."""
    free = [m for m in rx.finditer(text, a, b) if not any(m.start() < y and x < m.end() for x, y in consumed)]
    if free and rule_on("deadline_before_own_phrase") and not _own_phrase(text, a, free[-1], b, lang):
        return None
    return free[-1] if free else None


_LIST_BREAK = re.compile(r"[,:–]")
_PHRASE_WORDS = 2  # 'Trong năm 2026,' / 'By 2030,' / 'và đến năm 2030,': at most a word or two before it


def _own_phrase(text: str, a: int, deadline: re.Match, b: int, lang: str) -> bool:
    """A deadline before its amount with a comma between them must open its own phrase (``Trong năm
    2026, mục tiêu là …``) or follow a goal or agreement (``nhất trí đến năm 2030 đưa …, trong đó …
    50 tỷ USD``), not end another list item (``events for the 30th anniversary in 2022, reaching the
    100 billion target``)."""
    if not _LIST_BREAK.search(text, deadline.end(), b):
        return True
    breaks = [m.end() for m in _LIST_BREAK.finditer(text, a, deadline.start())]
    words = re.findall(r"\w+", text[breaks[-1] if breaks else a : deadline.start()])
    tail = " ".join(words[-_PHRASE_WORDS - 1 :])  # the goal or agreement word right before the year
    return len(words) <= _PHRASE_WORDS or any(
        lexicon.cue(kind, lang).search(tail) for kind in ("goal", "agree", "promise")
    )


def _trimmed(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a].isspace():
        a += 1
    while b > a and (text[b - 1].isspace() or text[b - 1] in ".;"):
        b -= 1
    return a, b


def _actual_year(
    text: str, lang: str, sa: int, start: int, end: int, stop: int, published: int | None
) -> int | None:
    """The year of a figure: one written right after it (``86,7 tỷ USD năm 2024``), ``last year``
    counted from the publication, else the last year written before it in its sentence."""
    near = re.compile(_YEAR).search(text, end, min(stop, end + ACTUAL_YEAR_CHARS))
    if near:
        return int(near.group(1))
    last = lexicon.cue("relative_last_year", lang).search(text, end, stop)
    if last and published and rule_on("last_year"):
        return published - 1
    if rule_on("year_before_actual"):
        before = _last(re.compile(r"(?<!\d)" + _YEAR), text, sa, start)
        return int(before.group(1)) if before else None
    return None


def _implausible(deadline: int | None, year: int | None) -> str:
    if deadline is None or not rule_on("implausible_deadline"):
        return ""
    if deadline < FIRST_TARGET_YEAR:
        return "deadline_before_relations"
    if year is not None and deadline < year:
        return "deadline_before_publication"
    return ""


def read_targets(text: str, published=None, lang: str | None = None) -> pd.DataFrame:
    """Every money amount in ``text`` with its metric, kind and year (see the module docstring).

    Columns: ``value`` (billions of ``unit``: 'USD bn' or 'VND bn'), ``unit``, ``metric``, ``kind``
    (target | actual | request | projection), ``deadline_year`` (targets), ``year`` (other kinds),
    ``implausible`` (bool) and ``implausible_reason`` (a code, '' when plausible), ``quote`` =
    ``text[start:end]`` (the sentence), ``amount_text``, ``lang``. ``published`` (a date or
    'YYYY-MM-DD') dates relative deadlines and checks plausibility; the language is detected
    unless given.

    >>> read_targets("Tổng thống đề nghị sớm đạt 150 tỷ USD vào năm 2030.")["kind"].tolist()
    ['request']
    """
    text = unicodedata.normalize("NFC", str(text))
    lang = lang or detect_language(text)
    year_published = _published_year(published)
    # the stances are read only when there is an amount to judge (most reports of a corpus have none)
    stances = segments(text, lang) if _amount_rx(lang).search(text) else []
    deadline_rx, before_rx = _deadline_rx(lang), _deadline_rx(lang, prefix_required=True)
    rows = []
    prev = None  # (sentence span, clause end of the previous amount, its end, its kind, its unit)
    sentence_spans = sentences(text)
    consumed: list[tuple[int, int]] = []  # deadlines already written after an earlier amount
    for m in _amount_rx(lang).finditer(text):
        start, end = m.start(), m.end()
        sa, sb = next(((a, b) for a, b in sentence_spans if a <= start < b), (0, len(text)))
        ca = max([sa] + [sa + i.end() for i in re.finditer(";", text[sa:start])])
        cb = text.find(";", end, sb)
        cb = sb if cb < 0 else cb
        same_clause = prev is not None and prev[0] == (ca, cb)
        unit = (
            "USD bn"
            if m.group("pre") or m.group("usd")
            else "VND bn"
            if m.group("vnd")
            else prev[4]
            if same_clause and rule_on("bare_amount_inherits_unit")
            else None
        )
        other = rule_on("other_currency") and re.match(
            rf"\s*(?:{lexicon.cue('currency_other', lang).pattern})(?!\w)",
            text[end : end + 30],
            re.IGNORECASE,
        )
        if other and not rule_on("other_currency_in_sequence"):
            continue
        if unit is None and not other:
            continue  # "150 tỷ" with no currency anywhere near: not read as money
        value = parse_number(m.group(2), lang) * (lexicon.value_of("scale", lang, m.group("scale")) or 1.0)
        stance = next((s.kind for s in stances if s.start <= start < s.end), None)
        window_start = prev[2] if same_clause else ca
        # the text from the amount to the end of the next sentence: where the other side may take it up
        nb = next((b for s, b in sentence_spans if s >= sb), len(text))
        after40, earlier = text[end : end + 40], prev[3] if same_clause else None
        kind = figure_kind(text[window_start:start], stance, lang, earlier, after40, text[end:nb])
        if other:
            # '(khoảng 112.000 tỷ won)': another currency, not a dollar figure; it still takes its cue
            # ('from about 120 trillion won last year to …'), so the next amount is judged after it
            prev = ((ca, cb), cb, end + other.end(), kind, None)
            continue
        gap = len(text[end : end + 4]) - len(text[end : end + 4].lstrip(" ,"))
        named_after = rule_on("year_goal_after") and lexicon.cue("year_goal_after", lang).match(
            text, end + gap
        )
        if named_after:
            kind = "target"  # 'fixed 150 billion dollars as their 2030 trade target': named a goal after it
        nxt = _amount_rx(lang).search(text, end, cb)
        stop = min(nxt.start() if nxt else cb, end + _GAP_CHARS)
        if nxt and rule_on("conversion_in_brackets") and BRACKET_OPEN_RE.fullmatch(text, end, nxt.start()):
            # '100 tỷ USD (khoảng 112.000 tỷ won) đến năm 2020': the bracketed conversion is skipped
            close = text.find(")", nxt.end(), cb)
            if close != -1:
                after_close = _amount_rx(lang).search(text, close, cb)
                stop = min(after_close.start() if after_close else cb, close + _GAP_CHARS)
        # a year compared with ('tăng 75% so với năm 2024') is a base, not a deadline
        after = next((d for d in deadline_rx.finditer(text, end, stop) if not _compared(text, d)), None)
        after = after if rule_on("deadline_after") else None
        deadline = year = None
        if kind in ("target", "request"):
            if after:
                deadline = int(after.group(1))
            elif rule_on("deadline_before") and (
                before := _free_before(before_rx, text, ca, start, consumed, lang)
            ):
                deadline = int(before.group(1))
            else:
                deadline = (
                    _relative_deadline(text, lang, end, stop, year_published)
                    or _relative_deadline(text, lang, window_start, start, year_published)
                    or _year_goal(text, lang, ca, start)
                    or (int(named_after.group("y")) if named_after else None)
                )
        else:
            year = _actual_year(text, lang, sa, start, end, stop, year_published)
            if year and year_published and year > year_published and rule_on("future_actual"):
                kind = "projection"
        reason = _implausible(deadline, year_published)
        qa, qb = _trimmed(text, ca, cb)
        rows.append(
            {
                "value": round(value, 9),
                "unit": unit,
                "metric": _metric(text, lang, ca, start, end, cb),
                "kind": kind,
                "deadline_year": deadline,
                "year": year,
                "implausible": bool(reason),
                "implausible_reason": reason,
                "quote": text[qa:qb],
                "start": qa,
                "end": qb,
                "amount_text": m.group(0),
                "lang": lang,
                "_at": (start, end),  # the amount itself (not a column)
                "_sentence": sa,  # where its sentence starts (not a column)
            }
        )
        if after:
            consumed.append((after.start(), after.end()))
        prev = ((ca, cb), cb, after.end() if after else end, kind, unit)
    settle_rows(text, lang, rows)
    out = pd.DataFrame(rows, columns=COLUMNS)
    for col in ("deadline_year", "year"):
        out[col] = out[col].astype("Int64")
    return out


def trade_targets(text: str, published=None, lang: str | None = None) -> pd.DataFrame:
    """The rows of :func:`read_targets` that are USD trade targets (two-way trade, exports, imports),
    one per (value, deadline), in text order."""
    t = read_targets(text, published, lang)
    t = t[t["kind"].eq("target") & t["unit"].eq("USD bn") & t["metric"].isin(TRADE_METRICS)]
    return t.drop_duplicates(["value", "deadline_year"]).reset_index(drop=True)
