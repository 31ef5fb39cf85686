"""The theme taxonomy and the curated record of commitments, checked against the articles' text."""

from __future__ import annotations

import re
import unicodedata

import pandas as pd
import pytest
import vnkr
from seeds import DOC_2025, DOC_CALL, REQUIRED_THEMES
from seeds import raw as _raw
from vnkr import paths
from vnkr.errors import DataError
from vnkr.extract.themes import match_themes
from vnkr.tables import commitments as record
from vnkr.tables.themes import split_patterns


# ---------------------------------------------------------------- taxonomy
def test_taxonomy_has_every_required_theme_with_a_cap_topic():
    themes = vnkr.load_themes()
    assert REQUIRED_THEMES <= set(themes["theme"])
    assert themes["cap_major"].str.match(r"\d{1,2} [A-Z]").all()


def test_theme_patterns_split_only_at_top_level_bars():
    assert split_patterns("a|b (?:c|d)|e") == ["a", "b (?:c|d)", "e"]


def test_theme_matching_ignores_tone_mark_placement_and_case():
    # old placement "thuỷ", "hoá" and capitals must match the taxonomy's "thủy", "hóa"
    assert "agriculture_fisheries" in match_themes("hợp tác THUỶ SẢN")
    assert "culture_education_people" in match_themes("giao lưu văn hoá")


def test_high_tech_crime_is_not_science_cooperation():
    assert match_themes("phòng chống tội phạm công nghệ cao") == "non_traditional_security"


# ---------------------------------------------------------------- curated record
def test_every_curated_quote_occurs_verbatim_in_its_raw_article():
    table = pd.read_csv(paths.annotations_dir() / "commitments.csv", dtype=str, keep_default_na=False)
    for row in table.itertuples(index=False):
        assert unicodedata.normalize("NFC", row.quote) in _raw(row.doc_id), row.quote[:60]


def test_every_curated_theme_and_event_exists(curated):
    codes = set(vnkr.load_themes()["theme"])
    assert {t for cell in curated["themes"] for t in cell.split("|")} <= codes
    assert set(curated["event_id"]) == set(vnkr.load_events()["event_id"])


def test_curated_record_has_the_six_numbered_measures_of_the_call(curated):
    call = curated[curated["doc_id"].eq(DOC_CALL)]
    starts = [m.end() for m in re.finditer(r"Thứ (?:nhất|hai|ba|tư|năm|sáu), ", _raw(DOC_CALL))]
    assert len(starts) == 6
    positions = {_raw(DOC_CALL).find(q) for q in call["quote"]}
    assert set(starts) <= positions


def test_bad_annotation_rows_are_reported_with_their_line_numbers(tmp_path):
    good = f'2025-08-11-state_visit,{DOC_2025},"chất bán dẫn, trí tuệ nhân tạo",semiconductors_ai,commitment,chips and AI\n'
    csv = tmp_path / "commitments.csv"
    csv.write_text(
        "event_id,doc_id,quote,themes,kind,gloss_en\n"
        + good
        + f"2025-08-11-state_visit,{DOC_2025},not in the article,trade,commitment,x\n"
        + f"2025-08-11-state_visit,{DOC_2025},chất bán dẫn,chips,commitment,x\n"
        + f"2030-01-01,{DOC_2025},chất bán dẫn,trade,commitment,x\n"
        + f"2021-06-23-foreign_ministers_talks,{DOC_2025},chất bán dẫn,trade,commitment,x\n"
        + f"2025-08-11-state_visit,{DOC_2025},chất bán dẫn,trade,promise,\n",
        encoding="utf-8",
    )
    rows, problems = vnkr.load_commitments(csv, strict=False)
    assert len(rows) == 1 and rows.iloc[0]["quote"] == "chất bán dẫn, trí tuệ nhân tạo"
    by_line = problems.groupby("line")["reason"].apply(" / ".join).to_dict()
    assert "quote not found verbatim" in by_line[3]
    assert "unknown theme code(s) chips" in by_line[4]
    assert "unknown event_id '2030-01-01'" in by_line[5]
    assert "belongs to event '2025-08-11-state_visit', not '2021-06-23-foreign_ministers_talks'" in by_line[6]
    assert by_line[7] == "missing gloss_en"
    assert set(problems["file"].str.endswith("commitments.csv")) == {True}
    with pytest.raises(DataError, match=r"commitments\.csv:3: quote not found"):
        vnkr.load_commitments(csv)


def test_validate_summarises_in_one_line():
    summary = record.validate()
    assert summary.startswith("commitments: ") and summary.endswith("0 problems")
    assert "over 4 events" in summary and "\n" not in summary
