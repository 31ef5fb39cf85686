"""Headlines and reader tables: sentences with numbers are computed, never typed."""

from __future__ import annotations

import pandas as pd
import pytest
from vnkr.report import commitments as cm
from vnkr.report import findings, trade_findings


def _comparison(rows):
    return pd.DataFrame(rows, columns=["theme", "event_id", "event_date", "n_commitments", "status"])


def test_headline_names_themes_at_every_meeting_first_reported_and_no_longer_reported():
    d1, d2, d3 = pd.Timestamp("2021-06-23"), pd.Timestamp("2021-07-22"), pd.Timestamp("2025-08-11")
    comp = _comparison(
        [
            ("trade", "a", d1, 2, "first_reported"),
            ("trade", "b", d2, 1, "reported_again"),
            ("trade", "c", d3, 1, "reported_again"),
            ("health_covid", "a", d1, 1, "first_reported"),
            ("health_covid", "b", d2, 3, "reported_again"),
            ("health_covid", "c", d3, 0, "not_reported"),
            ("semiconductors_ai", "a", d1, 0, "not_reported"),
            ("semiconductors_ai", "b", d2, 0, "not_reported"),
            ("semiconductors_ai", "c", d3, 2, "first_reported"),
        ]
    )
    labels = {
        "trade": "Trade",
        "health_covid": "COVID-19 and vaccines",
        "semiconductors_ai": "Semiconductors and artificial intelligence",
    }
    title = cm.commitments_headline(comp, labels, "en")
    assert title == (
        "At all 3 meetings: Trade. First reported in 2025: Semiconductors and artificial "
        "intelligence. No longer reported (absent from the last 3 meetings of the same level): none"
    )
    assert "dropped" not in title.lower()
    assert cm.commitments_headline(comp, {"trade": "Thương mại"}, "vi").startswith(
        "Có ở cả 3 cuộc gặp: Thương mại"
    )


def test_commitments_title_states_the_years_of_the_data_shown_never_a_fixed_span():
    comp = _comparison(
        [
            ("trade", "a", pd.Timestamp("2018-03-01"), 1, "first_reported"),
            ("trade", "b", pd.Timestamp("2019-09-01"), 1, "reported_again"),
        ]
    )
    assert cm.commitments_title(comp, "en") == "Commitments compared, 2018–2019: 2 meetings"
    assert cm.commitments_title(comp, "vi", level="ministerial").startswith("So sánh cam kết, 2018–2019")
    assert "2021" not in cm.commitments_title(comp, "en", themes=["trade"])


def test_trade_headline_states_each_deadline_target_and_its_fate():
    goals = pd.DataFrame(
        [
            dict(
                event_id="2022-12",
                value_busd=100.0,
                deadline_year=2023,
                latest_year=2023,
                latest_value_busd=79.43,
                reporter="KR",
                required_cagr=float("nan"),
                status="missed",
                reason="",
            ),
            dict(
                event_id="2022-12",
                value_busd=150.0,
                deadline_year=2030,
                latest_year=2025,
                latest_value_busd=94.5,
                reporter="KR",
                required_cagr=0.0968,
                status="off_track",
                reason="",
            ),
            dict(
                event_id="2021-07-22",
                value_busd=100.0,
                deadline_year=pd.NA,
                latest_year=2025,
                latest_value_busd=94.5,
                reporter="KR",
                required_cagr=float("nan"),
                status="open",
                reason="",
            ),
        ]
    )
    assert trade_findings.trade_headline(goals, "en") == (
        "USD 100 bn by 2023: missed — 79.4 (2023, KR); USD 150 bn by 2030: off track — needs 9.7%/yr"
    )


def test_month_precision_dates_are_never_shown_as_the_first_of_the_month():
    corpus = pd.DataFrame(
        {
            "doc_id": ["x"],
            "event_id": ["2022-12"],
            "event_date": [pd.Timestamp("2022-12-01")],
            "date_precision": ["month"],
            "date_source": ["header"],
            "duplicate_of": [pd.NA],
        }
    )
    assert findings.corpus_overview(corpus)["event_date"].tolist() == ["2022-12"]
    assert findings.dating_table(corpus)["event_date"].tolist() == ["2022-12"]


def test_long_removed_blocks_are_shortened_with_their_length_stated():
    log = pd.DataFrame(
        {
            "doc_id": ["x"],
            "line_start": [1],
            "line_end": [90],
            "rule": ["related_news"],
            "reason": ["r"],
            "text": ["a" * 5000],
        }
    )
    text = findings.cleaning_log_view(log, max_chars=100)["text"].iloc[0]
    assert text.startswith("a" * 100) and text.endswith("[5,000 characters]") and len(text) < 140


def test_balance_headline_reports_ratio_and_deficit_and_says_mixed_when_they_disagree():
    import vnkr

    head = trade_findings.balance_headline(vnkr.load_trade(), "KR", "en")
    # KR: 2015 deficit 18.0 bn, ratio 0.35; 2025 deficit 31.0 bn, ratio 0.51: the two measures disagree
    assert "USD 18.0 bn (2015) → 31.0 bn (2025)" in head and "0.35 → 0.51" in head
    assert "mixed" in head and "more balanced" not in head
    vi = trade_findings.balance_headline(vnkr.load_trade(), "KR", "vi")
    assert "trái chiều" in vi and "cân bằng hơn" not in vi


def test_goal_reasons_are_written_in_the_report_language():
    import vnkr

    st = vnkr.goal_status(
        {"value_busd": 100, "deadline_year": 2023}, {2022: 87.7, 2024: 90.0}, as_of_year=2024, reporter="VN"
    )
    assert trade_findings.goal_reason(st, "en") == (
        "no VN figure for 2023 (deadline year); not substituted from the other reporter or another year"
    )
    assert trade_findings.goal_reason(st, "vi").startswith("không có số liệu VN cho năm 2023 (năm hạn chót)")
    on_track = vnkr.goal_status({"value_busd": 150, "deadline_year": 2030}, {2019: 50.0, 2024: 90.0})
    assert trade_findings.goal_reason(on_track, "en").endswith("(at that pace: reached in 2029)")
    assert trade_findings.goal_reason(on_track, "vi").endswith("(với tốc độ đó: đạt vào năm 2029)")


@pytest.mark.parametrize("lang, shown", [("en", "not stated in the sources"), ("vi", "các nguồn không nêu")])
def test_a_meeting_whose_sources_do_not_say_where_shows_so(lang, shown):
    from vnkr.report.labels import t_value

    assert t_value("location", "", lang) == shown
