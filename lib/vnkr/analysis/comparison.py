"""Commitments compared across meetings: the theme × meeting table and what the record shows per cell.

A theme at a meeting is ``first_reported`` (its first commitment in the meetings compared),
``reported_again``, or ``not_reported`` (no commitment on it in this meeting's sources: one short
article's silence says nothing about the agenda). The stronger ``no_longer_reported`` needs evidence
that can bear it: the theme was reported at an earlier meeting of the same level and is absent from
every source of the last ``absent_meetings`` meetings of that level (this one included).
"""

from __future__ import annotations

import pandas as pd

from ..extract.commitments import extract_commitments_corpus, primary_documents
from ..tables.commitments import load_commitments
from ..tables.events import load_events
from ..tables.levels import LEVELS
from ..tables.themes import load_themes, theme_list

STATUSES = ("first_reported", "reported_again", "not_reported", "no_longer_reported")
COMPARISON_COLUMNS = [
    "theme",
    "label_en",
    "label_vi",
    "event_id",
    "event_date",
    "year",
    "level",
    "n_commitments",
    "status",
]


# what a meeting's record holds but both sides did not commit to
NOT_COMMITTED = ("request",)


def theme_statuses(reported: list[bool], levels: list[str], absent_meetings: int = 3) -> list[str]:
    """Status of one theme at each meeting (in date order), from whether each reported it.

    >>> theme_statuses([True, False, True], ["summit"] * 3, 2)
    ['first_reported', 'not_reported', 'reported_again']
    >>> theme_statuses([True, False, False, False], ["summit", "summit", "ministerial", "summit"], 2)
    ['first_reported', 'not_reported', 'not_reported', 'no_longer_reported']
    """
    if absent_meetings < 1:
        raise ValueError(f"absent_meetings must be at least 1, not {absent_meetings}")
    out, seen = [], False
    history: dict[str, list[bool]] = {}
    for here, level in zip(reported, levels):
        past = history.setdefault(level, [])
        past.append(bool(here))
        if here:
            out.append("reported_again" if seen else "first_reported")
            seen = True
        elif (
            len(past) > absent_meetings and not any(past[-absent_meetings:]) and any(past[:-absent_meetings])
        ):
            out.append("no_longer_reported")
        else:
            out.append("not_reported")
    return out


def _records(source: str, records: pd.DataFrame | None) -> pd.DataFrame:
    if records is not None:
        return records
    if source == "curated":
        return load_commitments()
    if source == "extracted":
        return extract_commitments_corpus(primary_documents())
    raise ValueError(f"source must be 'curated' or 'extracted', not {source!r}")


def compare_commitments(
    themes: list[str] | None = None,
    start_year: int | None = None,
    end_year: int | None = None,
    source: str = "curated",
    records: pd.DataFrame | None = None,
    level: str | None = None,
    absent_meetings: int = 3,
    events: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """Theme × meeting table (long form): how many commitments each meeting made on each theme.

    One row per (theme, meeting) with ``theme, label_en, label_vi, event_id, event_date, year, level,
    n_commitments, status`` (see :data:`STATUSES` and the module docstring). History counts from the
    first meeting of the corpus even when ``start_year`` narrows the rows shown; with ``level``
    ('summit', 'ministerial', …) only meetings of that level are compared, so ``first_reported``
    means first at that level. ``source='curated'`` (default) counts the reviewed record,
    ``'extracted'`` the extractor's output; or pass ``records`` (``event_id, themes``). Without
    ``themes``, the themes reported in the window. Rows of kind ``request`` (one side asking the
    other, ``đề nghị``) are not commitments and are not counted.
    """
    records = _records(source, records)
    if "kind" in records:
        records = records[~records["kind"].isin(NOT_COMMITTED)]
    events = load_events() if events is None else events
    if level is not None:
        if level not in LEVELS:
            raise ValueError(
                f"unknown level {level!r} (expected one of {', '.join(LEVELS)}; see data/levels.csv)"
            )
        events = events[events["level"].eq(level)]
    events = events.sort_values(["event_date", "event_id"])
    taxonomy = load_themes()
    counts = (
        records.assign(theme=records["themes"].map(theme_list))
        .explode("theme")
        .dropna(subset=["theme"])
        .groupby(["theme", "event_id"])
        .size()
    )
    rows = []
    for theme in taxonomy["theme"]:
        n = [int(counts.get((theme, e), 0)) for e in events["event_id"]]
        statuses = theme_statuses([k > 0 for k in n], list(events["level"]), absent_meetings)
        rows += [
            {"theme": theme, "event_id": e, "event_date": d, "level": lv, "n_commitments": k, "status": s}
            for e, d, lv, k, s in zip(events["event_id"], events["event_date"], events["level"], n, statuses)
        ]
    out = pd.DataFrame(
        rows, columns=[c for c in COMPARISON_COLUMNS if c not in ("label_en", "label_vi", "year")]
    )
    out["year"] = pd.to_datetime(out["event_date"]).dt.year
    lo = start_year if start_year is not None else out["year"].min()
    hi = end_year if end_year is not None else out["year"].max()
    out = out[(out["year"] >= lo) & (out["year"] <= hi)]
    if themes is not None:
        unknown = sorted(set(themes) - set(taxonomy["theme"]))
        if unknown:
            raise ValueError(f"unknown theme code(s): {', '.join(unknown)} (see data/themes.csv)")
        out = out[out["theme"].isin(list(themes))]
    else:
        out = out[out["theme"].map(out.groupby("theme")["n_commitments"].sum() > 0)]
    labels = taxonomy.set_index("theme")
    out = out.assign(
        label_en=out["theme"].map(labels["label_en"]), label_vi=out["theme"].map(labels["label_vi"])
    )
    out.attrs.update(level=level, absent_meetings=absent_meetings)
    return out[COMPARISON_COLUMNS].reset_index(drop=True)


def compare_by_year(comparison: pd.DataFrame) -> pd.DataFrame:
    """The comparison aggregated per theme and year (all meetings of a year together).

    Columns ``theme, label_en, label_vi, year, n_meetings, n_meetings_reporting, n_commitments,
    status``: ``first_reported`` if a meeting of the year first reported the theme,
    ``reported_again`` if any reported it, ``no_longer_reported`` if every meeting of the year
    carries that status, else ``not_reported``.

    >>> c = pd.DataFrame({"theme": ["t"] * 3, "label_en": "T", "label_vi": "T", "year": [2021, 2021, 2022],
    ...     "n_commitments": [1, 0, 0], "status": ["first_reported", "not_reported", "not_reported"]})
    >>> compare_by_year(c)[["year", "n_meetings", "n_meetings_reporting", "status"]].values.tolist()
    [[2021, 2, 1, 'first_reported'], [2022, 1, 0, 'not_reported']]
    """

    def status(s: pd.Series) -> str:
        for code in ("first_reported", "reported_again"):
            if (s == code).any():
                return code
        return "no_longer_reported" if (s == "no_longer_reported").all() else "not_reported"

    g = comparison.groupby(["theme", "year"], sort=False)
    out = g.agg(
        label_en=("label_en", "first"),
        label_vi=("label_vi", "first"),
        n_meetings=("status", "size"),
        n_meetings_reporting=("n_commitments", lambda s: int((s > 0).sum())),
        n_commitments=("n_commitments", "sum"),
        status=("status", status),
    ).reset_index()
    return out[
        [
            "theme",
            "label_en",
            "label_vi",
            "year",
            "n_meetings",
            "n_meetings_reporting",
            "n_commitments",
            "status",
        ]
    ]


def comparison_matrix(comparison: pd.DataFrame, value: str = "status") -> pd.DataFrame:
    """Pivot the long table to theme × event (events in date order); ``value`` 'status' or 'n_commitments'.

    >>> long = pd.DataFrame({"theme": ["trade"] * 2, "event_id": ["b", "a"],
    ...     "event_date": pd.to_datetime(["2022-01-01", "2021-01-01"]), "status": ["reported_again", "first_reported"]})
    >>> comparison_matrix(long).loc["trade"].tolist()
    ['first_reported', 'reported_again']
    """
    order = (
        comparison[["event_id", "event_date"]]
        .drop_duplicates()
        .sort_values(["event_date", "event_id"])["event_id"]
        .tolist()
    )
    themes = list(dict.fromkeys(comparison["theme"]))
    return comparison.pivot(index="theme", columns="event_id", values=value).reindex(
        index=themes, columns=order
    )
