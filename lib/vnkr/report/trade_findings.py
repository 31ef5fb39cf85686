"""What the trade report says: the goal table for reading, headlines on targets and balance, and
where every figure comes from (pure: DataFrames in, DataFrames or strings out; see
:mod:`vnkr.report.findings` for the corpus, timeline and commitment views).
"""

from __future__ import annotations

import pandas as pd

from ..analysis.balance import balance_change, trade_balance
from ..tables.trade import annual_series
from .findings import _in_years
from .labels import reason_text, t

# ---------------------------------------------------------------- trade


def annual_both(
    trade: pd.DataFrame, start_year: int | None = None, end_year: int | None = None
) -> pd.DataFrame:
    """Full-year rows of both reporters (kept apart by the ``reporter`` column), within the years."""
    parts = [annual_series(trade, r) for r in ("KR", "VN")]
    out = pd.concat(parts, ignore_index=True)
    return _in_years(out, start_year, end_year, "year").reset_index(drop=True)


def _fmt_bn(v: float) -> str:
    return f"{v:,.1f}"


def trade_headline(goals: pd.DataFrame, lang: str = "en") -> str:
    """Figure title from the goal table: the fate of each distinct target (value, deadline)."""
    parts = []
    seen = set()
    for r in goals.sort_values(["deadline_year", "value_busd"], na_position="first").itertuples(index=False):
        key = (r.value_busd, None if pd.isna(r.deadline_year) else int(r.deadline_year))
        if key in seen or pd.isna(r.deadline_year):
            continue
        seen.add(key)
        value, year = _fmt_bn(r.value_busd).rstrip("0").rstrip("."), int(r.deadline_year)
        status = t(r.status, lang)
        if r.status in {"met", "missed"} and pd.notna(r.latest_value_busd):
            detail = f"{_fmt_bn(r.latest_value_busd)} ({int(r.latest_year)}, {r.reporter})"
        elif r.status in {"on_track", "off_track"} and pd.notna(r.required_cagr):
            detail = f"cần {r.required_cagr:.1%}/năm" if lang == "vi" else f"needs {r.required_cagr:.1%}/yr"
        else:
            detail = goal_reason(r._asdict(), lang)
        if lang == "vi":
            parts.append(f"{value} tỷ USD vào {year}: {status} — {detail}")
        else:
            parts.append(f"USD {value} bn by {year}: {status} — {detail}")
    return "; ".join(parts) or t("no_rows", lang)


def trade_sources(trade: pd.DataFrame, goals: pd.DataFrame | None = None) -> list[str]:
    out = ["data/external/trade_vn_kr.csv (source organisation and URL per row)"]
    if goals is not None:
        out.append("targets quoted from the articles (data/raw)")
    return out


def goal_reason(row, lang: str = "en") -> str:
    """The sentence behind a goal's status (:func:`vnkr.goal_status` row: ``reason_code`` and numbers),
    in ``lang``.

    >>> goal_reason({"reason_code": "missed_short_by", "reporter": "KR", "deadline_year": 2023,
    ...              "latest_value_busd": 79.43, "gap_busd": 20.57, "gap_pct": 0.2057, "value_busd": 100.0})
    'KR 2023 (deadline year): 79.43 bn, short by 20.57 bn (20.6%) of the 100 bn target'
    """
    row = dict(row)
    reporter = row.get("reporter")
    row["who"] = reporter if isinstance(reporter, str) and reporter else t("this_reporter", lang)
    reached = row.get("year_reached_at_historical")
    row["at_pace"] = (
        t("never_reached", lang)
        if reached is None or pd.isna(reached)
        else t("reached_in", lang).format(year=int(reached))
    )
    for col in ("deadline_year", "latest_year", "as_of_year", "history_years"):
        if row.get(col) is not None and not pd.isna(row[col]):
            row[col] = int(row[col])
    return reason_text(row["reason_code"], lang).format(**row)


def goal_table_view(goals: pd.DataFrame, lang: str | None = None) -> pd.DataFrame:
    """The goal table for reading: percentages as percent, status and reason in ``lang`` (codes when
    ``lang`` is None)."""
    cols = [
        "event_id",
        "value_busd",
        "deadline_year",
        "reporter",
        "latest_year",
        "latest_value_busd",
        "gap_busd",
        "gap_pct",
        "required_cagr",
        "historical_cagr",
        "status",
        "reason",
        "quote",
    ]
    out = goals.assign(reason=[goal_reason(r, lang or "en") for r in goals.to_dict("records")])
    out = out[[c for c in cols if c in out]].copy()
    for c in ("gap_pct", "required_cagr", "historical_cagr"):
        if c in out:
            out[c] = out[c] * 100
    if lang is not None and "status" in out:
        out["status"] = out["status"].map(lambda code: t(code, lang))
    return out.reset_index(drop=True)


def requests_table(history: pd.DataFrame) -> pd.DataFrame:
    """The one-sided requests the target history left out (:func:`vnkr.target_history`), verbatim,
    so nothing is dropped silently."""
    return pd.DataFrame({"quote": history.attrs.get("requests", [])}, columns=["quote"])


def distinct_goals(goals: pd.DataFrame, max_rows: int = 12) -> pd.DataFrame:
    """The goal table for reading at many meetings: past ``max_rows`` rows, one row per distinct target
    (value, deadline), judged as its latest statement, with ``event_id`` naming the first and last
    meetings that stated it and how many did (e.g. '2022-02-03 … 2023-11-10 (12)')."""
    if len(goals) <= max_rows:
        return goals
    rows = []
    for _, g in goals.sort_values("event_date").groupby(
        ["value_busd", "deadline_year"], dropna=False, sort=False
    ):
        last = g.iloc[-1].copy()
        first_id, last_id = str(g["event_id"].iloc[0]), str(g["event_id"].iloc[-1])
        last["event_id"] = first_id if len(g) == 1 else f"{first_id} … {last_id} ({len(g)})"
        rows.append(last)
    return (
        pd.DataFrame(rows)
        .sort_values(["value_busd", "deadline_year"], na_position="first")
        .reset_index(drop=True)
    )


def balance_both(
    trade: pd.DataFrame, start_year: int | None = None, end_year: int | None = None
) -> pd.DataFrame:
    """Balance, exports and imports of both reporters per year (:func:`vnkr.trade_balance`)."""
    parts = [trade_balance(trade, r).assign(reporter=r) for r in ("KR", "VN")]
    out = pd.concat(parts, ignore_index=True)
    cols = [
        c
        for c in [
            "year",
            "reporter",
            "vn_exports_busd",
            "vn_imports_busd",
            "balance_busd",
            "export_import_ratio",
        ]
        if c in out
    ]
    out = out[cols]
    return (
        _in_years(out, start_year, end_year, "year").sort_values(["reporter", "year"]).reset_index(drop=True)
    )


def balance_headline(
    trade: pd.DataFrame,
    reporter: str,
    lang: str = "en",
    start_year: int | None = None,
    end_year: int | None = None,
) -> str:
    """Both measures of Vietnam's balance from the first to the last year with both parts (within the
    years): the deficit in USD and the export/import ratio; 'more balanced' only when both agree
    (:func:`vnkr.balance_change`)."""
    b = balance_both(trade, start_year, end_year)
    change = balance_change(b[b["reporter"] == reporter])
    if change["verdict"] == "no_data":
        return t("no_data", lang)
    return t("balance_headline", lang).format(
        **{**change, "verdict": t(change["verdict"], lang)}, reporter=reporter
    )


def target_history_headline(history: pd.DataFrame, lang: str = "en") -> str:
    """Each target value with the deadlines stated for it, in the order of the meetings that stated
    them: e.g. 'USD 100 bn: none stated (2021-07-22) → 2023 (2022-12) · USD 150 bn: 2030 (2022-12)'."""
    if history.empty:
        return t("no_rows", lang)
    parts = []
    for value, g in history.sort_values("event_date").groupby("value_busd", sort=True):
        steps, last = [], None
        for r in g.itertuples(index=False):
            deadline = t("no_deadline", lang) if pd.isna(r.deadline_year) else str(int(r.deadline_year))
            if deadline != last:
                steps.append(f"{deadline} ({pd.Timestamp(r.event_date):%Y-%m})")
            last = deadline
        parts.append(t("target_value", lang).format(value=f"{value:g}") + ": " + " → ".join(steps))
    return t("target_history_title", lang) + " " + " · ".join(parts)


def trade_sources_table(
    trade: pd.DataFrame, start_year: int | None = None, end_year: int | None = None
) -> pd.DataFrame:
    cols = [
        c
        for c in [
            "year",
            "period",
            "reporter",
            "total_busd",
            "vn_exports_busd",
            "vn_imports_busd",
            "source_org",
            "source_url",
            "note",
        ]
        if c in trade
    ]
    out = trade[cols]
    return (
        _in_years(out, start_year, end_year, "year")
        .sort_values(["year", "reporter", "period"])
        .reset_index(drop=True)
    )
