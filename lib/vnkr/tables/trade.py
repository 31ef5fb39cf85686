"""Vietnam–Korea goods trade, with the source of every figure: ``data/external/trade_vn_kr.csv``.

One row per (year, period, reporter), every row with its source organisation and URL (see
``data/external/README.md``). :func:`load_trade` validates it with pandera (the strings as written,
then the typed values) and derives only what follows from the row itself (a total from its two
parts, the balance); it never fills a gap from another row, year or reporter.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pandera.pandas as pa

from .. import paths
from ..errors import DataError
from .read import check_rows, read_csv, shown_path

COLUMNS = [
    "year",
    "period",
    "reporter",
    "source_org",
    "vn_exports_busd",
    "vn_imports_busd",
    "total_busd",
    "source_url",
    "note",
    "evidence",
]
VALUE_COLUMNS = ["vn_exports_busd", "vn_imports_busd", "total_busd"]
REPORTERS = ("VN", "KR")
KEY = ["year", "period", "reporter"]
# Published figures are rounded to 0.1 bn (sometimes 0.01); two rounded parts and a rounded total
# can disagree by up to ~0.15 without any error in the source (2025 KR: 31.8 + 62.8 = 94.6 vs 94.5).
TOTAL_TOLERANCE_BUSD = 0.15
# FY = full year; H1/H2 halves; Q1–Q4 quarters; 1M–11M = first n months (e.g. 9M).
PERIOD_PATTERN = r"^(FY|H[12]|Q[1-4]|[1-9]M|1[01]M)$"
NUMBER_PATTERN = r"^\s*(\d+(\.\d+)?)?\s*$"  # plain decimal point, blank = not stated
URL_PATTERN = r"^https?://\S+$"


def _within_tolerance(df: pd.DataFrame) -> pd.Series:
    both = df[VALUE_COLUMNS].notna().all(axis=1)
    diff = (df["vn_exports_busd"] + df["vn_imports_busd"] - df["total_busd"]).abs()
    return ~both | (diff <= TOTAL_TOLERANCE_BUSD + 1e-9)


def _parts_within_total(df: pd.DataFrame) -> pd.Series:
    total = df["total_busd"]
    ok = pd.Series(True, index=df.index)
    for part in ("vn_exports_busd", "vn_imports_busd"):
        ok &= ~(df[part].notna() & total.notna() & (df[part] > total + TOTAL_TOLERANCE_BUSD))
    return ok


# Stage 1: the strings as written (format rules); stage 2: the typed values (value rules).
RAW_SCHEMA = pa.DataFrameSchema(
    {
        "year": pa.Column(
            str,
            pa.Check.str_matches(
                r"^\s*(19|20)\d\d\s*$", error="year must be a 4-digit year 1900–2099 (got {year!r})"
            ),
        ),
        "period": pa.Column(
            str,
            pa.Check.str_matches(
                PERIOD_PATTERN, error="period must be FY, H1–H2, Q1–Q4 or 1M–11M (got {period!r})"
            ),
        ),
        "reporter": pa.Column(
            str, pa.Check.isin(REPORTERS, error="reporter must be VN or KR (got {reporter!r})")
        ),
        "source_org": pa.Column(
            str, pa.Check.str_matches(r"\S", error="source_org must not be blank (got {source_org!r})")
        ),
        "source_url": pa.Column(
            str,
            pa.Check.str_matches(URL_PATTERN, error="source_url must be an http(s) URL (got {source_url!r})"),
        ),
        **{
            c: pa.Column(
                str,
                pa.Check.str_matches(
                    NUMBER_PATTERN, error=f"{c} must be a number in USD bn (or blank) (got {{{c}!r}})"
                ),
            )
            for c in VALUE_COLUMNS
        },
    },
)

TYPED_SCHEMA = pa.DataFrameSchema(
    {
        "year": pa.Column("Int64", nullable=True),
        **{
            c: pa.Column(
                float, pa.Check.ge(0, error=f"{c} must not be negative (got {{{c}:g}})"), nullable=True
            )
            for c in VALUE_COLUMNS
        },
    },
    checks=[
        pa.Check(
            lambda d: d[VALUE_COLUMNS].notna().any(axis=1),
            error="row states no figure (exports, imports and total all blank)",
        ),
        pa.Check(
            _within_tolerance,
            error=f"total_busd must equal vn_exports_busd + vn_imports_busd within ±{TOTAL_TOLERANCE_BUSD} bn "
            "(got {vn_exports_busd:g} + {vn_imports_busd:g} = {_sum:g} vs {total_busd:g})",
        ),
        pa.Check(_parts_within_total, error="a part (exports or imports) exceeds total_busd"),
        pa.Check(
            lambda d: ~d.duplicated(KEY, keep="first") | d[KEY].isna().any(axis=1),
            error="duplicate (year, period, reporter) {_key}, first at line {_first_line}",
        ),
    ],
)


def _typed(raw: pd.DataFrame) -> pd.DataFrame:
    out = raw.copy()
    for c in VALUE_COLUMNS:
        out[c] = pd.to_numeric(raw[c].str.strip().replace("", np.nan), errors="coerce").astype(float)
    out["year"] = pd.to_numeric(raw["year"].str.strip(), errors="coerce").astype("Int64")
    for c in ("period", "reporter"):
        out[c] = raw[c].str.strip()
    # facts the messages name: the parts' sum, the line of a key's first row, the key itself
    out["_sum"] = out["vn_exports_busd"] + out["vn_imports_busd"]
    first = out.groupby(KEY, dropna=False)["line"].transform("first")
    out["_first_line"] = first
    out["_key"] = [
        str((int(y) if pd.notna(y) else y, p, r))
        for y, p, r in zip(out["year"], out["period"], out["reporter"])
    ]
    return out


def load_trade(path: str | Path | None = None) -> pd.DataFrame:
    """Load and validate the trade table; derive ``total_busd`` from parts and ``balance_busd``.

    Keeps every CSV column, adds ``total_derived`` (True where the total was blank and computed as
    exports + imports) and ``balance_busd`` (exports − imports, where both are stated). Nothing else is
    filled. Raises :class:`DataError` listing every broken rule with file, CSV line (header = line 1)
    and rule, e.g. ``data/external/trade_vn_kr.csv:5: total_busd must equal ...``.

    """
    path = Path(path) if path is not None else paths.external_dir() / "trade_vn_kr.csv"
    name = shown_path(path)
    raw, problems = read_csv(path, COLUMNS)
    problems += check_rows(raw, RAW_SCHEMA, name)
    typed = _typed(raw)  # every row: a value both malformed and negative is told both
    problems += check_rows(typed, TYPED_SCHEMA, name)
    if problems:
        raise DataError(sorted(problems, key=lambda p: p.line or 0))
    trade = typed[COLUMNS + ["line"]].astype({"year": int})
    derivable = (
        trade["total_busd"].isna() & trade["vn_exports_busd"].notna() & trade["vn_imports_busd"].notna()
    )
    trade["total_derived"] = derivable
    trade.loc[derivable, "total_busd"] = (
        trade.loc[derivable, "vn_exports_busd"] + trade.loc[derivable, "vn_imports_busd"]
    ).round(3)
    trade["balance_busd"] = (trade["vn_exports_busd"] - trade["vn_imports_busd"]).round(3)
    return trade.sort_values(["reporter", "year", "period"], ignore_index=True)


def annual_series(trade: pd.DataFrame, reporter: str, include_partial: bool = False) -> pd.DataFrame:
    """Rows of one reporter only, by year: full years (``period == 'FY'``) unless ``include_partial``.

    The two sides' statistics differ (valuation, timing), so a series never mixes reporters; a year
    without a figure from this reporter is simply absent.

    >>> trade = pd.DataFrame({"year": [2021, 2021, 2022], "period": ["FY", "FY", "H1"], "reporter": ["VN", "KR", "VN"]})
    >>> annual_series(trade, "VN", include_partial=True)[["year", "period"]].values.tolist()
    [[2021, 'FY'], [2022, 'H1']]
    """
    if reporter not in REPORTERS:
        raise ValueError(f"reporter must be one of {REPORTERS}, got {reporter!r}")
    rows = trade[trade["reporter"] == reporter]
    if not include_partial:
        rows = rows[rows["period"] == "FY"]
    return rows.sort_values(["year", "period"], ignore_index=True)


def validate() -> str:
    """One-line summary of the trade table, or DataError listing every problem."""
    trade = load_trade()
    fy = trade[trade["period"] == "FY"]
    per = ", ".join(f"{r} {int((fy['reporter'] == r).sum())}" for r in REPORTERS)
    return (
        f"trade: {len(trade)} rows ({len(fy)} full-year: {per}; {len(trade) - len(fy)} partial), "
        f"{int(trade['total_derived'].sum())} totals derived from parts, 0 problems"
    )
