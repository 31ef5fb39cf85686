"""Headlines and reader tables: sentences with numbers are computed, never typed."""
from __future__ import annotations

import pandas as pd

from vnkr.report import findings


def _comparison(rows):
    return pd.DataFrame(rows, columns=["theme", "event_id", "event_date", "n_commitments", "status"])


def test_headline_names_themes_at_every_meeting_only_first_year_and_new_last_year():
    d1, d2, d3 = pd.Timestamp("2021-06-23"), pd.Timestamp("2021-07-22"), pd.Timestamp("2025-08-11")
    comp = _comparison([
        ("trade", "a", d1, 2, "new"), ("trade", "b", d2, 1, "continued"), ("trade", "c", d3, 1, "continued"),
        ("health_covid", "a", d1, 1, "new"), ("health_covid", "b", d2, 3, "continued"),
        ("health_covid", "c", d3, 0, "dropped"),
        ("semiconductors_ai", "a", d1, 0, "absent"), ("semiconductors_ai", "b", d2, 0, "absent"),
        ("semiconductors_ai", "c", d3, 2, "new"),
    ])
    labels = {"trade": "Trade", "health_covid": "COVID-19 and vaccines",
              "semiconductors_ai": "Semiconductors and artificial intelligence"}
    title = findings.commitments_headline(comp, labels, "en")
    assert title == ("At all 3 meetings: Trade. Only in 2021: COVID-19 and vaccines. "
                     "New in 2025: Semiconductors and artificial intelligence")
    assert findings.commitments_headline(comp, {"trade": "Thương mại"}, "vi").startswith(
        "Có ở cả 3 cuộc gặp: Thương mại")


def test_trade_headline_states_each_deadline_target_and_its_fate():
    goals = pd.DataFrame([
        dict(event_id="2022-12", value_busd=100.0, deadline_year=2023, latest_year=2023,
             latest_value_busd=79.43, reporter="KR", required_cagr=float("nan"), status="missed", reason=""),
        dict(event_id="2022-12", value_busd=150.0, deadline_year=2030, latest_year=2025,
             latest_value_busd=94.5, reporter="KR", required_cagr=0.0968, status="off_track", reason=""),
        dict(event_id="2021-07-22", value_busd=100.0, deadline_year=pd.NA, latest_year=2025,
             latest_value_busd=94.5, reporter="KR", required_cagr=float("nan"), status="open", reason=""),
    ])
    assert findings.trade_headline(goals, "en") == (
        "USD 100 bn by 2023: missed — 79.4 (2023, KR); USD 150 bn by 2030: off track — needs 9.7%/yr")


def test_month_precision_dates_are_never_shown_as_the_first_of_the_month():
    corpus = pd.DataFrame({
        "doc_id": ["x"], "event_id": ["2022-12"], "event_date": [pd.Timestamp("2022-12-01")],
        "date_precision": ["month"], "date_source": ["header"], "duplicate_of": [pd.NA],
    })
    assert findings.corpus_overview(corpus)["event_date"].tolist() == ["2022-12"]
    assert findings.dating_table(corpus)["event_date"].tolist() == ["2022-12"]


def test_long_removed_blocks_are_shortened_with_their_length_stated():
    log = pd.DataFrame({"doc_id": ["x"], "line_start": [1], "line_end": [90], "rule": ["related_news"],
                        "reason": ["r"], "text": ["a" * 5000]})
    text = findings.cleaning_log_view(log, max_chars=100)["text"].iloc[0]
    assert text.startswith("a" * 100) and text.endswith("[5,000 characters]") and len(text) < 140


def test_balance_headline_reads_the_ratio_trend_from_the_trade_data():
    import vnkr

    head = findings.balance_headline(vnkr.load_trade(), "KR", "en")
    # KR rows: 2015 exports 9.8 / imports 27.8 = 0.35; 2025: 31.8 / 62.8 = 0.51 -> more balanced
    assert "0.35 → 0.51: more balanced" in head


def test_goal_reasons_are_written_in_the_report_language():
    import vnkr

    st = vnkr.goal_status({"value_busd": 100, "deadline_year": 2023}, {2022: 87.7, 2024: 90.0},
                          as_of_year=2024, reporter="VN")
    assert findings.goal_reason(st, "en") == ("no VN figure for 2023 (deadline year); not substituted "
                                              "from the other reporter or another year")
    assert findings.goal_reason(st, "vi").startswith("không có số liệu VN cho năm 2023 (năm hạn chót)")
    on_track = vnkr.goal_status({"value_busd": 150, "deadline_year": 2030}, {2019: 50.0, 2024: 90.0})
    assert findings.goal_reason(on_track, "en").endswith("(at that pace: reached in 2029)")
    assert findings.goal_reason(on_track, "vi").endswith("(với tốc độ đó: đạt vào năm 2029)")
