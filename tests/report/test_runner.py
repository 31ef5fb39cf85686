"""The report runner, on tiny fixture notebooks (the real notebooks are covered by nbval and
tests/test_notebooks.py)."""

from __future__ import annotations

import re

import nbformat
import pytest
from vnkr.report import runner as report


def _notebook(path, body: str, title: str):
    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {"name": "python3", "language": "python", "display_name": "Python 3"}
    nb.metadata["language_info"] = {"name": "python"}
    params = nbformat.v4.new_code_cell("lang = 'en'\nyear = 2021")
    params.metadata["tags"] = ["parameters"]
    nb.cells = [
        nbformat.v4.new_markdown_cell(f"# {title}\n\nabstract"),
        params,
        nbformat.v4.new_code_cell(body),
    ]
    nbformat.write(nb, path)


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    nb_dir = tmp_path_factory.mktemp("nb")
    out = tmp_path_factory.mktemp("out")
    _notebook(
        nb_dir / "01_ok.ipynb", "SECRET_CODE_MARKER = 1\nprint(f'year={year} lang={lang}')", "Good <one>"
    )
    _notebook(nb_dir / "02_fail.ipynb", "raise RuntimeError('boom from the notebook')", "Bad")
    code = report.cli(
        [
            "--notebooks",
            str(nb_dir),
            "--out",
            str(out),
            "--lang",
            "en,vi",
            "-p",
            "year",
            "2024",
            "--jobs",
            "2",
        ]
    )
    return code, out


def test_failed_notebook_makes_the_command_exit_nonzero(run):
    code, _ = run
    assert code == 1


def test_every_notebook_and_language_gets_a_page_and_a_failure_is_kept_apart(run):
    _, out = run
    names = sorted(p.name for p in out.glob("*.html"))
    assert names == [
        "01_ok.html",
        "01_ok.vi.html",
        "02_fail.en.failed.html",
        "02_fail.vi.failed.html",
        "index.html",
        "index.vi.html",
    ]


def test_parameters_reach_the_kernel(run):
    _, out = run
    assert "year=2024 lang=vi" in (out / "01_ok.vi.html").read_text(encoding="utf-8")
    assert "year=2024 lang=en" in (out / "01_ok.html").read_text(encoding="utf-8")


def test_failed_page_still_shows_the_error(run):
    _, out = run
    assert "boom from the notebook" in (out / "02_fail.en.failed.html").read_text(encoding="utf-8")


def test_index_lists_each_language_with_its_failures_linked_and_titles_escaped(run):
    _, out = run
    index = (out / "index.html").read_text(encoding="utf-8")
    assert '<a href="01_ok.html">Good &lt;one&gt;</a>' in index
    assert 'href="02_fail.en.failed.html"' in index and "02_fail.vi" not in index
    assert 'href="index.vi.html"' in index
    vi = (out / "index.vi.html").read_text(encoding="utf-8")
    assert '<html lang="vi"' in vi and 'href="01_ok.vi.html"' in vi and 'href="02_fail.vi.failed.html"' in vi


def test_each_page_links_the_index_and_its_other_language(run):
    _, out = run
    page = (out / "01_ok.vi.html").read_text(encoding="utf-8")
    assert 'href="index.vi.html"' in page and 'href="01_ok.html"' in page


def test_code_is_hidden_by_default_and_page_loads_nothing_from_the_web(run):
    _, out = run
    page = (out / "01_ok.html").read_text(encoding="utf-8")
    assert "SECRET_CODE_MARKER" not in page
    assert not re.search(r"<script[^>]+src=[\"']https?://", page)
    assert '<html lang="en"' in page
    assert '<html lang="vi"' in (out / "01_ok.vi.html").read_text(encoding="utf-8")
    assert "<title>Good &lt;one&gt;</title>" in page


def test_show_code_keeps_the_code(tmp_path):
    nb_dir = tmp_path / "nb"
    nb_dir.mkdir()
    _notebook(nb_dir / "01_ok.ipynb", "SECRET_CODE_MARKER = 1", "Good")
    results = report.run_notebooks(nb_dir=nb_dir, out_dir=tmp_path / "out", show_code=True, progress=False)
    assert results[0]["status"] == "ok"
    assert "SECRET_CODE_MARKER" in results[0]["html_path"].read_text(encoding="utf-8")


def test_unknown_parameter_is_refused_before_anything_runs(tmp_path):
    nb_dir = tmp_path / "nb"
    nb_dir.mkdir()
    _notebook(nb_dir / "01_ok.ipynb", "pass", "Good")
    with pytest.raises(ValueError, match="yaer: unknown parameter"):
        report.run_notebooks(nb_dir=nb_dir, out_dir=tmp_path / "out", params={"yaer": 2020})
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())


def test_unknown_notebook_name_lists_what_exists(tmp_path):
    _notebook(tmp_path / "01_ok.ipynb", "pass", "Good")
    with pytest.raises(ValueError, match="have: 01_ok"):
        report.list_notebooks(["timeline"], tmp_path)
    assert report.list_notebooks(["01"], tmp_path) == [tmp_path / "01_ok.ipynb"]


def test_a_failed_run_never_replaces_the_good_page_and_only_keeps_the_others(tmp_path):
    nb_dir, out = tmp_path / "nb", tmp_path / "out"
    nb_dir.mkdir()
    _notebook(nb_dir / "01_ok.ipynb", "print('first good run')", "One")
    _notebook(nb_dir / "02_other.ipynb", "print('other')", "Two")
    assert report.cli(["--notebooks", str(nb_dir), "--out", str(out)]) == 0
    good = (out / "01_ok.html").read_bytes()
    assert b"first good run" in good
    _notebook(nb_dir / "01_ok.ipynb", "raise RuntimeError('now broken')", "One")
    assert report.cli(["--notebooks", str(nb_dir), "--out", str(out), "--only", "01"]) == 1
    assert (out / "01_ok.html").read_bytes() == good  # never overwritten
    assert "now broken" in (out / "01_ok.en.failed.html").read_text(encoding="utf-8")
    index = (out / "index.html").read_text(encoding="utf-8")
    assert 'href="01_ok.html"' in index and 'href="01_ok.en.failed.html"' in index
    assert 'href="02_other.html"' in index  # --only kept the others
    assert not list(out.glob(".*.tmp"))  # atomic writes leave nothing
    _notebook(nb_dir / "01_ok.ipynb", "print('fixed')", "One")
    assert report.cli(["--notebooks", str(nb_dir), "--out", str(out), "--only", "01"]) == 0
    assert not (out / "01_ok.en.failed.html").exists()
    assert "01_ok.en.failed.html" not in (out / "index.html").read_text(encoding="utf-8")
