"""A day written alone (``Ngày 12``) in a report with no publication date: the calendar of known
meetings of the people named gives its month and year, only when exactly one meeting fits."""

from __future__ import annotations

import datetime as dt

import pytest
from leaders_table import table
from vnkr.ingest.dates import DateNotFound, resolve_event_date
from vnkr.ingest.years import infer_year, known_day
from vnkr.tables import meetings

TODAY = dt.date(2026, 11, 26)


@pytest.fixture(autouse=True)
def calendar(tmp_path, monkeypatch):
    """The test's own calendar of known meetings (the shipped one must not decide these tests)."""
    path = tmp_path / "known_meetings.csv"
    monkeypatch.setattr(meetings, "default_path", lambda: path)
    return path


def write_meetings(path, rows):
    path.write_text(
        "meeting_date,people,title,source_url\n"
        + "".join(f"{d},{p},{t},https://news.example/{i}\n" for i, (d, p, t) in enumerate(rows)),
        encoding="utf-8",
    )


PM = ("Pham Minh Chinh", "Phạm Minh Chính", "Pham Minh Chinh", "prime_minister", "2021-04-05", "2026-04-07")
YOON = ("Yoon Suk Yeol", "Yoon Suk Yeol", "Yoon Suk Yeol", "president", "2022-05-10", "2025-04-04")
LEE = ("Lee Jae Myung", "Lee Jae Myung", "Lee Jae Myung", "president", "2025-06-04", None)
TABLE = table([PM, YOON, LEE])
TEXT = "Chiều 19, bên lề hội nghị, Thủ tướng Phạm Minh Chính gặp Tổng thống Yoon Suk Yeol."
BOTH = "Pham Minh Chinh|Yoon Suk Yeol"


def test_the_one_meeting_of_the_people_named_on_that_day_dates_the_report(calendar):
    write_meetings(
        calendar,
        [
            ("2023-05-19", BOTH, "G7 sideline talks"),
            ("2023-06-23", BOTH, "state visit"),
            ("2024-05-18", BOTH, "x"),
        ],
    )
    day, why = known_day(19, TEXT, TABLE, TODAY)
    assert day == dt.date(2023, 5, 19)
    assert "G7 sideline talks on 2023-05-19" in why and "https://news.example/0" in why


@pytest.mark.parametrize(
    "rows",
    [
        [("2023-05-19", BOTH, "a"), ("2024-10-19", BOTH, "b")],  # two months with a meeting on the 19th
        [("2023-05-19", "Yoon Suk Yeol|Someone Else", "Yoon alone")],  # only one of the people named
        [("2025-06-19", "Pham Minh Chinh|Yoon Suk Yeol", "after Yoon's term")],  # a holder out of office
        [("2023-05-20", BOTH, "the next day")],  # not that day
    ],
)
def test_no_date_unless_exactly_one_meeting_fits(calendar, rows):
    write_meetings(calendar, rows)
    assert known_day(19, TEXT, TABLE, TODAY) is None


def test_one_person_named_is_not_enough(calendar):
    """Many meetings of one leader fall on some 17th; a calendar that knows one of them must not decide."""
    write_meetings(calendar, [("2022-09-17", "Pham Minh Chinh|Someone Else", "another guest")])
    assert (
        known_day(17, "Chiều ngày 17, Thủ tướng Phạm Minh Chính tiếp chủ tịch một ngân hàng.", TABLE, TODAY)
        is None
    )


def test_the_report_is_dated_from_the_calendar_only_without_a_publication_date(calendar):
    write_meetings(calendar, [("2025-06-12", "Pham Minh Chinh|Lee Jae Myung", "first phone call")])
    text = "Ngày 12, Tổng thống Lee Jae Myung điện đàm với Thủ tướng Phạm Minh Chính."
    found = resolve_event_date(text, [], leaders=TABLE, today=TODAY)
    assert found.event_id == "2025-06-12" and "first phone call" in found.source
    # a publication date places the day in its own month, as before
    assert (
        resolve_event_date(text, [], published="2025-07-14", leaders=TABLE, today=TODAY).event_id
        == "2025-07-12"
    )


def test_without_a_known_meeting_the_day_alone_is_refused(calendar):
    write_meetings(calendar, [])
    with pytest.raises(DateNotFound):
        resolve_event_date(TEXT, [], leaders=TABLE, today=TODAY)


def test_a_known_meeting_on_that_very_day_comes_before_an_anniversary(calendar):
    """'sau 30 năm … (1992-2022)' looks back on an anniversary; the people named met on 19/5 in 2023."""
    write_meetings(calendar, [("2023-05-19", BOTH, "G7 sideline talks")])
    text = (
        "Tối 19/5, Thủ tướng Phạm Minh Chính gặp Tổng thống Yoon Suk Yeol, vui mừng trước kết quả "
        "sau 30 năm thiết lập quan hệ ngoại giao (1992-2022)."
    )
    year, why = infer_year(19, 5, text, TABLE, TODAY)
    assert year == 2023 and "G7 sideline talks" in why
    # a meeting a few days off does not outweigh the anniversary
    write_meetings(calendar, [("2023-05-21", BOTH, "two days later")])
    assert infer_year(19, 5, text, TABLE, TODAY)[0] == 2022
