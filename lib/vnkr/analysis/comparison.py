"""Commitments compared across meetings: the theme × meeting table and its status per cell.

Status is read across all meetings in date order: ``new`` (first appearance), ``continued``,
``dropped`` (present at an earlier meeting, absent now), ``absent`` (never present so far).
"""
from __future__ import annotations

import pandas as pd

from ..extract.commitments import extract_commitments_corpus, primary_documents
from ..tables.commitments import load_commitments
from ..tables.events import load_events
from ..tables.themes import load_themes, theme_list


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
    """
    if records is None:
        if source == "curated":
            records = load_commitments()
        elif source == "extracted":
            records = extract_commitments_corpus(primary_documents())
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

    >>> long = pd.DataFrame({"theme": ["trade"] * 2, "event_id": ["b", "a"],
    ...                      "event_date": pd.to_datetime(["2022-01-01", "2021-01-01"]), "status": ["continued", "new"]})
    >>> comparison_matrix(long).loc["trade"].tolist()
    ['new', 'continued']
    """
    order = (comparison[["event_id", "event_date"]].drop_duplicates()
             .sort_values(["event_date", "event_id"])["event_id"].tolist())
    themes = list(dict.fromkeys(comparison["theme"]))
    return comparison.pivot(index="theme", columns="event_id", values=value).reindex(index=themes, columns=order)
