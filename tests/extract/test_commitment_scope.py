"""Commitments with their scope and themes, in either language (vnkr.extract.scope)."""

from __future__ import annotations

import pytest
from vnkr.extract.scope import committed_themes, read_commitments, themes_in


def test_a_topic_frame_gives_its_themes_to_the_commitments_of_its_sentence():
    rows = read_commitments("Về quốc phòng, hai bên nhất trí tăng cường trao đổi đoàn.")
    assert rows["themes"].tolist() == ["political_trust|defence_security"]


def test_an_english_topic_frame_gives_its_themes_too():
    rows = read_commitments("On defence, the two sides agreed to hold annual talks.")
    assert rows["themes"].tolist() == ["defence_security"]


def test_a_frame_gives_nothing_to_a_request():
    assert committed_themes("Về quốc phòng, Thủ tướng đề nghị Hàn Quốc hỗ trợ.")["themes"] == []


def test_requests_and_descriptions_give_no_theme():
    text = (
        "Hàn Quốc là nhà đầu tư số 1 tại Việt Nam. Thủ tướng đề nghị mở rộng hợp tác lao động. "
        "Hai bên nhất trí thúc đẩy hợp tác du lịch."
    )
    assert committed_themes(text) == {"themes": ["culture_education_people"], "pledge_themes": []}


def test_a_one_sided_pledge_is_kept_apart():
    text = "Hai bên nhất trí mở rộng thương mại. Về năng lượng, Hàn Quốc sẽ hỗ trợ Việt Nam phát triển điện hạt nhân."
    assert committed_themes(text) == {
        "themes": ["trade", "energy", "nuclear_power"],
        "pledge_themes": ["energy", "nuclear_power"],
    }


def test_signed_documents_give_the_themes_they_cover():
    rows = read_commitments("Hai Thủ tướng chứng kiến trao các văn kiện hợp tác về chuyển đổi số và du lịch.")
    assert rows[["kind", "themes"]].values.tolist() == [
        ["agreement_signed", "science_technology|culture_education_people"]
    ]


def test_english_reports_are_read_with_the_english_patterns():
    rows = read_commitments(
        "The two leaders agreed to expand defence cooperation. Lee asked for more investment."
    )
    assert rows[["kind", "themes", "lang"]].values.tolist() == [["commitment", "defence_security", "en"]]


def test_keep_all_returns_requests_with_their_kind():
    rows = read_commitments("Thủ tướng đề nghị Hàn Quốc mở rộng đầu tư.", keep_all=True)
    assert rows[["kind", "themes"]].values.tolist() == [["request", "investment"]]


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        # denuclearisation is the Korean peninsula, never energy
        ("kiên trì mục tiêu phi hạt nhân hóa bán đảo Triều Tiên", "vi", ["korean_peninsula"]),
        ("hợp tác phát triển điện hạt nhân", "vi", ["energy", "nuclear_power"]),
        ("denuclearization of the Korean peninsula", "en", ["korean_peninsula"]),
        # whole words only: 'trade' is not in 'trademark', 'ai' not in 'said'
        ("he said", "en", []),
        ("a trademark dispute", "en", []),
        # patterns added from the reports read
        ("tăng cường trao đổi đoàn cấp cao", "vi", ["political_trust"]),
        ("nâng cấp quan hệ lên Đối tác chiến lược toàn diện", "vi", ["political_trust"]),
        ("chia sẻ kinh nghiệm lập pháp", "vi", ["political_trust"]),
        ("năng lực thực thi pháp luật trên biển", "vi", ["maritime_south_china_sea"]),
        ("remove barriers to each other's goods", "en", ["trade"]),
        ("exchanges through mutual visits", "en", ["political_trust"]),
        ("hold annual foreign ministers' talks", "en", ["political_trust"]),
        ("cooperate on protecting citizens", "en", ["citizens_community"]),
    ],
)
def test_theme_patterns_match_whole_words(text, lang, expected):
    assert themes_in(text, lang) == expected


def test_extract_commitments_reads_pledges_and_english_reports():
    import vnkr

    vi = vnkr.extract_commitments("Về năng lượng, Hàn Quốc sẽ hỗ trợ Việt Nam phát triển điện hạt nhân.")
    en = vnkr.extract_commitments("The two leaders agreed to expand defence cooperation.")
    assert vi[["kind", "themes"]].values.tolist() == [["pledge", "energy|nuclear_power"]]
    assert en[["kind", "themes"]].values.tolist() == [["commitment", "defence_security"]]
