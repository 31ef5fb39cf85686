"""Vietnam's goods balance with Korea: exports − imports per year, and its trend."""

from __future__ import annotations

import numpy as np
import pandas as pd

from ..tables.trade import annual_series


def trade_balance(
    trade: pd.DataFrame, reporter: str, include_partial: bool = False, since_year: int | None = None
) -> pd.DataFrame:
    """Vietnam's goods balance with Korea per year for one reporter, and its linear trend.

    Columns ``year, period, vn_exports_busd, vn_imports_busd, balance_busd`` (exports − imports,
    negative = Vietnamese deficit), ``export_import_ratio`` (exports / imports; 1 = balanced) and
    ``balance_trend_busd_per_year``: the least-squares slope of balance on year over the years with
    both parts (positive = the deficit shrinks), from ``since_year`` if given (e.g. 2021, when
    "balanced trade" was first stated), the same on every row and also in
    ``.attrs['balance_trend_busd_per_year']`` with its span in ``.attrs['trend_span']`` (and the
    slope of the exports/imports ratio in ``.attrs['ratio_trend_per_year']``). Years
    without both parts are kept with blank balance (not stated) and do not enter the trend.

    >>> trade = pd.DataFrame({"year": [2021, 2022], "period": ["FY", "FY"], "reporter": ["KR", "KR"],
    ...                       "vn_exports_busd": [20.0, 24.0], "vn_imports_busd": [50.0, 52.0]})
    >>> trade["balance_busd"] = trade["vn_exports_busd"] - trade["vn_imports_busd"]
    >>> round(trade_balance(trade, "KR").attrs["balance_trend_busd_per_year"], 6)
    2.0
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
    out.attrs.update(
        reporter=reporter,
        balance_trend_busd_per_year=slope,
        ratio_trend_per_year=ratio_slope,
        trend_span=span,
    )
    return out.reset_index(drop=True)


def balance_change(balance: pd.DataFrame) -> dict:
    """From the first to the last year with both parts of one reporter's balance (:func:`trade_balance`
    rows): the deficit and the export/import ratio at each end, and a ``verdict``:
    ``more_balanced`` only when the deficit narrowed and the ratio rose, ``less_balanced`` when both
    moved the other way, ``mixed`` when they disagree, ``no_data`` with fewer than two years.

    >>> b = pd.DataFrame({"year": [2016, 2024], "vn_exports_busd": [11.4, 25.0], "vn_imports_busd": [29.4, 56.0]})
    >>> b["balance_busd"] = b["vn_exports_busd"] - b["vn_imports_busd"]
    >>> {k: balance_change(b)[k] for k in ("deficit_first_busd", "deficit_last_busd", "verdict")}
    {'deficit_first_busd': 18.0, 'deficit_last_busd': 31.0, 'verdict': 'mixed'}
    """
    known = balance.dropna(subset=["balance_busd", "vn_exports_busd", "vn_imports_busd"]).sort_values("year")
    if len(known) < 2:
        return {"verdict": "no_data"}
    first, last = known.iloc[0], known.iloc[-1]
    out = {
        "first_year": int(first["year"]),
        "last_year": int(last["year"]),
        "deficit_first_busd": round(float(-first["balance_busd"]), 6),
        "deficit_last_busd": round(float(-last["balance_busd"]), 6),
        "ratio_first": float(first["vn_exports_busd"] / first["vn_imports_busd"]),
        "ratio_last": float(last["vn_exports_busd"] / last["vn_imports_busd"]),
    }
    deficit = np.sign(round(out["deficit_first_busd"] - out["deficit_last_busd"], 9))  # + = narrowed
    ratio = np.sign(round(out["ratio_last"] - out["ratio_first"], 9))  # + = more balanced
    out["verdict"] = (
        "more_balanced"
        if deficit > 0 and ratio > 0
        else "less_balanced"
        if deficit < 0 and ratio < 0
        else "unchanged"
        if deficit == 0 and ratio == 0
        else "mixed"
    )
    return out
