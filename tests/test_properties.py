"""Property-based tests (hypothesis): arbitrary text never breaks the loader's rules or the
extractors beyond their documented error, and spans always point at their quotes."""

from __future__ import annotations

import unicodedata

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from vnkr import errors
from vnkr.extract import targets
from vnkr.extract.commitments import extract_commitments
from vnkr.ingest import corpus
from vnkr.ingest.cleaning import clean_text

VI_WORDS = [
    "Hai",
    "bên",
    "nhất",
    "trí",
    "thống",
    "nhất",
    "kim",
    "ngạch",
    "thương",
    "mại",
    "song",
    "phương",
    "đạt",
    "lên",
    "tỷ",
    "triệu",
    "USD",
    "vào",
    "năm",
    "2030",
    "mục",
    "tiêu",
    "ODA",
    "Thứ",
    "nhất,",
    "Một",
    "là,",
    "-",
    ";",
    ".",
    "\n",
    "\n\n",
    "Ngày",
    "23/6",
    "trưa",
    "11/8",
    " date 2022-12",
    "Ý kiến bình luận",
    "Ảnh: VGP",
    "PV:",
    "?",
    "hoà",
    "thuỷ",
    "100",
    "81,5",
    "1.000",
    "cam",
    "kết",
    "đề",
    "nghị",
    "<script>",
    "&amp;",
]

vi_text = st.lists(st.sampled_from(VI_WORDS), max_size=60).map(" ".join)
any_text = st.one_of(st.text(max_size=400), vi_text)
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(any_text)
def test_extract_targets_never_raises_and_spans_match(text):
    found = targets.extract_targets(text)
    for row in found.itertuples(index=False):
        assert text[row.start : row.end] == row.quote
        assert row.value >= 0


@SETTINGS
@given(any_text)
def test_extract_commitments_spans_always_match_the_clean_text(text):
    clean, _ = clean_text(unicodedata.normalize("NFC", text))
    found = extract_commitments(clean)
    for row in found.itertuples(index=False):
        assert clean[row.start : row.end] == row.quote


@SETTINGS
@given(any_text)
def test_cleaning_is_idempotent_and_total(text):
    text = unicodedata.normalize("NFC", text)
    clean, _ = clean_text(text)
    again, removed = clean_text(clean)
    assert again == clean


@SETTINGS
@given(any_text)
def test_parse_article_returns_or_raises_only_the_documented_error(text):
    try:
        doc = corpus.parse_article(text, "fuzz.txt")
    except errors.DataError as exc:
        assert "fuzz.txt" in str(exc)
    else:
        assert doc["date_precision"] in {"day", "month"}


def _vi_number(value: float, decimals: int) -> str:
    """Format as Vietnamese writes numbers: '.' groups thousands, ',' marks decimals."""
    s = f"{value:,.{decimals}f}"
    return s.replace(",", "\0").replace(".", ",").replace("\0", ".")


@SETTINGS
@given(st.integers(min_value=1, max_value=999_999), st.integers(min_value=0, max_value=2))
def test_vietnamese_number_formats_parse_to_the_same_value(cents, decimals):
    value = round(cents / 100, decimals) if decimals else float(cents // 100 or 1)
    text = f"kim ngạch song phương đạt {_vi_number(value, decimals)} tỷ USD"
    found = targets.extract_targets(text)
    assert len(found) == 1, (text, found)
    assert abs(found.iloc[0]["value"] - value) < 1e-9, text
