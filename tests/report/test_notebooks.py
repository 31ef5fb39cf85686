"""The real notebooks, run the way `make report` runs them, once per test run: in Vietnamese (nbval,
in the same `make test`, is the English run at the defaults), plus the corpus notebook alone on a
corpus carrying hostile HTML."""

from __future__ import annotations

import hashlib
import html
import re
import shutil

import pytest
from vnkr import paths
from vnkr.report import processed
from vnkr.report import runner as report
from vnkr.report.index import update_manifest, write_index

NOTEBOOKS = ["00_corpus", "01_timeline", "02_commitments", "03_trade_goal"]


@pytest.fixture(scope="session")
def built_pages(tmp_path_factory):
    """The one run of every notebook in this module, as `make report` runs it: English and Vietnamese,
    every other parameter at its default, index included."""
    out = tmp_path_factory.mktemp("pages")
    results = report.run_notebooks(out_dir=out, jobs=2, langs=["en", "vi"], progress=False)
    update_manifest(results, out)
    write_index(out)
    return out, results


@pytest.fixture(scope="session")
def vietnamese_run(built_pages):
    out, results = built_pages
    return out, [r for r in results if r["lang"] == "vi"]


def test_every_notebook_runs_in_vietnamese(vietnamese_run):
    out, results = vietnamese_run
    assert sorted(r["name"] for r in results) == NOTEBOOKS
    assert [r["error"] for r in results if r["status"] != "ok"] == []


def test_every_report_embeds_its_figures(vietnamese_run):
    out, _ = vietnamese_run
    for name in ["01_timeline", "02_commitments", "03_trade_goal"]:
        page = (out / f"{name}.vi.html").read_text(encoding="utf-8")
        assert len(re.findall(r'<img[^>]+src="data:image/png;base64,', page)) >= 1, name


def test_processed_tables_are_reproducible_byte_for_byte(tmp_path):
    first = processed.digest(processed.build_processed(tmp_path / "a"))
    second = processed.digest(processed.build_processed(tmp_path / "b"))
    assert first == second
    assert {"corpus.csv", "comparison.csv", "trade_goals_KR.csv"} <= set(first)


def test_vietnamese_reports_have_vietnamese_headers_and_original_quotes(vietnamese_run):
    out, _ = vietnamese_run
    page = (out / "02_commitments.vi.html").read_text(encoding="utf-8")
    assert '<html lang="vi"' in page
    assert "Trích dẫn nguyên văn" in page  # table header in Vietnamese
    assert "Quote (original Vietnamese)" not in page
    assert "nâng kim ngạch thương mại song phương" in html.unescape(page)  # quotes untranslated
    trade = (out / "03_trade_goal.vi.html").read_text(encoding="utf-8")
    assert "Khoảng cách (tỷ USD)" in trade


HOSTILE_TITLE = "<script>alert('title')</script>"
HOSTILE_BODY = """Hai bên nhất trí <script>alert(1)</script> tăng cường hợp tác thương mại.

Ngày 5/3/2024, tại Hà Nội, Bộ trưởng Bùi Thanh Sơn hội đàm với đối tác Hàn Quốc; hai bên nhất trí nâng kim ngạch lên 100 tỷ USD <img src=x onerror="alert(2)"> và <a href="javascript:alert(3)">mở rộng</a> đầu tư.

Ý kiến bình luận
<img src=x onerror="alert(4)">
"""


@pytest.fixture(scope="session")
def hostile_run(tmp_path_factory):
    """A copy of data/ with one extra article full of HTML, run through the corpus notebook only
    (in English: the one notebook that shows article titles and rejected inputs)."""
    data = tmp_path_factory.mktemp("data")
    shutil.copytree(paths.data_dir(), data, dirs_exist_ok=True)
    raw = data / "raw" / "999_hostile.txt"
    raw.write_text(HOSTILE_BODY, encoding="utf-8")
    manifest = data / "sources.csv"
    import pandas as pd

    df = pd.read_csv(manifest, dtype=str, keep_default_na=False)
    row = {c: "" for c in df.columns}
    row.update(
        doc_id="999_hostile",
        file="999_hostile.txt",
        sha256=hashlib.sha256(raw.read_bytes()).hexdigest(),
        title=HOSTILE_TITLE,
    )
    pd.concat([df, pd.DataFrame([row])]).to_csv(manifest, index=False)
    (data / "raw" / "998_empty.txt").write_bytes(b"")  # rejected: empty and not in the manifest
    mp = pytest.MonkeyPatch()
    mp.setenv("VNKR_DATA_DIR", str(data))
    try:
        out = tmp_path_factory.mktemp("hostile-out")
        results = report.run_notebooks(names=["00"], out_dir=out, progress=False)
    finally:
        mp.undo()
    return out, results


def test_hostile_article_text_is_inert_in_the_report(hostile_run):
    out, results = hostile_run
    assert results[0]["status"] == "ok", results[0]["error"]
    page = (out / "00_corpus.html").read_text(encoding="utf-8")
    assert "999_hostile" in page  # the article was loaded and shown
    assert "alert('title')" in html.unescape(page)  # its title is on the page ...
    for live in ("<script>alert", "<img src=x onerror", '<a href="javascript:'):
        assert live not in page  # ... but never as live markup
    assert "&lt;script&gt;alert" in page


def test_corpus_report_lists_rejected_inputs_with_their_reason(hostile_run):
    out, _ = hostile_run
    page = html.unescape((out / "00_corpus.html").read_text(encoding="utf-8"))
    rejected = page[page.index("Which inputs were rejected") :]
    assert "998_empty.txt" in rejected and "empty" in rejected


def test_papermill_reads_every_declared_parameter_of_every_notebook():
    # a comment papermill cannot parse silently drops the parameter (then `-p themes …` is refused)
    expected = {
        "00_corpus": {"lang"},
        "01_timeline": {"lang", "start_year", "end_year"},
        "02_commitments": {"lang", "start_year", "end_year", "themes", "level", "absent_meetings"},
        "03_trade_goal": {"lang", "reporter", "start_year", "end_year", "include_external"},
    }
    for nb in report.list_notebooks():
        assert set(report.declared_parameters(nb)) == expected[nb.stem], nb.stem


# ---------------------------------------------------------------- what a reader sees (pagescan.py)
from pagescan import artefacts, missing_alt, read_page, untranslated  # noqa: E402

PAGES = [f"{n}{suffix}.html" for n in NOTEBOOKS + ["index"] for suffix in ("", ".vi")]


def test_every_page_was_built_in_both_languages(built_pages):
    out, results = built_pages
    assert [r["error"] for r in results if r["status"] != "ok"] == []
    assert sorted(p.name for p in out.glob("*.html")) == sorted(PAGES)


def test_no_vietnamese_page_shows_an_english_label(built_pages):
    out, _ = built_pages
    found = {name: untranslated(read_page(out / name)) for name in PAGES if ".vi." in name}
    assert {k: v for k, v in found.items() if v} == {}


def test_no_page_shows_developer_artefacts(built_pages):
    out, _ = built_pages
    found = {name: artefacts(read_page(out / name)) for name in PAGES}
    assert {k: v for k, v in found.items() if v} == {}


def test_every_figure_has_alt_text_and_every_data_link_a_file(built_pages):
    out, _ = built_pages
    for name in PAGES:
        page = read_page(out / name)
        assert missing_alt(page) == 0, name
        local = [h for h in page.hrefs if not h.startswith(("http://", "https://", "#"))]
        assert [h for h in local if not (out / h).exists()] == [], name
    assert read_page(out / "03_trade_goal.vi.html").alts[0].startswith("100 tỷ USD")


def test_the_scanners_catch_what_the_old_pages_showed(tmp_path):
    old = tmp_path / "old.vi.html"
    old.write_text(
        "<h2>How was each date found? / Ngày của mỗi bài</h2><table><tr><th>Reason</th>"
        "<td>&lt;NA&gt;</td><td>spans_kind_themes</td><td>themes = null</td></tr></table>"
        '<img src="x.png" alt="No description has been provided for this image"><img src="y.png">',
        encoding="utf-8",
    )
    page = read_page(old)
    assert untranslated(page) == ["Reason"]
    assert len(artefacts(page)) >= 3 and missing_alt(page) == 1


def test_every_table_of_the_analyses_links_the_csv_behind_it(built_pages):
    out, _ = built_pages
    for name in PAGES:
        if name.startswith(("01_", "02_", "03_")):
            page = (out / name).read_text(encoding="utf-8")
            tables = page.count('<table class="vnkr-table">')
            linked = len(
                re.findall(r'</table>(?:<p class="vnkr-caption[^"]*">.*?</p>)?<p class="vnkr-data">', page)
            )
            assert tables and linked == tables, name
