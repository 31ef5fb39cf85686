"""``vnkr add`` / ``remove`` / ``review`` on a copy of the test data: one command adds a report, bad
input changes nothing (hash of the whole tree), and the new meeting reaches the checks and a page."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from vnkr import validate
from vnkr.curate import add, review
from vnkr.report import runner

# A report written for this test (a July 2024 meeting, in our own words): four sentences.
REPORT = """Sáng 2/7, tại Hà Nội, Thủ tướng Phạm Minh Chính đã hội đàm với Thủ tướng Hàn Quốc Han Duck-soo, nhân dịp kỷ niệm quan hệ Đối tác chiến lược toàn diện giữa hai nước.
Hai bên nhất trí thúc đẩy hợp tác trong lĩnh vực chất bán dẫn, năng lượng sạch và chuyển đổi số.
Hai Thủ tướng thống nhất phấn đấu nâng kim ngạch thương mại song phương lên 150 tỷ USD vào năm 2030.
Thủ tướng Phạm Minh Chính đề nghị phía Hàn Quốc tiếp tục mở rộng cửa cho hàng nông sản Việt Nam.
"""
URL = "https://example.org/vn-kr-2024-07"


def tree_hash(root: Path) -> str:
    h = hashlib.sha256()
    for p in sorted(root.rglob("*")):
        if p.is_file():
            h.update(str(p.relative_to(root)).encode() + b"\0" + p.read_bytes())
    return h.hexdigest()


@pytest.fixture
def data(data_copy_of, monkeypatch):
    root = data_copy_of()
    monkeypatch.setenv("VNKR_DATA_DIR", str(root))
    return root


@pytest.fixture
def report_file(tmp_path) -> Path:
    path = tmp_path / "Hội đàm tháng 7.txt"
    path.write_text(REPORT, encoding="utf-8")
    return path


def test_add_creates_the_meeting_with_drafts_and_the_data_checks_pass(data, report_file, capsys):
    assert add.cli([str(report_file), "--url", URL, "--published", "2024-07-02"]) == 0
    out = capsys.readouterr().out
    assert "meeting 2024-07-02-talks" in out and "--published 2024-07-02" in out
    assert "Han Duck-soo" in out and "place: Hanoi" in out and "150" in out
    events = (data / "events.csv").read_text(encoding="utf-8")
    assert "2024-07-02-talks,2024-07-02,day,talks" in events
    assert ",draft" in (data / "annotations" / "commitments.csv").read_text(encoding="utf-8")
    assert all(ok for _, ok, _ in validate.run_checks()), validate.run_checks()
    # the raw file has a safe name of its own, found through the manifest
    assert any(p.name.startswith("hoi-dam-thang-7_") for p in (data / "raw").iterdir())


def test_a_second_report_of_the_same_meeting_is_attached(data, report_file, tmp_path, capsys):
    add.cli([str(report_file), "--url", URL, "--published", "2024-07-02"])
    other = tmp_path / "other.txt"
    other.write_text(REPORT.replace("Sáng 2/7", "Chiều 2/7"), encoding="utf-8")
    assert add.cli([str(other), "--url", URL + "-b", "--published", "2024-07-02"]) == 0
    assert "attached to meeting 2024-07-02-talks" in capsys.readouterr().out


@pytest.mark.parametrize(
    "content, args, reason",
    [
        (None, [], "file not found"),
        (b"", [], "empty file"),
        (b"PK\x03\x04\x00\x00", [], "binary file"),
        (REPORT.encode("cp1258", errors="replace"), [], "not UTF-8"),
        (REPORT.encode(), ["--url", "example.org/x"], "malformed URL"),
        ("Hai bên nhất trí thúc đẩy hợp tác thương mại.".encode(), [], "--published"),
        # a meeting of someone leaders.csv does not list: says which side is missing and what to add
        (
            "Chiều 5/3, Thủ tướng Phạm Minh Chính tiếp Đại sứ Hàn Quốc. Hai bên nhất trí hợp tác.".encode(),
            ["--published", "2024-03-05"],
            "no Korean one. Add the person to data/annotations/leaders.csv",
        ),
    ],
)
def test_bad_input_names_the_file_and_changes_nothing(data, tmp_path, capsys, content, args, reason):
    path = tmp_path / "new.txt"
    if content is not None:
        path.write_bytes(content)
    before = tree_hash(data)
    assert add.cli([str(path), "--url", URL, *args]) == 1
    err = capsys.readouterr().err
    assert reason in err and "nothing changed" in err
    assert tree_hash(data) == before


def test_bytes_already_in_the_corpus_name_the_document(data, tmp_path, capsys):
    seed = next((data / "raw").glob("004_*"))
    before = tree_hash(data)
    assert add.cli([str(seed), "--url", URL]) == 1
    assert "already in the corpus as doc_id '004_58d80bc31d33530a'" in capsys.readouterr().err
    assert tree_hash(data) == before


def test_an_invalid_manifest_stops_the_add(data, report_file, capsys):
    with open(data / "sources.csv", "a", encoding="utf-8") as fh:
        fh.write("broken,row\n")
    before = tree_hash(data)
    assert add.cli([str(report_file), "--url", URL, "--published", "2024-07-02"]) == 1
    assert "sources.csv" in capsys.readouterr().err and tree_hash(data) == before


def test_remove_undoes_an_add_byte_for_byte(data, report_file):
    before = tree_hash(data)
    add.add_article(report_file, URL, "2024-07-02")
    doc = [line.split(",")[0] for line in (data / "sources.csv").read_text().splitlines()][-1]
    assert review.remove_cli([doc]) == 0
    assert tree_hash(data) == before


def test_remove_refuses_curated_rows_without_force(data, capsys):
    before = tree_hash(data)
    assert review.remove_cli(["001_22eb234d55eac9d6"]) == 1
    assert "--force" in capsys.readouterr().err and tree_hash(data) == before


def test_review_accept_turns_drafts_into_checked_rows(data, report_file):
    added = add.add_article(report_file, URL, "2024-07-02")
    drafts = review.review(doc=added.doc_id)
    assert drafts and all(r["review"] == "draft" for r in drafts)
    review.review(doc=added.doc_id, accept=True)
    assert review.review(doc=added.doc_id) == []


def test_the_added_meeting_is_on_the_timeline_page(data, report_file, tmp_path):
    add.add_article(report_file, URL, "2024-07-02")
    results = runner.run_notebooks(names=["01"], out_dir=tmp_path / "out", progress=False)
    assert results[0]["status"] == "ok", results[0]["error"]
    page = (tmp_path / "out" / "01_timeline.html").read_text(encoding="utf-8")
    # readers see the meeting's date and kind in words, never the id's code (issue 15)
    assert "<td>2024-07-02</td><td>talks</td>" in page and "Han Duck-soo" in page
    assert "2024-07-02-talks" not in page


def test_the_url_stamp_dates_an_added_report_as_the_corpus_will(data, tmp_path, capsys):
    # no --published: the address's date stamp anchors 'on Thursday', as load_corpus does with the manifest url
    path = tmp_path / "en.txt"
    path.write_text(
        "SEOUL, Nov. 2 (Yonhap) -- President Yoon Suk Yeol and Prime Minister Pham Minh Chinh held talks "
        "on Thursday in Seoul.\nThe two leaders agreed to expand cooperation on critical minerals.\n",
        encoding="utf-8",
    )
    assert add.cli([str(path), "--url", "https://example.org/en/2023/11/02/talks"]) == 0
    out = capsys.readouterr().out
    assert "dated 2023-11-02 (day)" in out and "URL stamp" in out


def test_a_report_that_does_not_say_where_is_added_with_the_place_left_blank(data, tmp_path, capsys):
    path = tmp_path / "no-place.txt"
    path.write_text(REPORT.replace(", tại Hà Nội", ""), encoding="utf-8")
    assert add.cli([str(path), "--url", URL, "--published", "2024-07-02"]) == 0
    out = capsys.readouterr().out
    assert "place: the text does not say; fill in location in data/events.csv" in out
    assert "2024-07-02-talks,2024-07-02,day,talks" in (data / "events.csv").read_text(encoding="utf-8")
    assert all(ok for _, ok, _ in validate.run_checks()), validate.run_checks()


def test_the_presidential_compound_is_in_seoul():
    from vnkr.curate.meeting import infer_place

    assert infer_place("Chiều 12-8, tại Nhà Xanh, hai nhà lãnh đạo gặp thân mật.") == (
        "Seoul",
        "tại Nhà Xanh",
    )
