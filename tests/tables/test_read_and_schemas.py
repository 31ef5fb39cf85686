"""The table layer on small tables the tests write: line numbers, staged rules, messages that name the
file, the line and the offending value."""

from __future__ import annotations

import unicodedata

import pandas as pd
import pandera.pandas as pa
import pytest
import vnkr
from vnkr.errors import DataError
from vnkr.tables.read import check_rows, filled, read_csv


def write(tmp_path, name, text):
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def data_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("VNKR_DATA_DIR", str(tmp_path))
    return tmp_path


def test_record_lines_count_quoted_line_breaks_and_skip_blank_lines(tmp_path):
    path = write(tmp_path, "t.csv", 'a,b\n1,"two\nlines"\n\n3,x\n4\n')
    frame, problems = read_csv(path, ["a", "b"])
    assert frame[["a", "line"]].values.tolist() == [["1", 2], ["3", 5]]
    assert [(p.line, p.reason) for p in problems] == [(6, "1 fields, expected 2")]


def test_a_missing_column_stops_reading_at_line_1(tmp_path):
    with pytest.raises(DataError, match=r"t\.csv:1: missing column\(s\) b"):
        read_csv(write(tmp_path, "t.csv", "a\n1\n"), ["a", "b"])


def test_text_is_nfc_when_read(tmp_path):
    frame, _ = read_csv(write(tmp_path, "t.csv", "a\n" + unicodedata.normalize("NFD", "Hòa") + "\n"), ["a"])
    assert frame.at[0, "a"] == "Hòa"


def test_a_later_stage_only_sees_rows_that_passed_the_earlier_ones():
    frame = pd.DataFrame({"x": ["", "b", "ok"], "line": [2, 3, 4]})
    stages = [
        pa.DataFrameSchema({"x": pa.Column(str, filled("x"))}),
        pa.DataFrameSchema({"x": pa.Column(str, pa.Check.isin(["ok"], error="x {x!r} is not ok"))}),
    ]
    assert [str(p) for p in check_rows(frame, stages, "t.csv")] == [
        "t.csv:2: missing x",
        "t.csv:3: x 'b' is not ok",
    ]


def test_aliases_map_every_written_form_to_the_standard(data_dir):
    write(
        data_dir,
        "annotations/aliases.csv",
        "alias,standard,lang,source\nChâng Ưi I-ông,Chung Eui-yong,vi,article\nKim Boo Kyum,Kim Boo-kyum,en,article\n",
    )
    assert vnkr.romanise("Châng Ưi I-ông") == "Chung Eui-yong"
    assert vnkr.romanise(unicodedata.normalize("NFD", "châng  ưi i ông")) == "Chung Eui-yong"
    assert vnkr.romanise("kim boo-kyum") == "Kim Boo-kyum"
    assert vnkr.romanise("Bùi Thanh Sơn") == "Bùi Thanh Sơn"


def test_an_alias_mapped_to_two_standards_is_reported_at_its_line(data_dir):
    path = write(
        data_dir,
        "annotations/aliases.csv",
        "alias,standard,lang,source\nKim Bu Kyum,Kim Boo-kyum,vi,a\nkim bu-kyum,Kim Bu-gyeom,vi,b\n,X,vi,c\n",
    )
    rows, problems = vnkr.load_aliases(path, strict=False)
    assert rows["alias"].tolist() == ["Kim Bu Kyum"]
    assert problems[["line", "reason"]].values.tolist() == [
        [3, "alias 'kim bu-kyum' already maps to 'Kim Boo-kyum'"],
        [4, "missing alias"],
    ]


def test_bad_theme_rows_name_the_rule_and_the_value(tmp_path):
    header = "theme,label_en,label_vi,cap_major,patterns,description\n"
    path = write(
        tmp_path,
        "themes.csv",
        header
        + "trade,Trade,Thương mại,18 Foreign Trade,thương mại,d\n"
        + "Trade2,T,T,18 Foreign Trade,x,d\n"
        + "trade,T,T,18 Foreign Trade,x,d\n"
        + "oda,ODA,ODA,Aid,x,d\n"
        + "bad,B,B,1 X,(unclosed|y,d\n"
        + "empty,E,E,1 X,x,\n",
    )
    rows, problems = vnkr.load_themes(path, strict=False)
    assert rows["theme"].tolist() == ["trade"]
    reasons = dict(zip(problems["line"], problems["reason"]))
    assert reasons[3] == "theme code 'Trade2' is not snake_case"
    assert reasons[4] == "duplicate theme 'trade'"
    assert reasons[5].startswith("cap_major 'Aid' should be")
    assert reasons[6].startswith("pattern '(unclosed|y' (") and reasons[6].endswith("is not a valid regex")
    assert reasons[7] == "missing description"


def test_leaders_with_a_bad_date_or_no_start_are_refused(tmp_path):
    path = write(
        tmp_path,
        "leaders.csv",
        "name,name_vi,aliases,country,role,role_vi,term_start,term_end,checked_on,source_url\n"
        "A,A,,VN,r,r,2021-04-05,,2026-01-01,https://x\n"
        "B,B,,VN,r,r,2021-13-01,,2026-01-01,https://x\n"
        "C,C,,VN,r,r,,,2026-01-01,https://x\n",
    )
    with pytest.raises(DataError) as exc:
        vnkr.load_leaders(path)
    assert [str(p).split("/")[-1] for p in exc.value.problems] == [
        "leaders.csv:3: term_start '2021-13-01' is not YYYY-MM-DD",
        "leaders.csv:4: term_start is required",
    ]


def test_external_targets_need_a_number_a_year_and_a_url(tmp_path):
    path = write(
        tmp_path,
        "targets.csv",
        "event_id,event_date,value_busd,deadline_year,metric,evidence,source_url\n"
        "e,2023-12-07,150,2030,two_way_trade,said so,https://x\n"
        "f,2024-07-01,lots,2030,two_way_trade,said so,https://x\n"
        "g,2024-07-01,150,soon,two_way_trade,said so,ftp://x\n",
    )
    with pytest.raises(DataError) as exc:
        vnkr.load_external_targets(path)
    assert [(p.line, p.reason) for p in exc.value.problems] == [
        (3, "value_busd must be a number (got 'lots')"),
        (4, "deadline_year must be a year or blank (got 'soon')"),
        (4, "source_url must be an http(s) URL"),
    ]


def test_manifest_without_a_hash_column_is_refused_at_line_1(tmp_path):
    with pytest.raises(DataError, match=r"sources\.csv:1: missing column\(s\) sha256"):
        vnkr.load_manifest(write(tmp_path, "sources.csv", "doc_id,file,outlet,title,original_name,note\n"))


def test_the_partners_word_list_names_the_file_and_line_of_a_bad_row(tmp_path, monkeypatch):
    from vnkr.tables import lexicon

    (tmp_path / "lexicon").mkdir()
    (tmp_path / "lexicon" / "partners.csv").write_text(
        "kind,word,lang,note\nother_partner,putin,en,ok\nneighbour,merkel,en,bad kind\nkorean_side,(seoul,en,bad regex\n",
        encoding="utf-8",
    )
    monkeypatch.setenv("VNKR_DATA_DIR", str(tmp_path))
    with pytest.raises(DataError) as err:
        lexicon.partner_cue("other_partner")
    text = str(err.value)
    assert "partners.csv:3: kind 'neighbour'" in text and "partners.csv:4: pattern '(seoul'" in text
