"""Quantitative targets read from the articles: values, deadlines, target vs actual, verbatim spans."""

from __future__ import annotations

import unicodedata

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from vnkr import paths
from vnkr.extract.amounts import parse_number
from vnkr.extract.targets import extract_targets, extract_targets_corpus, stated_targets


def raw(prefix: str) -> str:
    path = next(paths.raw_dir().glob(f"{prefix}_*.txt"))
    return unicodedata.normalize("NFC", path.read_text(encoding="utf-8"))


def usd_targets(text: str) -> pd.DataFrame:
    t = extract_targets(text)
    return t[(t.kind == "target") & (t.unit == "USD bn")]


def spans_are_verbatim(text: str, found: pd.DataFrame) -> bool:
    return all(text[r.start : r.end] == r.quote for r in found.itertuples())


# ---------------------------------------------------------------- numbers


@pytest.mark.parametrize(
    "written, value",
    [("81,5", 81.5), ("1.000", 1000.0), ("1.234,5", 1234.5), ("100", 100.0), ("2.5", 2.5), ("0,5", 0.5)],
)
def test_numbers_are_read_as_vietnamese_writes_them(written, value):
    assert parse_number(written, "vi") == value


def test_decimal_comma_amount_is_81_point_5_billion():
    assert extract_targets("kim ngạch song phương đạt 81,5 tỷ USD")["value"].tolist() == [81.5]


def test_million_usd_is_converted_to_billions():
    assert extract_targets("viện trợ 500 triệu USD")["value"].tolist() == [0.5]
    assert extract_targets("cam kết 1.000 triệu USD vốn ODA")["value"].tolist() == [1.0]


def test_thousand_billion_is_a_trillion():
    assert extract_targets("quy mô 1,2 nghìn tỷ USD")["value"].tolist() == [1200.0]


def test_dong_amounts_are_never_usd():
    t = extract_targets("dự án 300 tỷ đồng")
    assert t["unit"].tolist() == ["VND bn"] and t["value"].tolist() == [300.0]


def test_a_percentage_or_a_count_is_not_money():
    assert extract_targets("tăng 7,3% so với năm trước; xử lý 123 nghìn vụ; tỷ lệ 12,85 phần trăm").empty


# ---------------------------------------------------------------- target or actual


def test_raise_to_100bn_by_2023_is_a_target_with_deadline():
    t = extract_targets("nâng kim ngạch thương mại song phương lên 100 tỷ USD vào năm 2023")
    assert t[["value", "kind", "metric", "deadline_year"]].values.tolist() == [
        [100.0, "target", "two_way_trade", 2023]
    ]


def test_soon_complete_the_100bn_goal_is_a_target_without_deadline():
    t = extract_targets("sớm hoàn thành mục tiêu nâng kim ngạch thương mại song phương lên mức 100 tỷ USD")
    assert t["kind"].tolist() == ["target"] and t["deadline_year"].isna().all()


def test_towards_150bn_by_2030_is_a_target():
    t = extract_targets("hướng tới mục tiêu 150 tỷ USD vào năm 2030")
    assert t[["value", "kind", "deadline_year"]].values.tolist() == [[150.0, "target", 2030]]


def test_goal_of_trade_reaching_150bn_is_a_target_although_it_says_dat():
    t = extract_targets("mục tiêu kim ngạch thương mại song phương đạt 150 tỷ USD vào năm 2030")
    assert t[["kind", "deadline_year"]].values.tolist() == [["target", 2030]]


def test_trade_reached_81_5bn_is_an_actual_with_its_year():
    t = extract_targets("Năm 2024, kim ngạch song phương đạt 81,5 tỷ USD, tăng 7,3% so với năm trước.")
    assert t[["value", "kind", "metric", "year"]].values.tolist() == [[81.5, "actual", "two_way_trade", 2024]]
    assert t["deadline_year"].isna().all()


def test_oda_amount_is_oda_not_trade():
    t = extract_targets("Hàn Quốc cam kết cung cấp ODA 1,5 tỷ USD cho giai đoạn 2016-2020")
    assert t["metric"].tolist() == ["oda"]


def test_exports_are_not_two_way_trade():
    t = extract_targets(
        "Trong đó, xuất khẩu sang Hàn Quốc đạt 25,6 tỷ USD; nhập khẩu từ Hàn Quốc đạt 55,9 tỷ USD"
    )
    assert t["metric"].tolist() == ["exports", "imports"]


def test_deadline_before_the_amount_is_found():
    t = extract_targets("Đến năm 2030, phấn đấu đưa kim ngạch thương mại lên 150 tỷ USD.")
    assert t["deadline_year"].tolist() == [2030]


def test_second_amount_does_not_take_the_first_ones_deadline():
    text = "nâng kim ngạch lên 100 tỷ USD vào năm 2023 và hướng tới mục tiêu 150 tỷ USD"
    assert extract_targets(text)["deadline_year"].tolist() == [2023, pd.NA]


# ---------------------------------------------------------------- the articles


def test_article_003_states_100bn_by_2023_and_150bn_by_2030():
    text = raw("003")
    t = usd_targets(text)
    assert t[["value", "deadline_year", "metric"]].values.tolist() == [
        [100.0, 2023, "two_way_trade"],
        [150.0, 2030, "two_way_trade"],
    ]
    assert spans_are_verbatim(text, t)
    assert "lên 100 tỷ USD vào năm 2023" in t["quote"].iloc[0]


def test_articles_000_001_002_state_100bn_without_deadline():
    for prefix in ("000", "001", "002"):
        text = raw(prefix)
        t = usd_targets(text)
        assert t[["value", "metric"]].values.tolist() == [[100.0, "two_way_trade"]], prefix
        assert t["deadline_year"].isna().all(), prefix
        assert spans_are_verbatim(text, t)
    assert (
        "mục tiêu nâng kim ngạch thương mại hai chiều lên 100 tỷ USD"
        in usd_targets(raw("001"))["quote"].iloc[0]
    )


def test_article_004_states_150bn_by_2030():
    t = usd_targets(raw("004"))
    assert t[["value", "deadline_year"]].values.tolist() == [[150.0, 2030]]


def test_page_furniture_in_002_is_dong_not_a_usd_target():
    t = extract_targets(raw("002"))
    dong = t[t.unit == "VND bn"]
    assert len(dong) >= 1 and set(dong["value"]) == {300.0}  # "dự án 300 tỷ đồng" in the sidebar
    assert (t[t.kind == "target"]["unit"] == "USD bn").all()


def test_quote_is_the_clause_not_the_whole_paragraph():
    text = raw("004")
    quote = usd_targets(text)["quote"].iloc[0]
    assert quote.startswith("Tiếp tục tạo thuận lợi thương mại")
    assert quote.endswith("150 tỷ USD vào năm 2030")  # the clause ends at the semicolon


# ---------------------------------------------------------------- stated targets per event


@pytest.fixture(scope="module")
def corpus():
    """The four meetings as the raw texts date them; 002 repeats 000 (same phone call)."""
    return pd.DataFrame(
        {
            "doc_id": ["000", "001", "002", "003", "004"],
            "event_id": [
                "2021-07-22_pm_call",
                "2021-06-23_fm_talks",
                "2021-07-22_pm_call",
                "2022-12_state_visit",
                "2025-08-11_state_visit",
            ],
            "event_date": pd.to_datetime(
                ["2021-07-22", "2021-06-23", "2021-07-22", "2022-12-05", "2025-08-11"]
            ),
            "text": [raw(p) for p in ("000", "001", "002", "003", "004")],
            "duplicate_of": [None, None, "000", None, None],
        }
    )


def test_same_event_articles_do_not_double_count_a_target(corpus):
    s = stated_targets(corpus)
    call = s[s.event_id == "2021-07-22_pm_call"]
    assert len(call) == 1
    assert call.iloc[0]["doc_ids"] == "000;002" and call.iloc[0]["doc_id"] == "000"
    assert call.iloc[0]["n_mentions"] == 2


def test_stated_targets_one_row_per_target_and_event(corpus):
    s = stated_targets(corpus)
    got = [
        (r.event_id, r.value_busd, None if pd.isna(r.deadline_year) else int(r.deadline_year))
        for r in s.itertuples()
    ]
    assert got == [
        ("2021-06-23_fm_talks", 100.0, None),
        ("2021-07-22_pm_call", 100.0, None),
        ("2022-12_state_visit", 100.0, 2023),
        ("2022-12_state_visit", 150.0, 2030),
        ("2025-08-11_state_visit", 150.0, 2030),
    ]
    texts = corpus.set_index("doc_id")["text"]
    assert all(texts[r.doc_id][r.start : r.end] == r.quote for r in s.itertuples())


# ---------------------------------------------------------------- robustness


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            list("0123456789.,; \n")
            + [
                "tỷ",
                "triệu",
                "nghìn",
                " USD",
                " đồng",
                "năm ",
                "vào ",
                "mục tiêu ",
                "đạt ",
                "ODA ",
                "kim ngạch ",
                "2030",
                "$",
                "nâng ",
                "tỉ",
                "…",
            ]
        )
    ).map("".join)
)
def test_amount_like_text_never_raises_and_spans_are_verbatim(text):
    t = extract_targets(text)
    assert spans_are_verbatim(text, t)
    assert t["unit"].isin(["USD bn", "VND bn"]).all()


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_arbitrary_text_never_raises(text):
    assert spans_are_verbatim(text, extract_targets(text))


# ---------------------------------------------------------------- on the project's corpus


def test_corpus_targets_are_the_five_stated_in_the_articles():
    s = stated_targets()  # vnkr.load_corpus(): cleaned texts, events, duplicates
    assert len(s) == 5 and s["event_id"].nunique() == 4
    assert s[["value_busd", "deadline_year"]].astype(object).values.tolist() == [
        [100.0, pd.NA],
        [100.0, pd.NA],
        [100.0, 2023],
        [150.0, 2030],
        [150.0, 2030],
    ]
    assert s["doc_ids"].str.contains(";").sum() == 1  # the PM call's two articles, one target


def test_corpus_target_quotes_occur_in_the_raw_articles():
    for r in stated_targets().itertuples():
        assert r.quote in raw(r.doc_id[:3]), r.doc_id


def test_corpus_extraction_is_the_per_article_extractions_with_their_ids():
    from vnkr import load_corpus
    from vnkr.extract.targets import extract_targets_corpus

    corpus = load_corpus()
    per_article = pd.concat(
        [
            extract_targets(r.text).assign(doc_id=r.doc_id, event_id=r.event_id)
            for r in corpus.itertuples(index=False)
        ],
        ignore_index=True,
    )
    per_article = per_article[
        ["doc_id", "event_id"] + [c for c in per_article.columns if c not in ("doc_id", "event_id")]
    ]
    together = extract_targets_corpus(corpus)
    assert len(together) > 0 and together["doc_id"].nunique() > 1  # more than one article contributes
    pd.testing.assert_frame_equal(together, per_article)


def test_a_corpus_dates_relative_deadlines_by_the_meeting_date():
    corpus = pd.DataFrame(
        {
            "doc_id": ["a", "b"],
            "event_id": ["2022-07-13-talks", "x"],
            "event_date": [pd.Timestamp("2022-07-13"), pd.NaT],
            "text": ["They agreed to boost trade to $100 billion next year."] * 2,
        }
    )
    found = extract_targets_corpus(corpus)
    assert found[["doc_id", "deadline_year"]].astype(object).where(found.notna(), None).values.tolist() == [
        ["a", 2023],
        ["b", None],
    ]


@pytest.mark.parametrize(
    "text,deadline",
    [
        (
            "Hai bên đặt đích đến năm 2030 đưa tổng trao đổi thương mại lên 150 tỷ USD, tức nhiều hơn "
            "chừng 75% so với năm 2024.",
            2030,
        ),
        ("The two sides agreed to lift trade to $150 billion, far more than in 2024, by 2030.", 2030),
        ("Hai bên nhất trí nâng kim ngạch lên 150 tỷ USD vào năm 2030.", 2030),
    ],
)
def test_a_year_compared_with_is_no_deadline(text, deadline):
    from vnkr.extract.amounts import read_targets

    found = read_targets(text)
    assert found[found["kind"].eq("target")]["deadline_year"].tolist() == [deadline]
