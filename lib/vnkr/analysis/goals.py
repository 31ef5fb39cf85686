"""The arithmetic of the stated trade goals: growth rates, projections and the status of each target.

Pure functions over one reporter's series (:func:`vnkr.annual_series`): :func:`required_cagr`,
:func:`historical_cagr`, :func:`project`, :func:`year_reached`, :func:`goal_status`;
:func:`trade_goal_table` joins them with the targets stated at the meetings
(:func:`vnkr.stated_targets`). Results are codes and numbers; the sentences a reader sees are built
in :mod:`vnkr.report.findings` from ``reason_code``, in the report's language.

    >>> round(required_cagr(86.7, 2024, 150, 2030), 4)
    0.0957
"""

from __future__ import annotations

import math
from collections.abc import Mapping

import numpy as np
import pandas as pd

from ..extract.targets import stated_targets
from ..tables.external import load_external_targets
from ..tables.trade import annual_series, load_trade
from .changes import drop_requests


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


def goal_status(
    target_row: Mapping,
    series: pd.DataFrame | pd.Series | Mapping,
    as_of_year: int | None = None,
    history_years: int | None = 5,
    reporter: str | None = None,
) -> dict:
    """Judge one target (``value_busd``, optional ``deadline_year``) against one reporter's series.

    ``as_of_year`` is the last complete year (default: the series' latest year); figures after it are
    ignored. Rules, in order (``status`` / ``reason_code``):

    - deadline ≤ as_of_year (passed) → ``met`` / ``met`` if the deadline year's figure ≥ target, else
      ``missed`` / ``missed_short_by``; ``no_data`` / ``no_data_for_deadline_year`` if this reporter has
      no figure for the deadline year (the other reporter and other years are never substituted); the
      gap is measured at the deadline year.
    - no figure at all → ``no_data`` (``open`` without a deadline) / ``no_data``.
    - no deadline → ``open`` / ``open_reached`` or ``open_gap``; gap from the latest figure.
    - deadline in the future → ``met`` / ``met_before_deadline`` if the latest figure already reaches
      the target; else ``on_track`` if the historical CAGR ≥ the CAGR required from the latest figure
      to the deadline, ``off_track`` if below (reason code the same); ``no_data`` / ``no_history``
      with fewer than two years to compute a historical rate. The historical CAGR runs over the last
      ``history_years`` years ending at the latest figure (from the earliest year with a figure in
      that window; None = all years).

    Returns ``status, reason_code`` and the numbers a reader's sentence needs (built by
    :func:`vnkr.report.trade_findings.goal_reason`): ``reporter, value_busd, deadline_year, as_of_year,
    history_years, gap_busd`` (target − actual, positive = shortfall), ``gap_pct`` (gap / target,
    a fraction), ``latest_year, latest_value_busd`` (the actual used), ``required_cagr,
    historical_cagr, historical_span, year_reached_at_historical``.

    >>> st = goal_status({"value_busd": 100, "deadline_year": 2023}, {2022: 87.7, 2023: 79.43})
    >>> st["status"], st["reason_code"], round(st["gap_busd"], 2)
    ('missed', 'missed_short_by', 20.57)
    """
    s = _year_values(series)
    if reporter is None and isinstance(series, pd.DataFrame) and "reporter" in series and len(series):
        reporter = str(series["reporter"].iloc[0])
    if as_of_year is None:
        as_of_year = int(s.index.max()) if len(s) else None
    if as_of_year is not None:
        s = s[s.index <= as_of_year]
    target = float(target_row["value_busd"])
    deadline = _get(target_row, "deadline_year")
    deadline = None if deadline is None else int(deadline)
    out = dict(
        status="no_data",
        reason_code="no_data",
        reporter=reporter,
        value_busd=target,
        deadline_year=deadline,
        as_of_year=as_of_year,
        history_years=history_years,
        gap_busd=np.nan,
        gap_pct=np.nan,
        latest_year=pd.NA,
        latest_value_busd=np.nan,
        required_cagr=np.nan,
        historical_cagr=np.nan,
        historical_span=None,
        year_reached_at_historical=pd.NA,
    )
    if deadline is not None and as_of_year is not None and deadline <= as_of_year:
        return _judge_passed(out, s, target, deadline)
    if s.empty:
        out["status"] = "open" if deadline is None else "no_data"
        return out
    latest = int(s.index[-1])
    _use(out, s, latest, target)
    start = latest - history_years if history_years is not None else int(s.index[0])
    window = s[(s.index >= start) & (s.index < latest)]
    if len(window):
        first = int(window.index[0])
        out["historical_cagr"] = required_cagr(s[first], first, s[latest], latest)
        out["historical_span"] = f"{first}–{latest}"
    if deadline is None:
        reached = s[latest] >= target
        out.update(status="open", reason_code="open_reached" if reached else "open_gap")
        return out
    return _judge_future(out, s, latest, target, deadline)


def _use(out: dict, s: pd.Series, year: int, target: float) -> None:
    """Record the actual figure of ``year`` and the gap to the target it leaves."""
    value = float(s[year])
    out.update(
        latest_year=int(year),
        latest_value_busd=value,
        gap_busd=round(target - value, 6),
        gap_pct=(target - value) / target,
    )


def _judge_passed(out: dict, s: pd.Series, target: float, deadline: int) -> dict:
    """A passed deadline: judged on the deadline year's figure only."""
    if deadline not in s.index:
        out["reason_code"] = "no_data_for_deadline_year"
        return out
    _use(out, s, deadline, target)
    met = s[deadline] >= target
    out.update(status="met" if met else "missed", reason_code="met" if met else "missed_short_by")
    return out


def _judge_future(out: dict, s: pd.Series, latest: int, target: float, deadline: int) -> dict:
    """A future deadline: reached already, or the historical growth against the required growth."""
    if s[latest] >= target:
        out.update(status="met", reason_code="met_before_deadline")
        return out
    out["required_cagr"] = required = required_cagr(s[latest], latest, target, deadline)
    hist = out["historical_cagr"]
    if pd.isna(hist):
        out["reason_code"] = "no_history"
        return out
    reached = year_reached(s[latest], latest, target, hist)
    out["year_reached_at_historical"] = pd.NA if reached is None else reached
    out["status"] = out["reason_code"] = "on_track" if hist >= required else "off_track"
    return out


GOAL_COLUMNS = [
    "event_id",
    "event_date",
    "value_busd",
    "deadline_year",
    "reporter",
    "latest_year",
    "latest_value_busd",
    "gap_busd",
    "gap_pct",
    "required_cagr",
    "historical_cagr",
    "historical_span",
    "year_reached_at_historical",
    "status",
    "reason_code",
    "as_of_year",
    "history_years",
    "quote",
    "doc_ids",
    "source_url",
    "target_source",
    "target_source_url",
]


def trade_goal_table(
    reporter: str = "KR",
    as_of_year: int | None = None,
    include_external: bool = False,
    history_years: int | None = 5,
    trade: pd.DataFrame | None = None,
    targets: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """One row per two-way trade target stated at a meeting, judged against one reporter's figures.

    Targets come from the articles (:func:`vnkr.stated_targets`, metric ``two_way_trade``), plus with
    ``include_external`` the restatements in ``data/external/trade_targets_external.csv``.
    ``as_of_year`` defaults to the latest full year in the trade data of either reporter, so both
    reporters are judged at the same date; statuses follow :func:`goal_status`. ``source_url`` is the
    page of the trade figure used; ``target_source_url`` that of an external target.

    """
    trade = load_trade() if trade is None else trade
    series = annual_series(trade, reporter)
    if as_of_year is None:
        as_of_year = int(trade.loc[trade["period"] == "FY", "year"].max())
    if targets is None:
        targets = stated_targets()
    targets = drop_requests(targets)  # "đề nghị Hàn Quốc … 100 tỷ USD" is a request, not a target
    goals = targets[targets["metric"] == "two_way_trade"].copy()
    goals["target_source"] = "corpus"
    goals["target_source_url"] = None
    if "doc_ids" not in goals:
        goals["doc_ids"] = goals.get("doc_id")
    if include_external:
        ext = load_external_targets()
        ext = ext[ext["metric"] == "two_way_trade"].assign(
            target_source="external", target_source_url=ext["source_url"], doc_ids=None, quote=ext["evidence"]
        )  # verbatim from target_source_url, not from the corpus
        goals = pd.concat([goals, ext.drop(columns=["source_url"])], ignore_index=True)
    url_by_year = series.set_index("year")["source_url"]
    rows = []
    for t in goals.itertuples(index=False):
        st = goal_status(
            t._asdict(), series, as_of_year=as_of_year, history_years=history_years, reporter=reporter
        )
        year = st["latest_year"]
        rows.append(
            {
                "event_id": t.event_id,
                "event_date": t.event_date,
                "value_busd": t.value_busd,
                "deadline_year": t.deadline_year,
                "reporter": reporter,
                **st,
                "quote": t.quote,
                "doc_ids": t.doc_ids,
                "target_source": t.target_source,
                "target_source_url": t.target_source_url,
                "source_url": url_by_year.get(year) if pd.notna(year) else None,
            }
        )
    out = pd.DataFrame(rows, columns=GOAL_COLUMNS)
    out["deadline_year"] = out["deadline_year"].astype("Int64")
    out["latest_year"] = out["latest_year"].astype("Int64")
    out["year_reached_at_historical"] = out["year_reached_at_historical"].astype("Int64")
    out["event_date"] = pd.to_datetime(out["event_date"])
    return out.sort_values(["event_date", "deadline_year"], na_position="first", ignore_index=True)
