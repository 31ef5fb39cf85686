"""``data/annotations/known_meetings.csv``: the loader's checks, and the shipped file's invariants."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest
from conftest import REPO_DATA
from vnkr.errors import DataError
from vnkr.tables.leaders import load_leaders
from vnkr.tables.meetings import load_known_meetings, meetings_near

HEADER = "meeting_date,people,title,source_url\n"


def test_rows_are_read_with_dates_and_people(tmp_path):
    path = tmp_path / "m.csv"
    path.write_text(HEADER + "2025-08-11,To Lam|Lee Jae-myung,Summit,https://a.example/x\n", encoding="utf-8")
    df = load_known_meetings(path)
    assert df["meeting_date"].tolist() == [dt.date(2025, 8, 11)]
    assert df["people"].tolist() == [frozenset({"To Lam", "Lee Jae-myung"})]


def test_a_missing_file_is_no_meetings(tmp_path):
    assert load_known_meetings(tmp_path / "none.csv").empty


@pytest.mark.parametrize(
    "row, reason",
    [
        ("2025-13-01,To Lam,x,https://a.example/x", "meeting_date '2025-13-01' is not YYYY-MM-DD"),
        ("2025-08-11,,x,https://a.example/x", "missing people"),
        ("2025-08-11,To Lam,x,not a url", "source_url 'not a url' is not a URL"),
        (
            "2025-08-11,Nobody Known,x,https://a.example/x",
            "people 'Nobody Known' not in data/annotations/leaders.csv",
        ),
    ],
)
def test_a_bad_row_is_named_by_file_and_line(tmp_path, row, reason):
    path = tmp_path / "m.csv"
    path.write_text(HEADER + "2024-01-02,To Lam,ok,https://a.example/ok\n" + row + "\n", encoding="utf-8")
    with pytest.raises(DataError) as exc:
        load_known_meetings(path, known_people={"To Lam"})
    assert f"m.csv:3: {reason}" in str(exc.value)


def test_meetings_near_need_two_of_the_people_named_when_two_are_named():
    meetings = [(dt.date(2025, 8, 11), frozenset({"A", "B"}), "t", "u")]
    assert meetings_near(dt.date(2025, 8, 12), {"A", "B", "C"}, meetings)
    assert not meetings_near(dt.date(2025, 8, 12), {"A", "C"}, meetings)
    assert meetings_near(dt.date(2025, 8, 14), {"A"}, meetings)
    assert not meetings_near(dt.date(2025, 8, 15), {"A"}, meetings)


def test_shipped_known_meetings_name_people_of_the_leaders_table_in_office_that_day():
    """In office, or elected and awaiting the term (a president-elect's calls)."""
    leaders = load_leaders(REPO_DATA / "annotations" / "leaders.csv")
    df = load_known_meetings(REPO_DATA / "annotations" / "known_meetings.csv", set(leaders["name"]))
    for row in df.itertuples():
        for person in row.people:
            terms = leaders[leaders["name"] == person]
            assert any(
                t.term_start - dt.timedelta(days=183) <= row.meeting_date
                and (pd.isna(t.term_end) or row.meeting_date <= t.term_end)
                for t in terms.itertuples()
            ), (row.line, person)
