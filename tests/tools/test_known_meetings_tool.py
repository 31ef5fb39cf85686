"""tools/known_meetings.py: people from the leaders table, one row per meeting, held-out rounds left out."""

from __future__ import annotations

import known_meetings
import pytest
from vnkr.tables.meetings import load_known_meetings

HEADER = "source_id,url,outlet,language,meeting_date,meeting,categories\n"


def test_the_calendar_keeps_known_people_and_leaves_out_the_held_out_round(tmp_path):
    sources = tmp_path / "SOURCES.csv"
    sources.write_text(
        HEADER
        + "S01,https://a.example/1,A,en,2025-08-11,To Lam–Lee Jae-myung summit talks,x\n"
        + "S02,https://a.example/2,B,vi,2025-08-11,Lee Jae-myung and To Lam talks (same meeting),x\n"
        + "S03,https://a.example/3,C,en,2024-02-01,Ambassador Nobody meets a governor,x\n"
        + "S04,https://a.example/4,D,en,,Pham Minh Chinh talks (no date),x\n"
        + "F9VA01,https://a.example/5,E,vi,2023-06-22,Pham Minh Chinh receives Yoon Suk Yeol,x\n"
        + "F9VA02,https://a.example/6,E,vi,2023-06-23,Pham Minh Chinh and Yoon Suk Yeol (read; no case),x\n",
        encoding="utf-8",
    )
    frozen = tmp_path / "frozen.yaml"
    frozen.write_text("- id: fz9-vi-01\n  sources: [F9VA01]\n", encoding="utf-8")
    out = tmp_path / "known_meetings.csv"
    assert known_meetings.main(sources, frozen, out, reports=tmp_path / "no_reports.csv") == 0
    df = load_known_meetings(out)
    assert df["people"].tolist() == [frozenset({"To Lam", "Lee Jae Myung"})]
    assert df["source_url"].tolist() == ["https://a.example/1"]


REPORTS_HEADER = "url,outlet,language,meeting_date,meeting\n"


def _files(tmp_path, sources: str, frozen: str, reports: str):
    """SOURCES.csv, frozen.yaml and meeting_reports.csv of a test, with the given rows."""
    paths = [tmp_path / "SOURCES.csv", tmp_path / "frozen.yaml", tmp_path / "meeting_reports.csv"]
    for path, body in zip(paths, (HEADER + sources, frozen, REPORTS_HEADER + reports)):
        path.write_text(body, encoding="utf-8")
    return paths


def test_reports_read_only_for_the_calendar_join_it_unless_a_held_out_case_is_about_their_meeting(tmp_path):
    sources, frozen, reports = _files(
        tmp_path,
        "F9VA01,https://a.example/5,E,vi,2023-06-22,Pham Minh Chinh receives Yoon Suk Yeol,x\n",
        "- id: fz9-vi-01\n  sources: [F9VA01]\n",
        "https://b.example/1,B,vi,2023-06-23,PM Pham Minh Chinh meets President Yoon Suk Yeol (second report)\n"
        "https://b.example/2,B,en,2024-06-30,PM Pham Minh Chinh receives Samsung chairman Lee Jae-yong\n"
        "https://b.example/3,C,en,2022-08-16,Minister Nguyen Hong Dien meets Minister Ahn Duk-geun\n",
    )
    out = tmp_path / "known_meetings.csv"
    assert known_meetings.main(sources, frozen, out, reports) == 0
    df = load_known_meetings(out)
    assert df["source_url"].tolist() == ["https://b.example/3", "https://b.example/2"]
    assert df["people"].tolist() == [
        frozenset({"Nguyen Hong Dien", "Ahn Duk-geun"}),
        frozenset({"Pham Minh Chinh"}),
    ]


def test_a_report_row_without_a_full_date_is_an_error_naming_its_line(tmp_path):
    sources, frozen, reports = _files(
        tmp_path,
        "",
        "[]\n",
        "https://b.example/2,B,en,2024-06-30,PM Pham Minh Chinh receives Samsung chairman Lee Jae-yong\n"
        "https://b.example/3,C,en,2022-08,Minister Nguyen Hong Dien meets Minister Ahn Duk-geun\n",
    )
    with pytest.raises(SystemExit, match=r"meeting_reports\.csv:3: meeting_date '2022-08'"):
        known_meetings.main(sources, frozen, tmp_path / "out.csv", reports)
    assert not (tmp_path / "out.csv").exists()


def test_a_report_without_an_address_is_left_out_and_a_good_calendar_is_never_overwritten(tmp_path):
    sources, frozen, reports = _files(
        tmp_path,
        "S01,https://a.example/1,A,en,2025-08-11,To Lam–Lee Jae-myung summit talks,x\n"
        "S02,(URL not returned by the search tool),B,vi,2024-06-30,Pham Minh Chinh receives Lee Jae-yong,x\n",
        "[]\n",
        "",
    )
    out = tmp_path / "known_meetings.csv"
    assert known_meetings.main(sources, frozen, out, reports) == 0
    assert load_known_meetings(out)["source_url"].tolist() == ["https://a.example/1"]
    good = out.read_bytes()
    from vnkr.errors import DataError
    from vnkr.tables.meetings import write_known_meetings

    with pytest.raises(DataError, match="is not a URL"):
        write_known_meetings([["2024-06-30", "Pham Minh Chinh", "a meeting", "(no address)"]], out)
    assert out.read_bytes() == good
