"""Vietnam's goods balance with Korea and its trend, against hand-computed values."""

from __future__ import annotations

import pandas as pd
import pytest
from vnkr import load_trade, trade_balance


@pytest.fixture(scope="module")
def trade():
    return load_trade()


# ---------------------------------------------------------------- balance


def test_trade_balance_ratio_and_trend_by_hand(trade):
    b = trade_balance(trade, "KR", since_year=2022)
    row = b[b.year == 2023].iloc[0]
    assert row.export_import_ratio == pytest.approx(25.94 / 53.49)
    # least squares over 2022..2025 of -34.26, -27.55, -29.90, -31.00: x̄ = 2023.5
    ys = [25.94 - 53.49, 28.4 - 58.3, 31.8 - 62.8]
    ys = [26.72 - 60.98] + ys
    xs = [-1.5, -0.5, 0.5, 1.5]
    slope = sum(x * y for x, y in zip(xs, ys)) / sum(x * x for x in xs)
    assert b.attrs["balance_trend_busd_per_year"] == pytest.approx(slope)
    assert b.attrs["trend_span"].startswith("2022–2025")
    ratios = [26.72 / 60.98, 25.94 / 53.49, 28.4 / 58.3, 31.8 / 62.8]  # 0.438 → 0.506: more balanced
    ratio_slope = sum(x * r for x, r in zip(xs, ratios)) / sum(x * x for x in xs)
    assert b.attrs["ratio_trend_per_year"] == pytest.approx(ratio_slope) and ratio_slope > 0


def test_trade_balance_keeps_years_without_parts_blank(trade):
    b = trade_balance(trade, "KR")
    assert pd.isna(b.loc[b.year == 2021, "balance_busd"]).all()  # KR 2021: total only
