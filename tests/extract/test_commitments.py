"""Themes, the extractor, the curated record and the comparison, checked against the articles' text."""
from __future__ import annotations

import re
import unicodedata

import pandas as pd
import pytest

import vnkr
from vnkr import paths
from vnkr.extract import agreements, commitments, evaluate
from vnkr.extract.themes import match_themes
from vnkr.tables import commitments as record
from vnkr.tables.themes import split_patterns
from vnkr.errors import DataError

DOC_2025 = "004_58d80bc31d33530a"
DOC_CALL = "000_3492e25c39790a76"
DOC_FM = "001_22eb234d55eac9d6"
REQUIRED_THEMES = {
    "political_trust", "trade", "investment", "oda", "labour", "citizens_community", "health_covid",
    "defence_security", "maritime_south_china_sea", "non_traditional_security", "multilateral",
    "science_technology", "semiconductors_ai", "energy", "infrastructure", "climate_environment",
    "finance", "culture_education_people", "agriculture_fisheries",
}


def _raw(doc_id: str) -> str:
    return unicodedata.normalize("NFC", (paths.raw_dir() / f"{doc_id}.txt").read_text(encoding="utf-8"))


def _clean(doc_id: str) -> str:
    return vnkr.clean_text(_raw(doc_id))[0]


@pytest.fixture(scope="module")
def curated():
    return vnkr.load_commitments()


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


def test_change_vs_earlier_meetings_is_derived_in_checkable_terms(curated):
    change = pd.Series(vnkr.commitment_changes(curated), index=curated.index)
    first = change[curated["event_id"].eq("2021-06-23") & curated["kind"].eq("commitment")]
    assert set(first) == {"new_theme"}
    signed = change[curated["kind"].eq("agreement_signed")]
    assert set(signed) == {"new_instrument"}
    requests = change[curated["kind"].eq("request")]
    assert "new_instrument" not in set(requests)  # a one-sided request states no target
    finance = change[curated["themes"].eq("finance") & curated["kind"].eq("commitment")]
    assert set(finance) <= {"new_theme"}


def test_bad_annotation_rows_are_reported_with_their_line_numbers(tmp_path):
    good = f'2025-08-11,{DOC_2025},"chất bán dẫn, trí tuệ nhân tạo",semiconductors_ai,commitment,chips and AI\n'
    csv = tmp_path / "commitments.csv"
    csv.write_text(
        "event_id,doc_id,quote,themes,kind,gloss_en\n" + good
        + f"2025-08-11,{DOC_2025},not in the article,trade,commitment,x\n"
        + f"2025-08-11,{DOC_2025},chất bán dẫn,chips,commitment,x\n"
        + f"2030-01-01,{DOC_2025},chất bán dẫn,trade,commitment,x\n"
        + f"2021-06-23,{DOC_2025},chất bán dẫn,trade,commitment,x\n"
        + f"2025-08-11,{DOC_2025},chất bán dẫn,trade,promise,\n",
        encoding="utf-8")
    rows, problems = vnkr.load_commitments(csv, strict=False)
    assert len(rows) == 1 and rows.iloc[0]["quote"] == "chất bán dẫn, trí tuệ nhân tạo"
    by_line = problems.groupby("line")["reason"].apply(" / ".join).to_dict()
    assert "quote not found verbatim" in by_line[3]
    assert "unknown theme code(s) chips" in by_line[4]
    assert "unknown event_id '2030-01-01'" in by_line[5]
    assert "belongs to event '2025-08-11', not '2021-06-23'" in by_line[6]
    assert by_line[7] == "missing gloss_en"
    assert set(problems["file"].str.endswith("commitments.csv")) == {True}
    with pytest.raises(DataError, match=r"commitments\.csv:3: quote not found"):
        vnkr.load_commitments(csv)


# ---------------------------------------------------------------- extractor
def test_extractor_finds_the_ten_documents_signed_in_2025():
    text = _clean(DOC_2025)
    found = vnkr.extract_commitments(text, doc_id=DOC_2025, event_id="2025-08-11")
    signed = found[found["kind"].eq("agreement_signed")]
    listed = [line[2:].rstrip(" .") for line in _raw(DOC_2025).splitlines() if line.startswith("- ")]
    assert len(listed) == 10
    assert signed["quote"].tolist() == listed


def test_extractor_finds_the_six_numbered_measures_of_the_call():
    text = _clean(DOC_CALL)
    found = vnkr.extract_commitments(text)
    starts = {m.end() for m in re.finditer(r"Thứ (?:nhất|hai|ba|tư|năm|sáu), ", text)}
    items = found[found["start"].isin(starts)]
    assert len(items) == 6
    assert items.iloc[0]["quote"].startswith("sớm hoàn thành mục tiêu nâng kim ngạch")
    assert items.iloc[-1]["quote"] == "thúc đẩy một số dự án cụ thể trong lĩnh vực an ninh quốc phòng"


def test_extracted_spans_point_at_their_quotes_in_the_cleaned_text():
    for path in sorted(paths.raw_dir().glob("*.txt")):
        clean = _clean(path.stem)
        found = vnkr.extract_commitments(clean, doc_id=path.stem)
        assert len(found) > 0, path.stem
        for row in found.itertuples(index=False):
            assert clean[row.start:row.end] == row.quote


def test_raw_input_is_cleaned_first_and_spans_index_the_cleaned_text():
    raw, clean = _raw(DOC_FM), _clean(DOC_FM)
    found = vnkr.extract_commitments(raw)
    assert len(found) > 0
    for row in found.itertuples(index=False):
        assert clean[row.start:row.end] == row.quote


def test_nfd_input_gives_the_same_extraction_as_nfc():
    text = _raw(DOC_2025)
    nfc = vnkr.extract_commitments(text)
    nfd = vnkr.extract_commitments(unicodedata.normalize("NFD", text))
    pd.testing.assert_frame_equal(nfc, nfd)


def test_a_weekday_in_a_byline_is_not_an_enumeration():
    text = "Thứ tư, 23/06/2021 19:45\nThứ hai, ngày nào đó hợp tác thương mại."
    assert vnkr.extract_commitments(text).empty


def test_clauses_of_an_agreement_sentence_are_split_at_semicolons():
    found = vnkr.extract_commitments("Hai bên nhất trí tăng cường hợp tác đầu tư; mở rộng thương mại; "
                                     "hợp tác lao động.")
    assert found["quote"].tolist() == ["tăng cường hợp tác đầu tư", "mở rộng thương mại", "hợp tác lao động"]
    assert found["themes"].tolist() == ["investment", "trade", "labour"]
    assert set(found["kind"]) == {"commitment"}


def test_a_list_introduced_by_nhu_continues_over_the_next_sentences():
    text = ("Hai bên nhất trí một số biện pháp cụ thể như mở rộng thương mại. Khuyến khích đầu tư. "
            "Hợp tác lao động.\nBáo chí đưa tin về đầu tư.")
    found = vnkr.extract_commitments(text)
    assert found["quote"].tolist() == ["mở rộng thương mại", "Khuyến khích đầu tư", "Hợp tác lao động"]


def test_de_nghi_marks_a_request():
    found = vnkr.extract_commitments("Thủ tướng đề nghị Hàn Quốc hỗ trợ Việt Nam tiếp cận vaccine.")
    assert found[["quote", "kind", "themes"]].values.tolist() == [
        ["Hàn Quốc hỗ trợ Việt Nam tiếp cận vaccine", "request", "health_covid"]]


def test_a_clause_without_any_theme_is_not_a_commitment():
    assert vnkr.extract_commitments("Hai bên đã thống nhất nhiều nội dung quan trọng.").empty


def test_a_caption_repeating_the_body_is_kept_once():
    found = vnkr.extract_commitments(_clean(DOC_FM))
    mou = found[found["kind"].eq("agreement_signed")]
    assert mou["quote"].tolist() == [
        "Bản ghi nhớ về Chương trình ứng phó COVID-19 giữa Viện vệ sinh dịch tễ trung ương "
        "và Cơ quan hợp tác quốc tế Hàn Quốc"]


# ---------------------------------------------------------------- agreements
def test_signatories_keep_names_that_contain_va():
    assert agreements.parties("Bản ghi nhớ giữa Bộ Giáo dục và Đào tạo Việt Nam và Bộ Giáo dục Hàn Quốc "
                               "về hợp tác giáo dục") == ["Bộ Giáo dục và Đào tạo Việt Nam", "Bộ Giáo dục Hàn Quốc"]


def test_agreements_are_ten_in_2025_and_the_covid_mou_in_2021():
    agreements = vnkr.load_agreements()
    assert agreements.groupby("event_id").size().to_dict() == {"2021-06-23": 1, "2025-08-11": 10}
    covid = agreements[agreements["event_id"].eq("2021-06-23")].iloc[0]
    assert covid["parties"] == "Viện vệ sinh dịch tễ trung ương|Cơ quan hợp tác quốc tế Hàn Quốc"
    assert "health_covid" in covid["themes"].split("|")
    assert agreements["parties"].str.count(r"\|").eq(1).all()  # every document names two parties


# ---------------------------------------------------------------- comparison
@pytest.mark.parametrize("source", ["curated", "extracted"])
def test_covid_cooperation_appears_only_in_2021(source):
    c = vnkr.compare_commitments(themes=["health_covid"], source=source)
    present = c[c["n_commitments"] > 0]
    assert set(present["event_date"].dt.year) == {2021}
    # one silent article is never "dropped": with 3 same-level meetings required, these are not reported
    assert c["status"].tolist() == ["first_reported", "reported_again", "not_reported", "not_reported"]


@pytest.mark.parametrize("source", ["curated", "extracted"])
def test_semiconductors_and_ai_first_appear_in_2025(source):
    c = vnkr.compare_commitments(themes=["semiconductors_ai"], source=source)
    assert c["status"].tolist() == ["not_reported", "not_reported", "not_reported", "first_reported"]
    assert c["event_id"].tolist() == ["2021-06-23", "2021-07-22", "2022-12", "2025-08-11"]


@pytest.mark.parametrize("source", ["curated", "extracted"])
def test_trade_appears_at_every_meeting(source):
    c = vnkr.compare_commitments(themes=["trade"], source=source)
    assert (c["n_commitments"] > 0).all() and len(c) == 4
    assert c["status"].tolist() == ["first_reported"] + ["reported_again"] * 3


def test_status_rules_on_a_hand_made_record():
    records = pd.DataFrame({"event_id": ["2021-06-23", "2022-12"], "themes": ["oda", "oda|finance"]})
    c = vnkr.compare_commitments(records=records)
    m = vnkr.comparison_matrix(c)
    assert m.loc["oda"].tolist() == ["first_reported", "not_reported", "reported_again", "not_reported"]
    assert m.loc["finance"].tolist() == ["not_reported", "not_reported", "first_reported", "not_reported"]
    assert set(m.index) == {"oda", "finance"}  # themes never present are left out unless asked for
    asked = vnkr.compare_commitments(themes=["energy"], records=records)
    assert set(asked["status"]) == {"not_reported"}


def test_year_window_keeps_the_history_of_earlier_meetings():
    c = vnkr.compare_commitments(themes=["trade"], start_year=2022)
    assert c["event_id"].tolist() == ["2022-12", "2025-08-11"]
    assert c["status"].tolist() == ["reported_again", "reported_again"]  # trade was already there in 2021


def test_unknown_theme_in_the_comparison_is_an_error():
    with pytest.raises(ValueError, match="unknown theme code"):
        vnkr.compare_commitments(themes=["tourism_only"])


# ---------------------------------------------------------------- evaluation
def test_evaluation_meets_the_theme_f1_target():
    result = vnkr.evaluate_extraction()
    for level in ("themes", "spans", "spans_kind_themes", "themes_duplicate_reports"):
        s = result[level]
        assert 0 <= s["precision"] <= 1 and 0 <= s["recall"] <= 1
        assert s["tp"] + s["fn"] > 0
    assert result["themes"]["f1"] >= 0.9  # the target
    assert result["unlocated"] == 0  # cleaning keeps every curated quote


def test_span_match_needs_half_of_the_longer_span():
    assert evaluate._match_spans([(0, 10)], [(5, 15)]) == [(0, 0)]
    assert evaluate._match_spans([(0, 10)], [(6, 30)]) == []


def test_evaluate_command_prints_precision_recall_and_f1(capsys):
    assert evaluate.cli([]) == 0
    out = capsys.readouterr().out
    assert "precision" in out and "recall" in out and "F1" in out
    assert re.search(r"^themes\s+\d\.\d{3}\s+\d\.\d{3}\s+\d\.\d{3}", out, re.M)


def test_validate_summarises_in_one_line():
    summary = record.validate()
    assert summary.startswith("commitments: ") and summary.endswith("0 problems")
    assert "over 4 events" in summary and "\n" not in summary


def test_corpus_extraction_is_the_per_article_extractions_concatenated():
    corpus = vnkr.load_corpus()
    per_article = pd.concat([vnkr.extract_commitments(r.text, doc_id=r.doc_id, event_id=r.event_id)
                             for r in corpus.itertuples(index=False)], ignore_index=True)
    together = commitments.extract_commitments_corpus(corpus)
    assert len(together) > 0 and together["doc_id"].nunique() > 1  # more than one article contributes
    pd.testing.assert_frame_equal(together, per_article)
