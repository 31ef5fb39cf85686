"""Report language and the escaping of untrusted text."""

from __future__ import annotations

import pandas as pd
import pytest
from vnkr.report import display, labels
from vnkr.report.runner import declared_parameters, list_notebooks


def test_every_label_has_a_vietnamese_translation():
    assert labels.missing_keys("vi") == []


def test_unknown_language_is_an_error():
    with pytest.raises(ValueError, match="lang='fr'"):
        labels.t("event_date", "fr")


def test_table_headers_follow_the_language():
    df = pd.DataFrame({"event_date": [pd.Timestamp("2021-07-22")], "quote": ["nhất trí"]})
    html_vi = display.html_table(df, "vi")
    assert "Ngày sự kiện" in html_vi and "2021-07-22" in html_vi and "nhất trí" in html_vi


@pytest.mark.parametrize(
    "payload",
    [
        "<script>alert(1)</script>",
        '<img src=x onerror="alert(1)">',
        '<a href="javascript:alert(1)">x</a>',
    ],
)
def test_untrusted_text_is_escaped_in_tables_and_paragraphs(payload):
    df = pd.DataFrame({"quote": [payload], payload: [1]})
    out = display.show_table(df, caption=payload)._repr_html_() + display.show_text(payload)._repr_html_()
    assert "<script>alert" not in out and "<img src=x" not in out and '<a href="javascript' not in out
    assert "&lt;" in out


# Labels whose Vietnamese is rightly the same as the English: proper names and symbols.
SAME_IN_BOTH = {"f1", "location.Seoul"}


def test_no_label_is_left_in_english_in_the_vietnamese_column():
    same = [k for k, v in labels._LABELS.items() if v["vi"] == v["en"] and k not in SAME_IN_BOTH]
    assert same == []


def test_every_label_key_the_code_asks_for_exists():
    import re

    from vnkr.paths import ROOT

    asked = set()
    for path in (ROOT / "lib" / "vnkr" / "report").glob("*.py"):
        asked |= set(
            re.findall(r"""\bt\(\s*["']([a-z0-9_.]+)["']\s*[,)]""", path.read_text(encoding="utf-8"))
        )
    assert sorted(asked - set(labels._LABELS)) == []


def test_the_labels_file_has_one_row_per_key_and_every_field_filled():
    import csv

    with labels.LABELS_CSV.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert len({r["key"] for r in rows}) == len(rows)
    assert [r["key"] for r in rows if not r["en"].strip() or not r["vi"].strip()] == []


def test_parameters_are_shown_in_words_never_as_json():
    text = display.describe_parameters({"lang": "vi", "themes": None, "include_external": True}, "vi")
    assert "null" not in text and "{" not in text and "tất cả" in text


@pytest.mark.parametrize(
    "evidence",
    [
        "in-text 'sáng 5/3' with month and year from page clock 2024-03 ('Thứ Ba, 05/03/2024') (the nearest); "
        "the day is after that date, taken as a wrong page clock",
        "in-text 'Ngày 23/6' with year from byline 23/06/2021 ('Thứ tư, 23/06/2021 19:45'); page clock "
        "'Thứ Sáu, 23/08/2019' overridden by byline 22/07/2021 ('PV - 14:29, 22/07/2021')",
        "in-text 'trưa 11/8'; year 2025 from office holders: 2025, 2026 all fit the terms of Lee Jae Myung "
        "President of South Korea (2025-06-04..still in office) (data/annotations/leaders.csv), and 'chính quyền "
        "mới' places the meeting within a year of a term start",
    ],
)
def test_how_a_date_was_found_reads_in_vietnamese(evidence):
    from vnkr.report.corpus import date_source_text

    text = date_source_text(evidence, "vi")
    english = [
        "in-text",
        "with year",
        "from office",
        "page clock",
        "byline",
        "President",
        "still in office",
        "the day is",
        "all fit",
    ]
    assert [w for w in english if w in text] == [], text
    assert (
        "'Thứ tư, 23/06/2021 19:45'" in text or "'sáng 5/3'" in text or "'trưa 11/8'" in text
    )  # evidence verbatim


def test_every_notebook_parameter_has_a_label_in_both_languages():
    # the parameter line of every page names each parameter in words, never by its code
    for notebook in list_notebooks():
        for name in declared_parameters(notebook):
            for lang in ("en", "vi"):
                assert labels.t(f"param_{name}", lang) != f"param_{name}", (notebook.name, name, lang)
