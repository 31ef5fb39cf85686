"""The browser check's verdicts, without a browser (the real Chromium run is `make browser-check`)."""

from __future__ import annotations

import browser_check as browser


def _result(**changes):
    base = {
        "images_total": 3,
        "images_loaded": 3,
        "console_errors": [],
        "blocked_requests": [],
        "error": None,
    }
    return {**base, **changes}


def test_page_with_every_image_and_no_errors_passes():
    assert browser.page_failures(_result()) == []
    assert browser.summary_line("01_timeline.html", _result()).startswith("ok ")


def test_an_image_that_did_not_load_fails_the_page():
    failures = browser.page_failures(_result(images_loaded=2))
    assert failures == ["1 of 3 images did not load"]
    assert "images 2/3" in browser.summary_line("01_timeline.html", _result(images_loaded=2))


def test_a_console_error_fails_the_page():
    result = _result(console_errors=["console.error: boom"])
    assert browser.page_failures(result) == ["1 console error(s)"]
    assert browser.summary_line("index.html", result).startswith("FAILED")


def test_a_blocked_request_alone_is_a_finding_not_a_failure():
    result = _result(blocked_requests=["https://cdnjs.cloudflare.com/require.min.js"])
    assert browser.page_failures(result) == []
    assert "blocked requests 1" in browser.summary_line("index.html", result)


def test_a_page_that_could_not_load_fails_even_with_no_images():
    result = _result(images_total=0, images_loaded=0, error="TimeoutError: page.goto")
    assert browser.page_failures(result) == ["could not be checked: TimeoutError: page.goto"]


def test_only_local_urls_are_let_through():
    assert browser.is_local_url("file:///work/main/reports/01_timeline.html")
    assert browser.is_local_url("data:image/png;base64,iVBORw0KGgo=")
    assert not browser.is_local_url("https://cdnjs.cloudflare.com/ajax/libs/mathjax/2.7.7/MathJax.js")
    assert not browser.is_local_url("http://localhost:8888/")


def test_every_html_page_in_reports_is_checked_including_the_index(tmp_path):
    for name in ["index.html", "01_timeline.html", "01_timeline.vi.html", "01_timeline.ipynb"]:
        (tmp_path / name).write_text("<html></html>", encoding="utf-8")
    (tmp_path / "screenshots").mkdir()
    (tmp_path / "screenshots" / "old.html").write_text("", encoding="utf-8")
    assert [p.name for p in browser.report_pages(tmp_path)] == [
        "01_timeline.html",
        "01_timeline.vi.html",
        "index.html",
    ]


def test_no_reports_is_an_error_exit(tmp_path, capsys):
    assert browser.cli(["--reports", str(tmp_path)]) == 1
    assert "no *.html" in capsys.readouterr().err
