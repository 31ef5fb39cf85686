"""``data/annotations/leaders.csv``: office holders, their Vietnamese names and terms.

Dating uses the terms to give a year to a day and month the article leaves without one, when no
publication date does; a blank ``term_end`` means the term is still running (it runs to today, not
to ``checked_on``, which only records when the row was last confirmed).
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pandera.pandas as pa

from .. import paths
from .read import check_rows, finish, read_csv, shown_path

LEADER_COLUMNS = [
    "name",
    "name_vi",
    "aliases",
    "country",
    "role",
    "role_vi",
    "term_start",
    "term_end",
    "checked_on",
    "source_url",
]
DATE_COLUMNS = ("term_start", "term_end", "checked_on")


def _iso_or_blank(values: pd.Series) -> pd.Series:
    parsed = pd.to_datetime(values.replace("", None), format="%Y-%m-%d", errors="coerce")
    return values.eq("") | parsed.notna()


SCHEMA = pa.DataFrameSchema(
    {
        c: pa.Column(
            str,
            [pa.Check(_iso_or_blank, error=f"{c} {{{c}!r}} is not YYYY-MM-DD")]
            + ([pa.Check(lambda s: s.ne(""), error="term_start is required")] if c == "term_start" else []),
        )
        for c in DATE_COLUMNS
    }
)


def load_leaders(path: str | Path | None = None) -> pd.DataFrame:
    """Office holders and their terms, dates as ``datetime.date`` (blank = NA); DataError listing
    every row whose dates are not ``YYYY-MM-DD`` or that lacks ``term_start``."""
    path = Path(path) if path else paths.annotations_dir() / "leaders.csv"
    frame, problems = read_csv(path, LEADER_COLUMNS)
    problems += check_rows(frame, SCHEMA, shown_path(path))
    df = finish(frame, problems, strict=True)
    for col in DATE_COLUMNS:
        parsed = pd.to_datetime(df[col].replace("", None), format="%Y-%m-%d")
        df[col] = [d.date() if pd.notna(d) else pd.NA for d in parsed]
    return df
