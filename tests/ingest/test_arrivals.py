"""An arrival's day and the meeting's day in one sentence: the meeting's dates the report."""

from __future__ import annotations

import pytest
from vnkr.ingest.dates import date_article

ARRIVALS = [
    pytest.param(
        "Ông Shin tới Hà Nội bằng chuyên cơ riêng hôm 30/8 và ngày 1/9 đã đến chào Chủ tịch nước.",
        "2022-09-02",
        "2022-09-01",
        id="arrived, then called on the President",
    ),
    pytest.param(
        "Đến Việt Nam hôm qua (19/10), Phó Chủ tịch Samsung sẽ hội kiến Thủ tướng vào hôm nay (20/10).",
        "2020-10-20",
        "2020-10-20",
        id="came yesterday, meets today",
    ),
    pytest.param(
        "The minister arrived in Hanoi on Monday and met Prime Minister Pham Minh Chinh on Tuesday.",
        "2023-03-09",
        "2023-03-07",
        id="English: arrived on one day, met on the next",
    ),
    pytest.param(
        "Chiều 5/9, Chủ tịch nước đến Seoul, bắt đầu chuyến thăm cấp Nhà nước Hàn Quốc.",
        "2022-09-06",
        "2022-09-05",
        id="an arrival report with one day keeps it",
    ),
    pytest.param(
        "Chiều 19/10, Thủ tướng tiếp ông Lee, người đến Việt Nam hôm 18/10.",
        "2020-10-20",
        "2020-10-19",
        id="the meeting first, the guest's arrival told after it",
    ),
    pytest.param(
        "Ông Shin tới Hà Nội hôm 30/8, dự kiến rời Việt Nam ngày 2/9.",
        "2022-09-03",
        "2022-08-30",
        id="an arrival and a later day with no meeting after the arrival",
    ),
]


@pytest.mark.parametrize("text, published, expected", ARRIVALS)
def test_the_meeting_day_is_taken_over_the_arrival_day(text, published, expected):
    found = date_article(text, published=published)
    assert found.event_id == expected, found.source
