"""A report with no publication date, dated by the occasion or the figures' cut-off it names as current."""

from __future__ import annotations

import datetime as dt

import pytest
from vnkr.ingest.dates import DateNotFound, resolve_event_date
from vnkr.ingest.present import present_year

TODAY = dt.date(2026, 11, 26)


def date_of(text: str, **kw) -> str:
    return resolve_event_date(text, [], today=TODAY, **kw).event_id


def test_the_source_names_the_occasion():
    found = resolve_event_date(
        "Ngày 24/3, đoàn dự Lễ hội Quân cảng Jinhae lần thứ 61 năm 2023.", [], today=TODAY
    )
    assert found.event_id == "2023-03-24" and "Lễ hội Quân cảng Jinhae lần thứ 61 năm 2023" in found.source


@pytest.mark.parametrize(
    "text",
    [
        # two occasions of different years
        "Ngày 24/3, đoàn dự Lễ hội Jinhae lần thứ 61 năm 2023 và bàn về Festival Hoa năm 2024.",
        "Ngày 24/3, đoàn bàn việc tham dự Festival Hoa năm 2027.",  # after today: a future occasion
        "Ngày 24/3, đoàn tiếp Tổng Lãnh sự. Tính đến năm 2023, Hàn Quốc có 100 dự án.",  # a whole year's figures
        "Ngày 24/3, đoàn tiếp Tổng Lãnh sự; kết quả kinh tế năm 2023 của tỉnh khả quan.",  # a year, no occasion
    ],
)
def test_no_year_without_one_current_cue(text):
    with pytest.raises(DateNotFound):
        date_of(text)


def test_a_month_before_the_cut_off_is_the_next_year():
    text = "Chiều 10/1, lãnh đạo tỉnh tiếp đoàn Hàn Quốc. Tính đến tháng 12/2018, Hàn Quốc có 80 dự án."
    assert date_of(text) == "2019-01-10"
    assert present_year(12, "as of November 2018, …", TODAY)[0] == 2018


def test_a_publication_date_comes_first():
    text = "Tối 4/12, lãnh đạo hai thành phố dự Festival Hoa Đà Lạt lần thứ 10 năm 2024."
    assert date_of(text, published="2025-12-10") == "2025-12-04"


def test_an_occasion_picks_one_of_the_years_the_office_holders_fit():
    text = "Tối 5/10, Thủ tướng Phạm Minh Chính dự Ngày Văn hóa Việt Nam - Hàn Quốc năm 2024 ở Cần Thơ."
    found = resolve_event_date(text, [], today=TODAY)
    assert found.event_id == "2024-10-05" and "Phạm Minh Chính" in found.source


@pytest.mark.parametrize(
    "text, expected",
    [
        # an occasion's capitalised name closed by its year
        ("Hôm 19/11, bên lề Tuần lễ Số quốc tế 2024, Bộ trưởng tiếp Chủ tịch NIPA.", "2024-11-19"),
        ("On Sept. 5 the delegation joined the Korea Expo 2023 in Busan.", "2023-09-05"),
        # figures of the first months of a year: the report is from the end of the last month on
        (
            "Chiều 12/12, lãnh đạo tỉnh tiếp đoàn; trong 11 tháng năm 2024, xuất khẩu đạt 50 tỷ USD.",
            "2024-12-12",
        ),
        (
            "Chiều 10/1, lãnh đạo tỉnh tiếp đoàn; trong 11 tháng năm 2024, xuất khẩu đạt 50 tỷ USD.",
            "2025-01-10",
        ),
        (
            "On Nov. 20 the governor met the envoy; in the first ten months of 2023 exports rose.",
            "2023-11-20",
        ),
    ],
)
def test_a_named_occasion_or_the_first_months_of_a_year_give_the_year(text, expected):
    assert date_of(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Ngày 24/3, Ngày hội Việc làm thu hút 2000 người tham gia.",  # a count, not a year
        "Ngày 24/3, đoàn dự ngày hội việc làm 2019 của tỉnh bạn.",  # no capitalised name
        "Ngày 24/3, hai bên nhắc lại thỏa thuận ký ngày 11 tháng năm 2019.",  # a day of May, no cut-off
    ],
)
def test_no_year_from_a_count_an_uncapitalised_phrase_or_a_day_of_may(text):
    with pytest.raises(DateNotFound):
        date_of(text)
