"""Matching text against the theme taxonomy: both sides normalised the same way, patterns compiled once.

Matching normalises with ``underthesea.text_normalize`` (old/new tone-mark placement: ``hoà`` =
``hòa``) and ``casefold``; quotes themselves stay verbatim. The compiled taxonomy is cached per
``themes.csv`` path and modification time, so an edited file is never served stale.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from pathlib import Path

from underthesea import text_normalize

from .. import paths
from ..tables.themes import load_themes, split_patterns
from . import lexicon
from .switches import rule_on


@functools.lru_cache(maxsize=50_000)
def _norm_word(word: str) -> str:
    return text_normalize(word)


def normalise_for_matching(text: str) -> str:
    """Text as theme patterns see it: NFC, casefolded, tone marks in one placement (``hoà`` → ``hòa``).

    Words are normalised one by one so punctuation and spacing stay as written.

    >>> normalise_for_matching("Hoà bình, THUỶ sản")
    'hòa bình, thủy sản'
    """
    text = unicodedata.normalize("NFC", str(text)).casefold()
    return re.sub(r"\w+", lambda m: _norm_word(m.group()), text)


def _normalise_pattern(pattern: str) -> str:
    """A theme regex normalised as the text is: the words only, the regex syntax left alone (an escape
    such as ``\\S`` keeps its case: casefolded it would be ``\\s``, another class).

    >>> _normalise_pattern(r"Thực hiện (?:\\S+ ){0,2}thoả thuận")
    'thực hiện (?:\\\\S+ ){0,2}thỏa thuận'
    """
    parts = re.split(r"(\\.)", unicodedata.normalize("NFC", pattern))
    return "".join(
        part if part.startswith("\\") else re.sub(r"\w+", lambda m: _norm_word(m.group()), part.casefold())
        for part in parts
    )


@functools.lru_cache(maxsize=4)
def _matchers_cached(path: str, mtime: float) -> tuple[tuple[str, re.Pattern], ...]:
    themes = load_themes(Path(path))
    return tuple(
        (code, re.compile("|".join(f"(?:{_normalise_pattern(p)})" for p in split_patterns(pats))))
        for code, pats in zip(themes["theme"], themes["patterns"])
    )


def _matchers() -> tuple[tuple[str, re.Pattern], ...]:
    return _matchers_cached(*taxonomy_stamp())


def taxonomy_stamp() -> tuple[str, float]:
    """(path, mtime) of the data folder's ``themes.csv``, which the matchers' caches key on (looked at
    once per corpus run, see :func:`vnkr.paths.pinned_stamps`)."""
    return paths.stamp("themes.csv", _where)


def _where() -> tuple[str, float]:
    path = paths.data_dir() / "themes.csv"
    return str(path), path.stat().st_mtime


def without_non_topics(text: str) -> str:
    """``text`` with the phrases that name no topic blanked out (same length, so offsets hold): a
    cause or a condition (``vì COVID-19``, ``hit by the pandemic``, ``once the pandemic is over``); the
    entries of kind ``not_a_topic`` in ``data/lexicon/stance.csv`` (rule ``not_a_topic``); and the
    sectors an investment goes into (``rót thêm vốn vào hạ tầng, năng lượng``, ``investment into energy
    and farming``: kind ``investment_destination``, rule ``investment_destination``).

    >>> without_non_topics("dự án du lịch bị đình trệ vì COVID-19").strip()
    'dự án du lịch bị đình trệ'
    """
    if rule_on("not_a_topic"):
        for lang in lexicon.LANGS:
            text = lexicon.cue("not_a_topic", lang).sub(lambda m: " " * len(m.group()), text)
    if rule_on("investment_destination"):
        for lang in lexicon.LANGS:
            for m in list(lexicon.cue("investment_destination", lang).finditer(text)):
                stop = DESTINATION_END_RE.search(text, m.end())
                end = min(stop.start() if stop else len(text), m.end() + DESTINATION_CHARS)
                text = text[: m.end()] + " " * (end - m.end()) + text[end:]
    return text


# the sectors after 'investment into' / 'rót vốn vào' end at a clause break or a new verb of cooperation
DESTINATION_END_RE = re.compile(
    r"[;.]|, (?:and|while|with|as well as)\b|, (?:đồng thời|cũng như|tăng cường|mở rộng|thúc đẩy|đẩy mạnh|hợp tác|"
    r"tạo|hỗ trợ|giúp|cùng)\b| (?:đồng thời|cũng như)\b"
)
DESTINATION_CHARS = 150


def match_themes(text: str) -> str:
    """Theme codes whose patterns occur in ``text``, '|'-joined in taxonomy order ('' if none).

    >>> match_themes("mở rộng hợp tác đầu tư, thương mại, hỗ trợ phát triển")
    'trade|investment|oda'
    """
    return _match_with(_matchers(), without_non_topics(text))


@functools.lru_cache(maxsize=20_000)
def _match_with(matchers: tuple[tuple[str, re.Pattern], ...], text: str) -> str:
    # keyed on the compiled taxonomy too, so an edited themes.csv never serves a stale answer;
    # reports of one meeting repeat the same clauses, which then cost one lookup
    norm = normalise_for_matching(text)
    return "|".join(code for code, rx in matchers if rx.search(norm))


# the national level named in a row: leaders, government, parliament, party, diplomacy, the partnership
NATIONAL_LEVEL_RE = re.compile(
    r"cấp cao|chính phủ|quốc hội|đảng|ngoại giao|chiến lược"
    r"|high-level|top-level|summit|government|national assembly|parliament|party|diplomatic|strategic",
    re.IGNORECASE,
)


def local_not_political(quote: str, themes: str, lang: str) -> str:
    """``themes`` of a Vietnamese or English row of local cooperation without political trust when the row names
    nothing at the national level (``hai tỉnh đẩy mạnh trao đổi đoàn``): delegations two localities
    exchange are local cooperation, not political trust between the countries (rule
    ``local_not_political``). ``duy trì các chuyến thăm cấp cao, mở rộng hợp tác giữa các địa
    phương`` keeps both.

    >>> local_not_political("hai tỉnh đẩy mạnh trao đổi đoàn", "political_trust|local_cooperation", "vi")
    'local_cooperation'
    """
    codes = themes.split("|")
    if lang not in ("vi", "en") or "local_cooperation" not in codes or "political_trust" not in codes:
        return themes
    if NATIONAL_LEVEL_RE.search(quote) or not rule_on("local_not_political"):
        return themes
    return "|".join(c for c in codes if c != "political_trust")
