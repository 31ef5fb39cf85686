"""Date phrases as written: each form is found, with its parts, and non-dates are not."""

from __future__ import annotations

import pytest
from vnkr.ingest.dateforms import find_mentions
from vnkr.ingest.fulldates import full_dates


def first(text):
    m = find_mentions(text)[0]
    return m.form, m.day, m.month, m.year


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Chiều 5-9, hai bên hội đàm.", ("day_month", 5, 9, None)),
        ("Sáng 14/10, hai bên hội đàm.", ("day_month", 14, 10, None)),
        ("Sáng nay (11/8) theo giờ địa phương, lễ đón diễn ra.", ("day_month", 11, 8, None)),
        ("Ngày 23.6, Chủ tịch nước tiếp Bộ trưởng.", ("day_month", 23, 6, None)),
        ("Ngày 22 tháng 7, hai bên hội đàm.", ("day_month", 22, 7, None)),
        ("chiều ngày 27, hai bên hội đàm", ("day_only", 27, None, None)),
        ("Ngày 12, hai bên hội đàm.", ("day_only", 12, None, None)),
        ("hội đàm ngày 5/12/2022 tại Seoul", ("full", 5, 12, 2022)),
        ("ngày 5 tháng 12 năm 2022, tại Seoul", ("full", 5, 12, 2022)),
        ("on March 21 the leaders met", ("day_month", 21, 3, None)),
        ("on Sept. 30 the leaders met", ("day_month", 30, 9, None)),
        ("met on Nov. 4, 2021 in Glasgow", ("full", 4, 11, 2021)),
        ("met on 21 March 2024 in Seoul", ("full", 21, 3, 2024)),
        ("met on 25 Jun. 2023 in Hanoi", ("full", 25, 6, 2023)),
        # English pages of Vietnamese outlets write the day and month as numbers
        ("On the afternoon of 14/4, the delegation visited Jeollanam.", ("day_month", 14, 4, None)),
        ("On the morning of 3/12 the two sides met.", ("day_month", 3, 12, None)),
        ("On the evening of 22/12 the ministry gave a banquet.", ("day_month", 22, 12, None)),
    ],
)
def test_each_written_form_is_found_with_its_parts(text, expected):
    assert first(text) == expected


def test_weekday_and_relative_forms():
    assert [(m.form, m.weekday) for m in find_mentions("They agreed Friday to expand trade.")] == [
        ("weekday", 4)
    ]
    assert [(m.form, m.offset_days) for m in find_mentions("Hôm qua, hai bên điện đàm.")] == [
        ("relative_day", -1)
    ]
    assert [(m.form, m.offset_days) for m in find_mentions("Tuần trước, hai bên điện đàm.")] == [
        ("relative_week", -7)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "kim ngạch đạt 81.5 tỷ USD",  # not a date: a decimal
        "đoàn ở lại đến ngày 3/7",  # the end of a span
        "ngày 4 đến 6/12 hai bên",  # a day-only span start
        "Ngày 31/2, hai bên hội đàm",  # not a date
        "the two sides may agree in March 2024",  # 'may' is a verb; a month with a year has no day
        "Trong năm vừa qua, hai bên hội đàm.",  # a period
    ],
)
def test_what_is_not_a_meeting_day(text):
    assert find_mentions(text) == []


@pytest.mark.parametrize("text", ["trong chuyến thăm từ 10 đến 13-8", "thăm chính thức từ ngày 12 đến 18/1"])
def test_a_span_with_two_ends_is_one_span_mention_not_two_dates(text):
    assert [(m.span, m.word) for m in find_mentions(text)] == [(True, "span of a stay")]


def test_a_day_before_vua_qua_stays_a_day_and_vua_qua_adds_nothing():
    assert [(m.form, m.day) for m in find_mentions("vụ tai nạn ngày 29.10 vừa qua")] == [("day_month", 29)]


def test_meeting_sentence_and_caption_are_marked():
    ms = find_mentions(
        "Báo số ra ngày 12/8. Ngày 11/8, hai bên hội đàm.\nHai bên hội đàm chiều ngày 27. Ảnh: TTXVN"
    )
    assert [(m.day, m.in_meeting_sentence, m.in_caption) for m in ms] == [
        (12, False, False),
        (11, True, False),
        (27, True, True),
    ]


def test_a_credit_inside_a_dateline_is_not_a_caption():
    assert not find_mentions("SEOUL, Oct. 18 (Yonhap) -- South Korea and Vietnam agreed Tuesday")[
        0
    ].in_caption


def test_skipped_spans_are_left_out():
    text = "November 22, 2025 8:03 PM\nThe leaders met on November 22."
    assert [m.form for m in find_mentions(text, skip=[(0, 25)])] == ["day_month"]


@pytest.mark.parametrize(
    "line,expected",
    [
        ("Thanh Hà - 14:05, 19/10/2022", "2022-10-19"),
        ("Hoàng Lan 18:03 02-07-2024", "2024-07-02"),
        ("Written: 2024-09-04 08:38:29", "2024-09-04"),
        ("Thứ Sáu, ngày 23 tháng 08 năm 2019, 09:25:27", "2019-08-23"),
        ("By Yonhap | Published: July 13, 2022 - 21:44", "2022-07-13"),
        ("Published: 25 Jun. 2023, 16:35", "2023-06-25"),
        ("Ngoc Mai 10:12, 2024/03/22", "2024-03-22"),
    ],
)
def test_full_dates_of_a_byline(line, expected):
    assert str(full_dates(line)[0][2]) == expected


def test_full_dates_rejects_impossible_dates():
    assert full_dates("31/02/2021") == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("bắt đầu chuyến thăm ba ngày (4-6/12) tới Hàn Quốc", [(4, 12, None, True)]),
        ("chuyến thăm từ ngày 13-18/8/2025 đã thành công", [(13, 8, 2025, True)]),
        ("Chiều 19/8, hai bên hội đàm, sau chuyến thăm 13-18/8", [(19, 8, None, False), (13, 8, None, True)]),
    ],
)
def test_a_span_of_days_gives_its_first_day_as_a_span(text, expected):
    assert [(m.day, m.month, m.year, m.span) for m in find_mentions(text)] == expected


def test_a_comma_after_a_relative_session_word_still_leads_a_day_and_month():
    assert [
        (m.form, m.day, m.month) for m in find_mentions("Chủ tịch nước chiều nay, 25/4, đã đón ông Chung.")
    ] == [("day_month", 25, 4)]
    # a bare number after the comma is a count, not a day
    assert [m.form for m in find_mentions("Chiều nay, 3 Bộ trưởng họp.")] == ["relative_day"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Hai Bộ trưởng tại Yeouido. 2022.10.16 [Ảnh: Bộ VHTTDL]", [("full", 16, 10, 2022)]),
        ("Seoul (Yonhap) 2023. 6. 23. Hai nước hội đàm.", [("full", 23, 6, 2023)]),
        ("kim ngạch đạt 2022.5 tỷ USD", []),  # not three parts
    ],
)
def test_a_date_written_year_first_is_a_full_date(text, expected):
    assert [(m.form, m.day, m.month, m.year) for m in find_mentions(text)] == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("received him on Thursday, August 18, at 10 a.m.", [("day_month", 18, 8)]),
        ("hai bên gặp nhau tại Hà Nội vào thứ Ba (15/4).", [("day_month", 15, 4)]),
        ("the chairman said today [December 18] that", [("day_month", 18, 12)]),
        ("Giới kinh doanh cho biết hôm nay, ngày 2, ông có cuộc gặp.", [("day_only", 2, None)]),
        # a Korean month.day stays ambiguous: the relative day is kept beside it
        ("held a summit in Seoul today (8.11).", [("relative_day", None, None), ("day_month", 8, 11)]),
        # a weekday with other words before the date is its own phrase
        ("met on Friday in Hanoi; on May 3 they signed.", [("weekday", None, None), ("day_month", 3, 5)]),
    ],
)
def test_a_weekday_or_relative_day_followed_by_its_date_is_that_date(text, expected):
    assert [(m.form, m.day, m.month) for m in find_mentions(text)] == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("TP.HCM (TTXVN) - Thứ Sáu 13/1, Chủ tịch UBND gặp đoàn.", [("day_month", 13, 1, 4)]),
        ("Sáng thứ Hai, 15/4 hai bên hội đàm.", [("day_month", 15, 4, 0)]),
        ("received him on Thursday, August 18, at 10 a.m.", [("day_month", 18, 8, 3)]),
        # a number after a weekday with words between is not its date
        ("Thứ Sáu tuần trước có 13/1 đại biểu", [("weekday", None, None, 4)]),
    ],
)
def test_a_date_right_after_a_weekday_keeps_the_weekday(text, expected):
    assert [(m.form, m.day, m.month, m.weekday) for m in find_mentions(text)] == expected


def test_a_relative_word_inside_a_name_is_not_a_date():
    assert find_mentions("By DA NANG Today\nOn Friday evening the consul met him.")[0].form == "weekday"
    assert [m.form for m in find_mentions("Vietnam Today reports the talks.")] == []
    assert [m.form for m in find_mentions("Today the two ministers met.")] == ["relative_day"]


def test_a_year_first_date_needs_one_separator_throughout():
    assert full_dates("2024/03-22") == [] and full_dates("12/2024/03/22") == []


@pytest.mark.parametrize(
    "text,expected",
    [
        ("President Yoon met Prime Minister Chinh on the 23rd (local time).", [("day_only", 23, None, None)]),
        ("Prime Minister Han met Thuong on the 1st to discuss cooperation.", [("day_only", 1, None, None)]),
        ("Governor Oh sat down on the 23rd of last month with Ut.", [("day_only", 23, None, -1)]),
        ("The envoy called on him on the 7th of this month.", [("day_only", 7, None, 0)]),
        ("Speaker Kim met President Phuc on the morning of the 6th.", [("day_only", 6, None, None)]),
        ("They talked in the afternoon of the 2nd, in Seoul.", [("day_only", 2, None, None)]),
        (
            "Ahn met the city council chief on the 11th of January, in the morning.",
            [("day_month", 11, 1, None)],
        ),
        # the talks' subject right after the day
        (
            "The delegation held talks at the county office on the 25th on seasonal workers.",
            [("day_only", 25, None, None)],
        ),
        ("The ministers met on the 9th during a regional forum.", [("day_only", 9, None, None)]),
        ("Kim called on the premier on the 4th regarding the plant.", [("day_only", 4, None, None)]),
        # an ordinal before a noun is no day
        ("Thuong briefed them on the 13th Party Congress.", []),
        ("On the 30th anniversary the two leaders spoke.", []),
        ("They agreed on the 3rd phase of the project.", []),
    ],
)
def test_an_english_day_alone_after_on_the(text, expected):
    assert [(m.form, m.day, m.month, m.month_offset) for m in find_mentions(text)] == expected


@pytest.mark.parametrize(
    "text,aside",
    [
        ("Phuc praised Seoul's diplomacy, the new envoy said Thursday.", True),
        ("The ministry told reporters on Friday.", True),
        ("The visit was confirmed, the foreign ministry announced on May 27.", True),
        # what was said that day, or said at the meeting, is not set aside
        ("President Lee said Thursday that Seoul wants a part in Vietnam's growth, as he met Cuong.", False),
        ("Seoul's transport ministry said Monday that Korea will share its railway know-how.", False),
    ],
)
def test_a_day_right_after_said_that_ends_the_sentence_is_the_day_it_was_said(text, aside):
    assert [m.aside for m in find_mentions(text)] == [aside]
