"""The corpus report's tables (notebook 00), shaped for reading in English or Vietnamese.

With ``lang=None`` they keep the pipeline's codes and English evidence (what the nbval check and the
CSV files hold); with ``lang`` every word a reader sees is in that language: column headers come
from the labels, date precision and cleaning rules are labelled, and the evidence sentences
(``date_source``, cleaning reasons) are rendered by :func:`vnkr.report.labels.localize`. Quotes,
removed text and proper names stay as they are.
"""

from __future__ import annotations

import pandas as pd

from ..tables.leaders import load_leaders
from .labels import localize, t

_ROLES: dict[str, str] | None = None


def shown_date(date, precision) -> str:
    """A date as a reader should see it: ``YYYY-MM`` when only the month is known, never the 1st."""
    date = pd.Timestamp(date)
    return date.strftime("%Y-%m") if precision == "month" else date.strftime("%Y-%m-%d")


def _role_vi(text: str) -> str:
    """Office titles inside an evidence field, in Vietnamese (``role_vi`` of leaders.csv)."""
    global _ROLES
    if _ROLES is None:
        leaders = load_leaders()
        _ROLES = dict(zip(leaders["role"], leaders["role_vi"]))
    for role in sorted(_ROLES, key=len, reverse=True):
        if role in text and isinstance(_ROLES[role], str) and _ROLES[role]:
            text = text.replace(role, _ROLES[role])
    return text.replace("..still in office)", "..đương nhiệm)")


def date_source_text(text: str, lang: str | None) -> str:
    """How a date was found, in ``lang`` (codes-and-English when ``lang`` is None)."""
    return text if lang in (None, "en") else localize(text, lang, value=_role_vi)


def _precision(values: pd.Series, lang: str | None) -> pd.Series:
    return values if lang is None else values.map(lambda p: t(f"precision.{p}", lang))


def corpus_overview(corpus: pd.DataFrame, lang: str | None = None) -> pd.DataFrame:
    """One row per document, in date order, with the columns a reader checks first; a date known
    only to the month is shown as YYYY-MM, never as the first of the month."""
    cols = [
        "doc_id",
        "outlet",
        "title",
        "event_id",
        "event_date",
        "date_precision",
        "n_chars_raw",
        "n_chars_clean",
        "duplicate_of",
    ]
    out = corpus.sort_values(["event_date", "doc_id"])[[c for c in cols if c in corpus]].reset_index(
        drop=True
    )
    out["event_date"] = [shown_date(d, p) for d, p in zip(out["event_date"], out["date_precision"])]
    out["date_precision"] = _precision(out["date_precision"], lang)
    return out


def dating_table(corpus: pd.DataFrame, lang: str | None = None) -> pd.DataFrame:
    """How each document's event date was found (the evidence, in words)."""
    out = corpus.sort_values(["event_date", "doc_id"])[
        ["doc_id", "event_date", "date_precision", "date_source"]
    ]
    out = out.reset_index(drop=True)
    out["event_date"] = [shown_date(d, p) for d, p in zip(out["event_date"], out["date_precision"])]
    out["date_precision"] = _precision(out["date_precision"], lang)
    out["date_source"] = [date_source_text(s, lang) for s in out["date_source"]]
    return out


def cleaning_log_view(log: pd.DataFrame, max_chars: int = 240, lang: str | None = None) -> pd.DataFrame:
    """The cleaning log for reading: long removed blocks are shortened, with their full length stated."""
    out = log[["doc_id", "line_start", "line_end", "rule", "reason", "text"]].copy()
    more = "ký tự" if lang == "vi" else "characters"
    out["text"] = [
        txt if len(txt) <= max_chars else f"{txt[:max_chars]} … [{len(txt):,} {more}]"
        for txt in out["text"].astype(str)
    ]
    if lang is not None:
        out["rule"] = out["rule"].map(lambda r: t(f"rule.{r}", lang))
        out["reason"] = out["reason"].map(lambda r: localize(r, lang))
    return out.reset_index(drop=True)


def corpus_caption(corpus: pd.DataFrame, lang: str = "en") -> str:
    """E.g. '5 documents, 4 events, 1 same-event duplicate; 62 % of raw characters kept.'"""
    n_docs, n_events = len(corpus), corpus["event_id"].nunique()
    n_dup = int(corpus["duplicate_of"].notna().sum())
    kept = corpus["n_chars_clean"].sum() / max(1, corpus["n_chars_raw"].sum())
    if lang == "vi":
        return (
            f"{n_docs} tài liệu, {n_events} sự kiện, {n_dup} bài trùng sự kiện; "
            f"giữ lại {kept:.0%} số ký tự gốc sau khi làm sạch."
        )
    return (
        f"{n_docs} documents, {n_events} events, {n_dup} same-event duplicate(s); "
        f"{kept:.0%} of raw characters kept after cleaning."
    )


def cleaning_summary(log: pd.DataFrame, lang: str | None = None) -> pd.DataFrame:
    """Blocks and characters removed per document and rule."""
    if log.empty:
        return pd.DataFrame(columns=["doc_id", "rule", "n_blocks", "n_chars"])
    out = (
        log.assign(n_chars=log["text"].str.len())
        .groupby(["doc_id", "rule"], as_index=False)
        .agg(n_blocks=("text", "size"), n_chars=("n_chars", "sum"))
    )
    if lang is not None:
        out["rule"] = out["rule"].map(lambda r: t(f"rule.{r}", lang))
    return out


def duplicates(corpus: pd.DataFrame, lang: str | None = None) -> pd.DataFrame:
    """Documents that report an event already covered by another document."""
    cols = [c for c in ["doc_id", "duplicate_of", "event_id", "event_date", "date_source"] if c in corpus]
    out = corpus.loc[corpus["duplicate_of"].notna(), cols].reset_index(drop=True)
    if "event_date" in out:
        out["event_date"] = out["event_date"].map(lambda d: pd.Timestamp(d).strftime("%Y-%m-%d"))
    if "date_source" in out:
        out["date_source"] = [date_source_text(s, lang) for s in out["date_source"]]
    return out


def problems_table(problems: pd.DataFrame, lang: str | None = None) -> pd.DataFrame:
    """Rejected inputs (file, line, reason, severity), the severity in ``lang``."""
    out = problems.copy()
    if lang is not None and "severity" in out:
        out["severity"] = out["severity"].map(lambda s: t(f"severity.{s}", lang))
    return out
