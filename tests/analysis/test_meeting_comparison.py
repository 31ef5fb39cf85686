"""The comparison tells what the record shows: statuses, levels, coverage, changes, target history and the
balance verdict, each on a small generated corpus (benchmarks/corpus_gen.py) or a hand-made table."""

from __future__ import annotations

from datetime import date

import matplotlib.pyplot as plt
import pandas as pd
import pytest
import vnkr
from corpus_gen import REQUEST, TARGET_2021, TARGET_2023, TARGET_2030, Meeting, sixty_meetings, write_corpus
from vnkr.errors import DataError
from vnkr.report import plots, trade_findings


@pytest.fixture
def corpus_of(tmp_path, monkeypatch):
    """Write a generated data folder for the given meetings and point every loader at it."""

    def make(meetings):
        root = write_corpus(tmp_path / "data", meetings)
        monkeypatch.setenv("VNKR_DATA_DIR", str(root))
        return root

    return make


def _status(theme: str, **kw) -> list[str]:
    c = vnkr.compare_commitments(themes=[theme], **kw)
    return c["status"].tolist()


def test_a_theme_absent_from_one_short_report_between_two_meetings_is_not_reported_never_dropped(corpus_of):
    corpus_of(
        [
            Meeting(date(2021, 3, 1), themes=["trade", "oda"]),
            Meeting(date(2022, 3, 1), themes=["trade"], genre="excerpt", padding_words=40),
            Meeting(date(2023, 3, 1), themes=["trade", "oda"]),
        ]
    )
    assert _status("oda") == ["first_reported", "not_reported", "reported_again"]
    assert _status("oda", absent_meetings=1) == ["first_reported", "no_longer_reported", "reported_again"]
    labels = vnkr.compare_commitments()["status"]
    assert set(labels) <= {"first_reported", "reported_again", "not_reported", "no_longer_reported"}


def test_no_longer_reported_only_after_n_absent_meetings_of_the_same_level(corpus_of):
    corpus_of(
        [
            Meeting(date(2020, 1, 10), "state_visit", ["trade", "oda"]),
            Meeting(date(2020, 6, 10), "foreign_ministers_talks", ["trade"]),
            Meeting(date(2021, 1, 10), "state_visit", ["trade"]),
            Meeting(date(2021, 6, 10), "foreign_ministers_talks", ["trade"]),
            Meeting(date(2022, 1, 10), "state_visit", ["trade"]),
            Meeting(date(2023, 1, 10), "state_visit", ["trade"]),
        ]
    )
    # summits: oda, -, -, -; the ministerial meetings never reported it, so they cannot "no longer" report it
    assert _status("oda") == [
        "first_reported",
        "not_reported",
        "not_reported",
        "not_reported",
        "not_reported",
        "no_longer_reported",
    ]
    assert _status("oda", absent_meetings=2)[4] == "no_longer_reported"
    with pytest.raises(ValueError, match="at least 1"):
        vnkr.compare_commitments(absent_meetings=0)


def test_level_parameter_compares_like_with_like(corpus_of):
    corpus_of(
        [
            Meeting(date(2020, 1, 10), "state_visit", ["trade", "energy"]),
            Meeting(date(2020, 6, 10), "foreign_ministers_talks", ["trade"]),
            Meeting(date(2021, 6, 10), "joint_committee", ["trade", "energy"]),
        ]
    )
    events = vnkr.load_events()
    assert events["level"].tolist() == ["summit", "ministerial", "ministerial"]
    c = vnkr.compare_commitments(themes=["energy"], level="ministerial")
    assert c["event_id"].tolist() == ["2020-06-10-foreign_ministers_talks", "2021-06-10-joint_committee"]
    assert c["status"].tolist() == ["not_reported", "first_reported"]  # first at this level
    with pytest.raises(ValueError, match="unknown level 'summitt'"):
        vnkr.compare_commitments(level="summitt")


def test_by_year_view_aggregates_every_meeting_of_a_year(corpus_of):
    corpus_of(
        [
            Meeting(date(2020, 1, 10), themes=["trade"]),
            Meeting(date(2020, 6, 10), "foreign_ministers_talks", ["energy"]),
            Meeting(date(2021, 6, 10), themes=["trade"]),
        ]
    )
    y = vnkr.compare_by_year(vnkr.compare_commitments()).set_index(["theme", "year"])
    assert y.loc[("trade", 2020), ["n_meetings", "n_meetings_reporting", "status"]].tolist() == [
        2,
        1,
        "first_reported",
    ]
    assert y.loc[("energy", 2021), "status"] == "not_reported"
    assert y.loc[("trade", 2021), "status"] == "reported_again"


def test_coverage_counts_sources_and_words_and_derives_a_blank_genre(corpus_of):
    corpus_of(
        [
            Meeting(date(2020, 1, 10), themes=["trade"], sources=2, genre="news_report", padding_words=500),
            Meeting(date(2021, 1, 10), themes=["trade"], genre="", padding_words=30),
            Meeting(date(2022, 1, 10), themes=["trade"], genre="", padding_words=600),
        ]
    )
    cov = vnkr.meeting_coverage(vnkr.load_corpus(), vnkr.load_manifest())
    cov.index = cov["event_id"].str[:10]
    assert cov.loc["2020-01-10", "n_sources"] == 2 and cov.loc["2020-01-10", "n_words"] > 1000
    assert cov.loc["2021-01-10", "genre"] == "excerpt"  # blank and under 300 words
    assert cov.loc["2022-01-10", "genre"] == "news_report"


def test_manifest_refuses_an_unknown_genre_naming_file_and_line(corpus_of):
    root = corpus_of([Meeting(date(2020, 1, 10), genre="press_kit")])
    with pytest.raises(DataError, match=r"sources\.csv:2: genre 'press_kit' is not one of"):
        vnkr.load_manifest(root / "sources.csv")


def test_a_meeting_no_kind_or_office_places_is_a_problem_with_its_line(corpus_of, tmp_path):
    root = corpus_of([Meeting(date(2020, 1, 10), "phone_call"), Meeting(date(2021, 1, 10))])
    assert vnkr.load_events()["level"].tolist() == ["head_of_government", "summit"]  # PM by leaders.csv
    text = (root / "events.csv").read_text(encoding="utf-8").replace("Nguyễn Xuân Phúc", "Nobody Known")
    (root / "events.csv").write_text(text, encoding="utf-8")
    rows, problems = vnkr.load_events(strict=False)
    assert rows["event_id"].tolist() == ["2021-01-10-state_visit"]
    assert (
        problems["line"].tolist() == [2] and "cannot derive the meeting level" in problems["reason"].iloc[0]
    )


def test_target_history_shows_the_deadline_moving_and_leaves_requests_out(corpus_of):
    corpus_of(
        [
            Meeting(date(2021, 6, 23), extra=[REQUEST]),
            Meeting(date(2021, 7, 22), extra=[TARGET_2021]),
            Meeting(date(2022, 12, 5), extra=[TARGET_2023, TARGET_2030]),
        ]
    )
    corpus = vnkr.load_corpus()
    history = vnkr.target_history(vnkr.extract_targets_corpus(corpus), corpus)
    rows = [
        (r.event_id[:10], r.value_busd, None if pd.isna(r.deadline_year) else int(r.deadline_year))
        for r in history.itertuples()
    ]
    assert rows == [("2021-07-22", 100.0, None), ("2022-12-05", 100.0, 2023), ("2022-12-05", 150.0, 2030)]
    assert len(history.attrs["requests"]) == 1 and "đề nghị" in history.attrs["requests"][0]
    goals = vnkr.trade_goal_table("KR")
    assert not goals["event_id"].str.startswith("2021-06-23").any()


def test_change_vs_earlier_meetings_on_the_curated_record_is_in_checkable_terms():
    curated = vnkr.load_commitments()
    change = pd.Series(vnkr.commitment_changes(curated), index=curated.index)
    first = change[curated["event_id"].str.startswith("2021-06-23") & curated["kind"].eq("commitment")]
    assert set(first) == {"new_theme"}
    assert set(change[curated["kind"].eq("agreement_signed")]) == {"new_instrument"}
    assert "new_instrument" not in set(change[curated["kind"].eq("request")])  # a request states no target
    assert set(change) <= {"new_instrument", "new_theme", "same_theme_again"}


def test_a_target_is_a_new_instrument_only_the_first_time_it_is_stated():
    df = pd.DataFrame(
        {
            "event_id": ["a", "b", "c"],
            "event_date": pd.to_datetime(["2021", "2022", "2023"]),
            "themes": ["trade", "trade", "trade"],
            "kind": ["commitment"] * 3,
            "quote": [
                "nâng kim ngạch thương mại lên 100 tỷ USD vào năm 2023",
                "nâng kim ngạch thương mại lên 100 tỷ USD vào năm 2023",
                "nâng kim ngạch thương mại lên 150 tỷ USD vào năm 2030",
            ],
        }
    )
    assert vnkr.commitment_changes(df) == ["new_instrument", "same_theme_again", "new_instrument"]


@pytest.mark.parametrize(
    "exports, imports, verdict",
    [
        ((10.0, 20.0), (30.0, 35.0), "more_balanced"),  # deficit 20 -> 15, ratio 0.33 -> 0.57
        ((10.0, 9.0), (30.0, 35.0), "less_balanced"),  # deficit 20 -> 26, ratio 0.33 -> 0.26
        ((11.4, 31.8), (29.4, 62.8), "mixed"),  # deficit 18 -> 31 while the ratio improves
    ],
)
def test_balance_is_called_more_balanced_only_when_ratio_and_deficit_agree(exports, imports, verdict):
    b = pd.DataFrame({"year": [2016, 2025], "vn_exports_busd": exports, "vn_imports_busd": imports})
    b["balance_busd"] = b["vn_exports_busd"] - b["vn_imports_busd"]
    assert vnkr.balance_change(b)["verdict"] == verdict


def test_sixty_meetings_stay_legible_matrix_by_year_timeline_by_level(corpus_of):
    corpus_of(sixty_meetings())
    events = vnkr.load_events()
    assert len(events) == 60 and set(events["event_date"].dt.year) == set(range(2016, 2026))
    c = vnkr.compare_commitments(start_year=2016)
    assert "no_longer_reported" in set(c["status"])  # covid after 2022, at every level
    fig = plots.commitment_matrix(c, {}, {}, "en")
    assert len(fig.axes[0].get_xticklabels()) == 10  # one column per year, not 60
    fig2 = plots.timeline(vnkr.load_timeline(), "en", 1992, 2025)
    assert (
        len(fig2.axes[1].texts) <= 6
    )  # milestones only: no per-meeting labels to collide (the table lists them)
    plt.close("all")


def test_goal_table_collapses_to_distinct_targets_past_twelve_statements():

    goals = pd.DataFrame(
        {
            "event_id": [f"e{i:02d}" for i in range(14)],
            "event_date": pd.date_range("2021-01-01", periods=14, freq="MS"),
            "value_busd": [100.0] * 4 + [150.0] * 10,
            "deadline_year": pd.array([pd.NA] * 4 + [2030] * 10, dtype="Int64"),
            "status": ["open"] * 4 + ["off_track"] * 10,
        }
    )
    out = trade_findings.distinct_goals(goals)
    assert out["event_id"].tolist() == ["e00 … e03 (4)", "e04 … e13 (10)"]
    assert trade_findings.distinct_goals(goals.head(3)).equals(goals.head(3))
