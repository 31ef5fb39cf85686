"""Report language and the escaping of untrusted text."""
from __future__ import annotations

import pandas as pd
import pytest

from vnkr.report import display, labels


def test_every_label_has_a_vietnamese_translation():
    assert labels.missing_keys("vi") == []


def test_unknown_language_is_an_error():
    with pytest.raises(ValueError, match="lang='fr'"):
        labels.t("event_date", "fr")


def test_table_headers_follow_the_language():
    df = pd.DataFrame({"event_date": [pd.Timestamp("2021-07-22")], "quote": ["nhất trí"]})
    html_vi = display.html_table(df, "vi")
    assert "Ngày sự kiện" in html_vi and "2021-07-22" in html_vi and "nhất trí" in html_vi


@pytest.mark.parametrize("payload", [
    "<script>alert(1)</script>",
    '<img src=x onerror="alert(1)">',
    '<a href="javascript:alert(1)">x</a>',
])
def test_untrusted_text_is_escaped_in_tables_and_paragraphs(payload):
    df = pd.DataFrame({"quote": [payload], payload: [1]})
    out = display.show_table(df, caption=payload)._repr_html_() + display.show_text(payload)._repr_html_()
    assert "<script>alert" not in out and "<img src=x" not in out and "<a href=\"javascript" not in out
    assert "&lt;" in out
