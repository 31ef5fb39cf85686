"""What the commitments report says: titles, headlines and tables computed from the compared data.

Every sentence is written from the filtered data and the run's parameters (years, level, themes), in
English or Vietnamese (:mod:`vnkr.report.labels`); none is typed into a notebook.
"""

from __future__ import annotations

import pandas as pd

from ..analysis.comparison import compare_by_year, comparison_matrix
from ..tables.themes import theme_list
from .findings import _shown_date, unreviewed
from .labels import t


def _years(comparison: pd.DataFrame) -> tuple[int, int] | None:
    if comparison.empty:
        return None
    years = pd.to_datetime(comparison["event_date"]).dt.year
    return int(years.min()), int(years.max())


def _span(comparison: pd.DataFrame) -> str:
    years = _years(comparison)
    return "" if years is None else (str(years[0]) if years[0] == years[1] else f"{years[0]}–{years[1]}")


def _names(codes, labels: dict[str, str], totals: pd.Series, lang: str, limit: int = 4) -> str:
    ranked = sorted(codes, key=lambda c: (-totals.get(c, 0), c))
    text = ", ".join(labels.get(c, c) for c in ranked[:limit])
    return (text + (f" (+{len(ranked) - limit})" if len(ranked) > limit else "")) or t("none", lang)


def commitments_title(
    comparison: pd.DataFrame, lang: str = "en", level: str | None = None, themes: list[str] | None = None
) -> str:
    """The report's title from the data shown: the actual first and last years, the level, the themes.

    >>> c = pd.DataFrame({"event_id": ["a", "b"], "event_date": pd.to_datetime(["2019-05-01", "2023-01-01"])})
    >>> commitments_title(c, "en", level="summit")
    'Commitments compared, 2019–2023: 2 meetings (summit and head of state)'
    """
    n = comparison["event_id"].nunique() if len(comparison) else 0
    out = t("commitments_title", lang).format(span=_span(comparison) or "—", n=n)
    if level:
        out += f" ({t(level, lang)})"
    if themes:
        out += f"; {t('themes', lang).lower()}: {', '.join(themes)}"
    return out


def commitments_headline(comparison: pd.DataFrame, labels: dict[str, str], lang: str = "en") -> str:
    """The finding of the matrix: themes reported at every meeting shown, themes first reported in the
    last year, and themes no longer reported (with the rule's N), from the filtered comparison."""
    years = _years(comparison)
    if years is None:
        return t("no_rows", lang)
    n_meetings = comparison["event_id"].nunique()
    totals = comparison.groupby("theme")["n_commitments"].sum()
    reporting = comparison[comparison["n_commitments"] > 0].groupby("theme")["event_id"].nunique()
    everywhere = set(reporting[reporting == n_meetings].index)
    year = pd.to_datetime(comparison["event_date"]).dt.year
    first_last = set(comparison.loc[(year == years[1]) & comparison["status"].eq("first_reported"), "theme"])
    last_id = comparison.sort_values("event_date")["event_id"].iloc[-1]
    gone = set(
        comparison.loc[
            comparison["event_id"].eq(last_id) & comparison["status"].eq("no_longer_reported"), "theme"
        ]
    )
    if everywhere or n_meetings <= 3:
        lead = t("at_all_meetings", lang).format(
            n=n_meetings, themes=_names(everywhere, labels, totals, lang)
        )
    else:  # at many meetings "all" is rarely true: the themes most often reported, with their counts
        top = reporting.sort_values(ascending=False).head(3)
        lead = t("most_often_reported", lang).format(
            themes=", ".join(f"{labels.get(c, c)} ({k}/{n_meetings})" for c, k in top.items())
        )
    return t("commitments_headline", lang).format(
        lead=lead,
        last_year=years[1],
        first=_names(first_last, labels, totals, lang),
        gone=_names(gone, labels, totals, lang),
        absent_meetings=comparison.attrs.get("absent_meetings", 3),
    )


def status_legend(lang: str = "en", absent_meetings: int = 3) -> str:
    """One line defining each status, with the rule's N."""
    return t("status_legend", lang).format(absent_meetings=absent_meetings)


def change_legend(lang: str = "en") -> str:
    """One line defining each per-commitment change label."""
    return t("change_legend", lang)


def counts_headline(comparison: pd.DataFrame, labels: dict[str, str], lang: str = "en") -> str:
    totals = comparison.groupby("theme")["n_commitments"].sum().sort_values(ascending=False)
    if totals.empty or totals.iloc[0] == 0:
        return t("no_rows", lang)
    top = totals.index[0]
    return t("counts_headline", lang).format(
        theme=labels.get(top, top), n=int(totals.iloc[0]), span=_span(comparison)
    )


def meeting_summary(
    comparison: pd.DataFrame,
    coverage: pd.DataFrame,
    events: pd.DataFrame,
    labels: dict[str, str],
    lang: str = "en",
) -> pd.DataFrame:
    """Per meeting shown: date and title, level, coverage (sources, words, genre), themes first
    reported, themes reported again (count), themes no longer reported."""
    cov = coverage.set_index("event_id")
    ev = events.set_index("event_id")
    title = "title_vi" if lang == "vi" else "title_en"
    rows = []
    order = comparison[["event_id", "event_date"]].drop_duplicates().sort_values(["event_date", "event_id"])
    for e in order["event_id"]:
        sub = comparison[comparison["event_id"] == e]
        by_status = sub.groupby("status")["theme"].apply(sorted).to_dict()
        pick = by_status.get
        row = ev.loc[e] if e in ev.index else None
        rows.append(
            {
                "event_date": _shown_date(row["event_date"], row["date_precision"]) if row is not None else e,
                "meeting_title": row[title] if row is not None else e,
                "level": t(row["level"], lang) if row is not None else "",
                "n_sources": int(cov.loc[e, "n_sources"]) if e in cov.index else 0,
                "n_words": int(cov.loc[e, "n_words"]) if e in cov.index else 0,
                "genre": t(cov.loc[e, "genre"], lang) if e in cov.index else "",
                "first_reported_themes": ", ".join(labels.get(x, x) for x in pick("first_reported", [])),
                "n_reported_again": len(pick("reported_again", [])),
                "no_longer_reported_themes": ", ".join(
                    labels.get(x, x) for x in pick("no_longer_reported", [])
                ),
            }
        )
    return pd.DataFrame(rows)


def commitment_rows(
    rows: pd.DataFrame, lang: str = "en", theme_names: dict[str, str] | None = None
) -> pd.DataFrame:
    """One meeting's commitments for reading: verbatim quote, theme names (``theme_names``, e.g.
    :func:`vnkr.report.findings.theme_labels`; codes only when none are given), kind, the English gloss
    (English pages only), change, source, and the review marker when a row is a machine draft
    (:func:`vnkr.report.findings.unreviewed`)."""
    if "review" in rows and rows["review"].eq("draft").any():
        rows = unreviewed(rows, lang)[1]
    else:
        rows = rows.drop(columns=["review"], errors="ignore")
    shown = ["review", "quote", "themes", "kind", "gloss_en", "change", "doc_id"]
    out = rows[[c for c in shown if c in rows and (c != "gloss_en" or lang == "en")]].copy()
    if "themes" in out:
        names = theme_names or {}
        out["themes"] = out["themes"].map(lambda v: ", ".join(names.get(c, c) for c in theme_list(v)))
    for col in ("kind", "change"):
        if col in out:
            out[col] = out[col].map(lambda code: t(code, lang) if isinstance(code, str) else code)
    return out.reset_index(drop=True)


def coverage_caption(coverage: pd.DataFrame, lang: str = "en") -> str:
    """E.g. '4 meetings: 5 sources, 2,996 words; 1 covered only by an excerpt.'"""
    n_excerpt = int(coverage["genre"].eq("excerpt").sum())
    return t("coverage_caption", lang).format(
        n=len(coverage),
        sources=int(coverage["n_sources"].sum()),
        words=f"{int(coverage['n_words'].sum()):,}",
        excerpts=n_excerpt,
    )


def status_check_table(comparison: pd.DataFrame, max_columns: int = 12) -> str:
    """The theme × meeting statuses as text (the nbval-checked cell); past ``max_columns`` meetings,
    theme × year (:func:`vnkr.compare_by_year`), so the text stays readable."""
    if comparison["event_id"].nunique() <= max_columns:
        return comparison_matrix(comparison).to_string()
    by_year = compare_by_year(comparison)
    return (
        by_year.pivot(index="theme", columns="year", values="status")
        .reindex(list(dict.fromkeys(by_year["theme"])))
        .to_string()
    )


def coverage_labels(event_labels: dict[str, str], coverage: pd.DataFrame, lang: str = "en") -> dict[str, str]:
    """Axis labels with the coverage under each meeting: '2022-12\nstate visit\n1 · 565 w · excerpt'."""
    cov = coverage.set_index("event_id")
    out = dict(event_labels)
    for e in cov.index:
        if e in out:
            out[e] = (
                out[e]
                + "\n"
                + t("coverage_short", lang).format(
                    n=int(cov.loc[e, "n_sources"]),
                    words=f"{int(cov.loc[e, 'n_words']):,}",
                    genre=t(cov.loc[e, "genre"], lang),
                )
            )
    return out
