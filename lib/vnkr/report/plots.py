"""All figures of the reports, in one style: titles state the finding, axes carry units, and a
caption line names the source(s).

Every function takes tidy DataFrames produced by the other ``vnkr`` modules and returns a
``matplotlib.figure.Figure``; none reads files. Output is deterministic: PNG metadata carries no
version string and SVG ids use a fixed salt.
"""

from __future__ import annotations

import textwrap
from collections.abc import Iterable

import matplotlib.dates as mdates
import matplotlib.pyplot as plt
import pandas as pd
from IPython import get_ipython
from IPython.core.pylabtools import print_figure
from matplotlib.text import Text

from ..analysis.comparison import compare_by_year
from .labels import localize, t

PALETTE = {
    "KR": "#1f4e79",
    "VN": "#c0392b",
    "meeting": "#1f4e79",
    "milestone": "#7f7f7f",
    "target": "#e67e22",
    "first_reported": "#2e86c1",
    "reported_again": "#85c1e9",
    "not_reported": "#f4f6f7",
    "no_longer_reported": "#7f7f7f",
}
STATUS_ORDER = ["first_reported", "reported_again", "not_reported", "no_longer_reported"]
MAX_COLUMNS = 12  # past this many meetings, the matrix and the counts show one column per year
LEVEL_ROWS = ["summit", "head_of_government", "ministerial", "parliamentary", "party"]
FONT = "DejaVu Sans"  # has every precomposed Vietnamese letter (not the Mono variant)


def apply_style() -> None:
    """Set the project's matplotlib style (call once per notebook, via :func:`setup_notebook`)."""
    plt.rcParams.update(
        {
            "font.family": FONT,
            "font.size": 10,
            "axes.titlesize": 12,
            "axes.titleweight": "bold",
            "axes.spines.top": False,
            "axes.spines.right": False,
            "axes.grid": True,
            "grid.alpha": 0.3,
            "figure.dpi": 100,
            "savefig.dpi": 100,
            "svg.hashsalt": "vnkr",
            "figure.max_open_warning": 0,
        }
    )


def setup_notebook() -> None:
    """Style plus deterministic inline figures (PNG without the matplotlib version stamp), each sent
    with its alt text and data files as output metadata (``image/png`` → ``alt``, ``vnkr_csv``), which
    the report template writes into the page."""
    apply_style()
    ip = get_ipython()
    if ip is not None:
        ip.run_line_magic("matplotlib", "inline")
        ip.run_line_magic(
            "config",
            "InlineBackend.print_figure_kwargs = {'bbox_inches': 'tight', 'metadata': {'Software': None}}",
        )
        apply_style()  # %matplotlib inline resets some rcParams
        ip.display_formatter.formatters["image/png"].for_type(plt.Figure, png_with_alt)


def figure_alt(fig: plt.Figure) -> str:
    """The figure's finding in words, for its alt text: the alt set by the plot, else its title(s)."""
    alt = getattr(fig, "vnkr_alt", None)
    if alt:
        return alt
    if getattr(fig, "_suptitle", None) and fig._suptitle.get_text().strip():
        return " ".join(fig._suptitle.get_text().split())  # the figure's finding; panel titles are labels
    titles = [ax.get_title(loc="left") or ax.get_title() for ax in fig.axes]
    return " ".join(" ".join(x.split()) for x in titles if x and x.strip())


def png_with_alt(fig: plt.Figure) -> tuple[str, dict]:
    """IPython PNG formatter: the image plus ``alt`` and ``vnkr_csv`` metadata."""
    data = print_figure(fig, fmt="png", base64=True, bbox_inches="tight", metadata={"Software": None})
    return data, {"alt": figure_alt(fig), "vnkr_csv": list(getattr(fig, "vnkr_csv", []))}


def literal_text(fig: plt.Figure) -> plt.Figure:
    """Draw every text of ``fig`` literally: data such as 'US$5 bn and US$10 bn' must never switch
    matplotlib into math mode (which drew it as 'US*5bnandUS*10 bn'). The one escape for figures."""
    for text in fig.findobj(Text):
        text.set_parse_math(False)
    return fig


def add_caption(fig: plt.Figure, sources: Iterable[str], lang: str = "en") -> None:
    """Write the source line under the figure, in ``lang``."""
    text = f"{t('sources', lang)}: " + "; ".join(localize(s, lang) for s in sources)
    fig.text(0.01, -0.02, text, ha="left", va="top", fontsize=8, color="#555", wrap=True)


def _finish_figure(fig: plt.Figure, ax, title: str | None, sources: Iterable[str], lang: str) -> plt.Figure:
    """The common end of every chart: the finding as a wrapped title, tight layout, source caption."""
    if title:
        ax.set_title("\n".join(textwrap.wrap(title, 90)), loc="left", fontsize=11)
    fig.tight_layout()
    if sources:
        add_caption(fig, sources, lang)
    return literal_text(fig)


# ---------------------------------------------------------------- timeline
def _event_label(row: pd.Series, lang: str, width: int = 34) -> str:
    """Date, then the meeting kind and leaders (meetings) or the wrapped title (milestones)."""
    date = pd.Timestamp(row["event_date"])
    date_text = date.strftime("%Y-%m") if row.get("date_precision") == "month" else date.strftime("%Y-%m-%d")
    if row["kind"] != "milestone" and isinstance(row.get("vn_leader"), str):
        body = f"{t(row['kind'], lang)}\n{row['vn_leader']} – {row.get('kr_leader', '')}"
    else:
        title = row.get("title_vi" if lang == "vi" else "title_en") or row.get("title_en") or ""
        body = "\n".join(textwrap.wrap(str(title), width)[:4])
    return f"{date_text}\n{body}"


def _draw_events(ax, frame: pd.DataFrame, lang: str, levels: list[float], width: int) -> None:
    ax.axhline(0, color="#333", lw=1)
    for i, (_, row) in enumerate(frame.iterrows()):
        ms = row["kind"] == "milestone"
        color = PALETTE["milestone" if ms else "meeting"]
        y = levels[i % len(levels)]
        ax.vlines(row["event_date"], 0, y, color=color, lw=1, alpha=0.7)
        ax.plot(
            row["event_date"], 0, "o", color=color, ms=6 if ms else 9, mfc="white" if ms else color, zorder=3
        )
        ax.annotate(
            _event_label(row, lang, width),
            (row["event_date"], y),
            xytext=(3, 0),
            textcoords="offset points",
            fontsize=7.5,
            va="bottom" if y > 0 else "top",
            ha="left",
            color="#222" if not ms else "#444",
            fontweight="normal" if ms else "bold",
        )
    ax.set_yticks([])
    ax.grid(axis="y", visible=False)
    ax.spines["left"].set_visible(False)


def _draw_many(ax, frame: pd.DataFrame, lang: str) -> None:
    """Past :data:`MAX_COLUMNS` meetings, labels would collide: one row of dots per meeting level,
    milestones labelled on the axis line (the table below the figure lists every meeting)."""
    rows = [lv for lv in LEVEL_ROWS if lv in set(frame.get("level", pd.Series(dtype=str)))]
    meet = frame[frame["kind"] != "milestone"]
    for i, lv in enumerate(rows):
        sub = meet[meet["level"] == lv]
        ax.plot(sub["event_date"], [i + 1] * len(sub), "o", color=PALETTE["meeting"], ms=7, alpha=0.8)
    ms = frame[frame["kind"] == "milestone"]
    _draw_events(ax, ms, lang, [-0.8, -2.0], width=30)
    ax.set_yticks(range(1, len(rows) + 1))
    ax.set_yticklabels([t(lv, lang) for lv in rows], fontsize=8)
    ax.spines["left"].set_visible(True)
    ax.set_ylim(-3.4, len(rows) + 0.8)


def timeline(
    events: pd.DataFrame,
    lang: str = "en",
    start_year: int = 1992,
    end_year: int = 2025,
    zoom_start_year: int | None = None,
    sources: Iterable[str] = (),
) -> plt.Figure:
    """Milestones and meetings on one time axis (top), and a zoom on the corpus years (bottom).

    ``events`` needs ``event_date``, ``kind`` ('milestone' or a meeting kind), ``title_en``,
    ``title_vi``; meetings may carry ``vn_leader``, ``kr_leader`` and ``date_precision``.
    """
    ev = events.copy()
    ev["event_date"] = pd.to_datetime(ev["event_date"])
    ev = ev[(ev["event_date"].dt.year >= start_year) & (ev["event_date"].dt.year <= end_year)]
    ev = ev.sort_values("event_date").reset_index(drop=True)
    n_meetings = int((ev["kind"] != "milestone").sum())
    if zoom_start_year is None:  # the zoom starts with the first meeting shown
        meetings = ev.loc[ev["kind"] != "milestone", "event_date"]
        zoom_start_year = int(meetings.dt.year.min()) if len(meetings) else end_year
    fig, (ax1, ax2) = plt.subplots(2, 1, figsize=(12, 9.5), gridspec_kw={"height_ratios": [1, 1.7]})
    title = t("fig_timeline_title", lang)
    fig.suptitle(title.replace("{n}", str(n_meetings)), fontweight="bold", x=0.01, ha="left")

    # Top: the whole period. Milestones before the zoom are labelled; the zoom years are a band.
    zoom_lo = pd.Timestamp(f"{zoom_start_year}-01-01")
    early = ev[ev["event_date"] < zoom_lo]
    ax1.set_title(
        t("fig_timeline_full", lang).format(start=start_year, end=end_year), loc="left", fontsize=10
    )
    _draw_events(ax1, early, lang, [1.0, -1.0, 1.0, -1.0], width=40)
    late = ev[ev["event_date"] >= zoom_lo]
    for _, row in late.iterrows():
        ms = row["kind"] == "milestone"
        ax1.plot(
            row["event_date"],
            0,
            "o",
            color=PALETTE["milestone" if ms else "meeting"],
            ms=6 if ms else 9,
            mfc="white" if ms else PALETTE["meeting"],
            zorder=3,
        )
    hi = pd.Timestamp(f"{end_year}-12-31")
    ax1.axvspan(zoom_lo, hi, color="#d6eaf8", alpha=0.6, lw=0)
    ax1.annotate(
        t("fig_timeline_zoom", lang),
        (zoom_lo, 1.6),
        fontsize=7.5,
        ha="right",
        va="top",
        xytext=(-4, 0),
        textcoords="offset points",
        color="#1f4e79",
    )
    ax1.set_xlim(pd.Timestamp(f"{start_year}-01-01") - pd.Timedelta(days=365), hi + pd.Timedelta(days=365))
    ax1.set_ylim(-2.2, 2.2)
    ax1.xaxis.set_major_locator(mdates.YearLocator(4))
    ax1.xaxis.set_major_formatter(mdates.DateFormatter("%Y"))
    ax1.set_xlabel(t("axis_year", lang))

    # Bottom: every event of the zoom years, labels staggered on six levels so none overlap.
    n_late = int((late["kind"] != "milestone").sum())
    if n_late > MAX_COLUMNS:
        ax2.set_title(t("fig_timeline_many", lang).format(n=n_late), loc="left", fontsize=10)
        _draw_many(ax2, late, lang)
    else:
        ax2.set_title(t("fig_timeline_zoom", lang), loc="left", fontsize=10)
        _draw_events(ax2, late, lang, [0.8, -0.8, 2.2, -2.2, 3.6, -3.6], width=34)
        ax2.set_ylim(-5.6, 5.6)
    ax2.set_xlim(zoom_lo - pd.Timedelta(days=60), hi + pd.Timedelta(days=420))
    ax2.xaxis.set_major_locator(mdates.YearLocator())
    ax2.xaxis.set_major_formatter(mdates.DateFormatter("%Y"))
    ax2.set_xlabel(t("axis_year", lang))
    fig.vnkr_csv = ["timeline.csv"]
    fig.tight_layout()
    if sources:
        add_caption(fig, sources, lang)
    return literal_text(fig)


# ---------------------------------------------------------------- commitments
def _wrap_lines(text: str, width: int) -> str:
    return "\n".join(part for line in str(text).split("\n") for part in (textwrap.wrap(line, width) or [""]))


def _columns(
    comparison: pd.DataFrame, event_labels: dict[str, str], lang: str, max_columns: int
) -> tuple[pd.DataFrame, list, dict, str | None]:
    """The matrix's columns: one per meeting, or past ``max_columns`` meetings one per year (cells
    then count the meetings reporting the theme out of the year's meetings)."""
    n_meetings = comparison["event_id"].nunique()
    if n_meetings <= max_columns:
        cols = (
            comparison[["event_id", "event_date"]]
            .drop_duplicates()
            .sort_values(["event_date", "event_id"])["event_id"]
            .tolist()
        )
        long = comparison.assign(
            col=comparison["event_id"],
            text=comparison["n_commitments"].map(lambda n: str(int(n)) if n else ""),
        )
        return long, cols, {c: _wrap_lines(event_labels.get(c, c), 16) for c in cols}, None
    by_year = compare_by_year(comparison)
    long = by_year.assign(
        col=by_year["year"],
        text=[
            f"{k}/{m}" if k else "" for k, m in zip(by_year["n_meetings_reporting"], by_year["n_meetings"])
        ],
    )
    cols = sorted(long["col"].unique())
    per_year = by_year.groupby("year")["n_meetings"].first()
    names = {y: f"{y}\n" + t("n_meetings_short", lang).format(n=int(per_year[y])) for y in cols}
    return long, cols, names, t("matrix_by_year", lang).format(n=n_meetings)


def commitment_matrix(
    comparison: pd.DataFrame,
    theme_labels: dict[str, str],
    event_labels: dict[str, str],
    lang: str = "en",
    title: str | None = None,
    sources: Iterable[str] = (),
    max_columns: int = MAX_COLUMNS,
    legend_note: str | None = None,
) -> plt.Figure:
    """Theme × meeting matrix: colour = status (:data:`STATUS_ORDER`), number = commitments.

    ``comparison`` is the tidy table of :func:`vnkr.compare_commitments`. Past ``max_columns``
    meetings the columns are years (:func:`vnkr.compare_by_year`), so 60 meetings stay readable.
    """
    long, cols, names, note = _columns(comparison, event_labels, lang, max_columns)
    themes = list(dict.fromkeys(comparison["theme"]))
    width = max(10.0, 4.5 + (1.0 if note else 1.5) * len(cols))
    fig, ax = plt.subplots(figsize=(width, 1.8 + 0.36 * len(themes)))
    idx = {(r.theme, r.col): r for r in long.itertuples(index=False)}
    for yi, theme in enumerate(themes):
        for xi, col in enumerate(cols):
            r = idx.get((theme, col))
            status = r.status if r is not None else "not_reported"
            ax.add_patch(
                plt.Rectangle((xi - 0.45, yi - 0.4), 0.9, 0.8, color=PALETTE.get(status, "#ddd"), ec="#ccc")
            )
            if r is not None and r.text:
                ax.text(
                    xi,
                    yi,
                    r.text,
                    ha="center",
                    va="center",
                    fontsize=8.5,
                    color="white" if status in {"first_reported", "no_longer_reported"} else "#222",
                )
    ax.set_xlim(-0.6, len(cols) - 0.4)
    ax.set_ylim(len(themes) - 0.5, -0.5)
    ax.set_xticks(range(len(cols)))
    ax.set_xticklabels([names[c] for c in cols], fontsize=8)
    ax.set_yticks(range(len(themes)))
    ax.set_yticklabels([theme_labels.get(th, th) for th in themes], fontsize=8.5)
    ax.set_xlabel(note or t("axis_meeting", lang))
    ax.set_ylabel(t("axis_theme", lang))
    ax.grid(False)
    handles = [plt.Rectangle((0, 0), 1, 1, color=PALETTE[s], ec="#ccc") for s in STATUS_ORDER]
    ax.legend(
        handles,
        [t(s, lang) for s in STATUS_ORDER],
        loc="upper left",
        bbox_to_anchor=(1.01, 1),
        frameon=False,
        fontsize=8,
    )
    fig.vnkr_csv = ["comparison.csv", "commitments.csv"]
    fig = _finish_figure(fig, ax, title, (), lang)
    # the legend line and the sources as one wrapped block under the figure, so they never overlap
    lines = textwrap.wrap(legend_note, 150) if legend_note else []
    if sources:
        lines += textwrap.wrap(f"{t('sources', lang)}: " + "; ".join(sources), 170)
    if lines:
        fig.text(0.01, -0.02, "\n".join(lines), ha="left", va="top", fontsize=8, color="#333")
    return literal_text(fig)


def theme_counts(
    comparison: pd.DataFrame,
    theme_labels: dict[str, str],
    event_labels: dict[str, str],
    lang: str = "en",
    title: str | None = None,
    top: int = 10,
    sources: Iterable[str] = (),
) -> plt.Figure:
    """Number of commitments per theme at each meeting (the ``top`` themes by total)."""
    by_year = comparison["event_id"].nunique() > MAX_COLUMNS
    key = "year" if by_year else "event_id"
    pivot = comparison.pivot_table(
        index=key, columns="theme", values="n_commitments", aggfunc="sum", fill_value=0
    )
    order = (
        sorted(comparison["year"].unique())
        if by_year
        else comparison[["event_id", "event_date"]]
        .drop_duplicates()
        .sort_values(["event_date", "event_id"])["event_id"]
    )
    pivot = pivot.reindex(order)
    keep = pivot.sum().sort_values(ascending=False).head(top).index
    fig, ax = plt.subplots(figsize=(10, 4.5))
    x = range(len(pivot))
    cmap = plt.get_cmap("tab10")
    for i, theme in enumerate(keep):
        ax.plot(
            list(x),
            pivot[theme].tolist(),
            marker="o",
            color=cmap(i % 10),
            label=theme_labels.get(theme, theme),
        )
    ax.set_xticks(list(x))
    ax.set_xticklabels([str(e) if by_year else event_labels.get(e, e) for e in pivot.index], fontsize=8)
    ax.set_ylabel(t("axis_count", lang))
    ax.set_xlabel(t("axis_year" if by_year else "axis_meeting", lang))
    ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1), frameon=False, fontsize=8)
    ax.yaxis.get_major_locator().set_params(integer=True)
    fig.vnkr_csv = ["comparison.csv", "commitments.csv"]
    return _finish_figure(fig, ax, title, sources, lang)
