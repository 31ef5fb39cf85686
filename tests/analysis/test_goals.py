"""The goal arithmetic and the goal table, checked against hand-computed values."""

from __future__ import annotations

import pandas as pd
import pytest
from vnkr import (
    annual_series,
    goal_status,
    historical_cagr,
    load_external_targets,
    load_trade,
    paths,
    project,
    required_cagr,
    trade_goal_table,
    year_reached,
)


@pytest.fixture(scope="module")
def trade():
    return load_trade()


# ---------------------------------------------------------------- arithmetic, by hand


def test_required_cagr_from_86_7_in_2024_to_150_in_2030():
    by_hand = (150 / 86.7) ** (1 / 6) - 1  # 6 years of compounding
    assert required_cagr(86.7, 2024, 150, 2030) == pytest.approx(by_hand)
    assert required_cagr(86.7, 2024, 150, 2030) == pytest.approx(0.0957, abs=5e-5)


def test_required_cagr_of_a_doubling_in_one_year_is_100_percent():
    assert required_cagr(50, 2020, 100, 2021) == pytest.approx(1.0)


def test_required_cagr_rejects_a_deadline_not_after_the_start():
    with pytest.raises(ValueError):
        required_cagr(80, 2025, 100, 2025)


def test_historical_cagr_of_kr_2021_to_2025(trade):
    by_hand = (94.5 / 80.7) ** (1 / 4) - 1  # KR 2021 = 80.7, 2025 = 94.5
    assert historical_cagr(annual_series(trade, "KR"), 2021, 2025) == pytest.approx(by_hand)


def test_historical_cagr_refuses_a_year_without_figure(trade):
    with pytest.raises(ValueError, match="2020"):
        historical_cagr(annual_series(trade, "KR"), 2020, 2025)  # KR has no 2020 figure


def test_project_compounds_from_the_latest_figure():
    assert project({2023: 79.43, 2024: 86.7}, 0.10, 2026) == pytest.approx(86.7 * 1.1 * 1.1)
    assert project(100.0, 0.05, 2027, from_year=2025) == pytest.approx(110.25)


def test_year_reached_at_a_given_rate():
    # 86.7 * 1.05^n >= 150  <=>  n >= ln(150/86.7)/ln(1.05) = 11.24...  -> 12 years after 2024
    assert year_reached(86.7, 2024, 150, 0.05) == 2036
    assert year_reached(150, 2024, 100, 0.0) == 2024  # already reached
    assert year_reached(80, 2024, 100, 0.0) is None  # never at zero growth


# ---------------------------------------------------------------- goal status


def test_100bn_by_2023_is_missed_on_korean_figures(trade):
    st = goal_status({"value_busd": 100, "deadline_year": 2023}, annual_series(trade, "KR"))
    assert st["status"] == "missed"
    assert st["latest_year"] == 2023 and st["latest_value_busd"] == 79.43
    assert st["gap_busd"] == pytest.approx(100 - 79.43)
    assert st["gap_pct"] == pytest.approx((100 - 79.43) / 100)


def test_100bn_by_2023_has_no_data_on_vietnamese_figures(trade):
    st = goal_status({"value_busd": 100, "deadline_year": 2023}, annual_series(trade, "VN"), as_of_year=2025)
    assert st["status"] == "no_data"
    assert st["reason_code"] == "no_data_for_deadline_year" and st["deadline_year"] == 2023
    assert pd.isna(st["gap_busd"]) and pd.isna(st["latest_value_busd"])


def test_future_deadline_is_on_track_only_if_past_growth_suffices():
    series = {2021: 80.0, 2025: 100.0}
    grew = (100 / 80) ** (1 / 4) - 1  # 5.74 %/yr
    slow = goal_status({"value_busd": 150, "deadline_year": 2030}, series, history_years=5)
    needs = (150 / 100) ** (1 / 5) - 1  # 8.45 %/yr
    assert slow["status"] == "off_track"
    assert slow["required_cagr"] == pytest.approx(needs) and slow["historical_cagr"] == pytest.approx(grew)
    assert slow["historical_span"] == "2021–2025"
    easy = goal_status({"value_busd": 120, "deadline_year": 2030}, series)
    assert easy["status"] == "on_track"  # needs (120/100)^(1/5)-1 = 3.71 % < 5.74 %


def test_target_without_deadline_is_open_with_latest_gap():
    st = goal_status({"value_busd": 100, "deadline_year": None}, {2024: 86.7, 2025: 94.5})
    assert st["status"] == "open"
    assert st["latest_year"] == 2025 and st["gap_busd"] == pytest.approx(5.5)


def test_deadline_passed_and_reached_is_met():
    st = goal_status({"value_busd": 80, "deadline_year": 2023}, {2022: 75.0, 2023: 81.0, 2024: 90.0})
    assert st["status"] == "met" and st["latest_year"] == 2023  # judged at the deadline year


def test_as_of_year_hides_later_figures():
    st = goal_status(
        {"value_busd": 100, "deadline_year": 2025}, {2021: 80.7, 2024: 86.7, 2025: 101.0}, as_of_year=2024
    )
    assert st["status"] != "met" and st["latest_year"] == 2024


def test_goal_status_refuses_a_series_that_mixes_reporters(trade):
    with pytest.raises(ValueError, match="mixes reporters"):
        goal_status({"value_busd": 100, "deadline_year": 2023}, trade)


# ---------------------------------------------------------------- the goal table


@pytest.fixture(scope="module")
def targets_from_text():
    """Targets as the articles state them (see data/raw): 2021 no deadline; Dec 2022; Aug 2025."""
    return pd.DataFrame(
        {
            "event_id": ["e2021", "e2022", "e2022", "e2025"],
            "event_date": pd.to_datetime(["2021-07-22", "2022-12-05", "2022-12-05", "2025-08-11"]),
            "doc_ids": ["000;002", "003", "003", "004"],
            "value_busd": [100.0, 100.0, 150.0, 150.0],
            "deadline_year": pd.array([None, 2023, 2030, 2030], dtype="Int64"),
            "metric": ["two_way_trade"] * 4,
            "quote": ["q1", "q2", "q2", "q3"],
        }
    )


def test_goal_table_statuses_for_korean_figures(trade, targets_from_text):
    g = trade_goal_table("KR", trade=trade, targets=targets_from_text)
    by = {(r.event_id, r.value_busd): r for r in g.itertuples()}
    assert by[("e2022", 100.0)].status == "missed"
    assert by[("e2022", 100.0)].source_url.startswith("http://world.kbs.co.kr")  # the 2023 KR row
    assert by[("e2021", 100.0)].status == "open"
    r = by[("e2025", 150.0)]
    assert r.latest_year == 2025 and r.required_cagr == pytest.approx((150 / 94.5) ** (1 / 5) - 1)
    assert r.status == "off_track"


def test_goal_table_for_vietnamese_figures_shows_missing_data(trade, targets_from_text):
    g = trade_goal_table("VN", trade=trade, targets=targets_from_text)
    r = g[(g.event_id == "e2022") & (g.deadline_year == 2023)].iloc[0]
    assert r.status == "no_data" and r.reason_code == "no_data_for_deadline_year"
    assert pd.isna(r.latest_value_busd) and pd.isna(r.source_url)
    r150 = g[(g.event_id == "e2022") & (g.deadline_year == 2030)].iloc[0]
    assert r150.latest_year == 2024 and r150.required_cagr == pytest.approx((150 / 81.5) ** (1 / 6) - 1)
    assert set(g["reporter"]) == {"VN"}


def test_goal_table_adds_external_restatements_with_urls(trade, targets_from_text):
    g = trade_goal_table("KR", include_external=True, trade=trade, targets=targets_from_text)
    ext = g[g.target_source == "external"]
    assert len(ext) == 3
    assert ext["target_source_url"].str.startswith("https://").all()
    by2025 = ext[ext.deadline_year == 2025].iloc[0]
    # KR 2025 = 94.5 < 100: the July 2024 restated deadline was missed too
    assert by2025.status == "missed" and by2025.gap_busd == pytest.approx(5.5)


def test_external_targets_file_has_a_url_and_evidence_per_row():
    ext = load_external_targets()
    assert ext["source_url"].str.match(r"https://").all() and ext["evidence"].str.len().gt(20).all()
    path = paths.external_dir() / "trade_targets_external.csv"
    assert path.exists()


def test_goal_table_on_the_corpus_judges_the_dec_2022_target_per_reporter():
    kr, vn = trade_goal_table("KR"), trade_goal_table("VN")
    assert len(kr) == len(vn)
    # the 2021-06-23 "đề nghị Hàn Quốc … 100 tỷ USD" is a one-sided request, not a target
    assert not kr["quote"].str.contains("đề nghị").any()
    kr23 = kr[kr.deadline_year == 2023].iloc[0]
    vn23 = vn[vn.deadline_year == 2023].iloc[0]
    assert (kr23.status, kr23.latest_value_busd) == ("missed", 79.43)
    assert vn23.status == "no_data" and vn23.reason_code == "no_data_for_deadline_year"
    assert kr23.quote.endswith("hướng tới mục tiêu 150 tỷ USD vào năm 2030")


# ---------------------------------------------------------------- reason codes: numbers, not prose
@pytest.mark.parametrize(
    "target, series, code, status",
    [
        ({"value_busd": 100, "deadline_year": 2023}, {2022: 87.7, 2023: 100.2}, "met", "met"),
        ({"value_busd": 100, "deadline_year": 2023}, {2022: 87.7, 2023: 79.4}, "missed_short_by", "missed"),
        (
            {"value_busd": 100, "deadline_year": 2023},
            {2022: 87.7, 2024: 90.0},
            "no_data_for_deadline_year",
            "no_data",
        ),
        ({"value_busd": 100, "deadline_year": None}, {2022: 87.7, 2024: 90.0}, "open_gap", "open"),
        ({"value_busd": 80, "deadline_year": None}, {2022: 87.7, 2024: 90.0}, "open_reached", "open"),
        ({"value_busd": 80, "deadline_year": 2030}, {2022: 87.7, 2024: 90.0}, "met_before_deadline", "met"),
        ({"value_busd": 150, "deadline_year": 2030}, {2024: 90.0}, "no_history", "no_data"),
        ({"value_busd": 150, "deadline_year": 2030}, {2019: 50.0, 2024: 90.0}, "on_track", "on_track"),
        ({"value_busd": 150, "deadline_year": 2030}, {2019: 85.0, 2024: 90.0}, "off_track", "off_track"),
    ],
)
def test_each_judgement_has_its_reason_code(target, series, code, status):
    st = goal_status(target, series, as_of_year=2024)
    assert (st["status"], st["reason_code"]) == (status, code)
    assert "reason" not in st  # sentences are the report's job (vnkr.report.trade_findings.goal_reason)
