"""Years from office holders: spellings, role words, open terms, cues, anniversaries, refusals."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest
from leaders_table import table
from vnkr.ingest.offices import DateNotFound, OfficeIndex
from vnkr.ingest.years import infer_year
from vnkr.tables import meetings

TODAY = dt.date(2026, 11, 26)


@pytest.fixture(autouse=True)
def no_known_meetings(tmp_path, monkeypatch):
    """A calendar of known meetings of the test's own (none until a test writes it): the shipped
    calendar must not decide these tests."""
    path = tmp_path / "known_meetings.csv"
    monkeypatch.setattr(meetings, "default_path", lambda: path)
    return path


PM = ("Pham Minh Chinh", "Phạm Minh Chính", "Pham Minh Chinh", "prime_minister", "2021-04-05", "2026-04-07")
YOON = (
    "Yoon Suk Yeol",
    "Yoon Suk Yeol",
    "Yoon Suk-yeol|Yoon Suk Yeol",
    "president",
    "2022-05-10",
    "2025-04-04",
)
KIM = ("Kim Boo-kyum", "Kim Boo Kyum", "Kim Boo-kyum", "prime_minister", "2021-05-14", "2022-05-12")


@pytest.mark.parametrize(
    "text", ["Thủ tướng Phạm Minh Chính", "Prime Minister Pham Minh Chinh", "PHẠM MINH CHÍNH"]
)
def test_a_person_is_found_by_every_spelling(text):
    assert list(OfficeIndex(table([PM])).mentioned(text)) == ["Pham Minh Chinh"]


@pytest.mark.parametrize("text", ["Kim Boo-kyum", "Kim Boo Kyum", "kim boo kyum"])
def test_romanisations_with_and_without_hyphens_match(text):
    assert list(OfficeIndex(table([KIM])).mentioned(text)) == ["Kim Boo-kyum"]


def test_a_name_inside_a_longer_name_is_not_matched():
    assert (
        OfficeIndex(
            table([("Park Jin", "Park Jin", "Park Jin", "foreign_minister", "2022-05-12", None)])
        ).mentioned("Park Jinwoo")
        == {}
    )


def test_year_where_the_named_holders_overlap_only_once():
    year, why = infer_year(
        22, 7, "Thủ tướng Phạm Minh Chính điện đàm với Thủ tướng Kim Boo Kyum", table([PM, KIM]), TODAY
    )
    assert year == 2021 and "only in 2021" in why and "Kim Boo Kyum" in why


def test_an_open_term_runs_past_checked_on():
    # checked_on 2020-01-01 must not end Lee's term: 11/8/2025 fits (11/8/2026 is after 'today')
    lee = ("Lee Jae Myung", "Lee Jae Myung", "Lee Jae-myung", "president", "2025-06-04", None)
    assert (
        infer_year(11, 8, "Tổng thống Lee Jae-myung hội đàm", table([lee]), dt.date(2026, 8, 10))[0] == 2025
    )


def test_an_open_term_does_not_run_past_today():
    lee = ("Lee Jae Myung", "Lee Jae Myung", "Lee Jae-myung", "president", "2025-06-04", None)
    with pytest.raises(DateNotFound, match="no year fits"):
        infer_year(1, 6, "Tổng thống Lee Jae-myung hội đàm", table([lee]), dt.date(2026, 5, 31))


def test_role_word_far_from_the_name_does_not_select_an_office():
    to_lam = [
        ("To Lam", "Tô Lâm", "To Lam", "president", "2024-05-22", "2024-10-21"),
        ("To Lam", "Tô Lâm", "To Lam", "general_secretary", "2024-08-03", None),
    ]
    text = "Tổng thống Lee Jae Myung chủ trì lễ đón Tổng Bí thư Tô Lâm"
    assert [t.office for t in OfficeIndex(table(to_lam)).mentioned(text)["To Lam"]] == ["general_secretary"]


@pytest.mark.parametrize(
    "text",
    [
        "Bộ trưởng Tài chính Hồ Đức Phớc làm việc với Samsung",
        "Bộ trưởng Bộ Tài chính Hồ Đức Phớc làm việc với Samsung",
    ],
)
def test_a_minister_named_with_or_without_bo_before_the_ministry_selects_that_office(text):
    # round 69 (read after its run): 'Bộ trưởng Bộ Tài chính' is the finance minister, not every office he held
    phoc = [
        ("Ho Duc Phoc", "Hồ Đức Phớc", "Ho Duc Phoc", "planning_minister", "2021-04-08", "2024-11-28"),
        ("Ho Duc Phoc", "Hồ Đức Phớc", "Ho Duc Phoc", "deputy_pm", "2024-08-26", None),
    ]
    assert [t.office for t in OfficeIndex(table(phoc)).mentioned(text)["Ho Duc Phoc"]] == [
        "planning_minister"
    ]


def test_ambiguity_lists_the_years_the_holders_and_how_to_resolve():
    with pytest.raises(DateNotFound) as exc:
        infer_year(19, 5, "Thủ tướng Phạm Minh Chính gặp Tổng thống Yoon Suk Yeol", table([PM, YOON]), TODAY)
    message = str(exc.value)
    assert "ambiguous: 2022, 2023, 2024" in message and "Yoon Suk Yeol" in message and "published=" in message


def test_no_named_holder_is_refused():
    with pytest.raises(DateNotFound, match="names no office holder.*published="):
        infer_year(11, 8, "Hai bên hội đàm tại Seoul", table([PM]), TODAY)


def test_no_fitting_year_is_refused():
    with pytest.raises(DateNotFound, match="no year fits"):
        infer_year(1, 1, "Thủ tướng Kim Boo Kyum và Tổng thống Yoon Suk Yeol", table([KIM, YOON]), TODAY)


def test_shipped_leaders_table_invariants():
    from vnkr import load_leaders

    leaders = load_leaders()
    for r in leaders.itertuples():
        assert isinstance(r.term_start, dt.date)
        assert pd.isna(r.term_end) or r.term_start <= r.term_end, r.name
    owners: dict[str, set[str]] = {}
    for r in leaders.itertuples():
        spellings = {r.name, r.name_vi} | (set(str(r.aliases).split("|")) if pd.notna(r.aliases) else set())
        for s in spellings:
            owners.setdefault(" ".join(s.casefold().replace("-", " ").split()), set()).add(r.name)
    shared = {s: p for s, p in owners.items() if len(p) > 1}
    assert shared == {}, "an alias names two people"


def with_country(rows_and_countries) -> pd.DataFrame:
    t = table([r for r, _ in rows_and_countries])
    t["country"] = [c for _, c in rows_and_countries]
    return t


SHORT = [(PM, "VN"), (YOON, "KR"), (KIM, "KR")]
YOON_OTHER = ("Yoon Bo-seon", "Yoon Bo-seon", "Yoon Bo-seon", "president", "1960-08-13", "1962-03-24")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("President Yoon met Vietnamese leaders.", {"president yoon": ["Yoon Suk Yeol"]}),
        ("Tổng thống Hàn Quốc Yoon phát biểu.", {"tổng thống yoon": ["Yoon Suk Yeol"]}),
        ("Prime Minister Chinh said.", {"prime minister chinh": ["Pham Minh Chinh"]}),
        ("Thủ tướng Chính cho biết.", {"thủ tướng chính": ["Pham Minh Chinh"]}),
        # a short name needs its role word, its capital letter, and not to begin a compound
        ("Yoon met Vietnamese leaders.", {}),
        ("president yoon met them", {}),
        ("Thủ tướng Chính phủ cho biết.", {}),
        # the role word selects the office: Yoon was never Prime Minister
        ("Prime Minister Yoon said.", {}),
        # named in full already: the short name adds nothing
        ("President Yoon Suk Yeol met them; President Yoon said.", {"Yoon Suk Yeol": ["Yoon Suk Yeol"]}),
    ],
)
def test_a_role_word_and_a_short_name_find_the_holders_of_that_office(text, expected):
    found = OfficeIndex(with_country(SHORT)).mentioned(text)
    assert {k: [t.name for t in v] for k, v in found.items()} == expected


def test_short_names_alone_can_fix_the_year():
    # Kim Boo-kyum was Prime Minister on 22 July only in 2021; Phạm Minh Chính too that year
    year, how = infer_year(
        22, 7, "Prime Minister Chinh held talks with Prime Minister Kim", with_country(SHORT)
    )
    assert year == 2021 and "Kim Boo Kyum" in how


def test_a_surname_that_begins_a_longer_name_is_not_a_short_name():
    # 'Kim' begins 'Kim Hwang-sik', who is not in the table: no Kim of the table is meant
    assert OfficeIndex(with_country(SHORT)).mentioned("Prime Minister Kim Hwang-sik said.") == {}


def test_a_role_word_belongs_to_the_name_right_after_it():
    # 'President' is Yoon's title, not Tô Lâm's: he keeps both his offices
    lam_gs = ("To Lam", "Tô Lâm", "To Lam", "general_secretary", "2024-08-03", None)
    lam_pr = ("To Lam", "Tô Lâm", "To Lam", "president", "2024-05-22", "2024-10-21")
    index = OfficeIndex(with_country([(YOON, "KR"), (lam_gs, "VN"), (lam_pr, "VN")]))
    found = index.mentioned("President Yoon Suk Yeol and To Lam met.")
    assert sorted(t.office for t in found["To Lam"]) == ["general_secretary", "president"]
    assert [t.office for t in found["Yoon Suk Yeol"]] == ["president"]
    assert [t.office for t in index.mentioned("President To Lam met.")["To Lam"]] == ["president"]


@pytest.mark.parametrize(
    "text", ["President-elect Yoon Suk Yeol called.", "Tổng thống đắc cử Yoon Suk Yeol điện đàm."]
)
def test_an_elected_holder_is_placed_in_the_months_before_the_term(text):
    # Yoon took office on 10 May 2022; elected, he spoke on 23 March 2022
    year, how = infer_year(23, 3, text, with_country(SHORT))
    assert year == 2022 and "(elect)" in how
    with pytest.raises(DateNotFound):
        infer_year(23, 3, text.replace("-elect", "").replace(" đắc cử", ""), with_country(SHORT))


def write_meetings(path, rows) -> None:
    path.write_text(
        "meeting_date,people,title,source_url\n"
        + "".join(f"{d},{p},{t},https://news.example/{i}\n" for i, (d, p, t) in enumerate(rows)),
        encoding="utf-8",
    )


def test_a_known_meeting_of_the_people_named_fixes_the_year(no_known_meetings):
    write_meetings(no_known_meetings, [("2023-05-21", "Pham Minh Chinh|Yoon Suk Yeol", "G7 sideline talks")])
    year, why = infer_year(
        19, 5, "Thủ tướng Phạm Minh Chính gặp Tổng thống Yoon Suk Yeol", table([PM, YOON]), TODAY
    )
    assert year == 2023
    assert "G7 sideline talks on 2023-05-21" in why and "https://news.example/0" in why


@pytest.mark.parametrize(
    "rows",
    [
        [("2023-05-21", "Yoon Suk Yeol", "Yoon alone")],  # only one of the two people named
        [("2023-05-25", "Pham Minh Chinh|Yoon Suk Yeol", "six days later")],  # too far from 19/5
        [
            ("2023-05-20", "Pham Minh Chinh|Yoon Suk Yeol", "a"),
            ("2024-05-18", "Pham Minh Chinh|Yoon Suk Yeol", "b"),
        ],
    ],
)
def test_a_known_meeting_decides_only_when_it_is_the_only_fit(no_known_meetings, rows):
    write_meetings(no_known_meetings, rows)
    with pytest.raises(DateNotFound, match="ambiguous: 2022, 2023, 2024"):
        infer_year(19, 5, "Thủ tướng Phạm Minh Chính gặp Tổng thống Yoon Suk Yeol", table([PM, YOON]), TODAY)


def test_one_person_named_is_matched_by_a_meeting_of_that_person(no_known_meetings):
    write_meetings(no_known_meetings, [("2022-07-12", "Pham Minh Chinh|Someone Else", "call")])
    assert infer_year(13, 7, "Thủ tướng Phạm Minh Chính tiếp Đại sứ", table([PM]), TODAY)[0] == 2022


def test_the_same_day_written_with_its_year_fixes_the_year():
    gs = ("To Lam", "Tô Lâm", "To Lam", "general_secretary", "2024-08-03", None)
    text = "Chiều 19/8, Tổng Bí thư Tô Lâm tiếp đoàn, đúng dịp kỷ niệm 80 năm Ngày truyền thống (19/8/1945-19/8/2025)."
    year, why = infer_year(19, 8, text, table([gs]), TODAY)
    assert year == 2025 and "19/8/2025" in why


def test_another_day_written_with_a_year_does_not_fix_it():
    gs = ("To Lam", "Tô Lâm", "To Lam", "general_secretary", "2024-08-03", None)
    with pytest.raises(DateNotFound, match="ambiguous"):
        infer_year(
            19, 8, "Chiều 19/8, Tổng Bí thư Tô Lâm nhắc lại chuyến thăm ngày 11/8/2025.", table([gs]), TODAY
        )


def test_a_meeting_on_that_very_day_comes_before_one_a_few_days_off(no_known_meetings):
    write_meetings(
        no_known_meetings,
        [
            ("2022-07-05", "Pham Minh Chinh|Yoon Suk Yeol", "call three days later"),
            ("2024-07-02", "Pham Minh Chinh|Yoon Suk Yeol", "talks that day"),
        ],
    )
    text = "Thủ tướng Phạm Minh Chính gặp Tổng thống Yoon Suk Yeol ngày 2/7"
    assert infer_year(2, 7, text, table([PM, YOON]), TODAY)[0] == 2024


TRONG = (
    "Nguyen Phu Trong",
    "Nguyễn Phú Trọng",
    "Nguyen Phu Trong",
    "general_secretary",
    "2011-01-19",
    "2024-07-19",
)
HAN = (  # the aliases the tests below need ('Han Duck Soo')
    "Han Duck-soo",
    "Han Duck-soo",
    "Han Duck-soo|Han Duck Soo",
    "prime_minister",
    "2022-05-21",
    "2024-12-27",
)
MAN = ("Tran Thanh Man", "Trần Thanh Mẫn", "Tran Thanh Man", "assembly_chair", "2024-05-20", None)


def test_a_holder_whose_term_ended_weeks_before_is_named_as_former_or_late():
    text = "Ngày 5/8, Thủ tướng Han Duck-soo gửi lời chia buồn về Tổng Bí thư Nguyễn Phú Trọng tới Chủ tịch Quốc hội Trần Thanh Mẫn."
    year, why = infer_year(5, 8, text, table([TRONG, HAN, MAN]), TODAY)
    assert year == 2024 and "except Nguyen Phu Trong" in why and "17 day(s) before" in why


def test_a_holder_whose_term_ended_long_before_still_refuses():
    text = "Ngày 5/10, Thủ tướng Han Duck-soo nhắc tới Tổng Bí thư Nguyễn Phú Trọng và Chủ tịch Quốc hội Trần Thanh Mẫn."
    with pytest.raises(DateNotFound, match="no year fits"):
        infer_year(5, 10, text, table([TRONG, HAN, MAN]), TODAY)


def test_a_short_name_is_the_holder_named_in_full_not_another_of_that_name():
    table_ = with_country(SHORT + [(YOON_OTHER, "KR")])
    text = "Tổng thống Yoon Suk Yeol hội đàm; Tổng thống Yoon đề nghị mở rộng hợp tác."
    assert list(OfficeIndex(table_).mentioned(text)) == ["Yoon Suk Yeol"]


QUANG = ("Tran Dai Quang", "Trần Đại Quang", "Tran Dai Quang", "president", "2016-04-02", "2018-09-21")


def test_a_living_mention_of_the_same_person_still_counts():
    text = "Chủ tịch nước Trần Đại Quang tiếp Thủ tướng Phạm Minh Chính; ông cố gắng thúc đẩy hợp tác."
    assert sorted(OfficeIndex(table([PM, QUANG])).mentioned(text)) == ["Pham Minh Chinh", "Tran Dai Quang"]


def test_an_ambassador_dates_a_meeting_by_the_term_of_the_post():
    park = (
        "Park Noh-wan",
        "Park Noh Wan",
        "Park Noh-wan|Park Noh Wan",
        "ambassador",
        "2019-10-16",
        "2022-10-03",
    )
    oh = ("Oh Young-ju", "Oh Young Ju", "Oh Young-ju|Oh Young Ju", "ambassador", "2022-10-26", "2023-06-30")
    year, why = infer_year(
        13, 3, "Ngày 13/3, Phó Chủ tịch Quốc hội tiếp Đại sứ Oh Young Ju.", table([park, oh]), TODAY
    )
    assert year == 2023 and "Oh Young Ju ambassador" in why


HUNG = (
    "Nguyen Sinh Hung",
    "Nguyễn Sinh Hùng",
    "Nguyen Sinh Hung",
    "assembly_chair",
    "2011-07-23",
    "2016-03-31",
)


@pytest.mark.parametrize(
    "holder, text",
    [
        (QUANG, "Thủ tướng Phạm Minh Chính viếng cố Chủ tịch nước Trần Đại Quang."),
        (QUANG, "Prime Minister Pham Minh Chinh paid tribute to the late President Tran Dai Quang."),
        (QUANG, "Thủ tướng Phạm Minh Chính đến viếng cố Trần Đại Quang."),
        (
            HUNG,
            "Thủ tướng Phạm Minh Chính nhắc chuyến thăm của ông Nguyễn Sinh Hùng, khi ấy là Chủ tịch Quốc hội.",
        ),
        (HUNG, "Thủ tướng Phạm Minh Chính gặp nguyên Chủ tịch Quốc hội Nguyễn Sinh Hùng."),
        (HUNG, "Prime Minister Pham Minh Chinh met former Speaker Nguyen Sinh Hung."),
        (HUNG, "Pham Minh Chinh recalled the 2013 visit of then NA Chairman Nguyen Sinh Hung."),
        (HUNG, "Pham Minh Chinh recalled the 2013 visit of then-Chairman Nguyen Sinh Hung."),
    ],
)
def test_a_person_named_only_as_deceased_or_former_does_not_date_the_meeting(holder, text):
    assert list(OfficeIndex(table([PM, holder])).mentioned(text)) == ["Pham Minh Chinh"]


def test_a_person_named_only_in_a_sentence_about_an_earlier_dated_occasion_does_not_date_the_meeting():
    text = (
        "Chiều 6/12, Thủ tướng Phạm Minh Chính tiếp đoàn. Ông Kim nhắc lại lần gặp Thủ tướng hồi tháng 3/2018, "
        "khi ông tháp tùng Chủ tịch Quốc hội Nguyễn Sinh Hùng sang thăm."
    )
    assert list(OfficeIndex(table([PM, HUNG])).mentioned(text)) == ["Pham Minh Chinh"]
    # named again outside that sentence, the holder dates the meeting as before
    again = text + " Ông Nguyễn Sinh Hùng cũng dự buổi tiếp."
    assert sorted(OfficeIndex(table([PM, HUNG])).mentioned(again)) == ["Nguyen Sinh Hung", "Pham Minh Chinh"]
    # a year without 'hồi' is no earlier occasion ('vào năm 2030' is a deadline)
    goal = "Chiều 6/12, Chủ tịch Quốc hội Nguyễn Sinh Hùng nhất trí đạt 100 tỷ USD vào năm 2030."
    assert list(OfficeIndex(table([PM, HUNG])).mentioned(goal)) == ["Nguyen Sinh Hung"]


PARK = ("Park Test", "Park Test", "Park Test", "ambassador", "2019-10-16", "2022-10-03")


@pytest.mark.parametrize(
    "text",
    [
        "On October 7, Prime Minister Pham Minh Chinh received outgoing Ambassador Park Test.",
        "On October 7, Prime Minister Pham Minh Chinh hosted a farewell for Ambassador Park Test.",
        "Ngày 7/10, Thủ tướng Phạm Minh Chính tiếp Đại sứ Park Test đến chào từ biệt.",
        "Ngày 7/10, Thủ tướng Phạm Minh Chính tiếp Đại sứ Park Test nhân dịp kết thúc nhiệm kỳ.",
    ],
)
def test_a_farewell_call_prefers_the_year_a_named_term_ends(text):
    # the table ends the term on 3 October 2022 (the handover); the farewell call came days after
    year, why = infer_year(7, 10, text, table([PM, PARK]), TODAY)
    assert year == 2022 and "farewell" in why


def test_without_a_farewell_word_the_terms_alone_give_the_year():
    text = "On October 7, Prime Minister Pham Minh Chinh received Ambassador Park Test."
    assert infer_year(7, 10, text, table([PM, PARK]), TODAY)[0] == 2021
    # a farewell word with no term ending near the day changes nothing
    still = ("Park Test", "Park Test", "Park Test", "ambassador", "2019-10-16", None)
    text = "On October 7, Prime Minister Pham Minh Chinh met outgoing Ambassador Park Test."
    with pytest.raises(DateNotFound):
        infer_year(7, 10, text, table([PM, still]), TODAY)


def test_then_as_a_sequence_word_keeps_the_holder():
    text = "Nguyen Sinh Hung received the guests, and then Prime Minister Pham Minh Chinh met them."
    assert sorted(OfficeIndex(table([PM, HUNG])).mentioned(text)) == ["Nguyen Sinh Hung", "Pham Minh Chinh"]


def test_a_province_named_thai_nguyen_is_not_a_former_title():
    text = "Tại Thái Nguyên Thủ tướng Phạm Minh Chính tiếp đoàn."
    assert list(OfficeIndex(table([PM])).mentioned(text)) == ["Pham Minh Chinh"]


@pytest.mark.parametrize(
    "word", ["lễ tang", "quốc tang", "tang lễ", "viếng", "chia buồn", "funeral", "condolences", "mourning"]
)
def test_a_funeral_word_prefers_the_year_a_named_holder_had_just_left_office(word):
    text = f"Ngày 23/7, Thủ tướng Han Duck-soo sang Hà Nội ({word}) vì Tổng Bí thư Nguyễn Phú Trọng."
    year, why = infer_year(23, 7, text, table([TRONG, HAN]), TODAY)
    assert year == 2024 and word in why
    # without it, 2022 and 2023 (both in office) still fit: no year is guessed
    with pytest.raises(DateNotFound):
        infer_year(
            23,
            7,
            "Ngày 23/7, Thủ tướng Han Duck-soo gặp Tổng Bí thư Nguyễn Phú Trọng.",
            table([TRONG, HAN]),
            TODAY,
        )
