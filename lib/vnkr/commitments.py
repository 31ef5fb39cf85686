"""Commitments: a theme taxonomy, a rule-based extractor, the curated record and the comparison.

Built the way commitment trackers work (the G7/G20 Research Group's compliance reports, the
Comparative Agendas Project's topic coding): each commitment is one record with an exact quote, its
source document and one or more theme codes, and change over time is read off those records.

* ``data/themes.csv`` — the taxonomy (:func:`load_themes`); each theme has Vietnamese keyword
  regexes. Matching normalises both sides with ``underthesea.text_normalize`` (old/new tone-mark
  placement: ``hoà`` = ``hòa``) and ``casefold``; quotes themselves stay verbatim.
* :func:`extract_commitments` — rules, not a model: ordinal enumerations (``Thứ nhất, …``,
  ``Một là, …``), bullet lists and ``chứng kiến lễ ký …`` mentions of signed documents, and the
  clauses (split at ';') that follow ``nhất trí`` / ``thống nhất`` / ``cam kết`` / ``quyết tâm`` /
  ``chia sẻ tầm nhìn``; clauses after ``đề nghị`` (or a wish addressed to the other side) are
  requests. A clause that matches no theme is not kept: a commitment without a topic cannot be
  compared.
* ``data/annotations/commitments.csv`` — the reviewed record of every commitment of every meeting
  (:func:`load_commitments`), quotes verbatim from the raw article; ``status_vs_previous`` is
  derived, never typed. Signed documents are its ``agreement_signed`` rows (:func:`load_agreements`).
* :func:`compare_commitments` — the theme × meeting table; :func:`evaluate_extraction` and
  ``python -m vnkr evaluate`` — how far the extractor agrees with the curated record.

``themes`` is always a '|'-joined string of codes in taxonomy order (``'trade|investment'``), in
extracted and curated tables alike, so the tables stay one value per CSV cell; :func:`theme_list`
splits it.

    >>> import vnkr
    >>> rows = vnkr.extract_commitments("Hai bên nhất trí tăng cường hợp tác đầu tư; mở rộng thương mại.")
    >>> rows[["quote", "themes", "kind"]].values.tolist()
    [['tăng cường hợp tác đầu tư', 'investment', 'commitment'], ['mở rộng thương mại', 'trade', 'commitment']]
"""
from __future__ import annotations

import argparse
import functools
import re
import sys
import unicodedata
from pathlib import Path

import numpy as np
import pandas as pd

from . import parallel, paths
from .errors import DataError, Problem
from .events import (_finish, load_events, missing_columns, read_csv_rows, read_raw, shown_path)

THEME_COLUMNS = ["theme", "label_en", "label_vi", "cap_major", "patterns", "description"]
COMMITMENT_COLUMNS = ["event_id", "doc_id", "quote", "themes", "kind", "gloss_en"]
KINDS = ("commitment", "agreement_signed", "request")
STATUSES = ("new", "continued", "dropped", "absent")
EXTRACT_COLUMNS = ["doc_id", "event_id", "start", "end", "quote", "themes", "kind"]
SPAN_OVERLAP = 0.5  # two spans match when they share ≥ 50 % of the longer one's characters


# ---------------------------------------------------------------- matching text
@functools.lru_cache(maxsize=50_000)
def _norm_word(word: str) -> str:
    from underthesea import text_normalize

    return text_normalize(word)


def normalise_for_matching(text: str) -> str:
    """Text as theme patterns see it: NFC, casefolded, tone marks in one placement (``hoà`` → ``hòa``).

    Words are normalised one by one so punctuation and spacing stay as written.

    >>> normalise_for_matching("Hoà bình, THUỶ sản")
    'hòa bình, thủy sản'
    """
    text = unicodedata.normalize("NFC", str(text)).casefold()
    return re.sub(r"\w+", lambda m: _norm_word(m.group()), text)


def theme_list(value) -> list[str]:
    """Theme codes of a cell: ``'trade|oda'`` → ``['trade', 'oda']`` (lists pass through)."""
    if isinstance(value, (list, tuple, set)):
        return [str(v) for v in value]
    if isinstance(value, str):
        return [v.strip() for v in value.split("|") if v.strip()]
    return []


# ---------------------------------------------------------------- themes
def load_themes(path: Path | None = None, strict: bool = True):
    """The theme taxonomy: ``theme, label_en, label_vi, cap_major, patterns, description``.

    Checked per row: every field present, code in ``snake_case`` and unique, ``cap_major`` starting
    with a CAP major-topic number, each '|'-separated pattern a valid regex. ``strict=False``
    returns ``(rows, problems)``.

    >>> load_themes().set_index("theme").loc["trade", "cap_major"]
    '18 Foreign Trade'
    """
    path = Path(path) if path else paths.data_dir() / "themes.csv"
    shown = shown_path(path)
    rows = read_csv_rows(path)
    problems = missing_columns(path, rows, THEME_COLUMNS)
    good, seen = [], set()
    for line, row in rows:
        bad = [Problem(shown, line, f"missing {c}") for c in THEME_COLUMNS if not row.get(c)]
        if not bad:
            if not re.fullmatch(r"[a-z][a-z0-9_]*", row["theme"]):
                bad.append(Problem(shown, line, f"theme code {row['theme']!r} is not snake_case"))
            elif row["theme"] in seen:
                bad.append(Problem(shown, line, f"duplicate theme {row['theme']!r}"))
            if not re.match(r"\d{1,2} \S", row["cap_major"]):
                bad.append(Problem(shown, line, f"cap_major {row['cap_major']!r} should be "
                                                f"'<CAP major topic code> <name>', e.g. '18 Foreign Trade'"))
            for pattern in split_patterns(row["patterns"]):
                try:
                    re.compile(pattern)
                except re.error as exc:
                    bad.append(Problem(shown, line, f"pattern {pattern!r} is not a valid regex ({exc})"))
        problems += bad
        if not bad:
            seen.add(row["theme"])
            good.append({**{c: row[c] for c in THEME_COLUMNS}, "line": line})
    return _finish(pd.DataFrame(good, columns=THEME_COLUMNS + ["line"]), problems, strict)


def split_patterns(patterns: str) -> list[str]:
    """Split a theme's ``patterns`` cell at the top-level '|' only (an inner ``(?:a|b)`` stays whole).

    >>> split_patterns("đầu tư|doanh nghiệp (?:hàn|việt)")
    ['đầu tư', 'doanh nghiệp (?:hàn|việt)']
    """
    out, depth, cur, escaped = [], 0, [], False
    for ch in patterns:
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            out.append("".join(cur))
            cur = []
            continue
        cur.append(ch)
    out.append("".join(cur))
    return [p.strip() for p in out if p.strip()]


def _normalise_pattern(pattern: str) -> str:
    # patterns are regexes: normalise the words only, leave the regex syntax alone
    return re.sub(r"\w+", lambda m: _norm_word(m.group()), unicodedata.normalize("NFC", pattern).casefold())


@functools.lru_cache(maxsize=4)
def _matchers_cached(path: str, mtime: float) -> tuple[tuple[str, re.Pattern], ...]:
    themes = load_themes(Path(path))
    return tuple((code, re.compile("|".join(f"(?:{_normalise_pattern(p)})" for p in split_patterns(pats))))
                 for code, pats in zip(themes["theme"], themes["patterns"]))


def _matchers() -> tuple[tuple[str, re.Pattern], ...]:
    path = paths.data_dir() / "themes.csv"
    return _matchers_cached(str(path), path.stat().st_mtime)


def match_themes(text: str) -> str:
    """Theme codes whose patterns occur in ``text``, '|'-joined in taxonomy order ('' if none).

    >>> match_themes("mở rộng hợp tác đầu tư, thương mại, hỗ trợ phát triển")
    'trade|investment|oda'
    """
    return _match_with(_matchers(), text)


@functools.lru_cache(maxsize=20_000)
def _match_with(matchers: tuple[tuple[str, re.Pattern], ...], text: str) -> str:
    # keyed on the compiled taxonomy too, so an edited themes.csv never serves a stale answer;
    # reports of one meeting repeat the same clauses, which then cost one lookup
    norm = normalise_for_matching(text)
    return "|".join(code for code, rx in matchers if rx.search(norm))


# ---------------------------------------------------------------- extraction rules
_ORDINALS_THU = ["nhất", "hai", "ba", "tư", "năm", "sáu", "bảy", "tám", "chín", "mười"]
_ORDINALS_LA = ["Một", "Hai", "Ba", "Bốn", "Năm", "Sáu", "Bảy", "Tám", "Chín", "Mười"]
# capitalised marker followed by a comma; "Thứ tư, 23/06/2021" (a weekday) is excluded below by
# requiring the markers to form a run that starts at one
_ENUM_RX = re.compile(r"\b(?:Thứ (?P<thu>" + "|".join(_ORDINALS_THU) + r")|(?P<la>" +
                      "|".join(_ORDINALS_LA) + r") là)\s*,\s*")
_DOC_TYPES = (r"(?:Biên bản ghi nhớ|Bản ghi nhớ|Biên bản thỏa thuận|Biên bản thoả thuận|Biên bản|"
              r"Thỏa thuận|Thoả thuận|Hiệp định|Nghị định thư|Tuyên bố chung|Kế hoạch hành động|"
              r"Chương trình hợp tác|Hợp đồng|Ý định thư)")
_BULLET_RX = re.compile(r"(?m)^[ \t]*[-–•+*][ \t]+(?=" + _DOC_TYPES + r")")
_WITNESS_RX = re.compile(r"chứng kiến (?:lễ |Lễ )?(?:ký kết|ký|trao|trao đổi) (?:các |văn kiện )?(?=" +
                         _DOC_TYPES + ")", re.IGNORECASE)
_COMMIT_RX = re.compile(r"\b(?:nhất trí|thống nhất|cam kết|quyết tâm|"
                        r"chia sẻ (?:tầm nhìn|quan điểm|lập trường)(?: chung)?)\b", re.IGNORECASE)
# one side asks the other: "đề nghị Hàn Quốc …", "mong muốn Việt Nam …"
_REQUEST_RX = re.compile(r"\b(?:đề nghị|yêu cầu|kêu gọi|(?:mong muốn|đề xuất)(?= (?:Việt Nam|Hàn Quốc|phía|bạn)\b))",
                         re.IGNORECASE)
_TRIM = " \t\n,;:.–-•…"
_TRIM_END = " \t\n,;:./"


def _enumeration_items(text: str) -> list[tuple[int, int]]:
    """Spans of ordinal enumeration items: markers forming a run 1, 2, 3 … of one style."""
    markers = []
    for m in _ENUM_RX.finditer(text):
        if m.group("thu"):
            style, rank = "thu", _ORDINALS_THU.index(m.group("thu"))
        else:
            style, rank = "la", _ORDINALS_LA.index(m.group("la"))
        markers.append((style, rank, m.start(), m.end()))
    items, run = [], []
    for marker in markers:
        style, rank = marker[0], marker[1]
        if run and style == run[-1][0] and rank == run[-1][1] + 1:
            run.append(marker)
        elif rank == 0:
            items += _close_run(text, run)
            run = [marker]
    items += _close_run(text, run)
    return items


def _close_run(text: str, run: list) -> list[tuple[int, int]]:
    """An item runs from after its marker to the next marker or the end of its paragraph."""
    if len(run) < 2:  # a lone "Thứ nhất," is prose, not a list
        return []
    out = []
    for i, (_, _, _, body) in enumerate(run):
        stop = text.find("\n", body)
        stop = len(text) if stop < 0 else stop
        if i + 1 < len(run):
            stop = min(stop, run[i + 1][2])
        out.append((body, stop))
    return out


def _split_clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split ``text[start:end]`` at semicolons into trimmed, non-empty clause spans."""
    out, pos = [], start
    for m in re.finditer(";", text[start:end]):
        out.append((pos, start + m.start()))
        pos = start + m.end()
    out.append((pos, end))
    return [s for s in (_trim(text, a, b) for a, b in out) if s]


def _trim(text: str, start: int, end: int):
    while start < end and text[start] in _TRIM:
        start += 1
    while end > start and text[end - 1] in _TRIM_END:
        end -= 1
    return (start, end) if end > start and re.search(r"\w", text[start:end]) else None


def _units(text: str) -> list[tuple[int, int]]:
    """Paragraphs, a paragraph that ends with ';' continued by the next one (a list over lines)."""
    spans, pos = [], 0
    for m in re.finditer(r"\n", text + "\n"):
        spans.append((pos, m.start()))
        pos = m.end()
    units, cur = [], None
    for a, b in spans:
        if not text[a:b].strip():
            continue
        if cur and text[cur[0]:cur[1]].rstrip().endswith(";"):
            cur = (cur[0], b)
        else:
            if cur:
                units.append(cur)
            cur = (a, b)
    if cur:
        units.append(cur)
    return units


def _sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans: split after . ! ? (or './.') followed by space and a capital letter."""
    out, pos = [], start
    for m in re.finditer(r"(?<=[.!?])\s+(?=[^\W\d_])", text[start:end]):
        nxt = text[start + m.end()]
        if nxt.isupper():
            out.append((pos, start + m.start()))
            pos = start + m.end()
    out.append((pos, end))
    return out


def _sentence_end(text: str, pos: int) -> int:
    m = re.compile(r"\./\.|\.(?=\s|$)|\n").search(text, pos)
    return m.start() if m else len(text)


def _overlaps(span: tuple[int, int], taken: list[tuple[int, int]]) -> bool:
    return any(span[0] < b and a < span[1] for a, b in taken)


def _rule_rows(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, kind)`` of every candidate, before theme tagging."""
    rows: list[tuple[int, int, str]] = []
    # 1. signed documents: bullets that name a document type, and "chứng kiến lễ ký <document>"
    for m in _BULLET_RX.finditer(text):
        line_end = text.find("\n", m.end())
        span = _trim(text, m.end(), len(text) if line_end < 0 else line_end)
        if span:
            rows.append((*span, "agreement_signed"))
    for m in _WITNESS_RX.finditer(text):
        span = _trim(text, m.end(), _sentence_end(text, m.end()))
        if span:
            rows.append((*span, "agreement_signed"))
    taken = [(a, b) for a, b, _ in rows]
    # 2. enumerations: each item, split at semicolons; a trigger inside a clause starts the quote
    items = _enumeration_items(text)
    for a, b in items:
        if _overlaps((a, b), taken):
            continue
        kind = "request" if _REQUEST_RX.search(text, a, b) else "commitment"
        for ca, cb in _split_clauses(text, a, b):
            trig = _last_trigger(text, ca, cb)
            if trig:
                ca, kind_here = trig
                span = _trim(text, ca, cb)
                if span:
                    rows.append((*span, kind_here))
            else:
                rows.append((ca, cb, kind))
    taken += items
    # 3. sentences with an agreement or request verb: the clauses from the verb on
    for ua, ub in _units(text):
        list_kind = None
        for sa, sb in _sentences(text, ua, ub):
            if _overlaps((sa, sb), taken):
                continue
            found, intro = _trigger_clauses(text, sa, sb)
            if not found and list_kind:  # the next item of a list the paragraph introduced
                found = [(ca, cb, list_kind) for ca, cb in _split_clauses(text, sa, sb)]
            else:
                list_kind = intro
            rows += found
    return rows


def _last_trigger(text: str, a: int, b: int):
    """Position after the last agreement/request verb in ``text[a:b]`` and the kind it sets."""
    best = None
    for rx, kind in ((_COMMIT_RX, "commitment"), (_REQUEST_RX, "request")):
        for m in rx.finditer(text, a, b):
            if best is None or m.end() > best[0]:
                best = (m.end(), kind)
    return best


# "nhất trí một số biện pháp cụ thể như: A. B. C." — the verb introduces a list written as
# sentences; the items follow "như" / "sau" / "gồm" and the next sentences of the paragraph
_INTRO_RX = re.compile(r"\b(?:một số|các|những)\s+(?:biện pháp|nội dung|định hướng|lĩnh vực|hoạt động|vấn đề)"
                       r"[^.;:]*?\b(?:như|sau|gồm)\b\s*:?\s*", re.IGNORECASE)


def _trigger_clauses(text: str, a: int, b: int) -> tuple[list[tuple[int, int, str]], str | None]:
    """Clauses of one sentence from its first agreement/request verb on, and the kind of a list the
    sentence introduces (None if it introduces none)."""
    first = None
    for rx in (_COMMIT_RX, _REQUEST_RX):
        m = rx.search(text, a, b)
        if m and (first is None or m.start() < first.start()):
            first = m
    if first is None:
        return [], None
    out, kind, intro = [], None, None
    for ca, cb in _split_clauses(text, first.start(), b):
        trig = _last_trigger(text, ca, cb)
        if trig:
            ca, kind = trig
        lead = _INTRO_RX.match(text, _trim(text, ca, cb)[0]) if _trim(text, ca, cb) else None
        if lead and kind:
            intro, ca = kind, lead.end()
        span = _trim(text, ca, cb)
        # a clause ending in ':' introduces a list; the list items are the commitments
        if span and kind and not text[span[1]:cb + 1].lstrip(" ").startswith(":"):
            out.append((*span, kind))
    return out, intro


def _clean(text: str) -> str:
    """NFC, then the corpus cleaner unless the text is already clean (the cleaner is idempotent)."""
    text = unicodedata.normalize("NFC", str(text))
    try:
        from .corpus import clean_text
    except ImportError:  # corpus module not built yet: extract from the text as given
        return text
    clean, _ = clean_text(text)
    return text if clean == text else clean


def extract_commitments(text: str, doc_id: str | None = None, event_id: str | None = None) -> pd.DataFrame:
    """Commitment statements of one article, found by rules (see the module docstring).

    The text is normalised to NFC and cleaned with :func:`vnkr.clean_text` if it is not clean
    already; ``start``/``end`` index that cleaned text, so ``clean[start:end] == quote`` (and
    ``text[start:end] == quote`` whenever the input was clean). Columns ``doc_id, event_id, start,
    end, quote, themes`` ('|'-joined codes), ``kind`` (commitment | agreement_signed | request).
    A quote that repeats an earlier one word for word (a caption restating the body) is kept once.

    >>> extract_commitments("Thứ nhất, mở rộng đầu tư.\\nThứ hai, hợp tác lao động.")["quote"].tolist()
    ['mở rộng đầu tư', 'hợp tác lao động']
    """
    rows = _commitment_rows(_clean(text), _matchers())
    return _extract_frame([doc_id] * len(rows), [event_id] * len(rows), rows)


def extract_commitments_corpus(corpus: pd.DataFrame) -> pd.DataFrame:
    """Commitment statements of every article of a corpus, as one frame (same rules and columns as
    :func:`extract_commitments`, ``doc_id``/``event_id`` filled per row, rows in corpus order).

    ``corpus`` is :func:`vnkr.load_corpus` output (``doc_id, event_id, text``); its texts are NFC and
    clean already, so they are not cleaned again. One frame for the whole corpus instead of one per
    article: at 10,000 articles the per-article constructor cost dominated the extraction.

    >>> corpus = pd.DataFrame({"doc_id": ["a"], "event_id": ["e"], "text": ["Thứ nhất, mở rộng đầu tư.\\nThứ hai, hợp tác lao động."]})
    >>> extract_commitments_corpus(corpus)[["doc_id", "quote"]].values.tolist()
    [['a', 'mở rộng đầu tư'], ['a', 'hợp tác lao động']]
    """
    _matchers()  # load the taxonomy once, before any worker forks
    doc_ids, event_ids, rows = parallel.corpus_rows(_rows_of_texts, corpus)
    return _extract_frame(doc_ids, event_ids, rows)


def _rows_of_texts(texts: list[str]) -> list[list[tuple[int, int, str, str, str]]]:
    """:func:`_commitment_rows` of each clean text (the unit of work of a worker process)."""
    matchers = _matchers()
    return [_commitment_rows(text, matchers) for text in texts]


def _commitment_rows(clean: str, matchers) -> list[tuple[int, int, str, str, str]]:
    """``(start, end, quote, themes, kind)`` of one clean article: the rule candidates that match a
    theme, in text order, a word-for-word repeated quote kept once."""
    out, seen = [], set()
    for start, end, kind in sorted(_rule_rows(clean)):
        quote = clean[start:end]
        themes = _match_with(matchers, quote) if kind != "agreement_signed" else match_themes(_subject(quote))
        if not themes or quote in seen:
            continue
        seen.add(quote)
        out.append((start, end, quote, themes, kind))
    return out


def _extract_frame(doc_ids: list, event_ids: list, rows: list[tuple[int, int, str, str, str]]) -> pd.DataFrame:
    """The extraction rows as a frame with fixed dtypes (text columns ``str``, spans ``int64``).

    Columns built as lists, one constructor: a list of dicts plus astype cost ~1 ms per document. The
    dtypes do not depend on whether rows were found, so per-article frames concatenate to exactly the
    frame :func:`extract_commitments_corpus` builds.
    """
    starts, ends, quotes, themes, kinds = (list(col) for col in zip(*rows)) if rows else ([],) * 5
    return pd.DataFrame({"doc_id": pd.Series(doc_ids, dtype="str"), "event_id": pd.Series(event_ids, dtype="str"),
                         "start": np.array(starts, dtype=np.int64), "end": np.array(ends, dtype=np.int64),
                         "quote": pd.Series(quotes, dtype="str"), "themes": pd.Series(themes, dtype="str"),
                         "kind": pd.Series(kinds, dtype="str")}, columns=EXTRACT_COLUMNS)


# ---------------------------------------------------------------- agreements: parties and subject
_ORG_HEADS = (r"Bộ|Cơ quan|Ngân hàng|Tập đoàn|Chính quyền|Chính phủ|Ủy ban|Uỷ ban|Viện|Tổng cục|Cục|"
              r"Trường|Đại học|Công ty|Quỹ|Hội|Tổ chức|Văn phòng|Sở|Thành phố|Tỉnh|Đài|Thông tấn xã|Học viện")
_PARTIES_RX = re.compile(r"\bgiữa (?P<a>.+?) và (?P<b>(?:" + _ORG_HEADS + r")\b.*?)(?= về | nhằm | trong lĩnh vực |$)")


def parties(quote: str) -> list[str]:
    """The two signatories named in a document's title (``giữa A và B``), or ``[]``.

    >>> parties("Bản ghi nhớ về hợp tác nghề cá giữa Bộ Nông nghiệp và Môi trường Việt Nam và Bộ Thủy sản và Đại dương Hàn Quốc")
    ['Bộ Nông nghiệp và Môi trường Việt Nam', 'Bộ Thủy sản và Đại dương Hàn Quốc']
    """
    best = None
    # the split point is the last " và <organisation>" so names that contain "và" stay whole
    for m in re.finditer(r"\bgiữa ", quote):
        rest = quote[m.end():]
        cut = None
        for k in re.finditer(r" và (?=(?:" + _ORG_HEADS + r")\b)", rest):
            cut = k
        if cut is None:
            continue
        a = rest[:cut.start()]
        tail = rest[cut.end():]
        stop = re.search(r" về | nhằm | trong lĩnh vực ", tail)
        b = tail[:stop.start()] if stop else tail
        best = [_balanced(a), _balanced(b)]
    return best or []


def _balanced(name: str) -> str:
    name = name.strip(" .;,")
    while name.endswith(")") and name.count(")") > name.count("("):
        name = name[:-1].rstrip()
    return name


def _subject(quote: str) -> str:
    """A document's title without its signatories (ministry names are not its topic), or the whole
    title when nothing else is left (an MoU named only by who signs it)."""
    rest = quote
    for name in parties(quote):
        rest = rest.replace(name, " ")
    return rest if match_themes(rest) else quote


# ---------------------------------------------------------------- curated record
def load_commitments(path: Path | None = None, strict: bool = True):
    """The reviewed record of every commitment of every meeting, checked row by row.

    Columns: ``event_id, doc_id, quote, themes, kind, gloss_en, line`` plus ``event_date`` and
    ``status_vs_previous`` (derived by :func:`status_vs_previous`). Each row is checked: fields
    present, event in ``data/events.csv``, document belonging to that event, quote occurring
    verbatim in the raw document (after NFC), theme codes in ``data/themes.csv``, a known kind.
    Every failure is a Problem with file, CSV line and reason; ``strict=False`` returns
    ``(good rows, problems)`` instead of raising :class:`DataError`.

    >>> load_commitments().groupby("event_id").size().to_dict()
    {'2021-06-23': 10, '2021-07-22': 13, '2022-12': 11, '2025-08-11': 20}
    """
    path = Path(path) if path else paths.annotations_dir() / "commitments.csv"
    shown = shown_path(path)
    rows = read_csv_rows(path)
    problems = missing_columns(path, rows, COMMITMENT_COLUMNS)
    events = load_events()
    doc_event = {d: e for e, ids in zip(events["event_id"], events["doc_ids"]) for d in ids.split("|")}
    codes = set(load_themes()["theme"])
    texts: dict[str, str | None] = {}
    good = []
    for line, row in rows:
        bad = [Problem(shown, line, f"missing {c}") for c in COMMITMENT_COLUMNS if not row.get(c)]
        if not bad:
            bad = _check_commitment(shown, line, row, doc_event, codes, texts)
        problems += bad
        if not bad:
            good.append({**{c: row[c] for c in COMMITMENT_COLUMNS}, "line": line})
    df = pd.DataFrame(good, columns=COMMITMENT_COLUMNS + ["line"])
    df["themes"] = df["themes"].map(lambda v: _ordered(theme_list(v)))
    dates = events.set_index("event_id")["event_date"]
    df.insert(1, "event_date", pd.to_datetime(df["event_id"].map(dates)))
    df = df.sort_values(["event_date", "line"], kind="stable").reset_index(drop=True)
    df["status_vs_previous"] = status_vs_previous(df)
    return _finish(df, problems, strict)


def _ordered(codes: list[str]) -> str:
    order = {c: i for i, (c, _) in enumerate(_matchers())}
    return "|".join(sorted(dict.fromkeys(codes), key=lambda c: order.get(c, len(order))))


def _check_commitment(shown, line, row, doc_event, codes, texts) -> list[Problem]:
    out = []
    event, doc = row["event_id"], row["doc_id"]
    if event not in set(doc_event.values()):
        out.append(Problem(shown, line, f"unknown event_id {event!r} (not in data/events.csv)"))
    if doc not in doc_event:
        out.append(Problem(shown, line, f"unknown doc_id {doc!r} (no event in data/events.csv lists it)"))
    elif doc_event[doc] != event:
        out.append(Problem(shown, line, f"doc_id {doc!r} belongs to event {doc_event[doc]!r}, not {event!r}"))
    unknown = [c for c in theme_list(row["themes"]) if c not in codes]
    if unknown:
        out.append(Problem(shown, line, f"unknown theme code(s) {', '.join(unknown)} (see data/themes.csv)"))
    if row["kind"] not in KINDS:
        out.append(Problem(shown, line, f"kind {row['kind']!r} is not one of {', '.join(KINDS)}"))
    if doc not in texts:
        try:
            texts[doc] = read_raw(doc)
        except (OSError, UnicodeDecodeError):
            texts[doc] = None
    if texts[doc] is None:
        out.append(Problem(shown, line, f"cannot read data/raw/{doc}.txt"))
    elif row["quote"] not in texts[doc]:
        out.append(Problem(shown, line, f"quote not found verbatim in data/raw/{doc}.txt: "
                                        f"{row['quote'][:60]!r}…"))
    return out


def status_vs_previous(commitments: pd.DataFrame) -> list[str]:
    """Per commitment, against the meetings before it: 'new' if none of its themes was committed to
    before, 'reiterated' if all were, 'upgraded' if it carries a known theme into new ground (some
    themes seen before, some not). Meetings are taken in date order; rows need ``event_date``.

    >>> df = pd.DataFrame({"event_id": ["a", "b", "b"], "event_date": pd.to_datetime(["2021", "2022", "2022"]),
    ...                    "themes": ["trade", "trade", "trade|semiconductors_ai"]})
    >>> status_vs_previous(df)
    ['new', 'reiterated', 'upgraded']
    """
    seen_before: set[str] = set()
    out = [""] * len(commitments)
    positions = {}
    for i, (event, date) in enumerate(zip(commitments["event_id"], commitments["event_date"])):
        positions.setdefault((date, event), []).append(i)
    for key in sorted(positions, key=lambda k: (pd.Timestamp(k[0]), str(k[1]))):
        here = set()
        for i in positions[key]:
            themes = set(theme_list(commitments["themes"].iloc[i]))
            known = themes & seen_before
            out[i] = "reiterated" if known == themes else ("new" if not known else "upgraded")
            here |= themes
        seen_before |= here
    return out


def load_agreements() -> pd.DataFrame:
    """Documents signed at (or in the presence of) the leaders, from the curated record.

    Columns: ``event_id, event_date, doc_id, quote, parties`` ('|'-joined signatories as titled),
    ``themes, gloss_en``.

    >>> load_agreements().groupby("event_id").size().to_dict()
    {'2021-06-23': 1, '2025-08-11': 10}
    """
    rows = load_commitments()
    rows = rows[rows["kind"].eq("agreement_signed")].copy()
    rows["parties"] = rows["quote"].map(lambda q: "|".join(parties(q)))
    cols = ["event_id", "event_date", "doc_id", "quote", "parties", "themes", "gloss_en"]
    return rows[cols].reset_index(drop=True)


# ---------------------------------------------------------------- documents for extraction
def primary_documents(duplicates: bool = False) -> pd.DataFrame:
    """``doc_id, event_id, text`` (cleaned) of the documents that are not duplicates of another.

    Uses :func:`vnkr.load_corpus`; a duplicate report of the same meeting (``duplicate_of`` set) is
    left out because the curated record quotes the primary report of each meeting.
    ``duplicates=True`` returns the duplicate reports instead (a second wording of a meeting the
    extractor can be checked on).
    """
    try:
        from .corpus import load_corpus
    except ImportError:  # corpus not built yet: primary document = first listed in events.csv
        events = load_events()
        rows = [{"doc_id": doc, "event_id": e, "text": _clean(read_raw(doc))}
                for e, ids in zip(events["event_id"], events["doc_ids"])
                for i, doc in enumerate(ids.split("|")) if (i > 0) == duplicates]
        return pd.DataFrame(rows, columns=["doc_id", "event_id", "text"])
    corpus = load_corpus()
    chosen = corpus[corpus["duplicate_of"].notna() if duplicates else corpus["duplicate_of"].isna()]
    return chosen[["doc_id", "event_id", "text"]].reset_index(drop=True)


def extract_all(documents: pd.DataFrame | None = None) -> pd.DataFrame:
    """:func:`extract_commitments` over every primary document (``doc_id, event_id, text`` rows)."""
    documents = primary_documents() if documents is None else documents
    frames = [extract_commitments(r.text, doc_id=r.doc_id, event_id=r.event_id)
              for r in documents.itertuples(index=False)]
    frames = [f for f in frames if len(f)]
    return pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=EXTRACT_COLUMNS)


# ---------------------------------------------------------------- comparison
def compare_commitments(themes: list[str] | None = None, start_year: int | None = None,
                        end_year: int | None = None, source: str = "curated",
                        records: pd.DataFrame | None = None) -> pd.DataFrame:
    """Theme × meeting table (long form): how many commitments each meeting made on each theme.

    One row per (theme, event) with ``theme, label_en, label_vi, event_id, event_date,
    n_commitments, status``. Status is read across all meetings in date order: ``new`` (first
    appearance), ``continued`` (present now and at some earlier meeting), ``dropped`` (present at an
    earlier meeting, absent now), ``absent`` (never present so far). History counts from the first
    meeting of the corpus even when ``start_year`` narrows the rows shown. ``source='curated'``
    (default) counts the reviewed record, ``source='extracted'`` the extractor's output; or pass
    ``records`` (``event_id, themes``). Without ``themes``, the themes present in the window.

    >>> c = compare_commitments()
    >>> c.loc[c.theme.eq("semiconductors_ai"), "status"].tolist()
    ['absent', 'absent', 'absent', 'new']
    """
    if records is None:
        if source == "curated":
            records = load_commitments()
        elif source == "extracted":
            records = extract_all()
        else:
            raise ValueError(f"source must be 'curated' or 'extracted', not {source!r}")
    events = load_events()[["event_id", "event_date"]]
    taxonomy = load_themes()
    counts = (records.assign(theme=records["themes"].map(theme_list)).explode("theme")
              .dropna(subset=["theme"]).groupby(["theme", "event_id"]).size())
    rows = []
    for theme in taxonomy["theme"]:
        seen = False
        for ev in events.itertuples(index=False):
            n = int(counts.get((theme, ev.event_id), 0))
            status = ("continued" if seen else "new") if n else ("dropped" if seen else "absent")
            seen = seen or n > 0
            rows.append({"theme": theme, "event_id": ev.event_id, "event_date": ev.event_date,
                         "n_commitments": n, "status": status})
    out = pd.DataFrame(rows)
    years = out["event_date"].dt.year
    out = out[(years >= (start_year or years.min())) & (years <= (end_year or years.max()))]
    if themes is not None:
        unknown = sorted(set(themes) - set(taxonomy["theme"]))
        if unknown:
            raise ValueError(f"unknown theme code(s): {', '.join(unknown)} (see data/themes.csv)")
        out = out[out["theme"].isin(list(themes))]
    else:
        shown = out.groupby("theme")["status"].agg(lambda s: bool(set(s) - {"absent"}))
        out = out[out["theme"].map(shown)]
    labels = taxonomy.set_index("theme")
    out = out.assign(label_en=out["theme"].map(labels["label_en"]), label_vi=out["theme"].map(labels["label_vi"]))
    cols = ["theme", "label_en", "label_vi", "event_id", "event_date", "n_commitments", "status"]
    return out[cols].reset_index(drop=True)


def comparison_matrix(comparison: pd.DataFrame, value: str = "status") -> pd.DataFrame:
    """Pivot the long table to theme × event (events in date order); ``value`` 'status' or 'n_commitments'.

    >>> comparison_matrix(compare_commitments()).loc["health_covid"].tolist()
    ['new', 'continued', 'dropped', 'dropped']
    """
    order = (comparison[["event_id", "event_date"]].drop_duplicates()
             .sort_values(["event_date", "event_id"])["event_id"].tolist())
    themes = list(dict.fromkeys(comparison["theme"]))
    return comparison.pivot(index="theme", columns="event_id", values=value).reindex(index=themes, columns=order)


# ---------------------------------------------------------------- evaluation
def _prf(tp: int, fp: int, fn: int) -> dict:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": p, "recall": r, "f1": f, "tp": tp, "fp": fp, "fn": fn}


def _match_spans(gold: list[tuple[int, int]], found: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Greedy one-to-one matching by overlap; a pair counts when the overlap is ≥ SPAN_OVERLAP of
    the longer span. Returns matched (gold index, found index) pairs."""
    pairs = []
    for gi, (ga, gb) in enumerate(gold):
        for fi, (fa, fb) in enumerate(found):
            overlap = min(gb, fb) - max(ga, fa)
            if overlap > 0 and overlap >= SPAN_OVERLAP * max(gb - ga, fb - fa):
                pairs.append((overlap / max(gb - ga, fb - fa), gi, fi))
    used_g, used_f, out = set(), set(), []
    for _, gi, fi in sorted(pairs, reverse=True):
        if gi not in used_g and fi not in used_f:
            used_g.add(gi)
            used_f.add(fi)
            out.append((gi, fi))
    return out


def evaluate_extraction(curated: pd.DataFrame | None = None, extracted: pd.DataFrame | None = None,
                        documents: pd.DataFrame | None = None,
                        duplicates: pd.DataFrame | None = None) -> dict:
    """Agreement of the extractor with the curated record, on the primary document of each meeting.

    Levels: ``themes`` — (event, theme) pairs; ``spans`` — commitment spans, matched one-to-one
    when they share ≥ 50 % of the longer span's characters (curated quotes are located in the
    cleaned text; one that cleaning removed counts as missed, see ``unlocated``);
    ``spans_kind_themes`` — matched spans that also agree on kind and on the full theme set;
    ``themes_duplicate_reports`` — (event, theme) pairs found in the duplicate reports of a meeting
    (a second wording the record does not quote) against the curated pairs of that meeting.
    Returns ``{level: {precision, recall, f1, tp, fp, fn}}`` plus ``unlocated`` (count).

    >>> sorted(evaluate_extraction())
    ['spans', 'spans_kind_themes', 'themes', 'themes_duplicate_reports', 'unlocated']
    """
    if documents is None:
        documents = primary_documents()
        duplicates = primary_documents(duplicates=True) if duplicates is None else duplicates
    curated = load_commitments() if curated is None else curated
    extracted = extract_all(documents) if extracted is None else extracted
    docs = set(documents["doc_id"])
    curated = curated[curated["doc_id"].isin(docs)]
    gold_pairs = {(e, t) for e, ts in zip(curated["event_id"], curated["themes"]) for t in theme_list(ts)}
    found_pairs = {(e, t) for e, ts in zip(extracted["event_id"], extracted["themes"]) for t in theme_list(ts)}
    tp_spans = fp_spans = fn_spans = tp_full = unlocated = 0
    for doc in documents.itertuples(index=False):
        gold = curated[curated["doc_id"] == doc.doc_id]
        found = extracted[extracted["doc_id"] == doc.doc_id].reset_index(drop=True)
        gold_spans, gold_rows = [], []
        for row in gold.itertuples(index=False):
            at = doc.text.find(row.quote)
            if at < 0:
                unlocated += 1
                continue
            gold_spans.append((at, at + len(row.quote)))
            gold_rows.append(row)
        found_spans = list(zip(found["start"], found["end"]))
        matched = _match_spans(gold_spans, found_spans)
        tp_spans += len(matched)
        fp_spans += len(found_spans) - len(matched)
        fn_spans += len(gold) - len(matched)
        for gi, fi in matched:
            g, f = gold_rows[gi], found.iloc[fi]
            tp_full += int(g.kind == f["kind"] and set(theme_list(g.themes)) == set(theme_list(f["themes"])))
    n_found, n_gold = len(extracted), len(curated)
    result = {
        "themes": _prf(len(gold_pairs & found_pairs), len(found_pairs - gold_pairs), len(gold_pairs - found_pairs)),
        "spans": _prf(tp_spans, fp_spans, fn_spans),
        "spans_kind_themes": _prf(tp_full, n_found - tp_full, n_gold - tp_full),
    }
    if duplicates is not None and len(duplicates):
        # a second wording of the same meeting, never quoted by the curated record: the extractor's
        # (event, theme) pairs there against the curated pairs of that meeting
        dup = extract_all(duplicates)
        events = set(duplicates["event_id"])
        gold_dup = {(e, t) for e, t in gold_pairs if e in events}
        found_dup = {(e, t) for e, ts in zip(dup["event_id"], dup["themes"]) for t in theme_list(ts)}
        result["themes_duplicate_reports"] = _prf(len(gold_dup & found_dup), len(found_dup - gold_dup),
                                                  len(gold_dup - found_dup))
    result["unlocated"] = unlocated
    return result


def evaluation_report(result: dict) -> str:
    """The figures of :func:`evaluate_extraction` as printable lines."""
    lines = [f"{'level':<26}{'precision':>10}{'recall':>8}{'F1':>7}{'tp':>5}{'fp':>5}{'fn':>5}"]
    for level, s in result.items():
        if isinstance(s, dict):
            lines.append(f"{level:<26}{s['precision']:>10.3f}{s['recall']:>8.3f}{s['f1']:>7.3f}"
                         f"{s['tp']:>5}{s['fp']:>5}{s['fn']:>5}")
    lines.append(f"curated quotes not found in the cleaned text: {result.get('unlocated', 0)}")
    if "themes_duplicate_reports" in result:
        lines.append("themes_duplicate_reports: the extractor on the duplicate report(s) of a meeting, "
                     "against that meeting's curated themes")
    return "\n".join(lines)


def cli(argv: list[str] | None = None) -> int:
    """``python -m vnkr evaluate [--details]``: extractor against the curated record."""
    ap = argparse.ArgumentParser(prog="python -m vnkr evaluate",
                                 description="Compare the rule-based extractor with data/annotations/commitments.csv")
    ap.add_argument("--details", action="store_true", help="list missed and spurious (event, theme) pairs")
    args = ap.parse_args(argv)
    documents, duplicates = primary_documents(), primary_documents(duplicates=True)
    curated, extracted = load_commitments(), extract_all(documents)
    result = evaluate_extraction(curated, extracted, documents, duplicates)
    print(f"extractor vs curated record: {len(extracted)} extracted, "
          f"{int(curated['doc_id'].isin(documents['doc_id']).sum())} curated, "
          f"{len(documents)} primary documents; span match = overlap ≥ {SPAN_OVERLAP:.0%} of the longer span")
    print(evaluation_report(result))
    target = 0.9
    print(f"theme F1 {result['themes']['f1']:.3f} {'meets' if result['themes']['f1'] >= target else 'is below'} "
          f"the target of {target}")
    if args.details:
        gold = {(e, t) for e, ts in zip(curated["event_id"], curated["themes"]) for t in theme_list(ts)}
        found = {(e, t) for e, ts in zip(extracted["event_id"], extracted["themes"]) for t in theme_list(ts)}
        print("missed pairs:  ", sorted(gold - found))
        print("spurious pairs:", sorted(found - gold))
    return 0


# ---------------------------------------------------------------- validate
def validate() -> str:
    """One-line summary of the themes and the curated commitments; raises DataError on any problem."""
    themes, problems = load_themes(strict=False)
    rows, bad = load_commitments(strict=False)
    problems = pd.concat([problems, bad], ignore_index=True)
    if len(problems):
        raise DataError([Problem(**r) for r in problems.to_dict("records")])
    missing = sorted(set(load_events()["event_id"]) - set(rows["event_id"]))
    if missing:
        raise DataError(Problem("data/annotations/commitments.csv", None,
                                f"no commitment recorded for event(s) {', '.join(missing)}"))
    n_agreements = int(rows["kind"].eq("agreement_signed").sum())
    return (f"commitments: {len(rows)} curated ({n_agreements} signed documents) over "
            f"{rows['event_id'].nunique()} events, {len(themes)} themes, 0 problems")


if __name__ == "__main__":  # pragma: no cover
    sys.exit(cli())
