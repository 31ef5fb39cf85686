"""Spans of days with two written ends: the preview's or fronted span dates the report by its first
day; the frame of a stay told in passing gives only its month, and only when nothing else dates it."""

from __future__ import annotations

import pytest
from vnkr.ingest.datepatterns import date_patterns
from vnkr.ingest.dates import date_article
from vnkr.ingest.spans import FRAME, FRONTED, two_ended_spans


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Từ ngày 4 đến 6/12, Chủ tịch nước thăm Hàn Quốc.", [(4, 12, None, FRONTED)]),
        ("Hà Nội (TTXVN) - Từ ngày 4 đến 6/12, Chủ tịch nước thăm Hàn Quốc.", [(4, 12, None, FRONTED)]),
        (
            "Được Thủ tướng đồng ý, từ 22 đến 26-4, Chủ tịch tỉnh dẫn đoàn sang Hàn Quốc.",
            [(22, 4, None, FRONTED)],
        ),
        ("Tổng thống sẽ thăm Việt Nam từ ngày 22/6 đến 24/6.", [(22, 6, None, FRAME)]),
        ("chuyến thăm kéo dài từ 20 đến 22/11/2019, do ông Chung dẫn đầu", [(20, 11, 2019, FRAME)]),
        ("Thủ tướng thăm Hàn Quốc trong hai ngày 27 và 28-11-2019 (giờ Seoul).", [(27, 11, 2019, FRONTED)]),
        ("an official visit from June 30 to July 3, invited by the premier", [(30, 6, None, FRAME)]),
        ("Vice Foreign Minister Lee to travel to Viet Nam Dec. 3-5", [(3, 12, None, FRAME)]),
        ("due in Seoul (May 30-June 1), the envoy said", [(30, 5, None, FRAME)]),
        ("a state visit from August 10 to 13, 2025 at the invitation", [(10, 8, 2025, FRAME)]),
        ("từ ngày 24 đến 22/6", []),  # the ends out of order: no span
        ("from December 30 to January 2", [(30, 12, None, FRAME)]),  # across a year's end
        ("đợt làm việc diễn ra từ mùng 2 đến mùng 6/12", [(2, 12, None, FRAME)]),  # 'mùng', the days 1-10
        ("Từ mồng 8 đến 10/3, đoàn thăm tỉnh.", [(8, 3, None, FRONTED)]),
    ],
)
def test_spans_with_two_ends_give_their_first_day_and_their_kind(text, expected):
    found = two_ended_spans(text, date_patterns())
    assert [(f["day"], f["month"], f["year"], f["word"]) for _, _, f in found] == expected


# (text, published, expected event_id): what a span with two ends dates, and what it leaves alone
CASES = {
    "a fronted span: its first day": (
        "Hà Nội (TTXVN) - Từ ngày 4 đến 6/12/2022, Chủ tịch nước thăm cấp Nhà nước Hàn Quốc.",
        None,
        "2022-12-04",
    ),
    "a preview's span: its first day": (
        "Prime Minister Pham Minh Chinh will pay an official visit to Korea from June 30 to July 3, 2024.",
        None,
        "2024-06-30",
    ),
    "'có kế hoạch' looks ahead": (
        "Tổng thống có kế hoạch thăm cấp nhà nước Việt Nam từ ngày 22/6 đến 24/6/2023.",
        None,
        "2023-06-22",
    ),
    "a stay's frame, with a single date of the meeting": (
        "Ngày 10/2/2022, hai Bộ trưởng hội đàm. Bộ trưởng đang thăm Hàn Quốc từ ngày 9 đến 11/2/2022 theo lời mời.",
        None,
        "2022-02-10",
    ),
    "a stay's frame, with a day and month of the meeting": (
        "Chiều 10/2, hai Bộ trưởng hội đàm. Bộ trưởng đang thăm Hàn Quốc từ ngày 9 đến 11/2 theo lời mời.",
        "2022-02-12",
        "2022-02-10",
    ),
    "a day alone keeps the publication's month, not the span's": (
        "Ngày 2, tại Seoul, hai Thủ tướng đã hội đàm trong khuôn khổ chuyến thăm chính thức Hàn Quốc từ 30/6 đến 3/7.",
        "2024-07-02",
        "2024-07-02",
    ),
    "a stay beginning the day after the report: previewed": (
        "Nhân dịp Thủ tướng thăm chính thức Hàn Quốc từ ngày 30/6 đến 3/7 theo lời mời, ông Han trả lời phỏng vấn.",
        "2024-06-29",
        "2024-06-30",
    ),
    "the same stay a month after the report: no preview, the month of publication": (
        "Nhân dịp Thủ tướng thăm chính thức Hàn Quốc từ ngày 30/6 đến 3/7 theo lời mời, ông Han trả lời phỏng vấn.",
        "2024-05-29",
        "2024-05",
    ),
    "a span said to be ahead goes before a stay beginning later": (
        "Chủ tịch Quốc hội Kim sẽ thăm Việt Nam từ ngày 12 đến 18/1/2023. "
        "Phó Thủ tướng dự hội nghị Davos từ ngày 16 đến 17/1/2023.",
        "2023-01-11",
        "2023-01-12",
    ),
    "a weekday before an abbreviated month names that date": (
        "The pact will be signed at 5 p.m. on Friday, Aug. 3, officials said.",
        "2018-08-02",
        "2018-08-03",
    ),
    "a day alone does not take another event's month, months before the report": (
        "Ngày 18, đoàn gặp lãnh đạo phường, trao đổi cách thực hiện thỏa thuận hữu nghị ký ngày 24/6.",
        "2025-09-20",
        "2025-09-18",
    ),
    "a day alone takes the month of the same sentence when it fits the report": (
        "Ngày 18, đoàn gặp lãnh đạo phường, trao đổi cách thực hiện thỏa thuận ký ngày 24/8.",
        "2025-09-20",
        "2025-08-18",
    ),
    "the day a body announced a stay already over gives way to the stay's frame": (
        "Theo thông tin Cơ quan Cảnh sát Hàn Quốc công bố hôm 8/12, ông Kim vừa kết thúc đợt làm việc "
        "tại Việt Nam từ ngày 2 đến 6/12. Tại Hà Nội, ông Kim gặp Bộ trưởng Công an.",
        "2020-12-08",
        "2020-12",
    ),
    "with no publication date, a weekday within a dated stay is that day of it": (
        "The chairman held talks Tuesday with President Phuc. Phuc was on a state visit from Dec. 4 to 6, 2022.",
        None,
        "2022-12-06",
    ),
    "a weekday outside the stay is not placed in it: the stay's month": (
        "The chairman held talks Friday with President Phuc. Phuc was on a state visit from Dec. 4 to 6, 2022.",
        None,
        "2022-12",
    ),
    "an announcement's day still dates a report with no stay": (
        "Theo thông tin Cơ quan Cảnh sát Hàn Quốc công bố hôm 8/12, ông Kim đã gặp Bộ trưởng Công an.",
        "2020-12-09",
        "2020-12-08",
    ),
}


@pytest.mark.parametrize("text, published, expected", list(CASES.values()), ids=list(CASES))
def test_what_a_report_with_a_span_is_dated_by(text, published, expected):
    assert date_article(text, published=published).event_id == expected


def test_the_frame_of_a_stay_gives_only_its_month():
    text = "Bộ trưởng đang thăm Hàn Quốc từ ngày 9 đến 11/2/2022 theo lời mời của người đồng cấp."
    when = date_article(text)
    assert when.event_id == "2022-02"
    assert "frame of a stay" in when.source
