"""What the reports say: headline sentences computed from the data, and the tables shaped for reading.

The notebooks call these so that no sentence with a number in it is ever typed into a notebook: a
figure title such as "USD 100 bn by 2023 missed" is produced here from the tables of the other
modules, in English or Vietnamese. Functions are pure: DataFrames in, DataFrames or strings out.
"""

from __future__ import annotations

from collections.abc import Iterable

import pandas as pd

from ..tables.themes import load_themes, theme_list
from .corpus import (  # noqa: F401
    cleaning_log_view,
    cleaning_summary,
    corpus_caption,
    corpus_overview,
    dating_table,
    duplicates,
)
from .corpus import shown_date as _shown_date
from .labels import t, t_value

# ---------------------------------------------------------------- corpus


# ---------------------------------------------------------------- timeline


def _in_years(
    df: pd.DataFrame, start_year: int | None, end_year: int | None, col: str = "event_date"
) -> pd.DataFrame:
    """Rows whose year (of a date column, or an integer ``year`` column) lies in the range."""
    years = df[col] if col == "year" else pd.to_datetime(df[col]).dt.year
    mask = pd.Series(True, index=df.index)
    if start_year is not None:
        mask &= years >= start_year
    if end_year is not None:
        mask &= years <= end_year
    return df[mask]


def timeline_sources(timeline: pd.DataFrame) -> list[str]:
    """The caption sources of the timeline: the articles and each milestone's page."""
    urls = sorted({u for u in timeline.get("source_url", pd.Series(dtype=str)).dropna() if str(u).strip()})
    return ["articles in data/raw (see data/sources.csv)"] + urls


def events_table(
    events: pd.DataFrame, lang: str = "en", start_year: int | None = None, end_year: int | None = None
) -> pd.DataFrame:
    """Meetings with leaders, place, relationship level and source documents, in date order."""
    title = "title_vi" if lang == "vi" else "title_en"
    cols = [
        "event_date",
        "kind",
        "level",
        title,
        "vn_leader",
        "vn_role",
        "kr_leader",
        "kr_role",
        "location",
        "relationship_level",
        "doc_ids",
    ]
    ev = _in_years(events, start_year, end_year).sort_values("event_date")
    out = ev[[c for c in cols if c in ev]].copy()
    out["event_date"] = [
        _shown_date(d, p) for d, p in zip(ev["event_date"], ev.get("date_precision", ["day"] * len(ev)))
    ]
    for col in ("kind", "level", "relationship_level"):
        if col in out:
            out[col] = out[col].map(lambda code: t(code, lang))
    if "doc_ids" in out:  # the CSV keeps '|' between ids; readers get a list
        out["doc_ids"] = out["doc_ids"].map(
            lambda v: ", ".join(str(v).split("|")) if isinstance(v, str) else v
        )
    for col in ("vn_role", "kr_role", "location"):  # words, not names: translated by the labels
        if col in out:
            out[col] = out[col].map(lambda v, c=col: t_value(c, v, lang) if isinstance(v, str) else v)
    return out.reset_index(drop=True)


def milestones_table(
    timeline: pd.DataFrame, lang: str = "en", start_year: int | None = None, end_year: int | None = None
) -> pd.DataFrame:
    """Milestones (not meetings) with the page that states each."""
    title = "title_vi" if lang == "vi" else "title_en"
    ms = _in_years(timeline[timeline["kind"].eq("milestone")], start_year, end_year)
    cols = [c for c in ["event_date", title, "source_url"] if c in ms]
    out = ms.sort_values("event_date")[cols].copy()
    if "date_precision" in ms:
        out["event_date"] = [_shown_date(d, p) for d, p in zip(ms["event_date"], ms["date_precision"])]
    return out.reset_index(drop=True)


# ---------------------------------------------------------------- commitments


def theme_labels(themes: pd.DataFrame, lang: str = "en") -> dict[str, str]:
    """Theme code -> label in ``lang``, from the taxonomy (:func:`vnkr.load_themes`)."""
    return dict(zip(themes["theme"], themes["label_vi" if lang == "vi" else "label_en"]))


def event_labels(events: pd.DataFrame, lang: str = "en") -> dict[str, str]:
    """Event id -> short two-line label for axes: date and kind of meeting."""
    out = {}
    for row in events.itertuples(index=False):
        date = _shown_date(row.event_date, getattr(row, "date_precision", "day"))
        out[row.event_id] = f"{date}\n{t(row.kind, lang)}"
    return out


def event_titles(events: pd.DataFrame, lang: str = "en") -> dict[str, str]:
    """Event id -> one-line heading: date and full title."""
    title = "title_vi" if lang == "vi" else "title_en"
    return {
        row.event_id: f"{_shown_date(row.event_date, getattr(row, 'date_precision', 'day'))} — "
        f"{getattr(row, title)}"
        for row in events.itertuples(index=False)
    }


def commitments_in_range(
    commitments: pd.DataFrame,
    start_year: int | None,
    end_year: int | None,
    themes: Iterable[str] | None = None,
) -> pd.DataFrame:
    """Curated commitments (:func:`vnkr.load_commitments`, with ``event_date``) of meetings within the
    years, and touching ``themes`` if given."""
    c = _in_years(commitments, start_year, end_year).sort_values(["event_date"], kind="stable")
    if themes:
        wanted = set(themes)
        c = c[c["themes"].map(lambda v: bool(wanted & set(theme_list(v))))]
    return c.reset_index(drop=True)


def commitment_sources(commitments: pd.DataFrame, max_listed: int = 8) -> list[str]:
    """The caption source of the commitment figures: the record and the documents quoted (named up to
    ``max_listed``, else counted: the table below the figure names each)."""
    docs = sorted(set(commitments["doc_id"]))
    quoted = ", ".join(docs) if len(docs) <= max_listed else f"{len(docs)} documents in data/raw"
    return [f"data/annotations/commitments.csv (quotes from {quoted})"]


def unreviewed(commitments: pd.DataFrame, lang: str = "en") -> tuple[int, pd.DataFrame]:
    """How many commitment rows are machine drafts (``review='draft'``), and the rows with a
    ``review`` marker column in ``lang`` (drafts visibly marked, curated rows 'reviewed').

    >>> n, rows = unreviewed(pd.DataFrame({"quote": ["a", "b"], "review": ["checked", "draft"]}))
    >>> n, rows["review"].tolist()
    (1, ['reviewed', '✎ machine draft, not yet reviewed'])
    """
    review = (
        commitments["review"] if "review" in commitments else pd.Series("checked", index=commitments.index)
    )
    return int(review.eq("draft").sum()), commitments.assign(review=review.map(lambda c: t(c, lang)))


def unreviewed_note(commitments: pd.DataFrame, lang: str = "en") -> str:
    """The sentence the page shows about drafts ('' when every row is reviewed)."""
    n, _ = unreviewed(commitments, lang)
    return t("unreviewed_note", lang).format(n=n) if n else ""


def agreements_table(
    agreements: pd.DataFrame, start_year: int | None = None, end_year: int | None = None, lang: str = "en"
) -> pd.DataFrame:
    """Signed documents (:func:`vnkr.load_agreements`, with ``event_date``) within the years; theme
    names in ``lang``."""
    a = _in_years(agreements, start_year, end_year)
    cols = [c for c in ["event_id", "quote", "parties", "themes", "doc_id"] if c in a]
    out = a[cols].copy()
    if "themes" in out:
        names = theme_labels(load_themes(), lang)
        out["themes"] = out["themes"].map(lambda v: ", ".join(names.get(c, c) for c in theme_list(v)))
    return out.reset_index(drop=True)


def evaluation_table(evaluation, lang: str | None = None) -> pd.DataFrame:
    """The extractor's precision/recall/F1 as a table (accepts a DataFrame or a dict of dicts); with
    ``lang``, each level is named in words."""
    if isinstance(evaluation, pd.DataFrame):
        out = evaluation.reset_index(drop=True)
    else:
        out = pd.DataFrame(
            [{"level": level, **scores} for level, scores in evaluation.items() if isinstance(scores, dict)]
        )
    if lang is not None and "level" in out:
        out["level"] = out["level"].map(lambda v: t(f"level.{v}", lang))
    return out
