"""Meetings, milestones and names, checked against what the articles and the reference pages say."""

from __future__ import annotations

import unicodedata

import pandas as pd
import pytest
import vnkr
from vnkr.errors import DataError
from vnkr.tables import events
from vnkr.tables.sources import read_raw

HEADER = (
    "event_id,event_date,date_precision,kind,title_en,title_vi,vn_leader,vn_role,kr_leader,"
    "kr_role,location,doc_ids,source_note\n"
)


def _raw(doc_id: str) -> str:
    return read_raw(doc_id)


def test_event_ids_are_the_event_date_at_its_precision_and_the_kind():
    ev = vnkr.load_events()
    assert ev["event_id"].tolist() == [
        "2021-06-23-foreign_ministers_talks",
        "2021-07-22-phone_call",
        "2022-12-state_visit",
        "2025-08-11-state_visit",
    ]
    assert ev.set_index("event_id").loc["2022-12-state_visit", "date_precision"] == "month"
    assert ev["event_date"].is_monotonic_increasing


def test_relationship_level_follows_the_december_2022_upgrade():
    level = vnkr.load_events().set_index("event_id")["relationship_level"]
    # 000/001 speak of "Đối tác hợp tác chiến lược"; 003 and 004 of "Đối tác chiến lược toàn diện"
    assert (
        level["2021-06-23-foreign_ministers_talks"]
        == level["2021-07-22-phone_call"]
        == "strategic_cooperative_partnership"
    )
    assert (
        level["2022-12-state_visit"]
        == level["2025-08-11-state_visit"]
        == "comprehensive_strategic_partnership"
    )


def test_a_meeting_known_only_by_month_counts_under_the_upgrade_of_that_month():
    ms = vnkr.load_milestones()
    assert (
        events.relationship_level_on(pd.Timestamp("2022-12-01"), "month", ms)
        == "comprehensive_strategic_partnership"
    )
    assert (
        events.relationship_level_on(pd.Timestamp("2022-12-04"), "day", ms)
        == "strategic_cooperative_partnership"
    )
    assert (
        events.relationship_level_on(pd.Timestamp("2009-10-15"), "day", ms)
        == "strategic_cooperative_partnership"
    )
    assert events.relationship_level_on(pd.Timestamp("2000-01-01"), "day", ms) == "diplomatic_relations"


def test_every_article_belongs_to_exactly_one_meeting():
    ids = [d for cell in vnkr.load_events()["doc_ids"] for d in cell.split("|")]
    assert sorted(ids) == sorted(vnkr.load_manifest()["doc_id"])
    assert len(ids) == len(set(ids))


def test_the_two_reports_of_the_phone_call_share_one_event():
    docs = vnkr.load_events().set_index("event_id").loc["2021-07-22-phone_call", "doc_ids"].split("|")
    assert docs == ["000_3492e25c39790a76", "002_76f4f8da9f1d6ff3"]
    for doc in docs:  # both name the same Korean prime minister
        assert "Kim Boo Kyum" in _raw(doc)


def test_leaders_match_the_articles():
    ev = vnkr.load_events().set_index("event_id")
    assert (
        "Bùi Thanh Sơn" in _raw("001_22eb234d55eac9d6")
        and ev.loc["2021-06-23-foreign_ministers_talks", "vn_leader"] == "Bùi Thanh Sơn"
    )
    assert (
        "Phạm Minh Chính" in _raw("000_3492e25c39790a76")
        and ev.loc["2021-07-22-phone_call", "vn_leader"] == "Phạm Minh Chính"
    )
    assert (
        "Tô Lâm" in _raw("004_58d80bc31d33530a") and ev.loc["2025-08-11-state_visit", "vn_leader"] == "Tô Lâm"
    )
    assert ev.loc["2021-06-23-foreign_ministers_talks", "kr_leader"] == "Chung Eui-yong"
    assert ev.loc["2025-08-11-state_visit", "kr_leader"] == "Lee Jae-myung"


def test_vietnamese_transliteration_maps_to_standard_romanisation():
    assert vnkr.romanise("Châng Ưi I-ông") == "Chung Eui-yong"
    assert vnkr.romanise(unicodedata.normalize("NFD", "Châng Ưi I-ông")) == "Chung Eui-yong"
    assert vnkr.romanise("Chung Eui Yong") == "Chung Eui-yong"
    assert vnkr.romanise("kim boo kyum") == "Kim Boo-kyum"
    assert vnkr.romanise("Lee Jae Myung") == "Lee Jae-myung"
    assert vnkr.romanise("Bùi Thanh Sơn") == "Bùi Thanh Sơn"  # not an alias: unchanged


def test_aliases_taken_from_an_article_occur_in_it():
    aliases = vnkr.load_aliases()
    from_corpus = aliases[aliases["source"].str.match(r"\d{3}_")]
    assert len(from_corpus) == 4
    for row in from_corpus.itertuples(index=False):
        doc = row.source.split()[0].split("|")[0]
        assert row.alias in _raw(doc), (row.alias, doc)


def test_timeline_puts_milestones_and_meetings_on_one_axis_in_date_order():
    tl = vnkr.load_timeline()
    assert tl["event_date"].is_monotonic_increasing
    first = tl.iloc[0]
    assert (first["event_date"], first["kind"]) == (pd.Timestamp("1992-12-22"), "milestone")
    ms = tl[tl["kind"].eq("milestone")]
    assert ms["source_url"].str.startswith("https://").all()
    meetings = tl[tl["kind"].ne("milestone")]
    assert len(meetings) == 4 and meetings["source"].str.contains(r"raw/[^;]+\.txt").all()
    # the upgrade came during the December 2022 visit, i.e. after it in the timeline order
    order = tl["event_id"].tolist()
    assert (
        order.index("2022-12-state_visit")
        < order.index("ms-2022-12-05")
        < order.index("2025-08-11-state_visit")
    )


def test_bad_event_rows_are_reported_with_file_line_and_reason(tmp_path):
    good = (
        "2021-06-23-foreign_ministers_talks,2021-06-23,day,foreign_ministers_talks,t,t,Bùi Thanh Sơn,FM,Chung Eui-yong,FM,"
        "Hanoi,001_22eb234d55eac9d6,note\n"
    )
    csv = tmp_path / "events.csv"
    csv.write_text(
        HEADER
        + good
        + "2021-07-22-phone_call,2021-07-22,day,phone_call,t,t,a,b,c,d,e,999_nope,\n"
        + "2021-13-40-phone_call,2021-13-40,day,phone_call,t,t,a,b,c,d,e,000_3492e25c39790a76,\n"
        + "2025-08-11-state_visit,2025-08-11,day,state_visit,t,t,,b,c,d,e,004_58d80bc31d33530a,\n"
        + "2022-12-state_visit,2022-12,month,state_visit,t,t,a,b,Lee Jae Myung,d,e,003_ba68e139ffdce7a3,\n",
        encoding="utf-8",
    )
    rows, problems = vnkr.load_events(csv, strict=False)
    assert rows["event_id"].tolist() == ["2021-06-23-foreign_ministers_talks"]
    reasons = dict(zip(problems["line"], problems["reason"]))
    assert "unknown doc_id '999_nope'" in reasons[3]
    assert "bad event_date" in reasons[4]
    assert reasons[5] == "missing vn_leader"
    assert "standard form 'Lee Jae-myung'" in reasons[6]
    with pytest.raises(DataError, match=r"events\.csv:3: unknown doc_id"):
        vnkr.load_events(csv)


def test_validate_summarises_in_one_line():
    summary = events.validate()
    assert summary == "events: 4 meetings, 5 milestones, 5 name aliases, 0 problems"
