"""url= and published= (parse_article) and the manifest's url and published columns (load_corpus)."""

from __future__ import annotations

import csv
import hashlib
import io
import shutil
from pathlib import Path

import pytest
from vnkr import paths
from vnkr.errors import DataError
from vnkr.ingest import corpus

TEXT = "Tối 30/12, Thủ tướng Phạm Minh Chính điện đàm với Thủ tướng Hàn Quốc. Hai bên nhất trí tăng cường hợp tác."


def test_published_gives_the_year_and_says_so():
    doc = corpus.parse_article(TEXT, "new.txt", published="2022-01-03")
    assert doc["event_id"] == "2021-12-30" and "given by the user" in doc["date_source"]


def test_a_url_stamp_gives_the_year():
    doc = corpus.parse_article(TEXT, "new.txt", url="https://x.vn/dien-dam-20220103101010123.htm")
    assert doc["event_id"] == "2021-12-30" and "URL stamp" in doc["date_source"]


def test_a_malformed_published_names_the_file():
    with pytest.raises(DataError, match="new.txt: .*expected YYYY-MM-DD"):
        corpus.parse_article(TEXT, "new.txt", published="03/01/2022")


def _corpus_with(tmp_path: Path, url: str, published: str) -> Path:
    """A one-article data folder whose manifest row carries ``url`` and ``published``."""
    (tmp_path / "raw").mkdir()
    data = TEXT.encode("utf-8")
    (tmp_path / "raw" / "new.txt").write_bytes(data)
    (tmp_path / "sources.csv").write_text(
        "doc_id,file,sha256,outlet,title,original_name,note,url,published\n"
        f"new,new.txt,{hashlib.sha256(data).hexdigest()},,,new.txt,test,{url},{published}\n",
        encoding="utf-8",
    )
    return tmp_path


def test_the_manifest_published_column_dates_the_article(tmp_path):
    root = _corpus_with(tmp_path, "", "2022-01-03")
    df = corpus.load_corpus(root / "raw", root / "sources.csv")
    assert df.loc[0, "event_id"] == "2021-12-30"


def test_the_manifest_url_column_dates_the_article(tmp_path):
    root = _corpus_with(tmp_path, "https://x.vn/a-20220103.htm", "")
    assert corpus.load_corpus(root / "raw", root / "sources.csv").loc[0, "event_id"] == "2021-12-30"


@pytest.mark.parametrize(
    "url,published,reason",
    [
        ("", "2022-13-01", "published '2022-13-01' is not a date"),
        ("", "03/01/2022", "published '03/01/2022' is not a date"),
        ("www.x.vn/a", "", "url 'www.x.vn/a' is not an http"),
    ],
)
def test_malformed_manifest_values_are_refused_with_file_and_line(tmp_path, url, published, reason):
    root = _corpus_with(tmp_path, url, published)
    with pytest.raises(DataError, match=rf"sources.csv:2: {reason}"):
        corpus.load_corpus(root / "raw", root / "sources.csv")


def test_an_old_manifest_without_the_columns_still_loads(tmp_path):
    shutil.copytree(paths.raw_dir(), tmp_path / "raw")
    lines = (paths.data_dir() / "sources.csv").read_text(encoding="utf-8").splitlines()
    rows = [r[:-2] for r in csv.reader(io.StringIO("\n".join(lines)))]
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(rows)
    (tmp_path / "sources.csv").write_text(out.getvalue(), encoding="utf-8")
    assert len(corpus.load_corpus(tmp_path / "raw", tmp_path / "sources.csv")) == 5
