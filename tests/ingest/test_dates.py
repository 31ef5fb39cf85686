"""Event dating: header, byline, in-text dates and years inferred from office holders' terms."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest
from vnkr.errors import DataError
from vnkr.ingest import corpus
from vnkr.ingest.cleaning import clean_text
from vnkr.ingest.dates import DateNotFound, date_article, infer_year, parse_date_line, resolve_event_date
from vnkr.tables.leaders import load_leaders

SENTENCE = "hai bên đã trao đổi về hợp tác thương mại, đầu tư và giao lưu nhân dân giữa hai nước."

# The tests own their office holders: the shipped leaders.csv changes whenever a term is re-checked
# (checked_on), and a year inferred from an open term would change with it.
LEADERS_CSV = """name,name_vi,aliases,country,role,role_vi,term_start,term_end,checked_on,source_url
To Lam,Tô Lâm,,VN,General Secretary,Tổng Bí thư,2024-08-03,,2026-11-24,https://example.org/to-lam
To Lam,Tô Lâm,,VN,President of Vietnam,Chủ tịch nước,2024-05-22,2024-10-21,2026-11-24,https://example.org/to-lam
Pham Minh Chinh,Phạm Minh Chính,,VN,Prime Minister of Vietnam,Thủ tướng,2021-04-05,,2026-01-07,https://example.org/pmc
Lee Jae Myung,Lee Jae Myung,Lee Jae-myung,KR,President of South Korea,Tổng thống,2025-06-04,,2026-11-24,https://example.org/lee
Kim Boo-kyum,Kim Boo Kyum,Kim Boo-kyum,KR,Prime Minister of South Korea,Thủ tướng,2021-05-14,2022-05-12,2026-11-24,https://example.org/kim
"""


@pytest.fixture
def data_dir(tmp_path, monkeypatch):
    """A data folder holding only the test's leaders table, used by every loader (VNKR_DATA_DIR)."""
    (tmp_path / "annotations").mkdir()
    (tmp_path / "annotations" / "leaders.csv").write_text(LEADERS_CSV, encoding="utf-8")
    monkeypatch.setenv("VNKR_DATA_DIR", str(tmp_path))
    return tmp_path


@pytest.fixture
def leaders(data_dir):
    return load_leaders()


def date_of(page: str, leaders=None):
    clean, removed = clean_text(page)
    return resolve_event_date(clean, removed, leaders=leaders)


def test_header_with_month_only_gives_month_precision():
    when = date_of(f" date 2022-12 Một là, {SENTENCE}")
    assert (when.event_id, when.precision, when.source) == (
        "2022-12",
        "month",
        "header ' date 2022-12' (month only)",
    )


def test_header_with_a_day_gives_its_month_and_the_day_of_a_day_alone_in_the_text():
    # the header is the publication date (as a user date or URL stamp): the meeting may be a day before
    assert date_of(f" date 2023-12-07 Một là, {SENTENCE}").event_id == "2023-12"
    assert date_of(f" date 2023-12-07 Ngày 6, {SENTENCE}").event_id == "2023-12-06"


def test_byline_dates_an_article_without_in_text_date():
    when = date_of(f"Tiêu đề bài viết thử\nPV - 14:29, 22/07/2021\nHai Bộ trưởng {SENTENCE}")
    assert (when.event_id, when.source) == ("2021-07-22", "byline 22/07/2021 ('PV - 14:29, 22/07/2021')")


def test_in_text_date_after_the_byline_day_belongs_to_the_previous_year():
    when = date_of(f"Tiêu đề bài viết thử\n02/01/2022 08:00\nNgày 30/12, {SENTENCE}")
    assert when.event_id == "2021-12-30" and "previous year" in when.source


def test_in_text_date_takes_its_year_from_a_month_header():
    when = date_of(f" date 2021-07 Sáng 22/7, {SENTENCE}")
    assert (
        when.event_id == "2021-07-22"
        and when.source == "in-text 'Sáng 22/7' with year from header ' date 2021-07'"
    )


def test_in_text_date_outside_the_header_month_is_not_trusted():
    when = date_of(f" date 2021-07 Ngày 3/5, {SENTENCE}")
    assert when.event_id == "2021-07" and when.warnings


def test_long_form_in_text_date_is_read():
    when = date_of(f"Tiêu đề bài viết thử\nPV - 14:29, 22/07/2021\nNgày 22 tháng 7, {SENTENCE}")
    assert when.event_id == "2021-07-22" and "Ngày 22 tháng 7" in when.source


def test_page_clock_alone_is_not_an_event_date():
    with pytest.raises(DateNotFound, match="page clock 'Thứ Sáu, ngày 23 tháng 08 năm 2019, 09:25:27'"):
        date_of(f"Analytic\nThứ Sáu, ngày 23 tháng 08 năm 2019, 09:25:27\nTiêu đề bài viết thử\n{SENTENCE}")


def test_no_date_at_all_is_an_error_not_a_guess():
    with pytest.raises(DataError, match="nodate.txt: no date found"):
        corpus.parse_article(f"Hai Bộ trưởng hội đàm. {SENTENCE}", "nodate.txt")


def test_parse_date_line_reads_short_and_long_forms():
    assert str(parse_date_line("PV - 14:29, 22/07/2021")) == "2021-07-22"
    assert str(parse_date_line("Thứ Sáu, ngày 23 tháng 08 năm 2019, 09:25:27")) == "2019-08-23"
    assert parse_date_line("31/02/2021") is None


def test_year_is_inferred_when_the_named_leaders_overlap_in_one_year_only(leaders):
    # Kim Boo Kyum was Prime Minister from 2021-05-14 to 2022-05-12: 22 July falls in his term only in 2021
    year, how = infer_year(22, 7, "Thủ tướng Phạm Minh Chính điện đàm với Thủ tướng Kim Boo Kyum", leaders)
    assert year == 2021 and "Kim Boo Kyum" in how and "only in 2021" in how


def test_role_named_before_the_name_selects_that_term():
    # a small table of its own: one person, two offices, so the role word alone decides the year
    rows = [
        (
            "To Lam",
            "Tô Lâm",
            "To Lam",
            "VN",
            "President of Vietnam",
            "Chủ tịch nước",
            "2024-05-22",
            "2024-10-21",
        ),
        ("To Lam", "Tô Lâm", "To Lam", "VN", "General Secretary", "Tổng Bí thư", "2024-08-03", "2026-01-01"),
    ]
    table = pd.DataFrame(
        rows, columns=["name", "name_vi", "aliases", "country", "role", "role_vi", "term_start", "term_end"]
    )
    table["office"] = ["president", "general_secretary"]
    for col in ("term_start", "term_end"):
        table[col] = pd.to_datetime(table[col]).dt.date
    table["checked_on"] = table["term_end"]
    year, how = infer_year(11, 8, "Chủ tịch nước Tô Lâm tiếp Đại sứ", table)
    assert year == 2024 and "President of Vietnam" in how
    with pytest.raises(DateNotFound, match="ambiguous: 2024, 2025"):
        infer_year(11, 8, "Tổng Bí thư Tô Lâm tiếp Đại sứ", table)


def test_ambiguous_year_is_reported_with_the_candidates(leaders):
    with pytest.raises(DateNotFound, match="ambiguous: 2025, 2026"):
        infer_year(11, 8, "Tổng Bí thư Tô Lâm và Tổng thống Hàn Quốc Lee Jae Myung hội đàm", leaders)


def test_new_government_remark_narrows_the_year_to_the_first_year_of_a_term(leaders):
    text = (
        "Tổng Bí thư Tô Lâm và Tổng thống Hàn Quốc Lee Jae Myung hội đàm; chuyến thăm đầu tiên "
        "sau khi nước này có chính quyền mới."
    )
    year, how = infer_year(11, 8, text, leaders)
    assert year == 2025 and "chính quyền mới" in how


def test_article_whose_leaders_fit_two_years_is_rejected_as_ambiguous(data_dir):
    text = f"Ngày 11/8, Tổng Bí thư Tô Lâm và Tổng thống Hàn Quốc Lee Jae Myung hội đàm; {SENTENCE}"
    with pytest.raises(DataError, match="new.txt: .*ambiguous: 2025, 2026"):
        corpus.parse_article(text, "new.txt")


def test_no_leader_and_no_year_is_an_error(leaders):
    with pytest.raises(DateNotFound, match="names no office holder"):
        infer_year(11, 8, "Hai bên hội đàm tại Seoul", leaders)


def test_leader_out_of_office_on_the_event_date_is_a_warning(leaders):
    # one of the two named holders was in office at the byline's date: the byline stands, with a warning
    text = (
        "Tiêu đề bài viết thử\nPV - 10:00, 05/03/2024\n"
        f"Ngày 5/3, Thủ tướng Phạm Minh Chính gặp Thủ tướng Kim Boo Kyum, {SENTENCE}"
    )
    fields, _, warnings = corpus._parse(text, "x.txt", leaders)
    assert fields["event_id"] == "2024-03-05"
    assert any("Kim Boo-kyum" in w and "not in office" in w for w in warnings)


def test_byline_year_when_no_named_holder_was_in_office_yields_to_their_one_year(leaders):
    # a site clock years off: Kim Boo-kyum was Prime Minister on 5 March only in 2022
    text = f"Tiêu đề bài viết thử\nPV - 10:00, 05/03/2019\nNgày 5/3, Thủ tướng Kim Boo Kyum và {SENTENCE}"
    found = date_of(text, leaders)
    assert found.event_id == "2022-03-05"
    assert "byline" in found.source and "2019" in found.source and "none of the named" in found.source


def test_byline_year_stands_when_no_single_year_fits_the_named_holders(leaders):
    # Kim Boo-kyum (2021-22) and Lee Jae Myung (from 2025) never held office together: no year replaces
    # the byline's, and date_source says the holders were out of office
    text = (
        "Tiêu đề bài viết thử\nPV - 10:00, 05/03/2019\n"
        f"Ngày 5/3, Thủ tướng Kim Boo Kyum và Tổng thống Lee Jae Myung, {SENTENCE}"
    )
    found = date_of(text, leaders)
    assert found.event_id == "2019-03-05" and "no other year fits" in found.source


def test_shipped_leaders_table_has_a_source_for_every_row():
    leaders = load_leaders()
    assert leaders["source_url"].str.match(r"https?://\S+$").all()  # some sources exist only on http
    for r in leaders.itertuples():
        assert pd.isna(r.term_end) or r.term_start <= r.term_end, r.name


PARAGRAPH = f"Tại cuộc hội đàm, {SENTENCE} Hai bên cũng nhất trí tăng cường trao đổi đoàn các cấp. " * 4


def test_page_clock_in_the_footer_does_not_override_the_date_header():
    # the header is the dataset's metadata; a weekday + 'ngày … tháng … năm' line is the site's clock
    page = f" date 2021-08-02 {PARAGRAPH}\n\n{SENTENCE}\n\nThứ Sáu, ngày 23 tháng 08 năm 2019\n"
    when = date_of(page)
    assert (when.event_id, when.precision) == ("2021-08", "month")
    assert "page clock 'Thứ Sáu, ngày 23 tháng 08 năm 2019' overridden" in when.source


def test_short_article_with_footer_clock_and_time_keeps_its_header_date():
    when = date_of(f" date 2021-08-02 Một là, {SENTENCE}\nThứ Sáu, ngày 23 tháng 08 năm 2019, 09:25:27")
    assert when.event_id == "2021-08"


def test_byline_shaped_date_far_below_the_text_does_not_override_the_header():
    when = date_of(f" date 2021-08-02 {PARAGRAPH}\n{PARAGRAPH}\nPV - 10:00, 05/03/2019\n")
    assert when.event_id == "2021-08" and "'PV - 10:00, 05/03/2019' below the text ignored" in when.source


def test_date_below_the_text_dates_an_article_with_nothing_above():
    when = date_of(f"Tiêu đề bài viết thử\n{PARAGRAPH}\n{PARAGRAPH}\n05/03/2024 10:00\n")
    assert (when.event_id, when.source) == (
        "2024-03-05",
        "date below the text 05/03/2024 ('05/03/2024 10:00')",
    )


def test_a_single_date_comes_before_a_span_of_days():
    from vnkr.ingest.dates import date_article

    text = "Chuyến thăm (13-18/8) gồm hội đàm cấp cao.\nChiều 19/8, hai bên hội đàm tại Hà Nội."
    assert date_article(text, published="2025-08-20").event_id == "2025-08-19"


def test_a_weekday_named_with_its_day_and_month_picks_the_one_year_it_fits(leaders):
    # Lee Jae Myung and Phạm Minh Chính both held office on 13 July 2025 and 2026: only the weekday tells
    text = "{} 13/7, Tổng thống Lee Jae Myung hội đàm với Thủ tướng Phạm Minh Chính tại Seoul."
    today = dt.date(2026, 11, 27)
    with pytest.raises(DateNotFound, match="2025, 2026"):
        date_article(text.format("Chiều"), leaders=leaders, today=today)
    monday = date_article(text.format("Thứ Hai"), leaders=leaders, today=today)
    assert monday.event_id == "2026-07-13" and "a Monday only in 2026" in monday.source
    assert date_article(text.format("Chủ nhật"), leaders=leaders, today=today).event_id == "2025-07-13"
    # English: the weekday before its month and day is kept with the date
    english = (
        "On Friday, September 18, President Lee Jae Myung held talks with Prime Minister Pham Minh Chinh."
    )
    assert date_article(english, leaders=leaders, today=today).event_id == "2026-09-18"
    # a weekday that fits none of the years changes nothing: the years stay ambiguous
    with pytest.raises(DateNotFound, match="2025, 2026"):
        date_article(text.format("Thứ Tư"), leaders=leaders, today=today)


def test_an_english_day_alone_takes_its_month_from_the_publication(leaders):
    text = "President Lee Jae Myung met Prime Minister Pham Minh Chinh on the {} with trade on the agenda."
    assert date_article(text.format("23rd (local time)"), published="2025-06-23").event_id == "2025-06-23"
    assert date_article(text.format("28th of last month"), published="2025-08-03").event_id == "2025-07-28"
    # a day after the publication day falls in the month before
    assert date_article(text.format("30th,"), published="2025-08-03").event_id == "2025-07-30"


def test_a_date_far_before_an_updated_stamp_is_still_the_meeting_s(leaders):
    body = "\nChiều 2/7, Thủ tướng Phạm Minh Chính hội đàm với Thủ tướng Kim Boo Kyum về thương mại."
    updated = date_article("Cập nhật 15/12/2021 08:12" + body, leaders=leaders)
    assert updated.event_id == "2021-07-02" and "Cập nhật" in updated.source
    # a plain byline is the publication: a day-month five months before it is not the meeting's
    assert date_article("15/12/2021 08:12" + body, leaders=leaders).event_id != "2021-07-02"


def test_the_day_a_statement_was_made_yields_to_the_meeting_s_weekday(leaders):
    text = (
        "HANOI, Oct 14 (Yonhap) -- Prime Minister Pham Minh Chinh praised Seoul's diplomacy, "
        "South Korea's ambassador said Thursday.\nChinh made the comments Wednesday when he met the envoy."
    )
    assert date_article(text, published="2021-10-14").event_id == "2021-10-13"


@pytest.mark.parametrize(
    "text, published, expected",
    [
        # round 65 (read after its run): 'từ hôm qua' opens a stay; the talks are 'hôm nay'
        (
            "Có mặt tại Hà Nội từ hôm qua trong chuyến thăm, hôm nay Ngoại trưởng Hàn Quốc đã hội đàm với người đồng cấp.",
            "2020-09-18",
            "2020-09-18",
        ),
        # round 66 (read after its run): 'from Monday to Thursday' spans the trip; the signing was Wednesday
        (
            "On his trip to Vietnam from Monday to Thursday, the governor renewed the agreement with Bac Ninh on Wednesday.",
            "2025-12-04",
            "2025-12-03",
        ),
        # a stay's first day still dates a report that gives nothing else
        ("The minister held talks in Hanoi during two days from Monday.", "2017-11-15", "2017-11-13"),
        ("Bộ trưởng hội đàm tại Hà Nội trong chuyến thăm từ hôm qua.", "2020-09-18", "2020-09-17"),
    ],
)
def test_a_stay_that_opens_with_from_gives_way_to_the_meetings_own_day(text, published, expected):
    assert date_article(text, published=published).event_id == expected
