"""The corpus loader: seeds dated and de-duplicated, manifest checked, bad input reported by name."""

from __future__ import annotations

import hashlib
import shutil
import unicodedata
from pathlib import Path

import pandas as pd
import pytest
from seeds import SEED_DOCS
from vnkr import paths
from vnkr.errors import DataError
from vnkr.ingest import corpus
from vnkr.ingest.duplicates import DUPLICATE_MIN_OVERLAP, find_duplicates
from vnkr.tables.read import read_text
from vnkr.tables.sources import load_manifest

SEED_000 = "000_3492e25c39790a76"
SEED_001 = "001_22eb234d55eac9d6"
SEED_002 = "002_76f4f8da9f1d6ff3"
SEED_003 = "003_ba68e139ffdce7a3"
SEED_004 = "004_58d80bc31d33530a"
# An article sentence of a made-up page, dated by its byline; used to build good and bad files.
ARTICLE = (
    "Tiêu đề bài thử nghiệm về hợp tác Việt Nam - Hàn Quốc\n\nPV - 10:00, 05/03/2024\n\n"
    "Ngày 5/3, hai bên đã trao đổi về hợp tác thương mại, đầu tư và giao lưu nhân dân giữa hai nước.\n"
)


@pytest.fixture(scope="module")
def seeds() -> pd.DataFrame:
    return corpus.load_corpus().set_index("doc_id")


@pytest.fixture
def data_copy(tmp_path) -> Path:
    """A copy of data/raw and data/sources.csv in a temporary folder; data/raw is never touched."""
    shutil.copytree(paths.raw_dir(), tmp_path / "raw")
    shutil.copy(paths.data_dir() / "sources.csv", tmp_path / "sources.csv")
    return tmp_path


def add_file(root: Path, name: str, data: bytes, in_manifest: bool = True) -> None:
    (root / "raw" / name).write_bytes(data)
    if in_manifest:
        row = f"{Path(name).stem},{name},{hashlib.sha256(data).hexdigest()},,,{name},test file,,,\n"  # url, published, genre blank
        with open(root / "sources.csv", "a", encoding="utf-8") as fh:
            fh.write(row)


def load_lenient(root: Path):
    return corpus.load_corpus(root / "raw", root / "sources.csv", strict=False)


# ----------------------------------------------------------------------------- the five seeds


@pytest.mark.parametrize(
    "doc_id, date, precision, event_id",
    [
        (SEED_000, "2021-07-22", "day", "2021-07-22-phone_call"),
        (SEED_001, "2021-06-23", "day", "2021-06-23-foreign_ministers_talks"),
        (SEED_002, "2021-07-22", "day", "2021-07-22-phone_call"),
        (SEED_003, "2022-12", "month", "2022-12-state_visit"),
        (SEED_004, "2025-08-11", "day", "2025-08-11-state_visit"),
    ],
)
def test_each_seed_gets_its_event_date_and_its_meeting(seeds, doc_id, date, precision, event_id):
    row = seeds.loc[doc_id]
    assert row["event_id"] == event_id  # the meeting of data/events.csv that lists the document
    assert row["date_precision"] == precision
    assert row["event_date"] == pd.Timestamp(date if precision == "day" else date + "-01")


def test_corpus_has_the_contract_columns_and_types(seeds):
    df = seeds.reset_index()
    for col in [
        "doc_id",
        "file",
        "sha256",
        "outlet",
        "title",
        "event_id",
        "event_date",
        "date_precision",
        "date_source",
        "text",
        "n_chars_raw",
        "n_chars_clean",
        "duplicate_of",
    ]:
        assert col in df.columns
    assert str(df["event_date"].dtype) == "datetime64[ns]"
    assert len(df) == len(SEED_DOCS)


def test_page_clock_date_is_not_the_event_date(seeds):
    source = seeds.loc[SEED_002, "date_source"]
    assert "2019" in source and "overridden by byline 22/07/2021" in source


def test_month_only_header_takes_the_day_of_its_same_event_twin(seeds):
    assert seeds.loc[SEED_000, "date_source"].startswith(f"day 22 from same-event twin {SEED_002}")
    assert "header ' date 2021-07' (month only)" in seeds.loc[SEED_000, "date_source"]


def test_in_text_date_takes_its_year_from_the_byline(seeds):
    assert seeds.loc[SEED_001, "date_source"] == (
        "in-text 'Ngày 23/6' with year from byline 23/06/2021 ('Thứ tư, 23/06/2021 19:45')"
    )


def test_year_without_a_year_in_text_is_inferred_from_leaders_terms(seeds):
    source = seeds.loc[SEED_004, "date_source"]
    assert "trưa 11/8" in source and "year 2025 from office holders" in source
    assert "Tô Lâm" in source and "Lee Jae Myung" in source and "leaders.csv" in source


def test_same_event_reports_are_marked_duplicates(seeds):
    assert seeds.loc[SEED_002, "duplicate_of"] == SEED_000
    assert seeds["duplicate_of"].notna().sum() == 1
    assert seeds.loc[SEED_000, "event_id"] == seeds.loc[SEED_002, "event_id"]
    assert seeds.loc[SEED_002, "duplicate_overlap"] >= DUPLICATE_MIN_OVERLAP


def test_unrelated_reports_of_the_same_month_are_not_duplicates():
    docs = pd.DataFrame(
        {
            "doc_id": ["a", "b"],
            "event_date": pd.to_datetime(["2021-07-01", "2021-07-22"]),
            "date_precision": ["month", "day"],
            "text": [
                "Hai Bộ trưởng thảo luận hợp tác quốc phòng và an ninh hàng hải.",
                "Thủ tướng tiếp Đại sứ, đề nghị tăng cường hợp tác lao động và giáo dục.",
            ],
        }
    )
    assert find_duplicates(docs).empty


def test_identical_texts_on_different_days_are_not_duplicates():
    text = "Hai bên nhất trí thúc đẩy hợp tác thương mại, đầu tư và giao lưu nhân dân."
    docs = pd.DataFrame(
        {
            "doc_id": ["a", "b"],
            "event_date": pd.to_datetime(["2021-07-21", "2021-07-22"]),
            "date_precision": ["day", "day"],
            "text": [text, text],
        }
    )
    assert find_duplicates(docs).empty


def test_outlet_and_title_come_from_the_text_where_it_tells(seeds):
    assert seeds.loc[SEED_001, "outlet"].startswith("Báo điện tử Đảng Cộng sản Việt Nam")
    assert seeds.loc[SEED_002, "title"].startswith("Việt Nam - Hàn Quốc phối hợp chặt chẽ")
    assert pd.isna(seeds.loc[SEED_002, "outlet"])  # the VGP photo credit is not the outlet


def test_clean_text_keeps_article_sentences_and_drops_boilerplate(seeds):
    t002 = seeds.loc[SEED_002, "text"]
    for gone in [
        "Analytic",
        "2019",
        "•",
        "Ý kiến độc giả",
        "Mã bảo mật",
        "Tin nổi bật trang chủ",
        "Măng Ri",
        "Ảnh: VGP/Nhật Bắc",
        "PV - 14:29",
    ]:
        assert gone not in t002
    assert "Tại cuộc điện đàm sáng 22/7" in t002
    assert t002.endswith("sớm ký kết COC hiệu lực, hiệu quả./.")
    t001 = seeds.loc[SEED_001, "text"]
    for gone in [
        "CÓ THỂ BẠN QUAN TÂM",
        "Ý kiến bình luận",
        "Họ và tên",
        "Lời bình",
        "Xác thực",
        "Tin ảnh",
        "Thứ tư, 23/06/2021",
    ]:
        assert gone not in t001
    assert "Ngày 23/6 tại Hà Nội" in t001
    assert t001.endswith("Cơ quan hợp tác quốc tế Hàn Quốc./.")
    assert not seeds.loc[SEED_000, "text"].startswith(" date")
    assert "PV:" not in seeds.loc[SEED_003, "text"]
    assert seeds.loc[SEED_003, "text"].endswith("khu vực và toàn cầu.")


def test_every_clean_line_is_a_line_of_the_raw_file(seeds):
    for doc_id, row in seeds.iterrows():
        raw = read_text(paths.raw_dir() / f"{doc_id}.txt")
        for line in row["text"].split("\n"):
            assert line in raw, (doc_id, line)


def test_cleaning_log_names_document_lines_rule_and_reason(tmp_path):
    page = ARTICLE + "\nTin liên quan\nThủ tướng tiếp Đại sứ Nhật Bản\n"  # the heading is line 7
    (tmp_path / "raw").mkdir()
    (tmp_path / "raw" / "x.txt").write_text(page, encoding="utf-8")
    sha = hashlib.sha256(page.encode("utf-8")).hexdigest()
    (tmp_path / "sources.csv").write_text(
        f"doc_id,file,sha256,outlet,title,original_name,note\nx,x.txt,{sha},,,,\n", encoding="utf-8"
    )
    log = corpus.cleaning_log(tmp_path / "raw", tmp_path / "sources.csv")
    assert list(log.columns) == ["doc_id", "file", "line_start", "line_end", "rule", "reason", "text"]
    related = log[log.rule == "related_news"].iloc[0]
    assert (related["doc_id"], related["line_start"], related["line_end"]) == ("x", 7, 8)
    assert related["text"].startswith("Tin liên quan") and len(related["reason"]) > 10


def test_validate_returns_a_one_line_summary():
    summary = corpus.validate()
    assert summary.startswith("corpus: 5 documents, 4 events, 1 duplicate") and "\n" not in summary


def test_parse_article_needs_no_manifest():
    doc = corpus.parse_article(ARTICLE, "new.txt")
    assert doc["event_id"] == "2024-03-05"
    assert doc["title"] == "Tiêu đề bài thử nghiệm về hợp tác Việt Nam - Hàn Quốc"
    assert "PV - 10:00" not in doc["text"]


# ----------------------------------------------------------------------------- bad input


def test_nfd_copy_gives_the_same_clean_text_as_nfc(data_copy):
    raw = (paths.raw_dir() / f"{SEED_001}.txt").read_text(encoding="utf-8")
    nfd = unicodedata.normalize("NFD", raw)
    assert nfd != raw
    add_file(data_copy, "901_nfd.txt", nfd.encode("utf-8"))
    df, _ = load_lenient(data_copy)
    df = df.set_index("doc_id")
    assert df.loc["901_nfd", "text"] == df.loc[SEED_001, "text"]


def test_bom_and_crlf_are_tolerated(data_copy):
    add_file(data_copy, "902_bom.txt", b"\xef\xbb\xbf" + ARTICLE.replace("\n", "\r\n").encode("utf-8"))
    df, problems = load_lenient(data_copy)
    assert problems.empty
    assert "\r" not in df.set_index("doc_id").loc["902_bom", "text"]


@pytest.mark.parametrize(
    "name, data, expected",
    [
        ("910_empty.txt", b"", "empty file"),
        ("911_binary.txt", b"PK\x03\x04\x00\x00binary", "binary file (NUL byte at offset 4)"),
        ("912_cp1258.txt", ARTICLE.encode("cp1258", errors="replace"), "not UTF-8"),
        (
            "913_nodate.txt",
            "Hai bên nhất trí thúc đẩy hợp tác thương mại và đầu tư giữa hai nước.\n".encode(),
            "no date found",
        ),
    ],
)
def test_bad_file_is_reported_by_name_and_good_rows_still_load(data_copy, name, data, expected):
    add_file(data_copy, name, data)
    df, problems = load_lenient(data_copy)
    assert len(df) == len(SEED_DOCS) and set(df["event_id"]) == {
        "2021-06-23-foreign_ministers_talks",
        "2021-07-22-phone_call",
        "2022-12-state_visit",
        "2025-08-11-state_visit",
    }
    mine = problems[problems["file"].str.endswith(name)]
    assert len(mine) == 1 and expected in mine["reason"].iloc[0] and mine["severity"].iloc[0] == "error"
    with pytest.raises(DataError, match=name):
        corpus.load_corpus(data_copy / "raw", data_copy / "sources.csv")


def test_non_utf8_error_gives_offset_and_line(tmp_path):
    # Windows-1258 writes 'à' as the single byte 0xE0 (and 'ộ' as 'ô' + a combining dot below),
    # and 0xE0 followed by ' ' is not UTF-8. Line 1 is ASCII, so the first bad byte is at offset 10.
    data = "Dong mot\nHà N\u00f4\u0323i".encode("cp1258")
    assert data[10] == 0xE0
    path = tmp_path / "x.txt"
    path.write_bytes(data)
    with pytest.raises(DataError) as exc:
        read_text(path)
    problem = exc.value.problems[0]
    assert problem.line == 2 and "offset 10" in problem.reason and "0xe0" in problem.reason
    assert problem.file.endswith("x.txt")


def test_hash_mismatch_is_reported(data_copy):
    path = data_copy / "raw" / f"{SEED_003}.txt"
    path.write_bytes(path.read_bytes() + b"\n")
    df, problems = load_lenient(data_copy)
    assert SEED_003 not in set(df["doc_id"]) and len(df) == len(SEED_DOCS) - 1
    assert problems["reason"].str.contains("does not match the manifest").any()
    assert problems["file"].str.endswith(f"{SEED_003}.txt").any()


def test_file_missing_from_manifest_is_reported(data_copy):
    add_file(data_copy, "920_unlisted.txt", ARTICLE.encode(), in_manifest=False)
    _, problems = load_lenient(data_copy)
    row = problems[problems["file"].str.endswith("920_unlisted.txt")]
    assert "not in the manifest" in row["reason"].iloc[0]


def test_manifest_row_without_file_is_reported(data_copy):
    (data_copy / "raw" / f"{SEED_004}.txt").unlink()
    df, problems = load_lenient(data_copy)
    assert len(df) == len(SEED_DOCS) - 1
    row = problems[problems["reason"].str.contains(f"{SEED_004}.txt' has no file")]
    assert row["file"].iloc[0].endswith("sources.csv") and row["line"].iloc[0] == 6  # header + 5th row


def test_strict_load_lists_all_problems(data_copy):
    add_file(data_copy, "930_empty.txt", b"")
    add_file(data_copy, "931_binary.txt", b"\x00\x01")
    with pytest.raises(DataError) as exc:
        corpus.load_corpus(data_copy / "raw", data_copy / "sources.csv")
    assert {Path(p.file).name for p in exc.value.problems} == {"930_empty.txt", "931_binary.txt"}


def test_data_raw_is_unchanged_by_the_tests():
    manifest = load_manifest()
    for row in manifest.itertuples():
        data = (paths.raw_dir() / row.file).read_bytes()
        assert hashlib.sha256(data).hexdigest() == row.sha256


def test_byte_identical_files_are_reported_and_both_load(data_copy):
    data = ARTICLE.encode()
    add_file(data_copy, "940_first.txt", data)
    add_file(data_copy, "941_copy.txt", data)
    df, problems = load_lenient(data_copy)
    assert {"940_first", "941_copy"} <= set(df["doc_id"])
    assert df.set_index("doc_id").loc["941_copy", "duplicate_of"] == "940_first"
    mine = problems[problems["file"].str.endswith("941_copy.txt")]
    assert len(mine) == 1 and mine["severity"].iloc[0] == "warning"
    assert f"same bytes as {data_copy / 'raw' / '940_first.txt'} (sha256 " in mine["reason"].iloc[0]
    assert not problems["file"].str.endswith("940_first.txt").any()
    corpus.load_corpus(data_copy / "raw", data_copy / "sources.csv")  # a warning, not an error


def test_loading_in_worker_processes_gives_the_same_table_and_problems(data_copy, monkeypatch):
    add_file(data_copy, "950_empty.txt", b"")
    add_file(data_copy, "951_copy.txt", (data_copy / "raw" / f"{SEED_001}.txt").read_bytes())
    serial_df, serial_problems = load_lenient(data_copy)
    monkeypatch.setattr(corpus.parallel, "MIN_ITEMS", 1)
    monkeypatch.setattr(corpus.parallel, "workers_available", lambda: 2)
    parallel_df, parallel_problems = load_lenient(data_copy)
    pd.testing.assert_frame_equal(parallel_df, serial_df)
    pd.testing.assert_frame_equal(parallel_problems, serial_problems)
    assert parallel_df.set_index("doc_id").loc["951_copy", "duplicate_of"] == SEED_001
    assert parallel_problems["file"].str.endswith("950_empty.txt").any()
