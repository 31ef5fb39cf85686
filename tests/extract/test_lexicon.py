"""The word-list loader: file:line errors, cache refreshed when a file changes."""

from __future__ import annotations

import os
import shutil

import pytest
from vnkr import paths
from vnkr.errors import DataError
from vnkr.extract import lexicon


@pytest.fixture
def data_copy(tmp_path, monkeypatch):
    shutil.copytree(paths.data_dir() / "lexicon", tmp_path / "lexicon")
    shutil.copy(paths.data_dir() / "themes.csv", tmp_path / "themes.csv")
    monkeypatch.setenv("VNKR_DATA_DIR", str(tmp_path))
    return tmp_path


def test_every_entry_has_a_language_a_kind_and_a_pattern():
    assert all(e["lang"] in ("vi", "en") and e["kind"] and e["pattern"] for e in lexicon.entries())


def test_a_bad_regex_is_reported_with_file_and_line(data_copy):
    with (data_copy / "lexicon" / "stance.csv").open("a", encoding="utf-8") as fh:
        fh.write("vi,agree,nhất trí (,,broken\n")
    with pytest.raises(
        DataError, match=r"data/lexicon/stance\.csv:\d+: pattern 'nhất trí \(' is not a valid regex"
    ):
        lexicon.entries()


@pytest.mark.parametrize(
    "row, n", [("vi,agree,thỏa thuận,,agreed, both sides", 6), ("vi,agree,thỏa thuận", 3)]
)
def test_a_row_with_the_wrong_number_of_fields_is_reported(data_copy, row, n):
    with (data_copy / "lexicon" / "stance.csv").open("a", encoding="utf-8") as fh:
        fh.write(row + "\n")
    with pytest.raises(DataError, match=rf"data/lexicon/stance\.csv:\d+: {n} fields, expected 5"):
        lexicon.entries()


def test_an_unknown_language_is_reported(data_copy):
    with (data_copy / "lexicon" / "stance.csv").open("a", encoding="utf-8") as fh:
        fh.write("fr,agree,accord,,\n")
    with pytest.raises(DataError, match="lang 'fr' is not one of vi, en"):
        lexicon.entries()


def test_an_edited_list_is_picked_up_without_restarting(data_copy):
    assert not lexicon.cue("agree", "vi").search("hai bên phê chuẩn")
    path = data_copy / "lexicon" / "stance.csv"
    with path.open("a", encoding="utf-8") as fh:
        fh.write("vi,agree,phê chuẩn,,ratify\n")
    os.utime(path, (path.stat().st_atime, path.stat().st_mtime + 5))
    assert lexicon.cue("agree", "vi").search("hai bên phê chuẩn")


def test_bounded_matches_whole_words_only():
    import re

    assert re.search(lexicon.bounded("tỉ"), "100 tỉ USD") and not re.search(lexicon.bounded("tỉ"), "tỉnh")
    assert re.search(lexicon.bounded(r"us\$|\$"), "$150") and not re.search(lexicon.bounded("usd"), "usdx")


def _add_agree_word(path, word):
    with path.open("a", encoding="utf-8") as fh:
        fh.write(f"vi,agree,{word},,test\n")
    os.utime(path, (path.stat().st_atime, path.stat().st_mtime + 5))


def test_a_corpus_run_looks_at_each_list_once_and_the_next_run_sees_an_edit(data_copy):
    path = data_copy / "lexicon" / "stance.csv"
    with paths.pinned_stamps():
        assert not lexicon.cue("agree", "vi").search("hai bên phê chuẩn")
        _add_agree_word(path, "phê chuẩn")
        with paths.pinned_stamps():  # a nested block keeps the outer block's answer
            assert not lexicon.cue("agree", "vi").search("hai bên phê chuẩn")
        assert not lexicon.cue("agree", "vi").search("hai bên phê chuẩn")
    assert lexicon.cue("agree", "vi").search("hai bên phê chuẩn")


def test_map_chunks_pins_the_lists_for_its_whole_run(data_copy):
    from vnkr import parallel

    path = data_copy / "lexicon" / "stance.csv"

    def agree_then_edit(texts):
        out = []
        for text in texts:
            out.append(bool(lexicon.cue("agree", "vi").search(text)))
            _add_agree_word(path, "phê chuẩn")
        return out

    assert parallel.map_chunks(agree_then_edit, ["hai bên phê chuẩn"] * 2) == [False, False]
    assert parallel.map_chunks(agree_then_edit, ["hai bên phê chuẩn"]) == [True]
