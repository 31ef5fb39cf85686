"""The meeting date of a report: which evidence wins, and each rule that places a day in time."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest
from vnkr.ingest.dates import date_article, resolve_event_date
from vnkr.ingest.offices import DateNotFound

TODAY = dt.date(2026, 11, 26)
LEADERS = pd.DataFrame(
    [
        {
            "name": "Park Jin",
            "name_vi": "Park Jin",
            "aliases": "Park Jin",
            "role": "FM",
            "office": "foreign_minister",
            "term_start": dt.date(2022, 5, 12),
            "term_end": dt.date(2024, 1, 10),
        },
        {
            "name": "Kim Boo-kyum",
            "name_vi": "Kim Boo Kyum",
            "aliases": "Kim Boo-kyum",
            "role": "PM",
            "office": "prime_minister",
            "term_start": dt.date(2021, 5, 14),
            "term_end": dt.date(2022, 5, 12),
        },
    ]
)


def when(text, removed=(), url=None, published=None, leaders=LEADERS):
    return resolve_event_date(text, list(removed), url, published, leaders, TODAY)


def header(value):
    return {"rule": "date_header", "text": f" date {value}"}


def test_a_full_date_is_taken_as_written():
    assert when("On July 2, 2024, the two Prime Ministers held talks.").event_id == "2024-07-02"


def test_day_month_takes_the_year_of_the_user_date():
    w = when("Tối 19-5, hai bên hội đàm.", published="2023-05-20")
    assert w.event_id == "2023-05-19" and "given by the user" in w.source


def test_day_month_after_the_user_date_belongs_to_the_previous_year():
    w = when("Tối 30/12, hai Thủ tướng điện đàm.", published="2022-01-03")
    assert w.event_id == "2021-12-30" and "previous year" in w.source


def test_a_day_after_a_user_date_is_allowed_for_time_zones():
    assert when("Tối 19/5, hai bên hội đàm.", published="2023-05-18").event_id == "2023-05-19"


def test_a_page_date_a_few_days_before_the_meeting_is_taken_as_a_wrong_clock():
    w = when("Tiêu đề\n04/08/2025 | 09:12\nVào ngày 6/8, hai Bộ trưởng điện đàm.")
    assert w.event_id == "2025-08-06" and "wrong page clock" in w.source


def test_a_page_date_gives_the_nearest_year():
    assert when("Tiêu đề\n01/08/2025 | 09:12\nNgày 10/8, hai Bộ trưởng điện đàm.").event_id == "2025-08-10"
    w = when("Tiêu đề\n02/01/2022 08:00\nNgày 30/12, hai bên hội đàm.")
    assert w.event_id == "2021-12-30" and "previous year" in w.source


def test_the_url_stamp_gives_the_year():
    w = when("Sáng 11-8, hai bên hội đàm.", url="https://x.vn/a-20250811183212044.htm")
    assert w.event_id == "2025-08-11" and "URL stamp" in w.source


def test_a_day_month_in_the_month_of_a_month_header():
    assert when("Ngày 23.6, hai bên hội đàm.", [header("2021-06")]).event_id == "2021-06-23"


def test_december_before_a_january_header_is_the_previous_year():
    assert when("Ngày 30/12, hai bên hội đàm.", [header("2022-01")]).event_id == "2021-12-30"


def test_a_day_month_outside_the_header_month_is_not_trusted():
    w = when("Ngày 3/5, hai bên hội đàm.", [header("2021-07")])
    assert w.event_id == "2021-07" and w.warnings


def test_a_day_alone_takes_the_publication_month():
    assert when("Ngày 2, hai Thủ tướng hội đàm.", published="2024-07-02").event_id == "2024-07-02"


def test_a_day_alone_after_the_publication_day_is_in_the_previous_month():
    w = when("Ngày 28, hai Bộ trưởng hội đàm.", published="2023-04-02")
    assert w.event_id == "2023-03-28" and "previous month" in w.source


def test_a_day_alone_takes_the_month_of_a_dated_phrase_in_its_sentence():
    w = when("Ngày 12, hai bên hội đàm (ngày 13/8 ký kết).", published="2024-09-20")
    assert w.event_id == "2024-08-12"


def test_a_day_alone_takes_the_header_month():
    assert when("Ngày 17, hai Chủ tịch hội đàm.", [header("2023-01")]).event_id == "2023-01-17"


def test_hom_qua_counts_from_the_byline():
    assert when("Tiêu đề\nThanh Hà - 14:05, 19/10/2022\nHôm qua, hai bên hội đàm.").event_id == "2022-10-18"


def test_a_relative_day_under_a_month_header_gives_the_month():
    assert when("Thủ tướng hôm nay điện đàm với người đồng cấp.", [header("2022-07")]).event_id == "2022-07"


def test_a_relative_day_without_a_publication_date_is_refused():
    with pytest.raises(DateNotFound, match="published="):
        when("Hôm qua, Bộ trưởng Quốc phòng hai nước điện đàm.")


def test_vua_qua_gives_the_month_when_the_week_lies_in_it():
    w = when("Hai Bộ trưởng vừa qua đã điện đàm.", published="2024-06-20")
    assert (w.event_id, w.precision) == ("2024-06", "month")


def test_vua_qua_spanning_two_months_is_refused():
    with pytest.raises(DateNotFound, match="span two months"):
        when("Hai Bộ trưởng vừa qua đã điện đàm.", published="2024-07-03")


def test_a_weekday_is_the_latest_such_day_on_or_before_publication():
    assert when("They agreed Friday to expand trade.", published="2023-06-24").event_id == "2023-06-23"
    assert when("They agreed Friday to expand trade.", published="2023-06-23").event_id == "2023-06-23"


@pytest.mark.parametrize(
    "text, published, expected",
    [
        # a look-ahead word before the weekday in its clause: the first such day on or after the report
        (
            "Foreign Minister Kang will travel to Vietnam on Thursday for a two-day visit.",
            "2020-09-15",
            "2020-09-17",
        ),
        ("Governor Kim will visit Vietnam from Thursday on a three-day trip.", "2023-02-22", "2023-02-23"),
        ("Minister Cho will meet his counterpart on Wednesday.", "2023-02-22", "2023-02-22"),
        # the weekday told after the look-ahead's clause is the day it was said: counted back
        (
            "Samsung will find the best conditions in Vietnam, the premier promised on Tuesday.",
            "2020-10-21",
            "2020-10-20",
        ),
        (
            "President Yoon said Monday that the two countries will open a new chapter.",
            "2022-12-06",
            "2022-12-05",
        ),
    ],
)
def test_a_weekday_the_text_looks_ahead_to_is_counted_forward(text, published, expected):
    assert when(text, published=published).event_id == expected


def test_scheduled_for_previews_a_day_after_the_report():
    text = "The talks, scheduled for Friday (Sept. 18), are aimed at closer ties."
    assert when(text, published="2020-09-15").event_id == "2020-09-18"


def test_the_byline_beats_the_header_and_the_header_is_named():
    w = when(
        "Written: 2024-09-04 08:38:29\nYoon held a phone call with To Lam on Tuesday.", [header("2024-08-30")]
    )
    assert w.event_id == "2024-09-03" and "header ' date 2024-08-30' disagrees" in w.source


def test_the_user_date_beats_the_byline():
    w = when("Tiêu đề\n01/01/2019 | 09:12\nChiều 3/4, hai bên điện đàm.", published="2020-04-04")
    assert w.event_id == "2020-04-03" and "is stronger" in w.source


def test_a_date_in_a_caption_is_used_after_the_others():
    text = "Thủ tướng bắt tay tại cuộc hội đàm chiều ngày 27. [Ảnh=Yonhap]\nChiều 2/7, hai Thủ tướng hội đàm."
    assert when(text, published="2024-07-02").event_id == "2024-07-02"


@pytest.mark.parametrize(
    "text",
    [
        # round 61 (read after its run): a caption that opens with its credit mark, of an earlier call
        "Ảnh: Tổng thống điện đàm với Chủ tịch nước tại Yongsan ngày 12/6/2025.\nHôm nay (ngày 11), hai bên hội đàm.",
        "Photo: The two presidents held talks by phone on June 12, 2025.\nThe two leaders held talks on the 11th.",
    ],
)
def test_a_caption_that_opens_with_its_credit_is_used_after_the_others(text):
    assert when(text, published="2025-08-11").event_id == "2025-08-11"


def test_a_date_in_a_caption_is_used_when_it_is_the_only_one():
    text = "Moon talks by phone with Phuc on Friday. (Yonhap)\nThe leaders agreed to keep trade flowing."
    assert when(text, url="https://x.com/view.php?ud=20200404000063").event_id == "2020-04-03"


def test_the_meeting_sentence_date_beats_an_earlier_date():
    text = "Theo tờ báo số ra ngày 12/8, hai nước cam kết. Thỏa thuận đạt tại hội nghị thượng đỉnh ngày 11/8."
    assert when(text, published="2025-08-12").event_id == "2025-08-11"


def test_the_byline_line_is_not_an_in_text_date():
    text = "Tiêu đề\nNovember 22, 2025 8:03 PM GMT+7\nThe leaders met on November 20."
    assert when(text).event_id == "2025-11-20"


def test_a_date_long_before_publication_is_not_the_meeting():
    w = when("Ngày 3/1, hai bên hội đàm.", published="2023-05-20")
    assert w.event_id == "2023-05" and any("far before" in x for x in w.warnings)


def test_a_full_date_with_its_own_weekday_is_the_meeting_however_far_before_the_top_date():
    # round 58 (read after its run): a site's date line years later, over a report that names its day
    # in full with the right weekday; a weekday that does not fit the date leaves it background
    text = "Saturday, November 23, 2024\nThe consulate held its opening ceremony on Friday, November 6, 2020."
    assert date_article(text).date == pd.Timestamp("2020-11-06")
    wrong = text.replace("Friday", "Monday")
    assert date_article(wrong).date == pd.Timestamp("2024-11-23")


def test_no_date_in_the_text_takes_the_month_of_publication_and_says_so():
    # the day of publication is not the meeting's: a report may come a day or more later
    w = when("Hai Bộ trưởng hội đàm.", published="2023-05-20")
    assert (w.event_id, w.precision) == ("2023-05", "month") and "only the month of publication" in w.source
    w = when("Hai Bộ trưởng hội đàm.", url="https://x.vn/hoi-dam-20230520101010.htm")
    assert (w.event_id, w.precision) == ("2023-05", "month")


def test_no_date_in_the_text_under_a_byline_takes_the_byline_day():
    assert when("Tiêu đề\nPV - 10:00, 20/05/2023\nHai Bộ trưởng hội đàm.").event_id == "2023-05-20"


def test_a_page_clock_alone_is_not_an_event_date():
    clock = {"rule": "page_clock", "text": "Thứ Sáu, ngày 23 tháng 08 năm 2019, 09:25:27"}
    with pytest.raises(DateNotFound, match="page clock"):
        when("Hai Bộ trưởng hội đàm.", [clock])


def test_a_page_clock_alone_can_give_a_phrase_its_year_and_says_so():
    clock = {"rule": "page_clock", "text": "Thứ Sáu, ngày 23 tháng 08 năm 2019, 09:25:27"}
    w = when("Ngày 22/8, hai Bộ trưởng hội đàm.", [clock])
    assert w.event_id == "2019-08-22" and "page clock is the only evidence" in w.source


def test_a_page_clock_never_beats_a_header():
    clock = {"rule": "page_clock", "text": "Thứ Sáu, ngày 23 tháng 08 năm 2019"}
    w = when("Hai Bộ trưởng hội đàm.", [header("2021-08-02"), clock])
    assert w.event_id == "2021-08" and "overridden" in w.source


def test_a_date_below_the_text_is_ignored_when_a_header_dates_the_report():
    late = {"rule": "late_byline", "text": "PV - 10:00, 05/03/2019"}
    w = when("Hai Bộ trưởng hội đàm.", [header("2021-08-02"), late])
    assert w.event_id == "2021-08" and "below the text ignored" in w.source


def test_without_a_publication_date_the_year_comes_from_office_holders():
    w = when("Chiều 30/12, Thủ tướng điện đàm với Thủ tướng Kim Boo-kyum.")
    assert w.event_id == "2021-12-30" and "office holders" in w.source


def test_several_fitting_years_are_refused_with_the_way_out():
    with pytest.raises(DateNotFound, match=r"ambiguous: 2022, 2023.*Park Jin.*published="):
        when("Chiều 13/7, Ngoại trưởng Park Jin điện đàm với người đồng cấp.")


def test_date_article_cleans_the_text_first():
    assert date_article(" date 2022-12 Ngày 5/12, hai bên hội đàm.").event_id == "2022-12-05"


def test_a_day_alone_under_a_page_date_takes_the_nearest_month():
    # the page is stamped two days before the meeting: the 12th is this month's, not last month's
    w = when("Tiêu đề\n10/08/2025 | 09:12\nNgày 12, hai Bộ trưởng hội đàm.")
    assert w.event_id == "2025-08-12" and "wrong page clock" in w.source


def test_a_page_clock_years_off_yields_to_the_office_holders():
    clock = {"rule": "page_clock", "text": "Thứ Sáu, ngày 23 tháng 08 năm 2019, 09:25:27"}
    w = when("Chiều 30/12, Thủ tướng điện đàm với Thủ tướng Kim Boo-kyum.", [clock])
    assert w.event_id == "2021-12-30" and "the year 2019 of the page clock" in w.source


def test_a_byline_yields_to_the_office_holders_only_when_none_of_them_was_in_office():
    text = "Tiêu đề\n02/01/2019 08:00\nChiều 30/12, Thủ tướng điện đàm với Thủ tướng Kim Boo-kyum."
    w = when(text)
    assert w.event_id == "2021-12-30" and "the year 2018 of the byline" in w.source


def test_a_user_date_is_not_overridden_by_the_office_holders():
    w = when("Chiều 30/12, Thủ tướng điện đàm với Thủ tướng Kim Boo-kyum.", published="2019-01-02")
    assert w.event_id == "2018-12-30"


def test_a_dateline_without_a_year_takes_the_year_of_the_office_holders():
    # 'VIETNAM, December 6 -' with a single hyphen; Kim Boo-kyum was Prime Minister on 6 December
    # only in 2021, when 6 December was a Monday: the Friday before is 3 December
    text = "VIETNAM, December 6 -\nSEOUL — Prime Minister Kim Boo-kyum held talks with Vietnam's envoy on Friday."
    w = when(text)
    assert w.event_id == "2021-12-03" and "office holders" in w.source


def test_a_dateline_without_a_year_and_no_office_holder_is_refused():
    with pytest.raises(DateNotFound):
        when("VIETNAM, December 6 -\nSEOUL — The two envoys held talks on Friday.")


def test_a_day_and_month_alone_in_brackets_is_a_date():
    text = "Thủ tướng (27/11) hội đàm với Tổng thống Hàn Quốc."
    assert when(text, url="https://x.vn/2019/12/02/hoi-dam").event_id == "2019-11-27"


def test_a_number_in_brackets_without_a_month_is_not_a_date():
    text = "Hai bên ký 5 văn kiện (12) tại Seoul."
    assert when(text, url="https://x.vn/2019/12/02/hoi-dam").event_id == "2019-12"


def test_a_year_and_month_in_the_url_give_the_year_of_a_day_month():
    url = "https://x.vn/chinh-tri/201911/thu-tuong-den-busan-881547/index.htm"
    assert when("Ngày 24/11, Thủ tướng tới Busan.", url=url).event_id == "2019-11-24"
    # published the month after: the day-month of the month before is still that year
    assert when("Ngày 29/10, Thủ tướng hội đàm.", url=url).event_id == "2019-10-29"
    # nothing else: the month alone
    w = when("Thủ tướng hội đàm với Tổng thống.", url=url)
    assert w.event_id == "2019-11" and w.precision == "month"


def test_an_english_span_of_days_is_not_the_meeting_day():
    # 'June 30 - July 3' is the visit; with no other date the header's month dates the report
    text = " date 2024-07-02 The prime minister is visiting Korea (June 30 - July 3) and held talks."
    assert date_article(text).event_id == "2024-07"
    # 'on November 27 to map out …': 'to' after a date is not a span
    assert (
        when("The leaders sat down on November 27 to map out steps.", published="2019-11-28").event_id
        == "2019-11-27"
    )


def test_a_history_date_long_before_a_month_header_is_not_the_meeting():
    # the header gives only the month; 22/12/1995 is background, so the header's month is taken
    text = (
        "Tổng thống thăm cấp Nhà nước Việt Nam.\nNhà máy đầu tiên của tập đoàn khánh thành ngày 22/12/1995."
    )
    w = when(text, removed=[header("2023-06")])
    assert w.event_id == "2023-06" and any("far before" in x for x in w.warnings)


def test_a_full_date_when_nobody_named_held_office_is_history_not_the_meeting():
    # Park Jin took office in 2022: 22/12/1992 is the founding of ties, not his meeting
    text = (
        "Tại cuộc hội đàm, Ngoại trưởng Park Jin nhắc rằng hai nước đặt quan hệ ngoại giao ngày 22/12/1992.\n"
        "Ngày 13/7/2022, ông trở về Seoul."
    )
    w = when(text)
    assert w.event_id == "2022-07-13" and any("terms of everyone named" in x for x in w.warnings)


@pytest.mark.parametrize(
    "other_country",
    [
        "Trưa 8-6, Thủ tướng đã có cuộc gặp với Toàn quyền Canada tại Quebec.",  # another country's leader
        "Trước đó, ông ghé Pháp hai ngày 7-8/6 rồi mới sang Hà Nội.",  # a leg of the trip elsewhere
    ],
)
def test_a_date_in_a_sentence_about_another_country_is_not_the_meeting(other_country):
    text = "Ngoại trưởng Park Jin sẽ sang thăm Việt Nam trong tháng này.\n" + other_country
    w = when(text, published="2022-06-09")
    assert w.event_id == "2022-06" and any("another country" in x for x in w.warnings)


def test_a_date_after_talks_of_is_another_meeting():
    text = (
        "Prime Minister Pham Minh Chinh held phone talks with his counterpart on Tuesday and said they would carry "
        "out what the leaders agreed in their online talks of June 8."
    )
    assert when(text, published="2022-07-05").event_id == "2022-07-05"
    assert when("The two leaders held talks on June 8.", published="2022-07-05").event_id == "2022-06-08"


def test_a_lowercase_ordinal_is_not_a_vietnamese_weekday():
    # 'đứng thứ ba' (ranks third) is an ordinal; the weekday is written with its name capitalised
    from vnkr.ingest.dateforms import find_mentions

    assert [m.form for m in find_mentions("Hàn Quốc đứng thứ ba về thương mại, lần thứ hai liên tiếp.")] == []
    assert [m.weekday for m in find_mentions("Hai bên hội đàm hôm thứ Hai.")] == [0]


def test_a_header_with_day_and_month_swapped_against_the_text_yields_to_the_text():
    w = when(" date 2025-11-08\nNgày 11/8, Đà Nẵng cùng Pyeongtaek ký biên bản thỏa thuận.")
    assert w.event_id == "2025-08-11" and any("swapped" in x for x in w.warnings)
    # a day far before the header that is not its mirror stays background
    assert when(" date 2025-11-08\nNgày 3/8, hai bên ký thỏa thuận.").event_id == "2025-11-08"


def test_an_anniversary_of_a_tie_between_provinces_is_not_counted_from_1992():
    from vnkr.ingest.offices import DateNotFound

    text = "Ngày 9/6, tỉnh Thái Nguyên tổ chức lễ kỷ niệm 20 năm quan hệ hợp tác giữa tỉnh với tỉnh Gyeongsangbuk."
    with pytest.raises(DateNotFound):
        when(text)
    assert when("Ngày 9/6, hai nước kỷ niệm 20 năm thiết lập quan hệ ngoại giao.").event_id == "2012-06-09"
    # two capitals' tie is local too
    with pytest.raises(DateNotFound):
        when("Ngày 4/2, đoàn sang thăm nhân kỷ niệm 30 năm hai thủ đô thiết lập quan hệ hữu nghị.")


LOCAL_TIE = (
    "Ngày 9/6, tỉnh Thái Nguyên tổ chức lễ kỷ niệm 20 năm quan hệ hợp tác giữa tỉnh với tỉnh Gyeongsangbuk.\n"
    "Hai tỉnh ký thỏa thuận hợp tác hữu nghị lần đầu năm 2005; năm 2019, hai tỉnh ký thêm bản ghi nhớ."
)


@pytest.mark.parametrize(
    "text, event_id, phrase",
    [
        (LOCAL_TIE, "2025-06-09", "20 năm"),
        # two provinces keep their own anniversary, counted from the month their tie was set up
        (
            "Chiều 19/12, Bí thư Tỉnh ủy Vĩnh Phúc tiếp đoàn tỉnh Chungcheongbuk. Năm nay hai tỉnh kỷ niệm 15 năm "
            "quan hệ hữu nghị hợp tác (xác lập tháng 10/2008).",
            "2023-12-19",
            "15 năm",
        ),
        # the tie's own span in brackets after it, a long name between
        (
            "Nhân dịp kỷ niệm 20 năm quan hệ kết nghĩa giữa tỉnh Khánh Hòa và thành phố Ulsan (2002 - 2022), "
            "đoàn tỉnh sang thăm Ulsan. Sáng 24/10, đoàn hội kiến Thị trưởng Ulsan.",
            "2022-10-24",
            "20 năm",
        ),
    ],
)
def test_an_anniversary_of_a_local_tie_counts_from_the_year_the_text_says_it_began(text, event_id, phrase):
    w = when(text)
    assert w.event_id == event_id and phrase in w.source


def test_a_firm_registering_in_a_year_is_no_start_of_the_tie():
    registered = LOCAL_TIE.replace(
        "Hai tỉnh ký thỏa thuận hợp tác hữu nghị lần đầu năm 2005; năm 2019, hai tỉnh ký",
        "Doanh nghiệp đăng ký dự án năm 2005 và",
    )
    with pytest.raises(DateNotFound):
        when(registered)


@pytest.mark.parametrize(
    "text, year",
    [
        ("Ông khẳng định quan hệ Việt Nam - Hàn Quốc đã phát triển tốt đẹp trong 31 năm qua.", 2023),
        ("The governor praised how ties had grown during the 25 years of their relations.", 2017),
        ("He was pleased with how far Vietnam-South Korea relations have come in their 30 years.", 2022),
    ],
)
def test_the_relations_counted_in_years_are_counted_from_1992(text, year):
    from vnkr.ingest.anniversaries import anniversary_years

    assert [y for y, _ in anniversary_years(text)] == [year]


def test_a_company_s_years_are_no_anniversary():
    from vnkr.ingest.anniversaries import anniversary_years

    assert anniversary_years("Samsung đã hoạt động tại Việt Nam trong 15 năm qua.") == []


def test_the_founding_date_of_ties_is_no_meeting_date():
    text = (
        "The trip is the first by a Vietnamese Prime Minister in seven years.\n"
        "The two countries opened diplomatic relations on December 22, 1992, and became strategic partners in 2009."
    )
    with pytest.raises(DateNotFound):
        when(text)


@pytest.mark.parametrize(
    "text",
    [
        "Osan là địa phương đầu tiên kết thân với Quảng Nam (10/3/2004); hai bên gặp lại.",
        "Đà Nẵng và Daegu ký kết hợp tác hữu nghị (21/10/2004), rồi nâng lên kết nghĩa.",
    ],
)
def test_a_local_tie_s_start_in_brackets_is_no_meeting_date(text):
    with pytest.raises(DateNotFound):
        when(text)
    # the same date after the verb, not in brackets, may be the day of a signing: it is kept
    assert when(text.replace("(10/3/2004)", "ngày 10/3/2004").replace("(21/10/2004)", "ngày 21/10/2004"))


@pytest.mark.parametrize(
    "text",
    [
        # round 78 (read after its run): the start of a local tie, told after the verb that made it
        "A Gyeongnam delegation was in Dong Nai on Nov. 7. The two provinces became sisters on May 13, 1996.",
        "Sáng 7/11, đoàn tỉnh Gyeongnam thăm Đồng Nai. Hai tỉnh kết nghĩa ngày 13/5/1996.",
        "Sáng 7/11, đoàn tỉnh Gyeongnam thăm Đồng Nai. Hai tỉnh thiết lập quan hệ hữu nghị ngày 13/5/1996.",
    ],
)
def test_the_start_of_a_local_tie_is_no_meeting_date(text):
    # no publication date: the visit's day has no year, and the tie's start is not taken instead
    with pytest.raises(DateNotFound):
        when(text)
    # with one, the visit's day
    assert when(text, published="2016-11-20").event_id == "2016-11-07"


def test_an_anniversary_counts_from_the_start_in_brackets_after_it():
    from vnkr.ingest.anniversaries import anniversary_years

    text = "Daegu dự kỷ niệm 15 năm hợp tác với Đà Nẵng\nSáng 11/10, nhân dịp kỷ niệm 15 năm ký kết hợp tác hữu nghị (21/10/2004)."
    # the headline's count, with no start of its own, counts from the same start
    assert {y for y, _ in anniversary_years(text)} == {2019}
    assert {y for y, _ in anniversary_years("kỷ niệm 30 năm thiết lập quan hệ ngoại giao (1992-2022)")} == {
        2022
    }


def test_a_meeting_on_an_anniversary_of_ties_keeps_its_date():
    text = "Hà Nội, ngày 22/12/2022 - Nhân kỷ niệm 30 năm thiết lập quan hệ ngoại giao, hai Bộ trưởng đã điện đàm."
    assert when(text).event_id == "2022-12-22"


def test_more_than_n_years_of_ties_gives_no_year():
    from vnkr.ingest.anniversaries import anniversary_years

    assert anniversary_years("hơn 30 năm quan hệ ngoại giao, hai nước đã hợp tác sâu rộng") == []
    assert anniversary_years("over 30 years of diplomatic relations") == []
    # an anniversary of something other than the ties gives no year
    assert anniversary_years("the 20th anniversary of UNESCO's inscription of My Son Sanctuary") == []
    assert anniversary_years("the 20th anniversary of the two cities' twinning")[0][0] == 2012
    assert {y for y, _ in anniversary_years("30 năm quan hệ ngoại giao")} >= {2022}


@pytest.mark.parametrize(
    "text,published,expected",
    [
        # an announcement word up to a long subject after the date: the announcement's day
        (
            "Ngày 21/10, Bộ Đất đai, Hạ tầng và Giao thông Hàn Quốc thông báo Thứ trưởng đã về nước. "
            "Sáng 20/10, ông trao đổi với Thứ trưởng Bộ Xây dựng.",
            "2025-10-21",
            "2025-10-20",
        ),
        # a meeting word between the date and the announcement word: the meeting's day
        (
            "Chiều 20/10, tại buổi hội đàm, Thủ tướng cho biết Việt Nam muốn mua thêm điện. "
            "Ngày 25/10, hai bên sẽ ký kết.",
            "2025-10-21",
            "2025-10-20",
        ),
        # a date right after the announcement word is its day only before a reported clause
        ("KEPCO thông báo hôm 23 rằng hai bên đã họp vào ngày 22.", "2018-10-23", "2018-10-22"),
        ("Bộ Ngoại giao thông báo hôm 23, sau khi hai bên họp ngày 22.", "2018-10-23", "2018-10-23"),
    ],
)
def test_the_day_of_an_announcement_yields_to_the_day_it_reports(text, published, expected):
    assert date_article(text, published=published).event_id == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a date closing an attribution that opens the sentence is the source's day
        (
            "Theo thông báo của chính quyền Seoul ngày 7/12, chiều 5/12 (giờ địa phương), Thị trưởng Oh "
            "Se-hoon đã hội kiến Chủ tịch UBND TP Hà Nội.",
            "2025-12-05",
        ),
        (
            "Hai bên đã gặp nhau. Theo giới doanh nghiệp ngày 7, hai Chủ tịch đã hội đàm hôm 5.",
            "2025-12-05",
        ),
        ("According to the ministry on December 7, the ministers held talks on December 5.", "2025-12-05"),
        (  # after a dateline's dash
            "(Hà Nội) – Theo thông báo của Seoul ngày 7/12, chiều 5/12, Thị trưởng Seoul hội kiến Chủ tịch Hà Nội.",
            "2025-12-05",
        ),
        # a time zone is no source; a date not closing the attribution with a comma is read as before
        (
            "Theo giờ địa phương ngày 5/12, hai Bộ trưởng hội đàm. Ngày 7/12, hai bên ký văn kiện.",
            "2025-12-05",
        ),
        ("Hai Bộ trưởng hội đàm theo lời mời của phía Hàn Quốc ngày 5/12 tại Seoul.", "2025-12-05"),
    ],
)
def test_the_day_of_a_source_quoted_yields_to_the_day_it_reports(text, expected):
    assert date_article(text, published="2025-12-08").event_id == expected


def test_a_relative_day_after_a_dated_announcement_counts_from_the_announcement():
    told = "Ngày 2/7, giới kinh doanh Seoul cho biết hôm qua Thủ tướng đã gặp Chủ tịch Hyundai."
    assert date_article(told, published="2024-07-03").event_id == "2024-07-01"
    # in a sentence of its own, the relative day counts from the publication date
    apart = "Ngày 2/7, giới kinh doanh Seoul cho biết nhiều điều. Hôm qua Thủ tướng đã gặp Chủ tịch Hyundai."
    assert date_article(apart, published="2024-07-03").event_id == "2024-07-02"


def test_a_header_line_with_the_weather_is_the_sites_clock_not_a_byline():
    text = (
        "Thứ Ba, 09/12/2025 | Hà Nội 19°C | TP.HCM 31°C\n"
        "Lào Cai bàn với quận Goryeong về lao động\n"
        "Chiều 2/10, đoàn tỉnh Lào Cai đã tọa đàm với chính quyền quận Goryeong."
    )
    got = date_article(text)
    assert got.event_id == "2025-10-02" and "page clock" in got.source
    # the same line without the weather is a byline, and a day two months before it is background
    byline = text.replace(" | Hà Nội 19°C | TP.HCM 31°C", "")
    assert date_article(byline).event_id == "2025-12-09"


@pytest.mark.parametrize(
    "text,published,expected",
    [
        # 'ngày 11 tới' is the coming 11th, not a span's start
        ("Các chủ tịch tập đoàn gặp Tổng Bí thư vào ngày 11 tới tại quốc yến.", "2025-08-07", "2025-08-11"),
        # 'tới 13' after a day is a span: its start is no meeting day, and the month is all that is left
        ("Đoàn thăm Hàn Quốc từ ngày 11 tới 13, gặp nhiều doanh nghiệp.", "2025-08-07", "2025-08"),
        # a preview's day is at most 45 days after its report: a year's distance is the previous year
        ("Ngày 30/12, hai bên nhất trí sẽ tăng cường hợp tác.", "2024-01-02", "2023-12-30"),
        ("Ngày 28, hai bên nhất trí sẽ tăng cường hợp tác.", "2024-01-02", "2023-12-28"),
    ],
)
def test_a_previewed_day_stays_ahead_of_its_report_within_45_days(text, published, expected):
    assert date_article(text, published=published).event_id == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a sentence opening with 'Trước đó' / 'Earlier' tells of an earlier event: its date comes after the others
        (
            "Ngày 15, đặc phái viên đến chào Tổng Bí thư. Trước đó, ngày 3, hai nhà lãnh đạo đã điện đàm.",
            "2024-10-15",
        ),
        (
            "The envoy called on the party chief on October 15. Earlier, on October 3, the leaders held talks.",
            "2024-10-15",
        ),
        # the only date of the text is still taken
        ("Trước đó, vào ngày 6/10, hai Bộ trưởng Ngoại giao điện đàm.", "2024-10-06"),
    ],
)
def test_a_date_in_a_sentence_about_an_earlier_event_comes_last(text, expected):
    assert date_article(text, published="2024-10-16").event_id == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the count runs from the year its sentence names after 'từ' / 'since', not from 1992
        (
            "Ngày 24/3, Thị trưởng Changwon đón đoàn Đà Nẵng. Hai thành phố bắt đầu giao lưu từ năm 1997, "
            "tính đến năm nay vừa tròn 26 năm.",
            "2023-03-24",
        ),
        (
            "On March 24, the mayor received a Da Nang delegation. Since 1997 the two cities have been "
            "partners, and this year is the 26th anniversary of their friendship ties.",
            "2023-03-24",
        ),
        # without a start year in its sentence the count is the countries' (1992)
        (
            "Ngày 24/3, Thị trưởng Changwon đón đoàn Đà Nẵng. Năm nay vừa tròn 26 năm quan hệ ngoại giao.",
            "2018-03-24",
        ),
    ],
)
def test_an_anniversary_counts_from_the_start_its_sentence_names(text, expected):
    assert when(text).event_id == expected
