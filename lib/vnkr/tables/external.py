"""Trade-target restatements outside the corpus: ``data/external/trade_targets_external.csv``.

Each row states a target at an event the articles do not cover (the 2023 Joint Committee, the 2024
joint press release), with the sentence of the page that states it (``evidence``) and its URL. The
reports show them only when asked (``include_external=True``).
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pandera.pandas as pa

from .. import paths
from .read import check_rows, finish, read_csv, shown_path

EXTERNAL_TARGET_COLUMNS = [
    "event_id",
    "event_date",
    "value_busd",
    "deadline_year",
    "metric",
    "evidence",
    "source_url",
]

SCHEMA = pa.DataFrameSchema(
    {
        "value_busd": pa.Column(
            str,
            pa.Check.str_matches(r"^\d+(\.\d+)?$", error="value_busd must be a number (got {value_busd!r})"),
        ),
        "deadline_year": pa.Column(
            str,
            pa.Check.str_matches(
                r"^(\d{4})?$", error="deadline_year must be a year or blank (got {deadline_year!r})"
            ),
        ),
        "source_url": pa.Column(
            str, pa.Check.str_matches(r"^https?://", error="source_url must be an http(s) URL")
        ),
    }
)


def load_external_targets(path: str | Path | None = None) -> pd.DataFrame:
    """Target restatements outside the corpus: ``event_id, event_date, event, value_busd,
    deadline_year, metric, evidence, source_url, note`` (and the ``line`` of each row); ``evidence`` is
    the sentence of the page at ``source_url`` that states the target. DataError lists every bad row."""
    path = Path(path) if path is not None else paths.external_dir() / "trade_targets_external.csv"
    df, problems = read_csv(path, EXTERNAL_TARGET_COLUMNS)
    problems += check_rows(df, SCHEMA, shown_path(path))
    df = finish(df, problems, strict=True)
    df["value_busd"] = df["value_busd"].astype(float)
    df["deadline_year"] = pd.to_numeric(df["deadline_year"].replace("", np.nan)).astype("Int64")
    df["event_date"] = pd.to_datetime(df["event_date"])
    return df
