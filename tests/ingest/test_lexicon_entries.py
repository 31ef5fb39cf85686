"""Every entry of data/lexicon/*.csv has an example here that fails when the entry is deleted, and
every entry must have one (a new word comes with its example)."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest
from vnkr.ingest.dateforms import find_mentions
from vnkr.ingest.dates import resolve_event_date
from vnkr.ingest.offices import DateNotFound, OfficeIndex
from vnkr.ingest.years import infer_year
from vnkr.tables import lexicon

# (kind, word, text, published, expected event_id) -- the word is what makes the expected date.
DATE_WORD_EXAMPLES = [
    ("session", "sáng", "Sáng 5/9, hai bên hội đàm.", "2023-09-06", "2023-09-05"),
    ("session", "chiều", "Chiều 5-9, hai bên hội đàm.", "2023-09-06", "2023-09-05"),
    ("session", "tối", "Tối 5/9, hai bên hội đàm.", "2023-09-06", "2023-09-05"),
    ("session", "trưa", "Trưa 5/9, hai bên hội đàm.", "2023-09-06", "2023-09-05"),
    ("session", "đêm", "Đêm 5/9, hai bên hội đàm.", "2023-09-06", "2023-09-05"),
    ("session", "rạng sáng", "Rạng sáng 5/9, hai bên hội đàm.", "2023-09-06", "2023-09-05"),
    ("session", "khuya", "Khuya 5/9, chuyên cơ hạ cánh.", "2023-09-06", "2023-09-05"),
    ("day_word", "ngày", "Ngày 23.6, hai bên hội đàm.", "2021-06-24", "2021-06-23"),
    ("day_word", "hôm", "Hôm 23/6, hai bên hội đàm.", "2021-06-24", "2021-06-23"),
    ("day_word", "vào ngày", "Vào ngày 23/6, hai bên hội đàm.", "2021-06-24", "2021-06-23"),
    ("day_word", "mùng", "Sáng ngày mùng 4, hai bên hội đàm.", "2019-10-16", "2019-10-04"),
    ("day_word", "mồng", "Mồng 4 tháng 10, hai bên hội đàm.", "2019-10-16", "2019-10-04"),
    ("day_word", "morning of", "On the morning of 14/4, the two sides met.", "2023-04-17", "2023-04-14"),
    ("day_word", "afternoon of", "On the afternoon of 14/4, the two sides met.", "2023-04-17", "2023-04-14"),
    ("day_word", "evening of", "On the evening of 14/4, the two sides met.", "2023-04-17", "2023-04-14"),
    # the day of an announcement yields to the day of the event it reports
    (
        "announce_word",
        "thông báo",
        "Ngày 7/8, Bộ Ngoại giao thông báo hai bên đã hội đàm hôm 5/8.",
        "2025-08-08",
        "2025-08-05",
    ),
    (
        "announce_word",
        "đưa tin",
        "Báo X ngày 2/12 đưa tin, Chủ tịch nước sẽ thăm Hàn Quốc từ ngày 4 đến ngày 6/12.",
        "2022-12-02",
        "2022-12-04",
    ),
    (
        "announce_word",
        "ra thông cáo",
        "Ngày 7/8, Bộ Ngoại giao ra thông cáo về cuộc hội đàm hôm 5/8.",
        "2025-08-08",
        "2025-08-05",
    ),
    (
        "announce_word",
        "họp báo",
        "Chiều 7/8, tại cuộc họp báo, người phát ngôn nói về cuộc hội đàm hôm 5/8.",
        "2025-08-08",
        "2025-08-05",
    ),
    (
        "announce_word",
        "announced",
        "On Aug. 7, the ministry announced that the two sides had met on Aug. 5.",
        "2025-08-08",
        "2025-08-05",
    ),
    (
        "announce_word",
        "cho biết",
        "Chính quyền Busan ngày 2 cho biết Thị trưởng đã tiếp Chủ tịch nước hôm 1.",
        "2025-11-02",
        "2025-11-01",
    ),
    (
        "announce_word",
        "cho hay",
        "Ngày 21/10, Bộ Giao thông Hàn Quốc cho hay Thứ trưởng đã làm việc với Bộ Xây dựng sáng 20/10.",
        "2025-10-21",
        "2025-10-20",
    ),
    (
        "announce_word",
        "công bố",
        "KEPCO công bố hôm 23 rằng Chủ tịch đã gặp Bộ trưởng Công Thương vào ngày 22.",
        "2018-10-23",
        "2018-10-22",
    ),
    (
        "announce_word",
        "thông tin rằng",
        "Chính quyền Nonsan hôm nay thông tin rằng Đại sứ đã tới thăm thành phố vào ngày 2.",
        "2024-05-03",
        "2024-05-02",
    ),
    (
        "announce_word",
        "thông tin:",
        "Chính quyền Busan ngày 2/11 thông tin: Chủ tịch nước đã tới thăm thành phố vào ngày 1/11.",
        "2025-11-04",
        "2025-11-01",
    ),
    (
        "range_word",
        "by",
        "By March 31, the zones hosted 102 Korean projects. Talks were held last week.",
        "2022-04-18",
        "2022-04",
    ),
    # a preview's day stays ahead of its report (without the word it would be a year or month earlier)
    (
        "ahead_word",
        "dự kiến",
        "Ngày 3/7, Thủ tướng dự kiến tới thăm nhà máy Samsung.",
        "2024-06-30",
        "2024-07-03",
    ),
    ("ahead_word", "sẽ", "Ngày 3/7, Thủ tướng sẽ tới thăm nhà máy Samsung.", "2024-06-30", "2024-07-03"),
    ("ahead_word", "sắp", "Ngày 3/7, đoàn sắp tới thăm nhà máy Samsung.", "2024-06-30", "2024-07-03"),
    (
        "ahead_word",
        "có kế hoạch",
        "Ngày 3/7, Thủ tướng có kế hoạch tới thăm nhà máy Samsung.",
        "2024-06-30",
        "2024-07-03",
    ),
    (
        "ahead_word",
        "plans to",
        "On July 3, the premier plans to visit a Samsung plant.",
        "2024-06-30",
        "2024-07-03",
    ),
    (
        "ahead_word",
        "tới đây",
        "Trong chuyến thăm tới đây, ngày 3/7 Thủ tướng thăm nhà máy.",
        "2024-06-30",
        "2024-07-03",
    ),
    (
        "ahead_word",
        "will",
        "The president will visit the Samsung plant on July 3.",
        "2024-06-30",
        "2024-07-03",
    ),
    (
        "ahead_word",
        "is set to",
        "The president is set to visit the plant on July 3.",
        "2024-06-30",
        "2024-07-03",
    ),
    (
        "ahead_word",
        "is scheduled to",
        "He is scheduled to visit the plant on July 3.",
        "2024-06-30",
        "2024-07-03",
    ),
    (
        "ahead_word",
        "is due to",
        "The president is due to visit the plant on July 3.",
        "2024-06-30",
        "2024-07-03",
    ),
    (
        "ahead_word",
        "scheduled for",
        "The talks, scheduled for Friday (July 3), are aimed at closer ties.",
        "2020-06-30",
        "2020-07-03",
    ),
    (
        "next_month_word",
        "tháng tới",
        "Thủ tướng sang Seoul đầu tháng tới; ngày 1, ông dự diễn đàn.",
        "2024-06-24",
        "2024-07-01",
    ),
    (
        "next_month_word",
        "tháng sau",
        "Thủ tướng sang Seoul đầu tháng sau; ngày 1, ông dự diễn đàn.",
        "2024-06-24",
        "2024-07-01",
    ),
    (
        "next_month_word",
        "next month",
        "Early next month the premier visits Seoul and meets Lee on July 1.",
        "2024-06-24",
        "2024-07-01",
    ),
    ("relative_day", "hôm nay", "Hôm nay, hai bên hội đàm.", "2024-06-30", "2024-06-30"),
    ("relative_day", "sáng nay", "Sáng nay, hai bên hội đàm.", "2024-06-30", "2024-06-30"),
    ("relative_day", "trưa nay", "Trưa nay, hai bên hội đàm.", "2024-06-30", "2024-06-30"),
    ("relative_day", "chiều nay", "Chiều nay, hai bên hội đàm.", "2024-06-30", "2024-06-30"),
    ("relative_day", "tối nay", "Tối nay, hai bên hội đàm.", "2024-06-30", "2024-06-30"),
    ("relative_day", "hôm qua", "Hôm qua, hai bên hội đàm.", "2024-06-30", "2024-06-29"),
    ("relative_day", "tối qua", "Tối qua, hai bên hội đàm.", "2024-06-30", "2024-06-29"),
    ("relative_day", "sáng qua", "Sáng qua, hai bên hội đàm.", "2024-06-30", "2024-06-29"),
    ("relative_day", "trưa qua", "Trưa qua, hai bên hội đàm.", "2024-06-30", "2024-06-29"),
    (
        "relative_day",
        "chiều qua",
        "Hà Nội, 26/7 (TTXVN) - Chiều qua, hai bên hội đàm.",
        "2024-07-26",
        "2024-07-25",
    ),
    ("relative_day", "đêm qua", "Đêm qua, hai bên hội đàm.", "2024-06-30", "2024-06-29"),
    ("relative_day", "today", "The two leaders held talks today.", "2024-06-30", "2024-06-30"),
    ("relative_day", "yesterday", "The two leaders held talks yesterday.", "2024-06-30", "2024-06-29"),
    ("relative_day", "this morning", "The two leaders held talks this morning.", "2024-06-30", "2024-06-30"),
    (
        "relative_day",
        "this afternoon",
        "The two leaders held talks this afternoon.",
        "2024-06-30",
        "2024-06-30",
    ),
    ("relative_day", "this evening", "The two leaders held talks this evening.", "2024-06-30", "2024-06-30"),
    ("relative_day", "last night", "The two leaders held talks last night.", "2024-06-30", "2024-06-29"),
    ("relative_week", "tuần trước", "Tuần trước, hai bên hội đàm.", "2024-06-30", "2024-06"),
    ("relative_week", "last week", "The two leaders held talks last week.", "2024-06-30", "2024-06"),
    ("relative_week", "vừa qua", "Hai Bộ trưởng vừa qua đã điện đàm.", "2024-06-30", "2024-06"),
    ("period_word", "năm", "Trong năm vừa qua, hai bên hội đàm nhiều lần.", "2024-06-30", "2024-06"),
    ("period_word", "tháng", "Trong tháng vừa qua, hai bên hội đàm nhiều lần.", "2024-06-30", "2024-06"),
    ("period_word", "thời gian", "Thời gian vừa qua, hai bên hội đàm nhiều lần.", "2024-06-30", "2024-06"),
    ("period_word", "tuần", "Trong tuần vừa qua, hai bên hội đàm nhiều lần.", "2024-06-30", "2024-06"),
    (
        "range_word",
        "đến",
        "Hai Thủ tướng hội đàm trong chuyến thăm kéo dài đến ngày 3/7.",
        "2024-06-30",
        "2024-06",
    ),
    (
        "range_word",
        "tới",
        "Hai Thủ tướng hội đàm trong chuyến thăm kéo dài tới ngày 3/7.",
        "2024-06-30",
        "2024-06",
    ),
    (
        "range_word",
        "từ",
        "Hai Chủ tịch hội đàm trong chuyến thăm bắt đầu từ ngày 12.",
        "2023-01-10",
        "2023-01",
    ),
    (
        "range_word",
        "until",
        "The leaders held talks during a visit running until July 3.",
        "2024-06-30",
        "2024-06",
    ),
    (
        "range_word",
        "through",
        "The leaders held talks during a visit running through July 3.",
        "2024-06-30",
        "2024-06",
    ),
    (
        "range_word",
        "from",
        "The leaders held talks during a visit that ran from June 28.",
        "2024-06-30",
        "2024-06",
    ),
    ("range_word", "to", "The leaders held talks on a visit extended to July 3.", "2024-06-30", "2024-06"),
    (
        "meeting_word",
        "hội đàm",
        "Báo số ra ngày 12/8 đưa tin. Ngày 11/8, hai bên hội đàm.",
        "2025-08-12",
        "2025-08-11",
    ),
    (
        "meeting_word",
        "hội kiến",
        "Báo số ra ngày 12/8 đưa tin. Ngày 11/8, Thủ tướng hội kiến Tổng thống.",
        "2025-08-12",
        "2025-08-11",
    ),
    (
        "meeting_word",
        "điện đàm",
        "Báo số ra ngày 12/8 đưa tin. Ngày 11/8, hai bên điện đàm.",
        "2025-08-12",
        "2025-08-11",
    ),
    (
        "meeting_word",
        "đến chào",
        "Báo số ra ngày 12/8 đưa tin. Ngày 11/8, ông Shin đến chào Chủ tịch nước.",
        "2025-08-12",
        "2025-08-11",
    ),
    (
        "meeting_word",
        "chào xã giao",
        "Báo số ra ngày 12/8 đưa tin. Ngày 11/8, Đại sứ chào xã giao Thủ tướng.",
        "2025-08-12",
        "2025-08-11",
    ),
    (
        "meeting_word",
        "gặp",
        "Báo số ra ngày 12/8 đưa tin. Ngày 11/8, Thủ tướng gặp Tổng thống.",
        "2025-08-12",
        "2025-08-11",
    ),
    (
        "meeting_word",
        "hội nghị",
        "Báo số ra ngày 12/8 đưa tin. Ngày 11/8, hai bên dự hội nghị.",
        "2025-08-12",
        "2025-08-11",
    ),
    (
        "meeting_word",
        "lễ đón",
        "Báo số ra ngày 12/8 đưa tin. Ngày 11/8, Tổng thống chủ trì lễ đón.",
        "2025-08-12",
        "2025-08-11",
    ),
    (
        "meeting_word",
        "tiếp",
        "Báo số ra ngày 12/8 đưa tin. Ngày 11/8, Chủ tịch nước tiếp Bộ trưởng.",
        "2025-08-12",
        "2025-08-11",
    ),
    (
        "meeting_word",
        "talks",
        "A paper reported it on August 12. On August 11, the leaders held talks.",
        "2025-08-12",
        "2025-08-11",
    ),
    (
        "meeting_word",
        "summit",
        "A paper reported it on August 12. On August 11, the leaders held a summit.",
        "2025-08-12",
        "2025-08-11",
    ),
    (
        "meeting_word",
        "met",
        "A paper reported it on August 12. On August 11, the leaders met.",
        "2025-08-12",
        "2025-08-11",
    ),
    (
        "meeting_word",
        "meeting",
        "A paper reported it on August 12. On August 11, the leaders had a meeting.",
        "2025-08-12",
        "2025-08-11",
    ),
    (
        "meeting_word",
        "đón",
        "Lô hàng về ngày 13/8. Ngày 12/8, Thủ tướng đón Đại sứ Hàn Quốc.",
        "2025-08-13",
        "2025-08-12",
    ),
    (
        "meeting_word",
        "làm việc với",
        "Lô hàng về ngày 13/8. Ngày 12/8, Bộ trưởng làm việc với đoàn Hàn Quốc.",
        "2025-08-13",
        "2025-08-12",
    ),
    (
        "meeting_word",
        "received",
        "A paper reported it on August 12. On August 11, the minister received the envoy.",
        "2025-08-12",
        "2025-08-11",
    ),
    (
        "meeting_word",
        "hosted",
        "A paper reported it on August 12. On August 11, the minister hosted the envoy.",
        "2025-08-12",
        "2025-08-11",
    ),
    (
        "meeting_word",
        "sat down",
        "A paper reported it on August 12. On August 11, the minister sat down with the envoy.",
        "2025-08-12",
        "2025-08-11",
    ),
    (
        "meeting_word",
        "called on",
        "A paper reported it on August 12. On August 11, the minister called on the president.",
        "2025-08-12",
        "2025-08-11",
    ),
    (
        "meeting_word",
        "by phone",
        "A paper reported it on August 12. On August 11, the two ministers talked by phone.",
        "2025-08-12",
        "2025-08-11",
    ),
    (
        "meeting_word",
        "videoconference",
        "A paper reported it on August 12. On August 11, the leaders met by videoconference.",
        "2025-08-12",
        "2025-08-11",
    ),
    (
        "meeting_word",
        "saw",
        "A paper reported it on August 12. On August 11, the president saw his host.",
        "2025-08-12",
        "2025-08-11",
    ),
    # a sentence of what is still to come is not preferred, even with a meeting word
    (
        "future_word",
        "is set to",
        "The president landed on June 22. Before the June 23 summit, he is set to meet residents.",
        "2023-06-23",
        "2023-06-22",
    ),
    (
        "future_word",
        "is scheduled to",
        "The president landed on June 22. On June 23 he is scheduled to hold a summit.",
        "2023-06-23",
        "2023-06-22",
    ),
    (
        "future_word",
        "is set for",
        "The president landed on June 22. A summit with his host is set for June 23.",
        "2023-06-23",
        "2023-06-22",
    ),
    (
        "future_word",
        "is scheduled for",
        "The president landed on June 22. A summit with his host is scheduled for June 23.",
        "2023-06-23",
        "2023-06-22",
    ),
    (
        "future_word",
        "are set to",
        "The president landed on June 22. On June 23 the two leaders are set to hold a summit.",
        "2023-06-23",
        "2023-06-22",
    ),
    (
        "future_word",
        "are scheduled to",
        "The president landed on June 22. On June 23 the two leaders are scheduled to hold a summit.",
        "2023-06-23",
        "2023-06-22",
    ),
    (
        "future_word",
        "dự kiến",
        "Ngày 22/6, Tổng thống tới Hà Nội. Ngày 23/6, dự kiến hai bên hội đàm.",
        "2023-06-23",
        "2023-06-22",
    ),
    (
        "future_word",
        "sắp",
        "Ngày 22/6, Tổng thống tới Hà Nội. Ngày 23/6, hai bên sắp hội đàm.",
        "2023-06-23",
        "2023-06-22",
    ),
    (
        "meeting_word",
        "phone call",
        "A paper reported it on August 12. On August 11, the leaders had a phone call.",
        "2025-08-12",
        "2025-08-11",
    ),
    (
        "caption_mark",
        "Ảnh:",
        "Hai Thủ tướng hội đàm ngày 27. Ảnh: TTXVN\nChiều 2/7, hai Thủ tướng hội đàm.",
        "2024-07-02",
        "2024-07-02",
    ),
    (
        "caption_mark",
        "[Ảnh",
        "Hai Thủ tướng hội đàm ngày 27. [Ảnh=Yonhap]\nChiều 2/7, hai Thủ tướng hội đàm.",
        "2024-07-02",
        "2024-07-02",
    ),
    (
        "caption_mark",
        "(Yonhap)",
        "The leaders at talks on Friday. (Yonhap)\nOn July 2, the leaders held talks.",
        "2024-07-02",
        "2024-07-02",
    ),
    (
        "caption_mark",
        "Photo:",
        "The leaders at talks on Friday. Photo: VNA\nOn July 2, the leaders held talks.",
        "2024-07-02",
        "2024-07-02",
    ),
    ("anniversary_word", "kỷ niệm", None, None, None),  # see test_anniversary_entries
    ("anniversary_word", "anniversary", None, None, None),
    ("anniversary_base", "1992", None, None, None),
    ("anniversary_word", "nhân dịp", None, None, None),  # see test_fta_anniversary_and_era_entries
    ("anniversary_base", "2015", None, None, None),
    ("anniversary_word", "years of diplomatic", None, None, None),  # see test_anniversary_phrasings
    ("anniversary_word", "decades of diplomatic", None, None, None),
    ("anniversary_word", "năm sau khi hai nước lập quan hệ ngoại giao", None, None, None),
    ("anniversary_word", "năm sau khi hai nước thiết lập quan hệ ngoại giao", None, None, None),
    ("anniversary_word", "năm sau khi thiết lập quan hệ ngoại giao", None, None, None),
    ("anniversary_word", "năm kể từ khi hai nước thiết lập quan hệ ngoại giao", None, None, None),
    ("anniversary_word", "năm kể từ khi hai nước lập quan hệ ngoại giao", None, None, None),
    ("anniversary_word", "năm kể từ khi thiết lập quan hệ ngoại giao", None, None, None),
    ("anniversary_word", "years since diplomatic", None, None, None),
    ("anniversary_word", "mừng", None, None, None),  # see test_anniversary_phrasings
    ("anniversary_word", "thập kỷ", None, None, None),
    ("anniversary_word", "năm nay", None, None, None),
    ("anniversary_word", "years after diplomatic", None, None, None),
    ("anniversary_word", "năm quan hệ ngoại giao", None, None, None),
    ("anniversary_word", "năm thiết lập quan hệ ngoại giao", None, None, None),
    ("anniversary_word", "đúng dịp", None, None, None),  # see test_an_anniversary_of_a_start_year_in_brackets
    ("era_from", "covid", None, None, None),
    ("era_from", "comprehensive strategic partnership", None, None, None),
    ("era_from", "đối tác chiến lược toàn diện", None, None, None),
]
MONTHS = {
    "January": 1,
    "Jan": 1,
    "February": 2,
    "Feb": 2,
    "March": 3,
    "Mar": 3,
    "April": 4,
    "Apr": 4,
    "May": 5,
    "June": 6,
    "Jun": 6,
    "July": 7,
    "Jul": 7,
    "August": 8,
    "Aug": 8,
    "September": 9,
    "Sept": 9,
    "Sep": 9,
    "October": 10,
    "Oct": 10,
    "November": 11,
    "Nov": 11,
    "December": 12,
    "Dec": 12,
}
WEEKDAYS = {
    "Monday": "2024-07-01",
    "Tuesday": "2024-07-02",
    "Wednesday": "2024-07-03",
    "Thursday": "2024-07-04",
    "Friday": "2024-07-05",
    "Saturday": "2024-07-06",
    "Sunday": "2024-06-30",
}
DATE_WORD_EXAMPLES += [
    (
        "month",
        w,
        f"On {w}{'.' if len(w) <= 4 and w != 'May' else ''} 5, the leaders held talks.",
        f"2024-{m:02d}-06",
        f"2024-{m:02d}-05",
    )
    for w, m in MONTHS.items()
]
DATE_WORD_EXAMPLES += [
    ("weekday", w, f"The leaders held talks on {w}.", "2024-07-06", d) for w, d in WEEKDAYS.items()
]
DATE_WORD_EXAMPLES = [
    e if e[0] != "weekday" or e[1] != "Saturday" else (*e[:3], "2024-07-07", e[4]) for e in DATE_WORD_EXAMPLES
]
# Vietnamese weekdays, published on Sunday 2022-10-23: each names the latest such day on or before it
VI_WEEKDAYS = {"Hai": 0, "Ba": 1, "Tư": 2, "Năm": 3, "Sáu": 4, "Bảy": 5}
DATE_WORD_EXAMPLES += [
    (
        "weekday",
        f"{t} {n}",
        f"Bộ trưởng tiếp Đại sứ hôm {t} {n} tại Hà Nội.",
        "2022-10-23",
        f"2022-10-{17 + v}",
    )
    for n, v in VI_WEEKDAYS.items()
    for t in ("thứ", "Thứ")
]
DATE_WORD_EXAMPLES += [
    ("weekday", w, f"Bộ trưởng tiếp Đại sứ hôm {w} tại Hà Nội.", "2022-10-26", "2022-10-23")
    for w in ("Chủ nhật", "Chủ Nhật", "chủ nhật")
]


# a day alone with the month it falls in, counted from the publication's
DATE_WORD_EXAMPLES += [
    (
        "month_of_day",
        "tháng trước",
        "Ngày 2 tháng trước, Đại sứ Hàn Quốc đến chào Chủ tịch Quốc hội.",
        "2021-05-04",
        "2021-04-02",
    ),
    ("month_of_day", "tháng rồi", "Hôm 3 tháng rồi, hai Bộ trưởng điện đàm.", "2021-01-04", "2020-12-03"),
    (
        "month_of_day",
        "tháng này",
        "Hội nghị Ủy ban hỗn hợp diễn ra ngày 28 tháng này tại Seoul.",
        "2016-04-21",
        "2016-04-28",
    ),
    (
        "month_of_day",
        "of last month",
        "Governor Oh sat down on the 3rd of last month with the provincial chairman.",
        "2021-01-04",
        "2020-12-03",
    ),
    (
        "month_of_day",
        "of this month",
        "The joint committee meeting takes place in Seoul on the 28th of this month.",
        "2016-04-21",
        "2016-04-28",
    ),
    # round 61 (read after its run): a day and month of last year is background, not the meeting
    (
        "year_of_day",
        "năm ngoái",
        "Hôm 17, đoàn tỉnh tới huyện Buan. Hai bên rà soát bản ghi nhớ đã ký ngày 23/5 năm ngoái.",
        "2023-07-18",
        "2023-07-17",
    ),
    (
        "year_of_day",
        "năm trước",
        "Hôm 17, đoàn tỉnh tới huyện Buan. Hai bên rà soát bản ghi nhớ đã ký ngày 23/5 năm trước.",
        "2023-07-18",
        "2023-07-17",
    ),
]


# occasions and figures' cut-offs date a report with no publication date (tests/ingest/test_present.py)
DATE_WORD_EXAMPLES += [
    (
        "occasion_word",
        "festival",
        "Tối 4/12, lãnh đạo hai thành phố dự đêm diễn hưởng ứng Festival Hoa Đà Lạt lần thứ 10 năm 2024.",
        None,
        "2024-12-04",
    ),
    (
        "occasion_word",
        "lễ hội",
        "Ngày 24/3, đoàn tỉnh dự Lễ hội Quân cảng Jinhae lần thứ 61 năm 2023.",
        None,
        "2023-03-24",
    ),
    (
        "occasion_word",
        "ngày hội",
        "Sáng 8/10, tỉnh gặp đoàn Hàn Quốc tại Ngày hội Văn hóa Hàn Quốc năm 2023.",
        None,
        "2023-10-08",
    ),
    (
        "occasion_word",
        "ngày văn hóa",
        "Tối 5/10, Tổng Lãnh sự quán mở màn Ngày Văn hóa Việt Nam - Hàn Quốc năm 2024 ở Cần Thơ.",
        None,
        "2024-10-05",
    ),
    (
        "occasion_word",
        "tuần lễ",
        "Chiều 12/9, hai bên khai mạc Tuần lễ Văn hóa Hàn Quốc năm 2022 tại Huế.",
        None,
        "2022-09-12",
    ),
    (
        "occasion_word",
        "hội chợ",
        "Sáng 6/9, đoàn tỉnh thăm Hội chợ hàng Việt Nam năm 2019 tại Seoul.",
        None,
        "2019-09-06",
    ),
    (
        "occasion_word",
        "chương trình",
        'Chiều 29/7, tỉnh làm việc với đoàn Hàn Quốc về chương trình "Gặp gỡ Hàn Quốc" của năm 2019.',
        None,
        "2019-07-29",
    ),
    (
        "occasion_word",
        "tết nguyên đán",
        "Chiều 10/01, trước Tết Nguyên đán 2024, lãnh đạo tỉnh gặp Tổng Lãnh sự Hàn Quốc.",
        None,
        "2024-01-10",
    ),
    (
        "occasion_word",
        "forum",
        "On March 31 the two sides met at the Railway Cooperation Forum 2025 in Hanoi.",
        None,
        "2025-03-31",
    ),
    (
        "occasion_word",
        "week",
        "The officials met on November 19 on the margins of Vietnam International Digital Week 2024.",
        None,
        "2024-11-19",
    ),
    (
        "occasion_word",
        "expo",
        "The governor met the Korean delegation on June 2 at Korea Expo 2023.",
        None,
        "2023-06-02",
    ),
    (
        "cutoff_word",
        "tính đến",
        "Chiều 19/6, lãnh đạo thành phố tiếp đoàn. Tính đến tháng 6-2018, Hàn Quốc có 144 dự án ở đây.",
        None,
        "2018-06-19",
    ),
    (
        "cutoff_word",
        "as of",
        "The chairman met the consul general on July 10. As of May 2019, Korean firms ran 300 projects there.",
        None,
        "2019-07-10",
    ),
    (
        "cutoff_word",
        "nửa đầu",
        "Chiều 19/7, tỉnh tiếp đoàn Hàn Quốc; nửa đầu năm 2018 khách Hàn Quốc tăng mạnh.",
        None,
        "2018-07-19",
    ),
    (
        "cutoff_word",
        "6 tháng đầu",
        "Ngày 20/8, tỉnh tiếp đoàn Hàn Quốc; 6 tháng đầu năm 2025, xuất khẩu tăng 12%.",
        None,
        "2025-08-20",
    ),
    (
        "cutoff_word",
        "first six months of",
        "The vice chairman met the delegation on July 21; over the first six months of 2025 the province grew 9%.",
        None,
        "2025-07-21",
    ),
    (
        "cutoff_word",
        "first half of",
        "The mayor met the consul general on August 5. In the first half of 2024, Korean investment rose.",
        None,
        "2024-08-05",
    ),
]


DATE_WORD_EXAMPLES += [  # tested in tests/ingest/test_offices.py (a funeral word prefers the year just left)
    ("bereavement", w, None, None, None)
    for w in ("lễ tang", "quốc tang", "tang lễ", "viếng", "chia buồn", "funeral", "condolences", "mourning")
]


DATE_WORD_EXAMPLES += [  # tested in tests/ingest/test_offices.py (a farewell call prefers the year a term ends)
    ("farewell", w, None, None, None) for w in ("chào từ biệt", "kết thúc nhiệm kỳ", "outgoing", "farewell")
]


def test_every_date_word_has_an_example():
    table = lexicon.date_words()
    listed = set(zip(table["kind"], table["word"]))
    examples = {(k, w) for k, w, *_ in DATE_WORD_EXAMPLES}
    assert listed - examples == set(), "add an example for each new entry"
    assert examples - listed == set(), "an entry with an example was deleted from date_words.csv"


@pytest.mark.parametrize(
    "kind,word,text,published,expected",
    [e for e in DATE_WORD_EXAMPLES if e[2] is not None],
    ids=lambda v: str(v)[:24],
)
def test_date_word_example(kind, word, text, published, expected):
    assert resolve_event_date(text, [], published=published).event_id == expected
    if kind in ("session", "day_word", "month", "weekday", "relative_day", "relative_week"):
        assert any(m.word.lower() == word.lower() for m in find_mentions(text))


def test_anniversary_entries():
    # Park Jin and Bùi Thanh Sơn were both foreign ministers on 13 July 2022 and 2023
    table = _table(
        [
            ("Park Jin", "Park Jin", "foreign_minister", "2022-05-12", "2024-01-10"),
            ("Bui Thanh Son", "Bùi Thanh Sơn", "foreign_minister", "2021-04-08", None),
        ]
    )
    text = "On July 13, Bui Thanh Son and Park Jin held phone talks"
    with pytest.raises(DateNotFound, match="2022, 2023"):
        infer_year(13, 7, text, table)
    assert infer_year(13, 7, text + " as they mark the 30th anniversary of relations.", table)[0] == 2022
    assert infer_year(13, 7, text + ", dịp kỷ niệm 31 năm quan hệ.", table)[0] == 2023


@pytest.mark.parametrize(
    "text, year",
    [
        ("On July 13, Kim Test held talks as they mark 30 years of diplomatic ties this year.", 2022),
        ("On July 13, Kim Test held talks; next year they mark 30 years of diplomatic ties.", 2021),
        ("On July 13, Kim Test held talks as they mark three decades of diplomatic relations.", 2022),
        ("Ngày 13/7, Kim Test hội đàm, dịp 30 năm quan hệ ngoại giao.", 2022),
        ("Ngày 13/7, Kim Test hội đàm, dịp 30 năm thiết lập quan hệ ngoại giao.", 2022),
        # 'N năm sau khi …' (N years after) counts too, and holds no 'năm sau' (next year)
        ("Ngày 13/7, Kim Test hội đàm. 30 năm sau khi hai nước lập quan hệ ngoại giao, họ gặp lại.", 2022),
        (
            "Ngày 13/7, Kim Test hội đàm. 30 năm sau khi hai nước thiết lập quan hệ ngoại giao, họ gặp lại.",
            2022,
        ),
        (
            "Ngày 13/7, Kim Test hội đàm. Ba năm sau khi gặp nhau lần đầu, 30 năm sau khi thiết lập quan hệ ngoại giao.",
            2022,
        ),
        ("On July 13, Kim Test held talks, 30 years after diplomatic ties were set up.", 2022),
        # 'N năm kể từ khi …' (N years since)
        ("Ngày 13/7, Kim Test hội đàm, 30 năm kể từ khi hai nước thiết lập quan hệ ngoại giao.", 2022),
        ("Ngày 13/7, Kim Test hội đàm, 30 năm kể từ khi hai nước lập quan hệ ngoại giao.", 2022),
        ("Ngày 13/7, Kim Test hội đàm, 31 năm kể từ khi thiết lập quan hệ ngoại giao.", 2023),
        ("On July 13, Kim Test held talks, 30 years since diplomatic ties were set up.", 2022),
        ("Ngày 13/7, Kim Test dự chuỗi hoạt động chào mừng 30 năm hai nước lập quan hệ ngoại giao.", 2022),
        ("Ngày 13/7, Kim Test hội đàm, năm nay tròn ba thập kỷ quan hệ ngoại giao.", 2022),
        ("Ngày 13/7, Kim Test hội đàm; năm nay tròn 30 năm hai nước lập quan hệ ngoại giao.", 2022),
    ],
)
def test_anniversary_phrasings(text, year):
    table = _table([("Kim Test", "Kim Test", "foreign_minister", "2020-01-01", "2023-12-31")])
    assert infer_year(13, 7, text, table)[0] == year


def test_this_year_marks_n_years_of_a_local_tie_counts_from_its_start():
    # no office holder named: 'năm nay tròn 30 năm' of a tie set up in 1996 is 2026, not 2022
    nobody = _table([("Kim Test", "Kim Test", "foreign_minister", "2020-01-01", None)])
    text = "Ngày 16/1, đoàn sang thăm. Hai tỉnh kết nghĩa từ năm 1996 và năm nay tròn 30 năm, hai địa phương sẽ gắn bó hơn."
    assert infer_year(16, 1, text, nobody)[0] == 2026


def test_a_twinning_started_on_a_date_in_brackets_counts_its_own_anniversary():
    # 'kết thân … (10/3/2004); năm nay hai bên tròn 20 năm': 2024, with words between 'năm nay' and 'tròn'
    nobody = _table([("Kim Test", "Kim Test", "foreign_minister", "2020-01-01", None)])
    text = (
        "Chiều 26/8, Chủ tịch tỉnh tiếp đoàn Osan. Osan kết thân với Quảng Nam (10/3/2004); "
        "năm nay hai bên tròn 20 năm hợp tác."
    )
    assert infer_year(26, 8, text, nobody)[0] == 2024
    # without a twinning word the same count is the countries' (1992 + 20)
    assert infer_year(26, 8, text.replace("kết thân với", "và"), nobody)[0] == 2012


@pytest.mark.parametrize(
    "text",
    [
        "Chiều 20/4, Thủ tướng tiếp ông Kim Test, sang thăm đúng dịp tròn 10 năm Samsung đặt nhà máy đầu tiên (năm 2008).",
        "Chiều 20/4, Thủ tướng tiếp ông Kim Test nhân dịp kỷ niệm 10 năm nhà máy đầu tiên của tập đoàn (năm 2008).",
    ],
)
def test_an_anniversary_of_a_start_year_in_brackets(text):
    # a start year in brackets after the count ('(năm 2008)') is what the count runs from
    table = _table([("Kim Test", "Kim Test", "foreign_minister", "2016-01-01", "2020-12-31")])
    assert infer_year(20, 4, text, table)[0] == 2018
    # without the bracket the count runs from the countries' ties or the FTA: none of those years fit
    with pytest.raises(DateNotFound):
        infer_year(20, 4, text.replace(" (năm 2008)", ""), table)


def test_one_decade_counts_ten_years_from_either_base():
    # 'một thập kỷ' (one decade) from 1992 is 2002, from the FTA (2015) 2025: the office holder decides
    table = _table([("Kim Test", "Kim Test", "foreign_minister", "2024-01-01", None)])
    text = "Ngày 13/7, Kim Test dự hội nghị; năm nay tròn một thập kỷ hai nước ký FTA."
    assert infer_year(13, 7, text, table)[0] == 2025


def test_an_anniversary_alone_gives_the_year_when_only_one_has_come():
    # no office holder named: 30 years from 1992 is 2022; from the FTA (2015) it would be 2045, not yet
    nobody = _table([("Kim Test", "Kim Test", "foreign_minister", "2020-01-01", "2023-12-31")])
    text = "SEOUL, Sept. 5 -- the two countries mark 30 years of diplomatic ties."
    found, why = infer_year(5, 9, text, nobody)
    assert found == 2022 and "no office holder named" in why
    # 10 years from 1992 (2002) and from the FTA (2025) have both come: no year is given
    with pytest.raises(DateNotFound, match="names no office holder"):
        infer_year(5, 9, "Hai bên hội đàm nhân dịp 10 năm FTA.", nobody)


def test_fta_anniversary_and_era_entries():
    # two foreign ministers in office together on 23 July of 2018, 2019, 2020, 2021 and 2022
    table = _table(
        [
            ("Kang Test", "Kang Test", "foreign_minister", "2018-01-01", "2022-12-31"),
            ("Minh Test", "Minh Test", "foreign_minister", "2017-01-01", "2024-12-31"),
        ]
    )
    text = "Ngày 23/7, Kang Test và Minh Test điện đàm"
    with pytest.raises(DateNotFound, match="2018, 2019, 2020, 2021, 2022 all fit"):
        infer_year(23, 7, text, table)
    # 'nhân dịp 5 năm' of the FTA (2015) is 2020; counted from 1992 it would be 1997, outside the terms
    assert infer_year(23, 7, text + ", nhân dịp 5 năm FTA.", table)[0] == 2020
    # COVID-19 was named in 2020, so 2018 and 2019 go (three years are left); the partnership of
    # December 2022 leaves 2022
    with pytest.raises(DateNotFound, match="ambiguous"):
        infer_year(23, 7, text + " về phòng chống Covid-19.", table)
    for words, year in [
        (" trong khuôn khổ Đối tác chiến lược toàn diện.", 2022),
        (" under the comprehensive strategic partnership.", 2022),
    ]:
        found, why = infer_year(23, 7, text + words, table)
        assert found == year and "named from 2022" in why


def test_an_era_word_alone_fixes_the_year_when_one_year_is_left():
    table = _table(
        [
            ("Kang Test", "Kang Test", "foreign_minister", "2019-01-01", "2020-12-31"),
            ("Minh Test", "Minh Test", "foreign_minister", "2017-01-01", "2024-12-31"),
        ]
    )
    found, why = infer_year(23, 7, "Ngày 23/7, Kang Test và Minh Test bàn phòng chống Covid-19", table)
    assert found == 2020 and "'covid' (named from 2020 on)" in why


def _table(rows) -> pd.DataFrame:
    """A leaders table: (name, name_vi, office, term_start, term_end) rows."""
    return pd.DataFrame(
        [
            {
                "name": n,
                "name_vi": v,
                "aliases": n,
                "country": "XX",
                "role": o,
                "role_vi": o,
                "office": o,
                "term_start": dt.date.fromisoformat(s),
                "term_end": dt.date.fromisoformat(e) if e else None,
            }
            for n, v, o, s, e in rows
        ]
    )


def test_every_role_word_selects_its_office():
    roles = lexicon.role_words()
    for office, word in zip(roles["office"], roles["word"]):
        if office == "local":
            continue  # test_a_local_role_word_names_a_person_in_a_local_office
        # one person, the office of the role word in 2020 and a decoy office in 2022
        table = _table(
            [
                ("Kim Test", "Kim Test", office, "2020-01-01", "2020-12-31"),
                ("Kim Test", "Kim Test", "decoy", "2022-01-01", "2022-12-31"),
            ]
        )
        year, why = infer_year(1, 6, f"Hai bên hội đàm. {word} Kim Test phát biểu.", table)
        assert year == 2020, (office, word, why)


ROLE_WORDS = {
    ("president", "Chủ tịch nước"),
    ("president", "Tổng thống"),
    ("president", "Quyền Tổng thống"),
    ("president", "President"),
    ("general_secretary", "Tổng Bí thư"),
    ("general_secretary", "General Secretary"),
    ("general_secretary", "top leader"),
    ("prime_minister", "Thủ tướng"),
    ("prime_minister", "Prime Minister"),
    ("prime_minister", "PM"),
    ("deputy_pm", "Phó Thủ tướng"),
    ("deputy_pm", "Deputy Prime Minister"),
    ("deputy_pm", "Deputy PM"),
    ("assembly_chair", "Chủ tịch Quốc hội"),
    ("assembly_chair", "National Assembly Chairman"),
    ("assembly_chair", "Speaker"),
    ("foreign_minister", "Bộ trưởng Ngoại giao"),
    ("foreign_minister", "Ngoại trưởng"),
    ("foreign_minister", "Foreign Minister"),
    ("foreign_minister", "FM"),
    ("defence_minister", "Bộ trưởng Quốc phòng"),
    ("defence_minister", "Defence Minister"),
    ("defence_minister", "Defense Minister"),
    ("trade_minister", "Bộ trưởng Công Thương"),
    ("trade_minister", "Bộ trưởng Thương mại"),
    ("trade_minister", "Trade Minister"),
    ("planning_minister", "Bộ trưởng Kế hoạch và Đầu tư"),
    ("planning_minister", "Bộ trưởng Tài chính"),
    ("other", "Bộ trưởng Công an"),
    ("other", "Public Security Minister"),
    ("other", "Bộ trưởng Tài chính"),
    ("other", "Bộ trưởng Tài nguyên và Môi trường"),
    ("other", "Natural Resources and Environment Minister"),
    ("other", "Environment Minister"),
    ("other", "Minister of Natural Resources and Environment"),
    ("propaganda_chief", "Trưởng Ban Tuyên giáo Trung ương"),
    ("propaganda_chief", "Central Propaganda"),
    ("secretariat_standing", "Thường trực Ban Bí thư"),
    ("secretariat_standing", "Permanent Member of the Secretariat"),
    ("hanoi_party_secretary", "Bí thư Thành ủy Hà Nội"),
    ("hanoi_party_secretary", "Hanoi Party Chief"),
    ("ambassador", "Đại sứ"),
    ("ambassador", "Ambassador"),
    ("local", "Bí thư Tỉnh ủy"),
    ("local", "Bí thư Thành ủy"),
    ("local", "Chủ tịch UBND"),
    ("local", "Chủ tịch Ủy ban nhân dân"),
    ("local", "Chủ tịch HĐND"),
    ("local", "Provincial Party Secretary"),
    ("local", "Secretary of the Provincial Party Committee"),
    ("local", "People's Committee Chairman"),
    ("local", "People's Committee Vice Chairman"),
    ("local", "Chairman of the Provincial People's Committee"),
    ("local", "Tỉnh trưởng"),
    ("local", "Thị trưởng"),
    ("local", "Thống đốc tỉnh"),
    ("local", "Governor"),
    ("local", "Mayor"),
    ("other", "Văn phòng Tổng thống"),
    ("other", "Phủ Tổng thống"),
    ("other", "Presidential Office"),
    ("other", "Office of the President"),
    ("other", "Phó Chủ tịch nước"),
    ("other", "Vice President"),
    ("other", "Phó Chủ tịch Quốc hội"),
    ("other", "Vice Chairman of the National Assembly"),
    ("other", "Vice Foreign Minister"),
    ("other", "Deputy Foreign Minister"),
}


@pytest.mark.parametrize(
    "text, office",
    [
        ("Cố vấn kinh tế của Văn phòng Tổng thống Kim Test phát biểu.", "president"),
        ("Đại diện Phủ Tổng thống Kim Test phát biểu.", "president"),
        ("Presidential Office senior secretary Kim Test said.", "president"),
        ("A senior secretary at the Office of the President Kim Test said.", "president"),
        ("Phó Chủ tịch nước Kim Test tiếp đoàn.", "president"),
        ("Vice President Kim Test received the guests.", "president"),
        ("Phó Chủ tịch Quốc hội Kim Test tiếp đoàn.", "assembly_chair"),
        ("Vice Chairman of the National Assembly Kim Test received them.", "assembly_chair"),
        ("Vice Foreign Minister Kim Test met the envoy.", "foreign_minister"),
        ("Deputy Foreign Minister Kim Test met the envoy.", "foreign_minister"),
    ],
)
def test_a_role_word_inside_a_longer_title_does_not_name_its_holder(text, office):
    # 'Văn phòng Tổng thống' (the Presidential Office), 'Phó Chủ tịch nước' (Vice President): the
    # shorter role word inside ('Tổng thống', 'Chủ tịch nước') is not the person's office
    table = _table([("Kim Test", "Kim Test", office, "2024-12-27", "2025-03-24")])
    assert list(OfficeIndex(table).mentioned(text)) == []
    bare = {"president": "Tổng thống", "assembly_chair": "Speaker", "foreign_minister": "Foreign Minister"}[
        office
    ]
    assert list(OfficeIndex(table).mentioned(f"{bare} Kim Test phát biểu.")) == ["Kim Test"]


def test_a_local_role_word_names_a_person_in_a_local_office():
    # a person named after a provincial or city office is there in that capacity: the national
    # office they held in other years does not date the meeting
    table = _table([("Kim Test", "Kim Test", "deputy_pm", "2021-01-01", "2023-12-31")])
    roles = lexicon.role_words()
    for word in roles.loc[roles["office"] == "local", "word"]:
        text = f"Hai bên hội đàm. {word} tỉnh Hà Nam Kim Test phát biểu."
        assert list(OfficeIndex(table).mentioned(text)) == [], word
    for text in (
        "Provincial People's Committee Chairman Kim Test hosted the guests.",
        "People's Committee Vice Chairman Kim Test hosted the guests.",
        "Chairman of the Provincial People's Committee Kim Test hosted the guests.",
        "Gyeonggi Governor Kim Test met the President.",  # a former Deputy PM, now a governor
        "Chủ tịch nước tiếp Tỉnh trưởng Gyeonggi Kim Test.",
    ):
        assert list(OfficeIndex(table).mentioned(text)) == [], text
    assert list(OfficeIndex(table).mentioned("Phó Thủ tướng Kim Test phát biểu.")) == ["Kim Test"]


@pytest.mark.parametrize(
    "text",
    [
        "Hai bên hội đàm. Bộ trưởng Tài nguyên và Môi trường Kim Test phát biểu.",
        "On March 29, Natural Resources and Environment Minister Kim Test spoke.",
        "On March 29, Environment Minister Kim Test spoke.",
        "On March 29, Minister of Natural Resources and Environment Kim Test spoke.",
    ],
)
def test_a_person_named_in_an_office_the_table_does_not_list_for_them_is_not_dated_by_it(text):
    # Trần Hồng Hà was environment minister before he became Deputy PM: named as the minister, his
    # Deputy PM term does not date the meeting (nor make a full date of another year history)
    table = _table([("Kim Test", "Kim Test", "deputy_pm", "2023-01-01", None)])
    assert list(OfficeIndex(table).mentioned(text)) == []
    assert list(OfficeIndex(table).mentioned("Phó Thủ tướng Kim Test phát biểu.")) == ["Kim Test"]


def test_role_words_are_the_ones_tested():
    # test_every_role_word_selects_its_office runs over the file; this list makes a deletion fail
    assert set(zip(lexicon.role_words()["office"], lexicon.role_words()["word"])) == ROLE_WORDS


def test_every_office_of_the_leaders_table_has_a_role_word():
    from vnkr import load_leaders

    assert set(load_leaders()["office"]) <= {o for o, _ in ROLE_WORDS}


NEW_TERM_CUES = [
    "tân",
    "vừa nhậm chức",
    "mới nhậm chức",
    "sau khi nhậm chức",
    "vừa được bổ nhiệm",
    "được bầu làm",
    "chính quyền mới",
    "newly appointed",
    "newly elected",
    "new leader",
    "took office",
    "new ambassador",
    "new envoy",
    "took up his post",
    "took up her post",
    "sworn in",
    "vừa nhận nhiệm vụ",
    "mới nhận nhiệm vụ",
]


@pytest.mark.parametrize("cue", NEW_TERM_CUES)
def test_new_term_cue_picks_the_first_year_of_a_term(cue):
    table = _table(
        [
            ("Park Jin", "Park Jin", "foreign_minister", "2022-05-12", "2024-01-10"),
            ("Bui Thanh Son", "Bùi Thanh Sơn", "foreign_minister", "2021-04-08", None),
        ]
    )
    text = f"Chiều 13/7, Bộ trưởng Bùi Thanh Sơn điện đàm với Ngoại trưởng Park Jin ({cue})."
    assert infer_year(13, 7, text, table)[0] == 2022


def test_new_term_cues_are_the_ones_tested():
    assert sorted(lexicon.new_term_cues()) == sorted(NEW_TERM_CUES)
