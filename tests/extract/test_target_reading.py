"""Trade targets read from a report: every row of data/lexicon/amounts.csv and every target rule has
an example here that changes when the row or rule is deleted (tools/mutate_rules.py checks it)."""

from __future__ import annotations

import pytest
from vnkr.extract.amounts import parse_number, read_targets, trade_targets


def rows(text: str, published=None, cols=("value", "kind", "deadline_year")) -> list[list]:
    t = read_targets(text, published)
    return [
        [None if v is None or v != v else v for v in r]
        for r in t[list(cols)].astype(object).where(t[list(cols)].notna(), None).values.tolist()
    ]


def pairs(text: str, published=None) -> list[tuple]:
    t = trade_targets(text, published)
    return [
        (float(v), None if d is None or d != d else int(d))
        for v, d in zip(t["value"], t["deadline_year"].astype(object).where(t["deadline_year"].notna(), None))
    ]


# ------------------------------------------------------------ amounts, units and scales
@pytest.mark.parametrize(
    "text, value, unit",
    [
        ("Hai bên nhất trí nâng kim ngạch lên 1 nghìn tỷ đồng.", 1000.0, "VND bn"),
        ("Hai bên nhất trí nâng kim ngạch lên 100 tỉ USD.", 100.0, "USD bn"),
        ("Kim ngạch đạt 500 triệu USD.", 0.5, "USD bn"),
        ("Kim ngạch đạt 100 tỷ đô la Mỹ.", 100.0, "USD bn"),
        ("Kim ngạch đạt 100 tỷ đồng.", 100.0, "VND bn"),
        ("Trade reached $1 trillion.", 1000.0, "USD bn"),
        ("Trade reached $86.7 billion.", 86.7, "USD bn"),
        ("Trade reached US$500 million.", 0.5, "USD bn"),
        ("Trade reached 150 billion U.S. dollars.", 150.0, "USD bn"),
    ],
)
def test_amounts_are_read_in_billions_with_their_currency(text, value, unit):
    t = read_targets(text)
    assert (t["value"].tolist(), t["unit"].tolist()) == ([value], [unit])


def test_an_amount_without_a_currency_is_not_money():
    assert read_targets("Hai bên nhất trí hoàn thành mục tiêu 150 tỷ vào năm 2030.").empty


def test_a_bare_amount_takes_the_currency_of_the_amount_before_it():
    assert pairs("They agreed to raise trade to 100 billion USD by 2023 and 150 billion by 2030.") == [
        (100.0, 2023),
        (150.0, 2030),
    ]


@pytest.mark.parametrize(
    "text, lang, value",
    [("81,5", "vi", 81.5), ("1.000", "vi", 1000.0), ("86.7", "en", 86.7), ("1,500", "en", 1500.0)],
)
def test_numbers_are_read_as_each_language_writes_them(text, lang, value):
    assert parse_number(text, lang) == value


# ------------------------------------------------------------ goal words and kinds
@pytest.mark.parametrize(
    "text",
    [
        "Kim ngạch hai chiều có mục tiêu 100 tỷ USD vào năm 2030.",
        "Kế hoạch nâng kim ngạch lên 100 tỷ USD vào năm 2030.",
        "Kế hoạch phấn đấu kim ngạch 100 tỷ USD vào năm 2030.",
        "Kế hoạch hướng tới kim ngạch 100 tỷ USD vào năm 2030.",
        "Kim ngạch hai chiều chạm mốc 100 tỷ USD vào năm 2030.",
        "Kế hoạch để kim ngạch sớm đạt 100 tỷ USD vào năm 2030.",
        "Kế hoạch nhắm tới kim ngạch 100 tỷ USD vào năm 2030.",
        "Đã cùng đặt chỉ tiêu thương mại 100 tỷ USD vào năm 2030, hai nước bàn tiếp.",
        "Doanh nghiệp nỗ lực để kim ngạch 100 tỷ USD vào năm 2030.",
        "The plan aims at $100 billion in trade by 2030.",
        "A trade target of $100 billion by 2030 was set.",
        "A trade goal of $100 billion by 2030 was set.",
        "Firms seek to have $100 billion in trade by 2030.",
        "Firms plan to reach $100 billion in trade by 2030.",
        "Firms plan to boost trade to $100 billion by 2030.",
        "Firms plan to bring trade to $100 billion by 2030.",
        "Firms plan to bring two-way trade up to $100 billion by 2030.",
    ],
)
def test_a_goal_word_makes_a_figure_a_target(text):
    assert rows(text) == [[100.0, "target", 2030]]


@pytest.mark.parametrize(
    "text",
    [
        "Bilateral trade is due to climb to US$100 billion next year and US$150 billion in 2030 under the goal set by Viet Nam and Korea.",
        "Kim ngạch hai chiều sẽ lên 100 tỷ USD năm tới và 150 tỷ USD năm 2030 theo mục tiêu hai nước đã đặt ra.",
    ],
)
def test_a_goal_named_after_the_figures_in_their_sentence_makes_them_targets(text):
    assert pairs(text, "2022-04-14") == [(100.0, 2023), (150.0, 2030)]
    # the goal named in the next sentence says nothing of these figures
    split = text.replace(" under the goal", ". That was under the goal").replace(
        " theo mục tiêu", ". Đó là theo mục tiêu"
    )
    assert pairs(split, "2022-04-14") == []


def test_bring_is_a_goal_word_only_when_it_brings_something_to_a_figure():
    text = "Yoon spoke of an era that might bring deeper ties in supply chains, noting trade grew to $80.7 billion in 2021."
    assert rows(text) == [[80.7, "actual", None]]


def test_both_sides_named_as_the_subject_of_a_goal_word_hold_it_even_inside_a_statement():
    text = (
        "Chủ tịch Quốc hội cho biết Hàn Quốc là nhà đầu tư lớn tại Việt Nam và hai nước đang hướng tới "
        "kim ngạch thương mại 100 tỷ USD vào năm 2025, 150 tỷ USD vào năm 2030."
    )
    assert pairs(text) == [(100.0, 2025), (150.0, 2030)]
    # no subject of both sides before the goal word: the statement describes, no goal is set
    assert pairs(text.replace("và hai nước đang hướng tới", "và đang hướng tới")) == []


def test_a_figure_after_a_comma_in_a_list_of_figures_is_of_the_first_kind():
    text = "Hai bên nhất trí hướng tới kim ngạch 100 tỷ USD vào năm 2025, 150 tỷ USD vào năm 2030."
    assert pairs(text) == [(100.0, 2025), (150.0, 2030)]
    assert rows("Kim ngạch đạt 66 tỷ USD năm 2019, 70 tỷ USD năm 2020.", cols=("kind", "year")) == [
        ["actual", 2019],
        ["actual", 2020],
    ]


def test_a_second_figure_joined_by_and_of_is_of_the_first_kind():
    text = (
        "Both sides are aiming for two-way trade of 100 billion USD by 2023 and of 150 billion USD by 2030."
    )
    assert pairs(text) == [(100.0, 2023), (150.0, 2030)]


@pytest.mark.parametrize(
    "text",
    [
        # round 66 (read after its run): a clause of time between two goal figures keeps the second a goal
        "The two leaders set the goal of raising bilateral trade to 100 billion USD in 2025, when their free "
        "trade agreement turns ten, and to 150 billion USD by 2030.",
        "Hai bên đặt mục tiêu nâng kim ngạch thương mại lên 100 tỷ USD vào năm 2025, khi FTA song phương tròn "
        "10 năm, và 150 tỷ USD vào năm 2030.",
    ],
)
def test_a_clause_of_time_between_two_goal_figures_keeps_the_second_a_goal(text):
    assert pairs(text) == [(100.0, 2025), (150.0, 2030)]
    # a figure after a full clause with its own verb is not joined to the goal
    assert rows(
        "Kim ngạch đạt 66 tỷ USD năm 2019, khi hai nước ký FTA, và 70 tỷ USD năm 2020.", cols=("kind",)
    ) == [
        ["actual"],
        ["actual"],
    ]


@pytest.mark.parametrize(
    "text",
    [
        # round 75 (read after its run): an open deadline, and the first figure's metric, between two goals
        "We must strive toward the goal of lifting two-way trade to 100 billion USD in the near future and "
        "to 150 billion USD in 2030, he said.",
        "The leaders stressed that both sides must work to reach US$100 billion in two-way trade soon and "
        "then US$150 billion by 2030.",
        "Hai bên nhất trí phấn đấu đưa kim ngạch lên 100 tỷ USD trong thời gian tới và 150 tỷ USD vào năm 2030.",
        "Hàn Quốc là đối tác lớn và hai nước đang hướng tới kim ngạch 100 tỷ USD trong thời gian tới và 150 tỷ USD năm 2030.",
        "Ông nhấn mạnh hai bên cần nỗ lực đạt 100 tỷ USD kim ngạch thương mại sớm và 150 tỷ USD năm 2030.",
    ],
)
def test_an_open_deadline_between_two_goal_figures_keeps_the_second_a_goal(text):
    # the open deadline gives the first figure no year
    assert pairs(text) == [(100.0, None), (150.0, 2030)]


@pytest.mark.parametrize(
    "text, expected",
    [
        # rounds 50, 57 and 65 (read after their runs): a goal named by its year has that deadline
        ("The two countries set a 2023 goal of $100 billion in annual trade.", [(100.0, 2023)]),
        ("Moon said the 2023 goal of $100 billion in trade was within reach.", [(100.0, 2023)]),
        (
            "They agreed to reach the 2023 trade goal of $100 billion and the goal of $150 billion by 2030.",
            [(100.0, 2023), (150.0, 2030)],
        ),
    ],
)
def test_a_goal_named_by_its_year_has_that_deadline(text, expected):
    assert pairs(text) == expected


def test_an_agreement_makes_a_figure_a_target_even_when_it_says_increase():
    assert pairs("Hai bên nhất trí tăng kim ngạch thương mại lên 150 tỷ USD vào năm 2030.") == [(150.0, 2030)]


def test_without_agreement_or_goal_word_a_figure_is_an_actual():
    assert rows("Kim ngạch thương mại tăng lên 86,7 tỷ USD năm 2024.", cols=("kind", "year")) == [
        ["actual", 2024]
    ]


@pytest.mark.parametrize(
    "text, published, expected",
    [
        (
            "Hai bên nhất trí nâng kim ngạch từ 80 tỷ USD lên 150 tỷ USD vào năm 2030.",
            None,
            [[80.0, "actual", None], [150.0, "target", 2030]],
        ),
        ("Hai bên nhất trí rằng kim ngạch ở mức 86 tỷ USD là tích cực.", None, [[86.0, "actual", None]]),
        (
            "They agreed to boost trade to $150 billion by 2030, up from $86.7 billion.",
            None,
            [[150.0, "target", 2030], [86.7, "actual", None]],
        ),
        ("They agreed that trade, which reached $80 billion, must grow.", None, [[80.0, "actual", None]]),
    ],
)
def test_a_past_figure_word_makes_an_actual_even_in_an_agreement(text, published, expected):
    assert rows(text, published) == expected


def test_an_actual_whose_year_stands_far_is_not_a_target():
    text = (
        "Hai bên nhất trí nâng kim ngạch lên 150 tỷ USD vào năm 2030, "
        "từ mức 300 triệu USD khi thiết lập quan hệ năm 1992."
    )
    assert pairs(text) == [(150.0, 2030)]


def test_a_one_sided_request_is_not_a_target():
    text = "Thủ tướng đề nghị Hàn Quốc mở cửa thị trường để sớm đạt 150 tỷ USD vào năm 2030."
    assert rows(text) == [[150.0, "request", 2030]] and pairs(text) == []


def test_an_actual_dated_after_publication_is_a_projection():
    text = "Kim ngạch thương mại có thể lên 100 tỷ USD năm 2026."
    assert rows(text, "2025-01-10", cols=("kind", "year")) == [["projection", 2026]]
    assert rows(text, "2027-01-10", cols=("kind", "year")) == [["actual", 2026]]


# ------------------------------------------------------------ metrics
@pytest.mark.parametrize(
    "text, metric",
    [
        ("Hai bên nhất trí nâng kim ngạch lên 150 tỷ USD.", "two_way_trade"),
        ("Hai bên nhất trí nâng xuất nhập khẩu lên 150 tỷ USD.", "two_way_trade"),
        ("Hai bên nhất trí nâng xuất khẩu của Việt Nam lên 50 tỷ USD.", "exports"),
        ("Hai bên nhất trí nâng nhập khẩu từ Hàn Quốc lên 50 tỷ USD.", "imports"),
        ("Hai bên nhất trí triển khai viện trợ 1,5 tỷ USD.", "oda"),
        ("Hai bên nhất trí nâng vốn đầu tư lên 100 tỷ USD.", "investment"),
        ("Hai bên nhất trí thúc đẩy thương mại và dự án đường sắt 2 tỷ USD.", "other"),
        ("They agreed to lift two-way trade to $150 billion.", "two_way_trade"),
        ("They agreed to lift Vietnam's exports to $50 billion.", "exports"),
        ("They agreed to lift Korea's imports to $50 billion.", "imports"),
        ("Korea would provide $4 billion in concessional loans.", "oda"),
        ("They agreed to lift investment to $100 billion.", "investment"),
        ("They agreed to expand trade and a $66 billion railway project.", "other"),
    ],
)
def test_the_nearest_metric_word_names_what_is_counted(text, metric):
    assert read_targets(text)["metric"].tolist() == [metric]


@pytest.mark.parametrize(
    "text",
    [
        "Theo ông Moon, con số này bằng một nửa mục tiêu 200 tỷ USD mà Hàn Quốc hướng tới trong thương mại với toàn khối ASEAN.",
        "The $100 billion goal with Vietnam is half of Korea's $200 billion target for trade with all ASEAN countries.",
    ],
)
def test_a_goal_for_trade_with_a_third_partner_is_no_vietnam_korea_target(text):
    t = read_targets(text)
    third = t[t["value"] == 200.0]
    assert third["metric"].tolist() == ["third_party"]
    assert (200.0, None) not in pairs(text)
    # the same figure for the two countries' trade is theirs
    assert (200.0, None) in pairs(
        text.replace("ASEAN", "Việt Nam").replace("all Việt Nam countries", "Vietnam")
    )


def test_loans_and_project_costs_are_not_trade_targets():
    assert pairs("Hai bên nhất trí triển khai viện trợ 1,5 tỷ USD vào năm 2030.") == []


# ------------------------------------------------------------ deadlines
@pytest.mark.parametrize(
    "text, expected",
    [
        ("Hai bên nhất trí nâng kim ngạch lên 200 tỷ USD một cách bền vững vào năm 2035.", [(200.0, 2035)]),
        (
            "Hai bên nhất trí nâng kim ngạch lên 100 tỷ USD năm 2023 và 150 tỷ USD năm 2030.",
            [(100.0, 2023), (150.0, 2030)],
        ),
        ("Trong năm 2026, hai bên đặt mục tiêu đưa kim ngạch lên 120 tỷ USD.", [(120.0, 2026)]),
        # the year taken as the milestone, before the amount
        ("Hai nước lấy năm 2030 làm mốc để nâng kim ngạch thương mại lên 150 tỷ USD.", [(150.0, 2030)]),
        (
            "Hai bên phấn đấu đến năm 2030 đưa kim ngạch lên 150 tỷ USD và xuất khẩu lên 50 tỷ USD.",
            [(150.0, 2030), (50.0, 2030)],
        ),
        ("Hai bên nhất trí nâng kim ngạch lên 150 tỷ USD đến hết năm 2030.", [(150.0, 2030)]),
        ("Hai bên nhất trí nâng kim ngạch lên 150 tỷ USD trước cuối năm 2030.", [(150.0, 2030)]),
        ("They agreed to boost trade to $150 billion by 2030.", [(150.0, 2030)]),
        ("They agreed to boost trade to $150 billion by the end of 2030.", [(150.0, 2030)]),
        (
            "The two reconfirmed their aim of pushing trade to US$100 billion by 2023 and to $150 billion by 2030.",
            [(100.0, 2023), (150.0, 2030)],
        ),
        (
            "They agreed on two goals: 150 billion USD in two-way trade by 2030, and 100 billion USD as early as 2025.",
            [(150.0, 2030), (100.0, 2025)],
        ),
        ("Hai bên nhất trí đưa kim ngạch đạt 100 tỉ USD trong những năm tới.", [(100.0, None)]),
    ],
)
def test_deadlines_after_before_and_shared(text, expected):
    assert pairs(text) == expected


def test_a_bare_year_before_an_amount_is_not_its_deadline():
    assert pairs("Năm 1992, hai bên nhất trí nâng kim ngạch lên 150 tỷ USD.") == [(150.0, None)]


@pytest.mark.parametrize(
    "text, published, deadline",
    [
        ("They agreed to boost trade to 150 billion U.S. dollars in five years.", "2025-08-11", 2030),
        ("They agreed to boost trade to $150 billion within ten years.", "2025-08-11", 2035),
        ("They agreed to boost trade to $100 billion next year.", "2022-07-13", 2023),
        ("Hai bên nhất trí nâng kim ngạch lên 150 tỷ USD trong 5 năm tới.", "2025-08-11", 2030),
        ("Hai bên nhất trí nâng kim ngạch lên 150 tỷ USD trong năm năm tới.", "2025-08-11", 2030),
        ("Hai bên nhất trí nâng kim ngạch lên 100 tỷ USD vào năm tới.", "2022-07-13", 2023),
    ],
)
def test_a_relative_deadline_counts_from_the_publication(text, published, deadline):
    assert [d for _, d in pairs(text, published)] == [deadline]


def test_a_relative_deadline_without_a_publication_date_stays_open():
    assert pairs("They agreed to boost trade to $150 billion in five years.") == [(150.0, None)]


@pytest.mark.parametrize(
    "published, deadline, reason",
    [
        ("2024-10-10", 2003, "deadline_before_publication"),
        (None, 1980, "deadline_before_relations"),
        ("2024-10-10", 2030, ""),
    ],
)
def test_a_misprinted_deadline_is_reported_as_written_and_flagged(published, deadline, reason):
    t = read_targets(
        f"Hai bên quyết tâm hướng tới mục tiêu kim ngạch 150 tỷ USD vào năm {deadline}.", published
    )
    assert t[["deadline_year", "implausible", "implausible_reason"]].astype(object).values.tolist() == [
        [deadline, bool(reason), reason]
    ]


@pytest.mark.parametrize(
    "text, published, year",
    [
        ("Năm 2024, kim ngạch song phương đạt 81,5 tỷ USD.", None, 2024),
        ("Kim ngạch đạt 81,5 tỷ USD năm ngoái.", "2025-03-01", 2024),
        ("Bilateral trade stood at $86.7 billion last year.", "2025-08-11", 2024),
    ],
)
def test_an_actual_takes_the_year_written_with_it(text, published, year):
    assert rows(text, published, cols=("kind", "year")) == [["actual", year]]


def test_the_quote_is_the_clause_that_states_the_amount():
    text = "Năm 2024, thương mại đạt 80 tỷ USD; hai bên nhất trí nâng lên 150 tỷ USD vào năm 2030."
    t = read_targets(text)
    assert t["quote"].tolist() == [
        "Năm 2024, thương mại đạt 80 tỷ USD",
        "hai bên nhất trí nâng lên 150 tỷ USD vào năm 2030",
    ]
    assert all(text[a:b] == q for a, b, q in zip(t["start"], t["end"], t["quote"]))


def test_a_second_amount_does_not_take_a_deadline_the_first_one_wrote():
    assert pairs("Hai bên nhất trí nâng kim ngạch lên 100 tỷ USD vào năm 2023 và hướng tới 150 tỷ USD.") == [
        (100.0, 2023),
        (150.0, None),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Thủ tướng đề nghị Hàn Quốc mở cửa thị trường, hướng tới mục tiêu nâng kim ngạch lên 100 tỷ USD.",
        "Son urged efforts toward the goal of lifting trade to $100 billion.",
    ],
)
def test_inside_a_request_the_goal_named_as_such_is_a_target(text):
    assert [k for k in read_targets(text)["kind"]] == ["target"]


@pytest.mark.parametrize(
    "text",
    [
        "Bộ trưởng đề nghị hai bên nỗ lực hướng tới mục tiêu kim ngạch 100 tỷ USD vào năm 2023 và 150 tỷ USD vào năm 2030.",
        "Son urged efforts toward the goal of $100 billion in trade by 2023 and $150 billion by 2030.",
    ],
)
def test_inside_a_request_a_second_amount_joined_to_the_named_goal_is_a_target_too(text):
    assert [k for k in read_targets(text)["kind"]] == ["target", "target"]


def test_an_amount_joined_by_a_connector_takes_the_kind_of_the_one_before():
    text = "Kế hoạch nâng kim ngạch lên 100 tỷ USD năm 2023 và 150 tỷ USD năm 2030."
    assert rows(text) == [[100.0, "target", 2023], [150.0, "target", 2030]]


def test_an_english_amount_joined_by_and_takes_the_kind_of_the_one_before():
    text = "The plan aims at $100 billion in trade in 2023 and $150 billion in 2030."
    assert rows(text) == [[100.0, "target", 2023], [150.0, "target", 2030]]


@pytest.mark.parametrize("few", ["vài", "các", "mấy"])
def test_the_next_few_years_is_no_deadline(few):
    text = f"Hai bên nhất trí đưa kim ngạch đạt 100 tỷ USD trong {few} năm tới."
    assert pairs(text, "2019-12-02") == [(100.0, None)]


def test_a_target_set_for_late_a_year_takes_that_year():
    text = "They agreed to meet the US$100 billion trade target set for late 2023."
    assert pairs(text) == [(100.0, 2023)]


@pytest.mark.parametrize(
    "text, expected",
    [
        # the year ends another list item: not the amount's deadline
        (
            "The ministers agreed on closer work: events for the 30th anniversary of ties in 2022, "
            "reaching the 100 billion USD target for trade, and more flights.",
            [(100.0, None)],
        ),
        # the year opens its own phrase, or follows the agreement or goal word
        ("Hai bên nhất trí, đến năm 2030, nâng kim ngạch lên 150 tỷ USD.", [(150.0, 2030)]),
        (
            "Hai bên phấn đấu để đến năm 2030, kim ngạch chạm mốc 150 tỷ USD.",
            [(150.0, 2030)],
        ),
    ],
)
def test_a_deadline_before_its_amount_must_be_its_own_phrase(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Dien stressed the resolve to meet the US$100 billion trade target the two leaders set.",
        "Bộ trưởng nhấn mạnh quyết tâm hoàn thành mục tiêu 100 tỷ USD kim ngạch.",
    ],
)
def test_a_described_figure_named_as_the_goal_is_a_target(text):
    assert [k for k in read_targets(text)["kind"]] == ["target"]


# round 45 (read after its run): English goals the rules read as actuals or projections
def test_their_goal_in_a_statement_is_a_target_with_its_deadlines():
    text = (
        "The two leaders stressed their goal of bringing two-way trade to 100 billion USD in 2023 and "
        "150 billion USD in 2030, while keeping it in better balance."
    )
    assert rows(text) == [[100.0, "target", 2023], [150.0, "target", 2030]]


def test_an_amount_named_a_goal_by_hyphenated_words_after_it_is_a_target():
    # round 47 (read after its run): 'two-way' stood between the amount and 'goal'
    assert rows("Vietnam, RoK head for US$150 billion two-way trade goal by 2030") == [
        [150.0, "target", 2030]
    ]


def test_a_figure_announced_as_the_goal_is_a_target():
    # the goal word alone before the amount, as a press release's subheading writes it
    assert rows("The goal: US$150 billion in two-way trade by 2030.") == [[150.0, "target", 2030]]


def test_working_toward_an_amount_makes_it_a_goal():
    assert rows("- Both sides to work toward US$150 billion in two-way trade by 2030 -") == [
        [150.0, "target", 2030]
    ]


def test_discussing_how_to_reach_an_amount_makes_it_the_goal_of_both_sides():
    text = (
        "The two Prime Ministers noted that trade grew fast, and they discussed how to expand trade "
        "and investment so as to reach US$150 billion in bilateral trade by 2030."
    )
    assert rows(text) == [[150.0, "target", 2030]]


def test_a_figure_now_at_is_todays_not_a_goal():
    text = "The presidents agreed to lift bilateral trade, now at $63.9 billion, to $100 billion by 2020."
    assert rows(text) == [[63.9, "actual", None], [100.0, "target", 2020]]


@pytest.mark.parametrize(
    "text",
    [
        "Bộ trưởng nhấn mạnh mục tiêu chung đưa kim ngạch thương mại song phương lên 100 tỷ USD vào năm 2023.",
        "He stressed the shared goal of lifting two-way trade between the two countries to $100 billion by 2023.",
        # round 58 (read after its run): a goal called the one already set, after a statement's semicolon
        "Chủ tịch nước nhấn mạnh dư địa còn lớn; hai nước đang phối hợp để hoàn thành mục tiêu đã đề ra là "
        "nâng kim ngạch thương mại song phương lên 150 tỷ USD vào năm 2030.",
        "Ông nhấn mạnh Việt Nam và Hàn Quốc đang nỗ lực hoàn thành mục tiêu mà hai nước đã đặt ra là đưa kim "
        "ngạch thương mại lên 150 tỷ USD.",
    ],
)
def test_a_goal_called_shared_is_a_target_however_far_from_its_amount(text):
    assert list(read_targets(text)["kind"]) == ["target"]
    # without 'chung' / 'shared', the goal word is too far from the amount to name it
    plain = text.replace("mục tiêu chung", "việc").replace("the shared goal of", "the need for")
    plain = plain.replace("mục tiêu đã đề ra là", "việc").replace("mục tiêu mà hai nước đã đặt ra là", "việc")
    assert list(read_targets(plain)["kind"]) != ["target"]


@pytest.mark.parametrize(
    "text",
    [
        "Ông Moon mong hai bên sát cánh để đưa thương mại hai chiều lên 100 tỷ USD vào năm 2023. "
        "Đáp lại, Tổng Bí thư cho biết Việt Nam sẽ tăng đầu tư để hiện thực hóa mục tiêu này.",
        "Tổng thống kêu gọi hai bên dồn sức để kim ngạch đạt 100 tỷ USD vào năm 2020 – con số lãnh đạo hai nước "
        "đã thống nhất từ năm ngoái.",
        "Moon voiced hope that trade would reach $100 billion by 2023, and Trong replied that Vietnam would "
        "invest more to help reach that goal.",
        "Ông Cho đề nghị hai bên sát cánh để đạt mốc thương mại 150 tỷ USD đến năm 2030 như hai nước đã thống nhất.",
        "Cho urged both sides to work to reach $150 billion in trade by 2030 as the two countries had agreed.",
    ],
)
def test_a_figure_one_side_asks_for_is_a_target_when_the_other_takes_it_up(text):
    assert list(read_targets(text)["kind"]) == ["target"]
    asked = text.split(". Đáp lại")[0].split(" – con số")[0].split(", and Trong")[0]
    asked = asked.split(" như hai nước")[0].split(" as the two countries")[0]
    assert list(read_targets(asked)["kind"]) == ["request"]


def test_a_described_figure_not_named_as_a_goal_stays_an_actual():
    text = "Bộ trưởng nhấn mạnh kim ngạch đạt 80 tỷ USD, vượt mục tiêu."
    assert [k for k in read_targets(text)["kind"]] == ["actual"]


@pytest.mark.parametrize(
    "text",
    [
        "On trade, both sides agreed to pursue goals of USD 100 billion and USD 150 billion, for 2023 and "
        "2030 respectively.",
        "Hai bên nhất trí phấn đấu đưa kim ngạch lần lượt đạt 100 tỷ USD và 150 tỷ USD vào năm 2023 và 2030.",
        "Hai bên nhất trí đưa kim ngạch đạt 100 tỷ USD và 150 tỷ USD, tương ứng vào năm 2023 và 2030.",
    ],
)
def test_amounts_and_years_listed_respectively_pair_up_in_order(text):
    assert pairs(text) == [(100.0, 2023), (150.0, 2030)]


def test_an_undated_target_restating_a_dated_one_is_the_same_target():
    text = "Hướng tới 150 tỷ USD thương mại.\nHai bên nhất trí nâng kim ngạch lên 150 tỷ USD vào năm 2030."
    assert pairs(text) == [(150.0, 2030)]
    # a different figure without a deadline stays
    text = "Hướng tới 120 tỷ USD thương mại.\nHai bên nhất trí nâng kim ngạch lên 150 tỷ USD vào năm 2030."
    assert pairs(text) == [(120.0, None), (150.0, 2030)]


def test_a_figure_compared_with_is_a_past_figure():
    text = "Hai bên đồng ý nâng kim ngạch lên 100 tỷ USD đến năm 2020, so với khoảng 65 tỷ USD của năm 2018."
    assert pairs(text) == [(100.0, 2020)]


def test_nham_alone_is_a_goal_word():
    assert rows("Việt - Hàn tăng tốc hợp tác, nhắm kim ngạch 150 tỷ USD năm 2030.") == [
        [150.0, "target", 2030]
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Phuc put this year's trade at 80 billion USD, adding that he reckoned it would reach 100 billion USD in 2020.",
        "Bộ trưởng dự báo kim ngạch thương mại sẽ đạt 100 tỷ USD vào năm 2020.",
        "With stronger efforts by both governments, two-way trade could reach US$100 billion in 2023, Choo said.",
        # round 77 (read after its run): an expected figure, in Vietnamese as in English
        "Thương mại Việt - Hàn dự kiến có thể chạm mốc 70 tỷ USD trong năm nay.",
        "Ông cho rằng kim ngạch hai chiều có thể đạt 100 tỷ USD vào năm 2023.",
    ],
)
def test_a_forecast_is_a_projection_not_a_target(text):
    assert [r[1] for r in rows(text)][-1] == "projection"


def test_an_undertaking_of_both_sides_makes_a_figure_a_target():
    text = "The two ministers undertook to take steps so that two-way trade climbs to US$100 billion by 2023."
    assert pairs(text) == [(100.0, 2023)]
    text = "They also recommitted to pushing two-way trade past US$100 billion by 2023 and to $150 billion by 2030."
    assert pairs(text, published="2021-12-15") == [(100.0, 2023), (150.0, 2030)]


@pytest.mark.parametrize(
    "text",
    [
        "Officials looked at how to lift bilateral trade this year to 100 billion USD.",
        "Hai bên bàn cách đưa kim ngạch năm nay lên 100 tỷ USD.",
    ],
)
def test_this_year_before_a_target_is_its_deadline(text):
    assert pairs(text, published="2020-02-20") == [(100.0, 2020)]


@pytest.mark.parametrize(
    "text",
    [
        "The leaders stressed that both sides must work to reach US$100 billion in two-way trade soon.",
        "Hai lãnh đạo nhấn mạnh hai bên cần nỗ lực đạt 100 tỷ USD thương mại hai chiều.",
    ],
)
def test_a_goal_both_sides_must_reach_is_a_target_inside_a_statement(text):
    assert [r[1] for r in rows(text)] == ["target"]


@pytest.mark.parametrize(
    "text",
    [
        "Both leaders stressed the need to reach US$100 billion in two-way trade soon.",
        "The two presidents stressed that efforts are needed to reach US$100 billion in two-way trade soon.",
        "Hai nhà lãnh đạo nhấn mạnh cần nỗ lực để sớm đạt 100 tỷ USD thương mại hai chiều.",
        "Hai Thủ tướng nhấn mạnh cần phấn đấu đạt 100 tỷ USD thương mại hai chiều.",
    ],
)
def test_the_two_leaders_named_with_a_duty_hold_the_goal_too(text):
    # 'both leaders', 'hai nhà lãnh đạo' name both sides as 'both sides' does; 'the need to',
    # 'are needed' are duty words as 'must' is
    assert [r[1] for r in rows(text)] == ["target"]


def test_a_goal_named_with_its_metric_between_is_the_goal_both_hold_inside_a_statement():
    text = (
        "Chủ tịch nước nhắc lại rằng hai nước đã là Đối tác chiến lược toàn diện từ năm 2022 và nay là đối tác"
        " hàng đầu của nhau; hai bên đang cùng nỗ lực hiện thực hóa mục tiêu kim ngạch thương mại hai chiều"
        " 150 tỷ USD vào năm 2030."
    )
    assert pairs(text, published="2025-11-02") == [(150.0, 2030)]


def test_a_goal_figure_without_a_metric_takes_trade_from_the_sentence_before():
    text = "Trade between them totaled $61.5 billion last year.\n\nMoon said he and his host are aiming for $100 billion by 2020."
    assert pairs(text, published="2018-03-23") == [(100.0, 2020)]
    # a figure of its own metric, or one in the same sentence as the trade figure, keeps its own
    text = "Trade between them totaled $61.5 billion last year. Korea aims for a $2 billion rail project by 2020."
    assert pairs(text, published="2018-03-23") == []
    text = "They agreed to work so that trade reaches $150 billion by 2030; the figure was $87.7 billion in 2022."
    assert pairs(text, published="2023-12-07") == [(150.0, 2030)]
    # a second goal of the clause takes it too; a metric after the next comma is another matter
    text = (
        "Thương mại song phương đạt 78 tỷ USD năm 2021. Dựa trên VKFTA, hai nước hướng tới 100 tỷ USD vào năm"
        " 2023 và 150 tỷ USD vào năm 2030, đồng thời tạo thuận lợi cho hàng xuất khẩu của Việt Nam."
    )
    assert pairs(text, published="2022-12-01") == [(100.0, 2023), (150.0, 2030)]
    # a metric word later in the same stretch keeps the figure its own ('1.5' does not end the stretch)
    text = (
        "They set a goal of $150 billion in bilateral trade by 2030. Korea would raise the fund's ceiling to"
        " $2 billion from $1.5 billion by 2030 and give $200 million in grant aid."
    )
    assert pairs(text, published="2023-06-24") == [(150.0, 2030)]


@pytest.mark.parametrize(
    "text, expected",
    [
        # the metric word in an earlier clause of the sentence, with a figure of its own ...
        (
            "Kim ngạch hai chiều năm 2024 là 81,5 tỷ USD; hai bên đặt đích 150 tỷ USD vào năm 2030.",
            [(150.0, 2030)],
        ),
        # ... or without one
        (
            "Sau 30 năm, thương mại hai chiều đã tăng gấp 150 lần; hai nước đặt mục tiêu đạt 100 tỷ USD vào năm 2023.",
            [(100.0, 2023)],
        ),
        # a nearer word of another metric keeps the goal unnamed
        ("Thương mại tăng nhanh; vốn FDI đạt 30 tỷ USD; hai bên phấn đấu đạt 100 tỷ USD vào năm 2030.", []),
        # a figure with no goal word of its own, a target only by the earlier agreement, stays unnamed
        (
            "Hai bên nhất trí nâng kim ngạch lên 150 tỷ USD vào năm 2030; con số năm 2022 là 87,7 tỷ USD.",
            [(150.0, 2030)],
        ),
        # an earlier sentence is not an earlier clause
        ("Thương mại hai chiều tăng gấp 150 lần. Hai bên đặt mục tiêu đạt 100 tỷ USD vào năm 2023.", []),
    ],
)
def test_a_goal_figure_without_a_metric_takes_trade_from_an_earlier_clause_of_its_sentence(text, expected):
    assert pairs(text, published="2025-01-01") == expected


def test_an_exchange_of_goods_is_two_way_trade():
    text = "Trao đổi hàng hóa giữa hai nước năm 2018 là 64 tỷ USD, và hai bên phấn đấu đưa con số này lên 100 tỷ USD."
    assert rows(text, published="2019-05-01", cols=("metric", "kind")) == [
        ["two_way_trade", "actual"],
        ["two_way_trade", "target"],
    ]


def test_commerce_is_trade_and_rising_to_joins_a_second_goal():
    text = "Two-way commerce came to $61.5 billion last year. Moon said the pair are targeting $100 billion by 2020."
    assert pairs(text, published="2018-03-23") == [(100.0, 2020)]
    text = "The two nations are aiming for two-way trade of US$100 billion this year, rising to US$150 billion by 2030."
    assert pairs(text, published="2023-07-12") == [(100.0, 2023), (150.0, 2030)]


def test_set_the_mark_is_a_goal_and_this_year_with_ngay_trong_joins_the_next_amount():
    text = (
        "Hàn Quốc là nhà đầu tư lớn nhất. Việt Nam và Hàn Quốc đã đặt đích thương mại hai chiều 100 tỷ USD"
        " ngay trong năm nay, rồi 150 tỷ USD vào năm 2030."
    )
    assert pairs(text, published="2023-07-12") == [(100.0, 2023), (150.0, 2030)]


def test_a_bracketed_conversion_is_neither_a_dollar_figure_nor_a_wall_before_the_deadline():
    text = "The two leaders agreed to lift trade to $100 billion (about 112 trillion won) by 2020."
    assert pairs(text, published="2018-03-23") == [(100.0, 2020)]
    text = "Hai bên nhất trí đưa kim ngạch lên 100 tỷ USD (khoảng 112.000 tỷ won) đến năm 2020."
    assert pairs(text, published="2018-03-23") == [(100.0, 2020)]


@pytest.mark.parametrize(
    "text",
    [
        # round 83: a figure in won takes the cue before it, and the dollar figure that restates it ('or')
        # takes the won figure's kind
        "The leaders agreed to raise trade from about 120 trillion won last year to roughly 200 trillion won, "
        "or 150 billion dollars, by 2030.",
        "Pacts were signed to help lift annual trade to around 195 trillion won, or 150 billion dollars, by 2030.",
        "The leaders agreed to raise trade from about 120 trillion won last year to 150 billion dollars by 2030.",
    ],
)
def test_a_won_figure_takes_its_cue_and_the_dollar_figure_restating_it_keeps_the_goal(text):
    assert pairs(text, published="2025-08-12") == [(150.0, 2030)]


@pytest.mark.parametrize(
    "text, expected",
    [
        # round 83: a goal named by its year after its figure
        (
            "The two countries, which have fixed $150 billion as their 2030 trade target, met again.",
            [(150.0, 2030)],
        ),
        ("Hai nước lấy kim ngạch thương mại 150 tỷ USD làm mục tiêu năm 2030.", [(150.0, 2030)]),
    ],
)
def test_a_goal_named_by_its_year_after_its_figure_has_that_deadline(text, expected):
    assert pairs(text, published="2022-12-05") == expected


def test_a_company_s_own_export_aim_is_not_a_goal_of_the_two_countries():
    text = "Samsung Vietnam, he said, is aiming at 57 billion USD in exports for the year."
    assert rows(text, published="2023-10-31", cols=("kind",)) == [["projection"]]
    text = "Tập đoàn Samsung đặt mục tiêu xuất khẩu 57 tỷ USD trong năm nay."
    assert rows(text, published="2023-10-31", cols=("kind",)) == [["projection"]]


def test_a_goal_one_side_says_it_must_reach_stays_a_statement():
    assert [r[1] for r in rows("Lee stressed that Korea must work to reach US$100 billion in exports.")] != [
        "target"
    ]


def test_a_figure_the_target_is_compared_with_is_a_past_figure():
    text = "They agreed to lift trade to $150 billion by 2030, 75 percent above the $86.7 billion recorded in 2024."
    assert rows(text, published="2025-08-11", cols=("kind", "year")) == [["target", None], ["actual", 2024]]


def test_a_figure_followed_by_last_year_is_an_actual_even_in_an_agreement():
    text = "The two leaders agreed to shrink the trade gap, which customs put at $34 billion last year."
    assert rows(text, published="2023-01-20") == [[34.0, "actual", None]]
    text = "Hai bên nhất trí thu hẹp thâm hụt thương mại, ở mức 34 tỷ USD năm ngoái."
    assert rows(text, published="2023-01-20")[0][1] == "actual"
    # ... and so is 'của năm ngoái' ('of last year'), the base a goal is compared with
    text = "Hai bên nhất trí đưa thương mại lên 150 tỷ USD đến năm 2030, gần gấp đôi mức 86,7 tỷ USD của năm ngoái."
    assert pairs(text, published="2025-08-12") == [(150.0, 2030)]
    text = "They agreed to lift trade to $150 billion by 2030, nearly twice the $86.7 billion of last year."
    assert pairs(text, published="2025-08-12") == [(150.0, 2030)]


def test_should_hit_is_a_goal_and_a_deadline_before_and_joins_the_next_amount():
    text = "Two-way trade should hit $100 billion next year and $150 billion by 2030, Hanoi said."
    assert pairs(text, published="2022-12-21") == [(100.0, 2023), (150.0, 2030)]
    text = "Hai bên phấn đấu đưa kim ngạch lên 100 tỷ USD vào năm 2023 và 150 tỷ USD năm 2030."
    assert pairs(text, published="2022-12-21") == [(100.0, 2023), (150.0, 2030)]
    # 'vào năm tới': a preposition before the relative year still lets the connector carry the kind
    text = "Hai bên cần cùng nỗ lực đưa kim ngạch lên 100 tỷ USD vào năm tới và 150 tỷ USD năm 2030."
    assert pairs(text, published="2022-10-18") == [(100.0, 2023), (150.0, 2030)]


def test_round_11_goal_words():
    vi = "Hai nhà lãnh đạo đồng ý đẩy mạnh thương mại để cán đích 100 tỷ USD vào năm 2020."
    assert rows(vi) == [[100.0, "target", 2020]]
    en = "The ministers agreed to set their sights on bilateral trade of more than US$100 billion by 2020."
    assert pairs(en) == [(100.0, 2020)]
    # 'more than' qualifies the amount; 'than' alone still compares it with a past figure
    assert rows("Trade rose 10 percent, to more than the $80 billion of 2023.")[0][1] == "actual"


def test_then_joins_a_second_amount_to_the_first_target():
    en = "Both sides aim at raising bilateral trade to 100 billion USD in 2023, then to 150 billion USD by 2030."
    assert pairs(en) == [(100.0, 2023), (150.0, 2030)]
    vi = "Hai bên phấn đấu đưa kim ngạch lên 100 tỷ USD năm 2023, rồi lên 150 tỷ USD vào năm 2030."
    assert pairs(vi) == [(100.0, 2023), (150.0, 2030)]


@pytest.mark.parametrize(
    "text",
    [
        "Thương mại hai chiều sẽ cán đích 100 tỷ USD vào năm 2020.",
        "Thương mại hai chiều sẽ cán mốc 100 tỷ USD vào năm 2020.",
        "Kim set his sights on US$100 billion in two-way trade by 2020.",
    ],
)
def test_a_goal_word_without_an_agreement_makes_a_target(text):
    assert rows(text) == [[100.0, "target", 2020]]


def test_a_goal_set_from_before_is_no_actual():
    from vnkr.extract.amounts import read_targets

    vi = "Hai bên đã chốt kế hoạch để về đích mục tiêu đặt ra từ trước: kim ngạch hai chiều 150 tỷ USD vào năm 2030."
    assert read_targets(vi)[["value", "kind", "deadline_year"]].values.tolist() == [[150.0, "target", 2030]]
    grew = "Kim ngạch hai chiều đã tăng từ 500 triệu USD lên 80 tỷ USD."
    assert read_targets(grew)["kind"].tolist()[0] == "actual"  # 'tăng từ': the starting point is past


def test_two_way_turnover_is_trade():
    from vnkr.extract.amounts import read_targets

    en = "The two countries aim to lift two-way turnover to US$100 billion by 2025."
    assert read_targets(en)[["metric", "kind"]].values.tolist() == [["two_way_trade", "target"]]
