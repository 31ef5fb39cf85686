"""The metric of a money amount: two-way trade, exports, imports, ODA, investment, trade with a third
partner (``thương mại với toàn khối ASEAN``: not a Vietnam–Korea figure) or other, from the metric word
right after it, else the nearest one before it in its clause, else the first after it. Of two metric
words at one place the longer wins, so ``trade with all ASEAN countries`` is a third partner's trade."""

from __future__ import annotations

from . import lexicon
from .switches import rule_on

TRADE_METRICS = ("two_way_trade", "exports", "imports")
_METRICS = ("two_way_trade", "exports", "imports", "oda", "investment", "third_party", "other")


def _metric(text: str, lang: str, a: int, start: int, end: int, b: int) -> str:
    """The metric word right after the amount (``$66 billion railway project``, ``150 tỷ USD vốn
    vay``), else the nearest one before it in its clause, else the first within 60 characters after."""
    if rule_on("metric_right_after"):
        close = _first_metric(text, lang, end, min(b, end + 25), b)
        if close:
            return close
    return (
        nearest_before(text, lang, a, start) or _first_metric(text, lang, end, min(b, end + 60), b) or "other"
    )


def nearest_before(text: str, lang: str, a: int, b: int) -> str | None:
    """The metric whose word ends last within ``text[a:b]`` (the longer word at one place)."""
    best = None
    for metric in _METRICS:
        for m in lexicon.cue(f"metric_{metric}", lang).finditer(text, a, b):
            key = (m.end(), m.end() - m.start())
            if best is None or key > best[0]:
                best = (key, metric)
    return best[1] if best else None


def _first_metric(text: str, lang: str, a: int, b: int, limit: int) -> str | None:
    """The metric whose word starts first within ``text[a:b]`` (the longer word at one place); a third
    partner's trade may run on to ``limit``, the clause end (``trade with all ASEAN countries``)."""
    first = None
    for metric in _METRICS:
        m = lexicon.cue(f"metric_{metric}", lang).search(text, a, limit if metric == "third_party" else b)
        if m and m.start() >= b:
            m = None
        if m and (first is None or (m.start(), -(m.end() - m.start())) < first[0]):
            first = ((m.start(), -(m.end() - m.start())), metric)
    return first[1] if first else None
