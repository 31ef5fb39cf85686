"""Vietnam–Korea goods trade with provenance, and the arithmetic of the stated trade goals.

``data/external/trade_vn_kr.csv`` holds one row per (year, period, reporter), every row with its
source organisation and URL (see ``data/external/README.md``). :func:`load_trade` validates it with a
pandera schema and derives only what follows from the row itself (a total from its two parts, the
balance); it never fills a gap from another row, year or reporter. The goal functions are pure:
:func:`required_cagr`, :func:`historical_cagr`, :func:`project`, :func:`year_reached`,
:func:`goal_status`, :func:`trade_balance`; :func:`trade_goal_table` joins them with the targets
stated at the meetings (:func:`vnkr.stated_targets`).

    >>> round(required_cagr(86.7, 2024, 150, 2030), 4)
    0.0957
"""
from __future__ import annotations

import csv
import io
import math
from collections.abc import Mapping
from pathlib import Path

import numpy as np
import pandas as pd
import pandera.pandas as pa

from . import paths
from .errors import DataError, Problem

COLUMNS = ["year", "period", "reporter", "source_org", "vn_exports_busd", "vn_imports_busd",
           "total_busd", "source_url", "note", "evidence"]
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


def _relpath(path: Path) -> str:
    try:
        return str(Path(path).resolve().relative_to(paths.ROOT))
    except ValueError:
        return str(path)


def _read_rows(path: Path) -> tuple[pd.DataFrame, list[int], list[Problem]]:
    """CSV as strings plus the physical line each record starts on (header = line 1)."""
    name = _relpath(path)
    try:
        text = Path(path).read_bytes().decode("utf-8-sig")
    except FileNotFoundError:
        raise DataError(Problem(name, None, "file not found"))
    except UnicodeDecodeError as exc:
        raise DataError(Problem(name, None, f"not valid UTF-8 ({exc.reason} at byte {exc.start})"))
    reader = csv.reader(io.StringIO(text, newline=""))
    header = next(reader, None)
    if header is None:
        raise DataError(Problem(name, None, "empty file (expected a header row)"))
    header = [h.strip() for h in header]
    missing = [c for c in COLUMNS if c not in header]
    if missing:
        raise DataError(Problem(name, 1, f"missing column(s) {', '.join(missing)} "
                                         f"(expected {', '.join(COLUMNS)})"))
    records, lines, problems = [], [], []
    line = reader.line_num + 1
    for fields in reader:
        start, line = line, reader.line_num + 1
        if not any(f.strip() for f in fields):
            continue  # blank line, nothing to load
        if len(fields) != len(header):
            problems.append(Problem(name, start, f"{len(fields)} fields, expected {len(header)}"))
            continue
        records.append(dict(zip(header, fields)))
        lines.append(start)
    frame = pd.DataFrame(records, columns=header, dtype=object).fillna("")
    return frame, lines, problems


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
        "year": pa.Column(str, pa.Check.str_matches(r"^\s*(19|20)\d\d\s*$",
                                                    error="year must be a 4-digit year 1900–2099")),
        "period": pa.Column(str, pa.Check.str_matches(PERIOD_PATTERN,
                                                      error="period must be FY, H1–H2, Q1–Q4 or 1M–11M")),
        "reporter": pa.Column(str, pa.Check.isin(REPORTERS, error="reporter must be VN or KR")),
        "source_org": pa.Column(str, pa.Check.str_matches(r"\S", error="source_org must not be blank")),
        "source_url": pa.Column(str, pa.Check.str_matches(URL_PATTERN,
                                                          error="source_url must be an http(s) URL")),
        **{c: pa.Column(str, pa.Check.str_matches(NUMBER_PATTERN,
                                                  error=f"{c} must be a number in USD bn (or blank)"))
           for c in VALUE_COLUMNS},
    },
)

TYPED_SCHEMA = pa.DataFrameSchema(
    {
        "year": pa.Column("Int64", nullable=True),
        **{c: pa.Column(float, pa.Check.ge(0, error=f"{c} must not be negative"), nullable=True)
           for c in VALUE_COLUMNS},
    },
    checks=[
        pa.Check(lambda d: d[VALUE_COLUMNS].notna().any(axis=1),
                 error="row states no figure (exports, imports and total all blank)"),
        pa.Check(_within_tolerance,
                 error=f"total_busd must equal vn_exports_busd + vn_imports_busd "
                       f"within ±{TOTAL_TOLERANCE_BUSD} bn"),
        pa.Check(_parts_within_total, error="a part (exports or imports) exceeds total_busd"),
        pa.Check(lambda d: ~d.duplicated(KEY, keep="first") | d[KEY].isna().any(axis=1),
                 error="duplicate (year, period, reporter)"),
    ],
)


def _failures(err: pa.errors.SchemaErrors) -> list[tuple[int, str, str | None]]:
    """(row index, rule, column) of each failure, once per row and rule."""
    out, seen = [], set()
    for r in err.failure_cases.itertuples(index=False):
        if r.index is None or pd.isna(r.index):
            continue
        column = r.column if r.schema_context == "Column" else None
        key = (int(r.index), str(r.check), column)
        if key not in seen:
            seen.add(key)
            out.append(key)
    return out


def _typed(raw: pd.DataFrame) -> pd.DataFrame:
    out = raw.copy()
    for c in VALUE_COLUMNS:
        out[c] = pd.to_numeric(raw[c].str.strip().replace("", np.nan), errors="coerce").astype(float)
    out["year"] = pd.to_numeric(raw["year"].str.strip(), errors="coerce").astype("Int64")
    for c in ("period", "reporter"):
        out[c] = raw[c].str.strip()
    return out


def load_trade(path: str | Path | None = None) -> pd.DataFrame:
    """Load and validate the trade table; derive ``total_busd`` from parts and ``balance_busd``.

    Keeps every CSV column, adds ``total_derived`` (True where the total was blank and computed as
    exports + imports) and ``balance_busd`` (exports − imports, where both are stated). Nothing else is
    filled. Raises :class:`DataError` listing every broken rule with file, CSV line (header = line 1)
    and rule, e.g. ``data/external/trade_vn_kr.csv:5: total_busd must equal ...``.

    >>> t = load_trade()
    >>> t.loc[(t.year == 2015) & (t.reporter == "KR"), ["total_busd", "total_derived"]].values.tolist()
    [[37.6, True]]
    """
    path = Path(path) if path is not None else paths.external_dir() / "trade_vn_kr.csv"
    name = _relpath(path)
    raw, lines, problems = _read_rows(path)
    bad_rows: set[int] = set()
    try:
        RAW_SCHEMA.validate(raw, lazy=True)
    except pa.errors.SchemaErrors as err:
        for idx, rule, column in _failures(err):
            problems.append(Problem(name, lines[idx], f"{rule} (got {raw.at[idx, column]!r})"
                                    if column else rule))
            bad_rows.add(idx)
    typed = _typed(raw)
    try:
        TYPED_SCHEMA.validate(typed, lazy=True)
    except pa.errors.SchemaErrors as err:
        for idx, rule, _column in _failures(err):
            row = typed.loc[idx]
            detail = ""
            if rule.startswith("duplicate"):
                same = (typed[KEY] == row[KEY]).all(axis=1)
                detail = f" {tuple(row[KEY])}, first at line {lines[int(same.idxmax())]}"
            elif rule.startswith("total_busd"):
                detail = (f" (got {row.vn_exports_busd:g} + {row.vn_imports_busd:g} = "
                          f"{row.vn_exports_busd + row.vn_imports_busd:g} vs {row.total_busd:g})")
            problems.append(Problem(name, lines[idx], rule + detail))
    if problems:
        problems.sort(key=lambda p: (p.line or 0))
        raise DataError(problems)
    trade = typed.astype({"year": int})
    derivable = trade["total_busd"].isna() & trade["vn_exports_busd"].notna() & trade["vn_imports_busd"].notna()
    trade["total_derived"] = derivable
    trade.loc[derivable, "total_busd"] = (trade.loc[derivable, "vn_exports_busd"]
                                          + trade.loc[derivable, "vn_imports_busd"]).round(3)
    trade["balance_busd"] = (trade["vn_exports_busd"] - trade["vn_imports_busd"]).round(3)
    return trade.sort_values(["reporter", "year", "period"], ignore_index=True)


def annual_series(trade: pd.DataFrame, reporter: str, include_partial: bool = False) -> pd.DataFrame:
    """Rows of one reporter only, by year: full years (``period == 'FY'``) unless ``include_partial``.

    The two sides' statistics differ (valuation, timing), so a series never mixes reporters; a year
    without a figure from this reporter is simply absent.

    >>> annual_series(load_trade(), "VN")["year"].tolist()[:3]
    [2013, 2015, 2016]
    """
    if reporter not in REPORTERS:
        raise ValueError(f"reporter must be one of {REPORTERS}, got {reporter!r}")
    rows = trade[trade["reporter"] == reporter]
    if not include_partial:
        rows = rows[rows["period"] == "FY"]
    return rows.sort_values(["year", "period"], ignore_index=True)


def _year_values(series: pd.DataFrame | pd.Series | Mapping) -> pd.Series:
    """Year -> total (USD bn) of full years with a stated or derived total, from any series form."""
    if isinstance(series, pd.DataFrame):
        if "reporter" in series and series["reporter"].nunique() > 1:
            raise ValueError("series mixes reporters; pass annual_series(trade, reporter)")
        if "period" in series:
            series = series[series["period"] == "FY"]
        s = pd.Series(series["total_busd"].to_numpy(dtype=float), index=series["year"].astype(int))
    else:
        s = pd.Series(series, dtype=float)
        s.index = s.index.astype(int)
    s = s.dropna()  # a blank total is "not stated": the year has no value, it is not zero
    if s.index.duplicated().any():
        raise ValueError("series has more than one value for a year")
    return s.sort_index()


def required_cagr(start_value: float, start_year: int, target_value: float, target_year: int) -> float:
    """Compound annual growth rate that takes ``start_value`` in ``start_year`` to the target.

    ``(target_value / start_value) ** (1 / (target_year - start_year)) - 1``; a fraction, not percent.
    Raises ValueError unless both values are positive and the target year is later.

    >>> round(required_cagr(100, 2020, 121, 2022), 6)
    0.1
    """
    if not (start_value > 0 and target_value > 0):
        raise ValueError(f"values must be positive, got {start_value} and {target_value}")
    years = int(target_year) - int(start_year)
    if years <= 0:
        raise ValueError(f"target year {target_year} must be after start year {start_year}")
    return float((target_value / start_value) ** (1 / years) - 1)


def historical_cagr(series: pd.DataFrame | pd.Series | Mapping, start_year: int, end_year: int) -> float:
    """Compound annual growth of the series' total between two years that both have a figure.

    ``series`` is :func:`annual_series` output (one reporter) or a year -> USD bn mapping. Raises
    ValueError naming the missing year rather than borrowing a neighbouring one.

    >>> round(historical_cagr({2020: 50.0, 2022: 60.5}, 2020, 2022), 6)
    0.1
    """
    s = _year_values(series)
    missing = [y for y in (start_year, end_year) if y not in s.index]
    if missing:
        raise ValueError(f"no figure for {', '.join(map(str, missing))} in the series")
    return required_cagr(s[start_year], start_year, s[end_year], end_year)


def project(series_or_value, rate: float, to_year: int, from_year: int | None = None) -> float:
    """Value in ``to_year`` growing at ``rate`` a year from the latest figure (or a given value).

    With a series, growth starts from its latest year with a figure; with a number, ``from_year`` is
    required. ``value * (1 + rate) ** (to_year - from_year)``.

    >>> round(project(100.0, 0.1, 2022, from_year=2020), 6)
    121.0
    """
    if isinstance(series_or_value, (int, float, np.number)):
        if from_year is None:
            raise ValueError("from_year is required when projecting a single value")
        value = float(series_or_value)
    else:
        s = _year_values(series_or_value)
        if s.empty:
            raise ValueError("series has no figure to project from")
        from_year = int(s.index[-1]) if from_year is None else from_year
        value = float(s[from_year])
    return float(value * (1 + rate) ** (to_year - from_year))


def year_reached(start_value: float, start_year: int, target_value: float, rate: float) -> int | None:
    """First whole year in which ``start_value`` growing at ``rate`` reaches ``target_value``.

    ``start_year + ceil(log(target/start) / log(1 + rate))``; ``start_year`` if already reached; None
    if the rate is not positive and the target is above the start (never reached).

    >>> year_reached(100, 2020, 121, 0.1)
    2022
    """
    if start_value >= target_value:
        return int(start_year)
    if rate <= 0 or start_value <= 0:
        return None
    years = math.log(target_value / start_value) / math.log(1 + rate)
    # tolerate float noise so that exactly-reached targets land on their year (121 at 10% from 100)
    return int(start_year) + math.ceil(years - 1e-9)


def _get(row, key, default=None):
    try:
        value = row[key]
    except (KeyError, IndexError):
        return default
    return default if value is None or (not isinstance(value, str) and pd.isna(value)) else value


def goal_status(target_row: Mapping, series: pd.DataFrame | pd.Series | Mapping,
                as_of_year: int | None = None, history_years: int | None = 5,
                reporter: str | None = None) -> dict:
    """Judge one target (``value_busd``, optional ``deadline_year``) against one reporter's series.

    ``as_of_year`` is the last complete year (default: the series' latest year); figures after it are
    ignored. Rules, in order:

    - no deadline → ``open``; gap from the latest figure.
    - deadline ≤ as_of_year (passed) → ``met`` if the deadline year's figure ≥ target, else ``missed``;
      ``no_data`` if this reporter has no figure for the deadline year (the other reporter and other
      years are never substituted); the gap is measured at the deadline year.
    - deadline in the future → ``met`` if the latest figure already reaches the target; else
      ``on_track`` if the historical CAGR ≥ the CAGR required from the latest figure to the deadline,
      ``off_track`` if below; ``no_data`` if there is no figure, or fewer than two years to compute a
      historical rate. The historical CAGR runs over the last ``history_years`` years ending at the
      latest figure (from the earliest year with a figure in that window; None = all years).

    Returns ``status, gap_busd`` (target − actual, positive = shortfall), ``gap_pct`` (gap / target,
    a fraction), ``latest_year, latest_value_busd`` (the actual used), ``required_cagr,
    historical_cagr, historical_span, year_reached_at_historical`` and ``reason``.

    >>> goal_status({"value_busd": 100, "deadline_year": 2023}, {2022: 87.7, 2023: 79.43})["status"]
    'missed'
    """
    s = _year_values(series)
    if reporter is None and isinstance(series, pd.DataFrame) and "reporter" in series and len(series):
        reporter = str(series["reporter"].iloc[0])
    who = reporter or "this reporter's"
    if as_of_year is None:
        as_of_year = int(s.index.max()) if len(s) else None
    if as_of_year is not None:
        s = s[s.index <= as_of_year]
    target = float(target_row["value_busd"])
    deadline = _get(target_row, "deadline_year")
    deadline = None if deadline is None else int(deadline)
    out = dict(status="no_data", gap_busd=np.nan, gap_pct=np.nan, latest_year=pd.NA,
               latest_value_busd=np.nan, required_cagr=np.nan, historical_cagr=np.nan,
               historical_span=None, year_reached_at_historical=pd.NA, reason="")

    def use(year: int) -> None:
        value = float(s[year])
        out.update(latest_year=int(year), latest_value_busd=value,
                   gap_busd=round(target - value, 6), gap_pct=(target - value) / target)

    if deadline is not None and as_of_year is not None and deadline <= as_of_year:
        if deadline not in s.index:
            out["reason"] = (f"no {who} figure for {deadline} (deadline year); "
                             f"not substituted from the other reporter or another year")
            return out
        use(deadline)
        actual = s[deadline]
        out["status"] = "met" if actual >= target else "missed"
        verb = "reached" if actual >= target else f"short by {target - actual:.2f} bn ({(target - actual) / target:.1%}) of"
        out["reason"] = f"{who} {deadline} (deadline year): {actual:g} bn, {verb} the {target:g} bn target"
        return out

    if s.empty:
        out["status"] = "open" if deadline is None else "no_data"
        out["reason"] = f"no {who} figure" + (f" up to {as_of_year}" if as_of_year else "")
        return out
    latest = int(s.index[-1])
    use(latest)
    start = latest - history_years if history_years is not None else int(s.index[0])
    window = s[(s.index >= start) & (s.index < latest)]
    if len(window):
        first = int(window.index[0])
        out["historical_cagr"] = required_cagr(s[first], first, s[latest], latest)
        out["historical_span"] = f"{first}–{latest}"
    if deadline is None:
        out["status"] = "open"
        state = ("already reached" if s[latest] >= target
                 else f"{target - s[latest]:.2f} bn short")
        out["reason"] = f"no deadline; {who} {latest}: {s[latest]:g} bn, {state}"
        return out
    if s[latest] >= target:
        out["status"] = "met"
        out["reason"] = f"{who} {latest}: {s[latest]:g} bn, reached before the {deadline} deadline"
        return out
    required = required_cagr(s[latest], latest, target, deadline)
    out["required_cagr"] = required
    hist = out["historical_cagr"]
    if pd.isna(hist):
        out["reason"] = (f"needs {required:.1%}/yr from {s[latest]:g} bn ({latest}); no earlier {who} "
                         f"figure within {history_years} years to compare with")
        return out
    reached = year_reached(s[latest], latest, target, hist)
    out["year_reached_at_historical"] = pd.NA if reached is None else reached
    out["status"] = "on_track" if hist >= required else "off_track"
    at_pace = f"reached in {reached}" if reached is not None else "never reached"
    out["reason"] = (f"needs {required:.1%}/yr from {s[latest]:g} bn ({latest}) to {target:g} bn by "
                     f"{deadline}; {who} grew {hist:.1%}/yr over {out['historical_span']} "
                     f"(at that pace: {at_pace})")
    return out


def trade_balance(trade: pd.DataFrame, reporter: str, include_partial: bool = False,
                  since_year: int | None = None) -> pd.DataFrame:
    """Vietnam's goods balance with Korea per year for one reporter, and its linear trend.

    Columns ``year, period, vn_exports_busd, vn_imports_busd, balance_busd`` (exports − imports,
    negative = Vietnamese deficit), ``export_import_ratio`` (exports / imports; 1 = balanced) and
    ``balance_trend_busd_per_year``: the least-squares slope of balance on year over the years with
    both parts (positive = the deficit shrinks), from ``since_year`` if given (e.g. 2021, when
    "balanced trade" was first stated), the same on every row and also in
    ``.attrs['balance_trend_busd_per_year']`` with its span in ``.attrs['trend_span']`` (and the
    slope of the exports/imports ratio in ``.attrs['ratio_trend_per_year']``). Years
    without both parts are kept with blank balance (not stated) and do not enter the trend.

    >>> b = trade_balance(load_trade(), "KR")
    >>> b.loc[b.year == 2023, "balance_busd"].item()
    -27.55
    """
    rows = annual_series(trade, reporter, include_partial=include_partial)
    out = rows[["year", "period", "vn_exports_busd", "vn_imports_busd", "balance_busd"]].copy()
    out["export_import_ratio"] = out["vn_exports_busd"] / out["vn_imports_busd"]
    known = out[out["period"].eq("FY") & out["balance_busd"].notna()]
    if since_year is not None:
        known = known[known["year"] >= since_year]
    slope = ratio_slope = np.nan
    span = None
    if len(known) >= 2:
        years = known["year"].astype(float)
        slope = float(np.polyfit(years, known["balance_busd"], 1)[0])
        ratio_slope = float(np.polyfit(years, known["export_import_ratio"], 1)[0])
        span = f"{int(known['year'].min())}–{int(known['year'].max())} ({len(known)} years)"
    out["balance_trend_busd_per_year"] = slope
    out.attrs.update(reporter=reporter, balance_trend_busd_per_year=slope,
                     ratio_trend_per_year=ratio_slope, trend_span=span)
    return out.reset_index(drop=True)


# ---------------------------------------------------------------- targets against actuals

GOAL_COLUMNS = ["event_id", "event_date", "value_busd", "deadline_year", "reporter", "latest_year",
                "latest_value_busd", "gap_busd", "gap_pct", "required_cagr", "historical_cagr",
                "historical_span", "year_reached_at_historical", "status", "reason", "quote",
                "doc_ids", "source_url", "target_source", "target_source_url"]


def load_external_targets(path: str | Path | None = None) -> pd.DataFrame:
    """Target restatements outside the corpus (``data/external/trade_targets_external.csv``).

    Each row: ``event_id, event_date, event, value_busd, deadline_year, metric, evidence, source_url,
    note``; ``evidence`` is the sentence of the page at ``source_url`` that states the target.

    >>> load_external_targets()[["event_id", "value_busd", "deadline_year"]].values.tolist()[0]
    ['2023-12-07_joint_committee', 150.0, 2030]
    """
    path = Path(path) if path is not None else paths.external_dir() / "trade_targets_external.csv"
    name = _relpath(path)
    if not path.exists():
        raise DataError(Problem(name, None, "file not found"))
    df = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")
    problems = []
    missing = [c for c in ("event_id", "event_date", "value_busd", "deadline_year", "metric", "evidence",
                           "source_url") if c not in df]
    if missing:
        raise DataError(Problem(name, 1, f"missing column(s) {', '.join(missing)}"))
    for i, r in df.iterrows():
        line = i + 2
        try:
            float(r["value_busd"])
        except ValueError:
            problems.append(Problem(name, line, f"value_busd must be a number (got {r['value_busd']!r})"))
        if r["deadline_year"] and not r["deadline_year"].isdigit():
            problems.append(Problem(name, line, f"deadline_year must be a year or blank (got {r['deadline_year']!r})"))
        if not r["source_url"].startswith(("http://", "https://")):
            problems.append(Problem(name, line, "source_url must be an http(s) URL"))
    if problems:
        raise DataError(problems)
    df["value_busd"] = df["value_busd"].astype(float)
    df["deadline_year"] = pd.to_numeric(df["deadline_year"].replace("", np.nan)).astype("Int64")
    df["event_date"] = pd.to_datetime(df["event_date"])
    return df


def trade_goal_table(reporter: str = "KR", as_of_year: int | None = None, include_external: bool = False,
                     history_years: int | None = 5, trade: pd.DataFrame | None = None,
                     targets: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per two-way trade target stated at a meeting, judged against one reporter's figures.

    Targets come from the articles (:func:`vnkr.stated_targets`, metric ``two_way_trade``), plus with
    ``include_external`` the restatements in ``data/external/trade_targets_external.csv``.
    ``as_of_year`` defaults to the latest full year in the trade data of either reporter, so both
    reporters are judged at the same date; statuses follow :func:`goal_status`. ``source_url`` is the
    page of the trade figure used; ``target_source_url`` that of an external target.

    >>> g = trade_goal_table("KR")
    >>> g.loc[g.deadline_year == 2023, "status"].tolist()
    ['missed']
    """
    from .targets import stated_targets

    trade = load_trade() if trade is None else trade
    series = annual_series(trade, reporter)
    if as_of_year is None:
        as_of_year = int(trade.loc[trade["period"] == "FY", "year"].max())
    if targets is None:
        targets = stated_targets()
    goals = targets[targets["metric"] == "two_way_trade"].copy()
    goals["target_source"] = "corpus"
    goals["target_source_url"] = None
    if "doc_ids" not in goals:
        goals["doc_ids"] = goals.get("doc_id")
    if include_external:
        ext = load_external_targets()
        ext = ext[ext["metric"] == "two_way_trade"].assign(
            target_source="external", target_source_url=ext["source_url"], doc_ids=None,
            quote=ext["evidence"])  # verbatim from target_source_url, not from the corpus
        goals = pd.concat([goals, ext.drop(columns=["source_url"])], ignore_index=True)
    url_by_year = series.set_index("year")["source_url"]
    rows = []
    for t in goals.itertuples(index=False):
        st = goal_status(t._asdict(), series, as_of_year=as_of_year, history_years=history_years,
                         reporter=reporter)
        year = st["latest_year"]
        rows.append({
            "event_id": t.event_id, "event_date": t.event_date, "value_busd": t.value_busd,
            "deadline_year": t.deadline_year, "reporter": reporter, **st, "quote": t.quote,
            "doc_ids": t.doc_ids, "target_source": t.target_source,
            "target_source_url": t.target_source_url,
            "source_url": url_by_year.get(year) if pd.notna(year) else None,
        })
    out = pd.DataFrame(rows, columns=GOAL_COLUMNS)
    out["deadline_year"] = out["deadline_year"].astype("Int64")
    out["latest_year"] = out["latest_year"].astype("Int64")
    out["year_reached_at_historical"] = out["year_reached_at_historical"].astype("Int64")
    out["event_date"] = pd.to_datetime(out["event_date"])
    return out.sort_values(["event_date", "deadline_year"], na_position="first", ignore_index=True)


def validate() -> str:
    """One-line summary of the trade table, or DataError listing every problem."""
    trade = load_trade()
    fy = trade[trade["period"] == "FY"]
    per = ", ".join(f"{r} {int((fy['reporter'] == r).sum())}" for r in REPORTERS)
    return (f"trade: {len(trade)} rows ({len(fy)} full-year: {per}; {len(trade) - len(fy)} partial), "
            f"{int(trade['total_derived'].sum())} totals derived from parts, 0 problems")
