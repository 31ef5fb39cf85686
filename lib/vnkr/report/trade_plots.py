"""The trade report's figures: actual trade against the stated targets, the trade balance, and the
target history (each two-way trade target by the meeting that stated it: x = the meeting's date,
y = the deadline it gave, one line per target value, so a deadline that moves from 'soon' to 2023
and onward shows as a line climbing; restatements outside the corpus are hollow markers).
"""

from __future__ import annotations

from collections.abc import Iterable

import matplotlib.pyplot as plt
import pandas as pd

from .labels import event_text, t
from .plots import PALETTE, _finish_figure

VALUE_COLOURS = ["#e67e22", "#8e44ad", "#16a085", "#2c3e50"]


def target_history(
    history: pd.DataFrame, lang: str = "en", title: str | None = None, sources: Iterable[str] = ()
) -> plt.Figure:
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


# ---------------------------------------------------------------- trade
def trade_vs_targets(
    series: pd.DataFrame,
    targets: pd.DataFrame,
    lang: str = "en",
    title: str | None = None,
    sources: Iterable[str] = (),
    highlight: str | None = None,
) -> plt.Figure:
    """Annual two-way trade per reporter with each stated target at its deadline and the path it needs.

    ``series``: ``year, reporter, total_busd``. ``targets``: ``value_busd, deadline_year,
    latest_year, latest_value_busd, event_id`` (one row per stated target; deadline may be missing).
    """
    fig, ax = plt.subplots(figsize=(10, 5))
    for reporter, grp in series.dropna(subset=["total_busd"]).groupby("reporter"):
        grp = grp.sort_values("year")
        lw = 2.4 if highlight in (None, reporter) else 1.2
        ax.plot(
            grp["year"],
            grp["total_busd"],
            marker="o",
            lw=lw,
            color=PALETTE.get(reporter),
            label=f"{t('actual', lang)} ({reporter})",
        )
    seen = set()
    for r in targets.itertuples(index=False):
        if pd.isna(r.value_busd):
            continue
        key = (r.value_busd, r.deadline_year)
        if pd.notna(r.deadline_year) and key not in seen:
            seen.add(key)
            ax.plot(
                r.deadline_year,
                r.value_busd,
                marker="*",
                ms=16,
                color=PALETTE["target"],
                mec="#333",
                zorder=5,
            )
            ax.annotate(
                f"{r.value_busd:g} {t('bn', lang)} {int(r.deadline_year)}\n({event_text(r.event_id, lang)})",
                (r.deadline_year, r.value_busd),
                xytext=(6, 4),
                textcoords="offset points",
                fontsize=8,
            )
            if pd.notna(getattr(r, "latest_year", None)) and r.deadline_year > r.latest_year:
                ax.plot(
                    [r.latest_year, r.deadline_year],
                    [r.latest_value_busd, r.value_busd],
                    ls="--",
                    color=PALETTE["target"],
                    lw=1,
                )
        elif pd.isna(r.deadline_year) and key not in seen:
            seen.add(key)
            ax.axhline(r.value_busd, ls=":", color=PALETTE["target"], lw=1)
            ax.annotate(
                f"{r.value_busd:g} {t('bn', lang)}, {t('open', lang)} ({event_text(r.event_id, lang)})",
                (series["year"].min(), r.value_busd),
                xytext=(2, 3),
                textcoords="offset points",
                fontsize=8,
            )
    ax.plot([], [], ls="--", color=PALETTE["target"], label=t("required_path", lang))
    ax.plot([], [], marker="*", ls="", ms=12, color=PALETTE["target"], mec="#333", label=t("target", lang))
    ax.set_xlabel(t("axis_year", lang))
    ax.set_ylabel(t("axis_trade_busd", lang))
    ax.set_ylim(0, ax.get_ylim()[1] * 1.1)
    ax.xaxis.get_major_locator().set_params(integer=True)
    ax.legend(loc="upper left", frameon=False, fontsize=8)
    fig.vnkr_csv = ["trade.csv"] + [
        f"trade_goals_{r}.csv" for r in ([highlight] if highlight else ["KR", "VN"])
    ]
    return _finish_figure(fig, ax, title, sources, lang)


def trade_balance(
    balance: pd.DataFrame, lang: str = "en", title: str | None = None, sources: Iterable[str] = ()
) -> plt.Figure:
    """Vietnam's goods balance with Korea per year and reporter (negative = deficit)."""
    fig, ax = plt.subplots(figsize=(10, 4))
    for reporter, grp in balance.dropna(subset=["balance_busd"]).groupby("reporter"):
        grp = grp.sort_values("year")
        ax.bar(
            grp["year"] + (-0.2 if reporter == "KR" else 0.2),
            grp["balance_busd"],
            width=0.4,
            color=PALETTE.get(reporter),
            label=reporter,
        )
    ax.axhline(0, color="#333", lw=1)
    ax.set_xlabel(t("axis_year", lang))
    ax.set_ylabel(t("axis_balance_busd", lang))
    ax.xaxis.get_major_locator().set_params(integer=True)
    ax.legend(frameon=False, fontsize=8)
    fig.vnkr_csv = ["trade.csv"]
    return _finish_figure(fig, ax, title, sources, lang)
