"""The target-history chart: each two-way trade target by the meeting that stated it.

x = the meeting's date, y = the deadline it gave; one line per target value, so a deadline that
moves from 'soon' to 2023 and onward shows as a line climbing, and restatements outside the corpus
(with ``include_external``) are hollow markers.
"""
from __future__ import annotations

from collections.abc import Iterable

import matplotlib.pyplot as plt
import pandas as pd

from .labels import t
from .plots import _finish_figure

VALUE_COLOURS = ["#e67e22", "#8e44ad", "#16a085", "#2c3e50"]


def target_history(history: pd.DataFrame, lang: str = "en", title: str | None = None,
                   sources: Iterable[str] = ()) -> plt.Figure:
    """Deadline stated (y) by meeting date (x), one line per target value (:func:`vnkr.target_history`).
    A target stated without a deadline sits on the bottom row, labelled as such."""
    fig, ax = plt.subplots(figsize=(10, 4.5))
    hist = history.assign(event_date=pd.to_datetime(history["event_date"]))
    known = hist["deadline_year"].dropna()
    floor = (int(known.min()) if len(known) else hist["event_date"].dt.year.min()) - 2
    hist["y"] = hist["deadline_year"].astype("Float64").fillna(floor).astype(float)
    for i, (value, g) in enumerate(hist.sort_values("event_date").groupby("value_busd", sort=True)):
        colour = VALUE_COLOURS[i % len(VALUE_COLOURS)]
        label = t("target_value", lang).format(value=f"{value:g}")
        ax.plot(g["event_date"], g["y"], "-", color=colour, lw=1.2, alpha=0.6)
        for r in g.itertuples(index=False):
            ext = r.source == "external"
            ax.plot(r.event_date, r.y, "o", ms=10, color=colour, mfc="white" if ext else colour, mew=2)
        ax.plot([], [], "o-", color=colour, label=label)
    ax.plot([], [], "o", color="#555", label=t("corpus_source", lang))
    ax.plot([], [], "o", color="#555", mfc="white", mew=2, label=t("external_source", lang))
    ticks = sorted({int(v) for v in known}) if len(known) else []
    ax.set_yticks([floor] + ticks)
    ax.set_yticklabels([t("no_deadline", lang)] + [str(v) for v in ticks])
    ax.set_ylim(floor - 1, (max(ticks) if ticks else floor) + 1.5)
    ax.set_xlabel(t("axis_meeting_date", lang))
    ax.set_ylabel(t("axis_deadline_year", lang))
    ax.legend(loc="upper left", frameon=False, fontsize=8)
    fig.vnkr_csv = ["targets_extracted.csv"]
    return _finish_figure(fig, ax, title, sources, lang)
