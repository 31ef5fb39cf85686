"""Publication evidence: user date, byline, URL stamp, header, date below the text, page clock."""

from __future__ import annotations

import datetime as dt

import pytest
from vnkr.ingest.dates import date_article
from vnkr.ingest.publication import datelines, parse_published, publication_evidence, top_bylines, url_date


@pytest.mark.parametrize(
    "url,expected",
    [
        ("https://x.vn/tong-bi-thu-hoi-dam-20240704161333008.htm", dt.date(2024, 7, 4)),
        ("https://x.com/2023/06/23/national/korea.html", dt.date(2023, 6, 23)),
        # the government portal's and VCCorp sites' ids: a 3-digit section, yymmdd, then the time
        ("https://x.vn/thu-tuong-tiep-111250813101955412.htm", dt.date(2025, 8, 13)),
        ("https://x.vn/tap-doan-han-quoc-188250814090914208.chn", dt.date(2025, 8, 14)),
        ("https://x.co.kr/view.php?ud=20230623000542", dt.date(2023, 6, 23)),
        ("https://x.com/en/article/all/20250812/5780464/1", dt.date(2025, 8, 12)),
        # a date and a 4-digit serial
        ("https://x.kr/NewsCenter/News/Read?articleId=A201711130271", dt.date(2017, 11, 13)),
        ("https://x.kr/article/view/kuk201711220128", dt.date(2017, 11, 22)),
        ("https://x.com/article/2022120573816", dt.date(2022, 12, 5)),  # and a 5-digit serial
        # month and day joined in one folder
        ("https://x.jp/news/Korea/2023/0405/10399901.html", dt.date(2023, 4, 5)),
        ("https://x.jp/news/Korea/2023/1399/10399901.html", None),  # not a date
        ("https://x.vn/a-20171113027.htm", None),  # 3 digits after a date-like run: an id, not a stamp
        ("https://x.vn/viet-nam-han-quoc-post807227.html", None),
        ("https://x.vn/a-20231399.htm", None),  # not a date
        (None, None),
    ],
)
def test_url_stamps(url, expected):
    assert url_date(url) == expected


def test_published_accepts_iso_strings_dates_and_blanks():
    assert parse_published("2023-06-24") == dt.date(2023, 6, 24)
    assert parse_published(dt.date(2023, 6, 24)) == dt.date(2023, 6, 24)
    assert parse_published("") is None and parse_published(None) is None


@pytest.mark.parametrize("bad", ["24/06/2023", "2023-02-30", "2023-6-4"])
def test_malformed_published_is_refused_with_the_expected_form(bad):
    with pytest.raises(ValueError, match="expected YYYY-MM-DD"):
        parse_published(bad, "published")


def test_a_short_dated_line_at_the_top_is_a_byline_and_a_sentence_is_not():
    text = (
        "Tiêu đề\n04/08/2025 | 09:12\nOn July 2, 2024, the two leaders met.\n"
        "Ngày 3/7/2024 hai Thủ tướng tiếp tục chương trình thăm và làm việc tại thành phố Busan\n"
    )
    assert [(str(d), line) for _, _, d, line in top_bylines(text)] == [("2025-08-04", "04/08/2025 | 09:12")]


def test_a_dated_line_far_down_is_not_a_byline():
    assert top_bylines("a\nb\nc\nd\ne\nf\n04/08/2025 | 09:12") == []


def test_evidence_is_ordered_user_byline_url_header_late_byline_page_clock():
    removed = [
        {"rule": "date_header", "text": " date 2024-08"},
        {"rule": "page_clock", "text": "Thứ Sáu, ngày 23 tháng 08 năm 2019"},
        {"rule": "late_byline", "text": "PV - 10:00, 05/03/2019"},
    ]
    found = publication_evidence(
        "Tiêu đề\nWritten: 2024-09-04 08:38\nHai bên hội đàm.",
        removed,
        "https://x.vn/a-20240903.htm",
        "2024-09-05",
    )
    assert [(p.kind, str(p.date), p.precision) for p in found] == [
        ("user", "2024-09-05", "day"),
        ("byline", "2024-09-04", "day"),
        ("url", "2024-09-03", "day"),
        ("header", "2024-08-01", "month"),
        ("late_byline", "2019-03-05", "day"),
        ("page_clock", "2019-08-23", "day"),
    ]
    assert [p.strict for p in found] == [True, False, True, False, False, False]


def test_an_invalid_header_is_an_error():
    with pytest.raises(ValueError, match="not a valid date"):
        publication_evidence("x", [{"rule": "date_header", "text": " date 2024-13"}])


# ---------------------------------------------------------------- wire datelines
def test_a_wire_dateline_is_the_report_date_not_the_meeting_date():
    text = "SEOUL, Sept. 4 (Yonhap) -- The two leaders held talks on Tuesday and agreed to expand trade."
    when = date_article(text, published="2024-09-04")
    assert when.event_id == "2024-09-03" and "Tuesday" in when.source


def test_a_dateline_with_a_year_anchors_a_weekday():
    when = date_article("HANOI, Nov. 4, 2021 (VNA) — The prime ministers agreed on Wednesday to boost trade.")
    assert when.event_id == "2021-11-03" and "HANOI, Nov. 4, 2021" in when.source


def test_a_capitalised_sentence_opening_is_not_a_dateline():
    assert datelines("Hanoi, Sept. 4 -- a sentence, not a dateline.") == []


def test_a_press_release_dateline_with_one_hyphen_is_a_dateline():
    assert [t for _, _, t in datelines("VIETNAM, August 3 -\nSEOUL — The ministers met on August 2.")] == [
        "VIETNAM, August 3 -"
    ]


@pytest.mark.parametrize(
    "text,line",
    [
        ("Hà Nội, 20/11 (TTXVN) - Chiều nay, hai Chủ tịch Quốc hội hội đàm.", "Hà Nội, 20/11 (TTXVN) -"),
        ("Seoul, 12/8 – Hai nhà lãnh đạo ký tuyên bố chung.", "Seoul, 12/8 –"),
        (
            "Hà Nội, 20/11 (giờ địa phương) - Đang thăm Việt Nam, ông Woo hội đàm.",
            "Hà Nội, 20/11 (giờ địa phương) -",
        ),
        ("TP Hồ Chí Minh, ngày 5/9 - Lãnh đạo thành phố tiếp đoàn.", "TP Hồ Chí Minh, ngày 5/9 -"),
    ],
)
def test_a_vietnamese_wire_dateline_is_a_dateline(text, line):
    assert [t for _, _, t in datelines(text)] == [line]


@pytest.mark.parametrize(
    "text",
    [
        "Theo số liệu, 20/11 - một ngày bận rộn.",  # a lower-case word in the 'place'
        "Hà Nội, 20/11 là ngày Nhà giáo Việt Nam.",  # no dash after the date
        "Kết quả, 3/5 - tỷ lệ phiếu thuận.",  # a lower-case word again
    ],
)
def test_a_sentence_with_a_day_and_month_is_not_a_vietnamese_dateline(text):
    assert datelines(text) == []


def test_a_vietnamese_dateline_takes_the_year_of_a_month_header_and_dates_the_report():
    text = " date 2019-11\nBusan, 24/11 (TTXVN) - Trong ngày làm việc tại Busan, Thủ tướng đã tiếp ông Park."
    when = date_article(text)
    assert when.event_id == "2019-11-24" and "Busan, 24/11 (TTXVN) -" in when.source
    # 'Chiều nay' counts from the dateline's day
    later = date_article(" date 2019-11\nBusan, 24/11 (TTXVN) - Tối qua, Thủ tướng đã tiếp ông Park.")
    assert later.event_id == "2019-11-23"


def test_a_dateline_in_another_month_than_the_header_leaves_the_header_s_month():
    assert (
        date_article(" date 2019-11\nBusan, 24/10 (TTXVN) - Thủ tướng đã tiếp ông Park.").event_id
        == "2019-11"
    )


def test_a_december_dateline_under_a_january_header_is_the_year_before():
    assert date_article(" date 2020-01\nHà Nội, 30/12 - Hai Bộ trưởng điện đàm.").event_id == "2019-12-30"


def test_an_english_dateline_takes_the_year_of_a_month_header():
    text = (
        " date 2019-11\nBUSAN, Nov. 24 (Yonhap) -- Prime Minister Nguyen Xuan Phuc met the honorary consul."
    )
    assert date_article(text).event_id == "2019-11-24"


def test_of_two_dated_lines_at_the_top_the_one_with_a_time_is_the_article_s():
    # the site's header shows today's date; the article's own line carries its time of day
    text = (
        "Thứ Bảy, 23/11/2024\nNhịp cầu Công Thương\nThứ Hai, 5/12/2022 18:35\nBộ trưởng làm việc với Đại sứ."
    )
    evidence = [p for p in publication_evidence(text, []) if p.kind == "byline"]
    assert [str(p.date) for p in evidence] == ["2022-12-05", "2024-11-23"]


def test_an_iso_date_as_a_path_segment_is_a_url_stamp():
    from vnkr.ingest.publication import url_date

    assert url_date("https://news.example.com/news/2024-09-03/national/x/2126929") == dt.date(2024, 9, 3)
    assert url_date("https://news.example.com/news/2024-09/national/x") is None  # a month is not a day


def test_a_vietnamese_dateline_alone_takes_the_year_of_the_office_holders():
    # Kim Boo-kyum was Prime Minister on 6 December only in 2021
    text = "Hà Nội, 6/12 (TTXVN) - Chiều nay, Thủ tướng Hàn Quốc Kim Boo-kyum tiếp Đại sứ Việt Nam."
    assert date_article(text).event_id == "2021-12-06"
