"""Commitments with their scope, in Vietnamese or English: what both sides agreed, pledged or signed.

Built on :func:`vnkr.extract.stance.segments`: every stretch whose stance is ``commitment``,
``pledge`` or ``agreement_signed`` and that names at least one theme of ``data/themes.csv`` is a row;
requests and descriptions of the present are left out (``keep_all=True`` keeps them, with their kind).
Themes are matched with the taxonomy's ``patterns`` (Vietnamese) or ``patterns_en`` (English) as whole
words; a topic frame (``Về quốc phòng, …``) adds its themes to the stretches of its sentence, and a
pledge with no theme of its own that points back at the request before it (``… promised support for
their operations``) takes that request's themes (rule ``answers_request``).

    >>> read_commitments("Về quốc phòng, hai bên nhất trí tăng cường trao đổi đoàn.")[["themes", "kind"]].values.tolist()
    [['political_trust|defence_security', 'commitment']]
"""

from __future__ import annotations

import functools
import re
import unicodedata
from pathlib import Path

import pandas as pd

from ..ingest.language import detect_language
from ..tables.themes import load_themes, split_patterns
from . import lexicon
from .stance import segments, sentences
from .switches import rule_on
from .themes import normalise_for_matching, taxonomy_stamp, without_non_topics

COLUMNS = ["start", "end", "quote", "themes", "kind", "frame", "lang"]
KEPT = ("commitment", "pledge", "agreement_signed")


@functools.lru_cache(maxsize=4)
def _matchers_cached(path: str, mtime: float) -> dict[str, tuple[tuple[str, re.Pattern], ...]]:
    themes = load_themes(Path(path))
    raw = pd.read_csv(path, dtype=str, keep_default_na=False).set_index("theme")
    out = {}
    for lang, column in (("vi", "patterns"), ("en", "patterns_en")):
        rows = []
        for code in themes["theme"]:
            cell = raw.loc[code, column] if column in raw.columns else ""
            pats = [normalise_for_matching(p) if lang == "vi" else p.casefold() for p in split_patterns(cell)]
            if pats:
                rows.append((code, re.compile(lexicon.bounded_any(pats))))
        out[lang] = tuple(rows)
    return out


def _matchers(lang: str) -> tuple[tuple[str, re.Pattern], ...]:
    return _matchers_cached(*taxonomy_stamp())[lang]


def themes_in(text: str, lang: str | None = None) -> list[str]:
    """Theme codes whose patterns occur in ``text`` as whole words, in taxonomy order.

    >>> themes_in("phi hạt nhân hóa bán đảo Triều Tiên"), themes_in("nuclear power plants", "en")
    (['korean_peninsula'], ['energy', 'nuclear_power'])
    """
    lang = lang or detect_language(text)
    text = without_non_topics(text)
    norm = normalise_for_matching(text) if lang == "vi" else unicodedata.normalize("NFC", text).casefold()
    return [code for code, rx in _matchers(lang) if rx.search(norm)]


def _fields_named_before(quote: str, lang: str) -> bool:
    """True when a commitment names its fields only as those named before it, in its sentence or the
    one before (``trong những lĩnh vực đó``, ``trong lĩnh vực này``, ``in those areas``): rule
    ``fields_named_before``."""
    return (
        rule_on("fields_named_before") and lexicon.cue("fields_named_before", lang).search(quote) is not None
    )


def _answers_request(seg, asked_in: int, lang: str) -> bool:
    """True when a pledge with no topic of its own points back at the request of its sentence or the
    one before (``promised support for their operations``, ``sẽ xem xét các đề nghị này``): rule
    ``answers_request``."""
    return (
        rule_on("answers_request")
        and seg.sentence - asked_in <= 1
        and lexicon.cue("answers_request", lang).search(seg.text) is not None
    )


def read_commitments(text: str, lang: str | None = None, keep_all: bool = False) -> pd.DataFrame:
    """Commitments of one report (columns ``start, end, quote, themes, kind, frame, lang``).

    ``kind`` is ``commitment`` (both sides), ``pledge`` (one side), ``agreement_signed``; with
    ``keep_all`` also ``request`` and ``description`` rows. ``themes`` is '|'-joined; ``frame`` the
    topic frame whose themes were added. The language is detected unless given. ``text`` is read as
    NFC; ``text[start:end] == quote`` for NFC input.
    """
    text = unicodedata.normalize("NFC", str(text))
    lang = lang or detect_language(text)
    rows = []
    asked: tuple[int, list[str]] | None = None  # the last request: (sentence, themes)
    for seg in segments(text, lang):
        if seg.kind == "request":
            asked = (seg.sentence, themes_in(seg.text, lang))
        if seg.kind not in KEPT and not keep_all:
            continue
        codes, start, quote = themes_in(seg.text, lang), seg.start, seg.text
        if seg.frame and seg.kind in KEPT and rule_on("topic_frame"):
            codes = list(dict.fromkeys(codes + themes_in(seg.frame, lang)))
        if not codes and seg.subject_start is not None and rule_on("promise_subject_topic"):
            # 'Vắc xin của Hàn Quốc sẽ tới Việt Nam': the topic is the promise's own subject
            start, quote = seg.subject_start, text[seg.subject_start : seg.end]
            codes = themes_in(quote, lang)
        if not codes and seg.kind == "pledge" and seg.cue_start is not None and rule_on("cue_topic"):
            # 'Chính phủ sẽ tạo mọi thuận lợi để Lotte phát triển': the pledge word names the topic too
            codes = themes_in(text[seg.cue_start : seg.end], lang)
            start, quote = (seg.cue_start, text[seg.cue_start : seg.end]) if codes else (start, quote)
        if not codes and seg.kind in KEPT and _fields_named_before(seg.text, lang):
            # 'SK có năng lực về năng lượng và cam kết sẽ hợp tác trong lĩnh vực này': the fields named
            # earlier in its sentence, else those of the sentence before ('… trong những lĩnh vực đó')
            spans = sentences(text)
            codes = themes_in(text[spans[seg.sentence][0] : seg.start], lang)
            if not codes and seg.sentence:
                codes = themes_in(text[slice(*spans[seg.sentence - 1])], lang)
        if not codes and seg.kind == "pledge" and asked and _answers_request(seg, asked[0], lang):
            # 'Park asked Hanoi to help Korean firms. Son promised support for their operations': the ask's topic
            codes = list(asked[1])
        if not codes and seg.kind in KEPT and not (keep_all and seg.kind == "agreement_signed"):
            continue  # keep_all keeps a document with no field named: who signed it may give its topic
        order = {c: i for i, (c, _) in enumerate(_matchers(lang))}
        rows.append(
            {
                "start": start,
                "end": seg.end,
                "quote": quote,
                "themes": "|".join(sorted(codes, key=order.get)),
                "kind": seg.kind,
                "frame": seg.frame,
                "lang": lang,
            }
        )
    return pd.DataFrame(rows, columns=COLUMNS)


def committed_themes(text: str, lang: str | None = None) -> dict[str, list[str]]:
    """``{'themes': […], 'pledge_themes': […]}``: every theme both sides agreed, pledged or signed
    in ``text``, and those that only a one-sided pledge gives (taxonomy order).

    >>> committed_themes("They agreed to expand trade. Korea will support nuclear power.")
    {'themes': ['trade', 'energy', 'nuclear_power'], 'pledge_themes': ['energy', 'nuclear_power']}
    """
    rows = read_commitments(text, lang)
    both = {t for ts, k in zip(rows["themes"], rows["kind"]) if k != "pledge" for t in ts.split("|") if t}
    pledged = {t for ts, k in zip(rows["themes"], rows["kind"]) if k == "pledge" for t in ts.split("|") if t}
    order = {c: i for i, (c, _) in enumerate(_matchers(rows["lang"].iloc[0]))} if len(rows) else {}
    return {
        "themes": sorted(both | pledged, key=order.get),
        "pledge_themes": sorted(pledged - both, key=order.get),
    }
