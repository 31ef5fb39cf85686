"""The rule-based extractor and the signatories of agreements, on the articles and on literal text."""

from __future__ import annotations

import re
import unicodedata

import pandas as pd
import pytest
import vnkr
from seeds import DOC_2025, DOC_CALL, DOC_FM
from seeds import clean as _clean
from seeds import raw as _raw
from vnkr import paths
from vnkr.extract import agreements, commitments
from vnkr.extract.amounts import read_targets


def kinds_and_themes(text: str) -> list[list[str]]:
    """``[kind, themes]`` of each row the extractor finds in ``text``."""
    return vnkr.extract_commitments(text)[["kind", "themes"]].values.tolist()


# ---------------------------------------------------------------- extractor
def test_extractor_finds_the_ten_documents_signed_in_2025():
    text = _clean(DOC_2025)
    found = vnkr.extract_commitments(text, doc_id=DOC_2025, event_id="2025-08-11-state_visit")
    signed = found[found["kind"].eq("agreement_signed")]
    listed = [line[2:].rstrip(" .") for line in _raw(DOC_2025).splitlines() if line.startswith("- ")]
    assert len(listed) == 10
    assert signed["quote"].tolist() == listed


def test_extractor_finds_the_six_numbered_measures_of_the_call():
    text = _clean(DOC_CALL)
    found = vnkr.extract_commitments(text)
    starts = {m.end() for m in re.finditer(r"Thứ (?:nhất|hai|ba|tư|năm|sáu), ", text)}
    items = found[found["start"].isin(starts)]
    assert len(items) == 6
    assert items.iloc[0]["quote"].startswith("sớm hoàn thành mục tiêu nâng kim ngạch")
    assert items.iloc[-1]["quote"] == "thúc đẩy một số dự án cụ thể trong lĩnh vực an ninh quốc phòng"


def test_extracted_spans_point_at_their_quotes_in_the_cleaned_text():
    for path in sorted(paths.raw_dir().glob("*.txt")):
        clean = _clean(path.stem)
        found = vnkr.extract_commitments(clean, doc_id=path.stem)
        assert len(found) > 0, path.stem
        for row in found.itertuples(index=False):
            assert clean[row.start : row.end] == row.quote


def test_raw_input_is_cleaned_first_and_spans_index_the_cleaned_text():
    raw, clean = _raw(DOC_FM), _clean(DOC_FM)
    found = vnkr.extract_commitments(raw)
    assert len(found) > 0
    for row in found.itertuples(index=False):
        assert clean[row.start : row.end] == row.quote


def test_nfd_input_gives_the_same_extraction_as_nfc():
    text = _raw(DOC_2025)
    nfc = vnkr.extract_commitments(text)
    nfd = vnkr.extract_commitments(unicodedata.normalize("NFD", text))
    pd.testing.assert_frame_equal(nfc, nfd)


def test_a_weekday_in_a_byline_is_not_an_enumeration():
    text = "Thứ tư, 23/06/2021 19:45\nThứ hai, ngày nào đó hợp tác thương mại."
    assert vnkr.extract_commitments(text).empty


def test_clauses_of_an_agreement_sentence_are_split_at_semicolons():
    found = vnkr.extract_commitments(
        "Hai bên nhất trí tăng cường hợp tác đầu tư; mở rộng thương mại; hợp tác lao động."
    )
    assert found["quote"].tolist() == ["tăng cường hợp tác đầu tư", "mở rộng thương mại", "hợp tác lao động"]
    assert found["themes"].tolist() == ["investment", "trade", "labour"]
    assert set(found["kind"]) == {"commitment"}


def test_a_list_introduced_by_nhu_continues_over_the_next_sentences():
    text = (
        "Hai bên nhất trí một số biện pháp cụ thể như mở rộng thương mại. Khuyến khích đầu tư. "
        "Hợp tác lao động.\nBáo chí đưa tin về đầu tư."
    )
    found = vnkr.extract_commitments(text)
    assert found["quote"].tolist() == ["mở rộng thương mại", "Khuyến khích đầu tư", "Hợp tác lao động"]


def test_de_nghi_marks_a_request():
    found = vnkr.extract_commitments("Thủ tướng đề nghị Hàn Quốc hỗ trợ Việt Nam tiếp cận vaccine.")
    assert found[["quote", "kind", "themes"]].values.tolist() == [
        ["Hàn Quốc hỗ trợ Việt Nam tiếp cận vaccine", "request", "health_covid"]
    ]


def test_a_clause_without_any_theme_is_not_a_commitment():
    assert vnkr.extract_commitments("Hai bên đã thống nhất nhiều nội dung quan trọng.").empty


def test_thong_nhat_as_the_noun_unification_is_no_agreement():
    # 'thống nhất hòa bình trên Bán đảo' is peaceful unification; 'hai bên thống nhất' is agreement
    thanks = (
        "Tổng thống cảm ơn Việt Nam đã ủng hộ phi hạt nhân hóa và thống nhất hòa bình trên Bán đảo Triều Tiên, "
        "đồng thời ghi nhận vai trò của Hà Nội trong quan hệ ASEAN - Hàn Quốc."
    )
    assert vnkr.extract_commitments(thanks).empty
    assert vnkr.extract_commitments("Hai bên ủng hộ sự thống nhất của bán đảo và hợp tác quốc phòng.").empty
    agreed = vnkr.extract_commitments("Hai bên thống nhất tăng cường hợp tác quốc phòng.")
    assert agreed[["kind", "themes"]].values.tolist() == [["commitment", "defence_security"]]


@pytest.mark.parametrize(
    "text",
    [
        "Cùng dự có Chủ nhiệm Ủy ban Đối ngoại - Thống nhất Kim Seok-ki và 150 lao động thời vụ người Việt.",
        "Chủ nhiệm Ủy ban Đối ngoại và Thống nhất của Quốc hội dự cùng 40 sinh viên và lao động người Việt.",
        "Đoàn đã gặp Bộ trưởng Bộ Thống nhất và 40 sinh viên, lao động người Việt.",
    ],
)
def test_thong_nhat_in_the_name_of_a_unification_body_is_no_agreement(text):
    # round 44 (read after its run): an attendee list naming a unification committee agreed on nothing
    assert vnkr.extract_commitments(text).empty


def test_the_agree_row_does_not_read_the_name_of_a_unification_body():
    from vnkr.extract import lexicon

    assert lexicon.cue("agree", "vi").search("Chủ nhiệm Ủy ban Đối ngoại - Thống nhất của Quốc hội") is None
    assert lexicon.cue("agree", "vi").search("Bộ trưởng Bộ Thống nhất Hàn Quốc") is None
    assert lexicon.cue("agree", "vi").search("hai bên thống nhất tăng cường hợp tác") is not None


def test_a_promise_after_an_opening_description_and_a_comma_is_read():
    # 'Cảm ơn …,' opens the sentence and says why; the promise after the comma is the main clause's
    text = "Cảm ơn lãnh đạo tỉnh đã đón tiếp chu đáo, ông Kim hứa sẽ quảng bá du lịch Huế tại Hàn Quốc."
    assert kinds_and_themes(text) == [["pledge", "culture_education_people"]]
    # a description that does not open the sentence still holds what follows it
    inside = "Ông Kim cảm ơn tỉnh đã hỗ trợ doanh nghiệp, nhất là khi tỉnh sẽ mở thêm khu công nghiệp."
    assert vnkr.extract_commitments(inside).empty


def test_a_document_counted_with_a_number_word_is_signed():
    text = "Đáng chú ý, hai bên đã ký một biên bản ghi nhớ về hợp tác thương mại."
    assert kinds_and_themes(text) == [["agreement_signed", "trade"]]


@pytest.mark.parametrize(
    "text",
    [
        "Dịp này, Chủ tịch UBND tỉnh Nguyễn Văn Út và Thị trưởng Na ký biên bản ghi nhớ về hợp tác giáo dục.",
        "Lãnh đạo hai tỉnh đã ký bản ghi nhớ về hợp tác giáo dục.",
        "The governor and the mayor signed a memorandum on cooperation in education.",
        "During the visit the two cities signed a memorandum on cooperation in education.",
        "Gurye County signed a memorandum on cooperation in education with Hoa Vang district.",
        # a Korean locality by name joined to another place
        "Nhân dịp này, Đồng Nai và Gyeongsangnam ký biên bản ghi nhớ về hợp tác giáo dục.",
        "Gyeongsangbuk and Bac Ninh signed a memorandum on cooperation in education.",
    ],
)
def test_a_document_local_governments_sign_is_local_cooperation(text):
    assert kinds_and_themes(text) == [["agreement_signed", "culture_education_people|local_cooperation"]]


@pytest.mark.parametrize(
    "text",
    [
        "Nhân dịp này, hai thành phố nhất trí tăng cường hợp tác giáo dục.",
        "The two provinces agreed to expand cooperation in education.",
        "Under the pact, the two local governments agreed to expand cooperation in education.",
        "The two regions agreed to expand cooperation in education.",
        "Bac Ninh province and Gyeonggi province agreed to expand cooperation in education.",
        "The city of Changwon and Quang Tri province agreed to expand cooperation in education.",
        # round 58 (read after its run): a Korean locality by name joined to another place, in either order
        "Cà Mau và Buan cũng nhất trí mở rộng hợp tác giáo dục.",
        "Gimhae và thành phố Biên Hòa (Đồng Nai) nhất trí tăng cường hợp tác giáo dục.",
        "Gyeongsangbuk-do and Bac Ninh agreed to expand cooperation in education.",
        "Đà Nẵng và Daegu nhất trí tăng cường hợp tác giáo dục.",
        "Dĩ An và quận Seodaemun nhất trí tăng cường hợp tác giáo dục.",
    ],
)
def test_what_two_localities_agree_on_is_local_cooperation(text):
    assert kinds_and_themes(text) == [["commitment", "culture_education_people|local_cooperation"]]


LOCAL_MEETING_VI = "Chiều 5/3, Chủ tịch UBND TP Hà Nội tiếp Thị trưởng Seoul Oh Se-hoon. "
LOCAL_MEETING_EN = (
    "On March 5, the chairman of the Hanoi People's Committee received Seoul Mayor Oh Se-hoon. "
)
YOUTH = "culture_education_people"


@pytest.mark.parametrize(
    "text, themes",
    [
        # a report of a meeting between localities (no sentence names the two): what both sides agree on
        # there is local cooperation
        (
            LOCAL_MEETING_VI + "Hai bên thống nhất tăng cường giao lưu thanh niên.",
            f"{YOUTH}|local_cooperation",
        ),
        (
            LOCAL_MEETING_VI + "Theo thỏa thuận, hai thủ đô sẽ tăng cường giao lưu thanh niên.",
            f"{YOUTH}|local_cooperation",
        ),
        (LOCAL_MEETING_EN + "The two sides agreed to expand youth exchanges.", f"{YOUTH}|local_cooperation"),
        # one side's promise stays its own
        (LOCAL_MEETING_VI + "Thị trưởng cam kết thành phố sẽ tăng cường giao lưu thanh niên.", YOUTH),
        # a national office named: not a meeting of localities only
        (
            LOCAL_MEETING_VI + "Đại sứ Hàn Quốc cùng dự. Hai bên thống nhất tăng cường giao lưu thanh niên.",
            YOUTH,
        ),
        (
            LOCAL_MEETING_EN
            + "The Korean ambassador was present. The two sides agreed to expand youth exchanges.",
            YOUTH,
        ),
        # no Vietnamese local office: a firm met the mayor
        (
            "Chiều 5/3, Tập đoàn Vingroup tiếp Thị trưởng Seoul Oh Se-hoon. "
            "Hai bên thống nhất tăng cường giao lưu thanh niên.",
            YOUTH,
        ),
    ],
)
def test_what_both_sides_agree_at_a_meeting_of_localities_is_local_cooperation(text, themes):
    assert kinds_and_themes(text) == [["commitment", themes]]


INVESTMENT_PAPER = [["agreement_signed", "investment"]]


@pytest.mark.parametrize(
    "text, expected",
    [
        # rounds 57 to 60 (read after their runs): the meeting handed a firm its investment paper; a city
        # that hands it signs no pact of localities; a gift is no document
        ("City authorities on Monday handed LG Innotek an amended investment certificate.", INVESTMENT_PAPER),
        (
            "The zone authority awarded investment certificates to six South Korean companies.",
            INVESTMENT_PAPER,
        ),
        ("Chủ tịch UBND tỉnh trao giấy chứng nhận đầu tư cho dự án của Hanwha.", INVESTMENT_PAPER),
        ("City leaders handed the delegation a gift.", []),
    ],
)
def test_an_investment_certificate_handed_over_is_a_document_on_investment(text, expected):
    assert kinds_and_themes(text) == expected


@pytest.mark.parametrize(
    "text, themes",
    [
        # rounds 26 to 55 (read after their runs): delegations two localities exchange are local
        # cooperation; named with the national level, political trust stays; round 76 (read after its
        # run): in English too
        (
            "Hai tỉnh nhất trí đẩy mạnh trao đổi đoàn và giao lưu văn hóa.",
            "culture_education_people|local_cooperation",
        ),
        (
            "Hai tỉnh nhất trí đẩy mạnh trao đổi đoàn cấp cao và giao lưu văn hóa.",
            "political_trust|culture_education_people|local_cooperation",
        ),
        (
            "The two provinces agreed to step up delegation exchanges and cultural exchanges.",
            "culture_education_people|local_cooperation",
        ),
        (
            "The two provinces agreed to step up high-level delegation exchanges and cultural exchanges.",
            "political_trust|culture_education_people|local_cooperation",
        ),
        (
            "Hai nước nhất trí đẩy mạnh trao đổi đoàn và giao lưu văn hóa.",
            "political_trust|culture_education_people",
        ),
    ],
)
def test_delegations_two_localities_exchange_are_local_cooperation_not_political_trust(text, themes):
    assert kinds_and_themes(text) == [["commitment", themes]]


@pytest.mark.parametrize(
    "text",
    [
        "Hai nước nhất trí tăng cường hợp tác giáo dục.",
        # a country is no locality, and Seoul or Hà Nội may name the governments
        "Việt Nam và Busan nhất trí tăng cường hợp tác giáo dục.",
        "Seoul và Hà Nội nhất trí tăng cường hợp tác giáo dục.",
        "Ông Park Bo-gyoon và Nguyễn Văn Hùng nhất trí tăng cường hợp tác giáo dục.",
    ],
)
def test_what_two_countries_agree_on_is_not_local_cooperation(text):
    assert kinds_and_themes(text) == [["commitment", "culture_education_people"]]


@pytest.mark.parametrize(
    "text",
    [
        "At the event, the two localities' leaders signed anew their memorandum on cooperation across sectors.",
        "Lãnh đạo hai tỉnh đã ký bản ghi nhớ hợp tác giai đoạn 2024-2026.",
        # round 61 (read after its run): a province's authorities as the signatory
        "Authorities of the northern province of Bac Giang and a visiting delegation held talks and then put "
        "their signatures to a cooperation agreement.",
    ],
)
def test_a_document_localities_sign_with_no_field_named_is_local_cooperation(text):
    assert kinds_and_themes(text) == [["agreement_signed", "local_cooperation"]]


def test_a_document_ministers_sign_with_no_field_named_has_no_topic():
    assert vnkr.extract_commitments("Hai Bộ trưởng đã ký bản ghi nhớ hợp tác giai đoạn 2024-2026.").empty


def test_a_document_ministers_sign_is_not_local_cooperation():
    text = "Hai Bộ trưởng đã ký bản ghi nhớ về hợp tác giáo dục."
    assert vnkr.extract_commitments(text)["themes"].tolist() == ["culture_education_people"]


def test_a_promise_after_nói_thêm_is_the_new_speaker_s():
    text = "Ông đề nghị SK hợp tác đào tạo kỹ sư; ông nói thêm rằng Chính phủ sẽ luôn tạo thuận lợi cho nhà đầu tư Hàn Quốc."
    found = vnkr.extract_commitments(text)
    assert found.loc[found["kind"].eq("pledge"), "themes"].tolist() == ["investment"]


def test_what_an_adopted_statement_covers_is_agreed():
    text = (
        "The leaders adopted a joint statement. It covers three areas: trade; education and culture; energy."
    )
    found = vnkr.extract_commitments(text)
    assert set(found.loc[found["kind"].eq("commitment"), "themes"]) == {
        "trade",
        "culture_education_people",
        "energy",
    }


def test_the_talks_before_a_comma_are_no_agenda_subject():
    # 'After the talks, the two countries will …' promises; 'The talks will cover …' previews
    text = "After the talks, the two countries will strengthen cooperation in science and technology."
    assert vnkr.extract_commitments(text)["kind"].tolist() == ["commitment"]
    assert vnkr.extract_commitments("The talks will cover science and technology.").empty


def test_a_consulate_is_one_side_of_a_promise():
    text = "His consulate will team up with the city on tourism, he said."
    assert kinds_and_themes(text) == [["pledge", "culture_education_people"]]


def test_their_ministries_are_both_sides():
    text = "Their ministries are to widen trade links and better protect each other's citizens."
    assert vnkr.extract_commitments(text)["kind"].tolist() == ["commitment"]


def test_a_document_a_ministry_had_already_signed_is_background():
    text = "He recalled that his ministry had already signed an MoU on fighting cross-border crime."
    assert "agreement_signed" not in set(vnkr.extract_commitments(text)["kind"])
    signed = vnkr.extract_commitments("The two ministries signed an MoU on fighting cross-border crime.")
    assert signed["kind"].tolist() == ["agreement_signed"]


@pytest.mark.parametrize(
    "text",
    [
        "Đại sứ hoan nghênh đề xuất của Anyang và cho biết sẽ tích cực hợp tác về giáo dục.",
        "The ambassador welcomed Anyang's proposal and said he would help with education.",
    ],
)
def test_a_speaker_who_goes_on_to_promise_keeps_his_side(text):
    assert kinds_and_themes(text) == [["pledge", "culture_education_people"]]


def test_a_new_subject_after_the_speech_verb_is_not_the_speaker():
    text = "Cho responded that Seoul wants more trade, and said Cuong would be welcome at the APEC summit."
    assert "pledge" not in vnkr.extract_commitments(text)["kind"].tolist()


def test_proposals_agreed_without_với_are_commitments():
    text = (
        "Bí thư đề nghị Gyeonggi hỗ trợ tỉnh xúc tiến thương mại tại Hàn Quốc. "
        "Tán thành các đề xuất trên, ông Yom cho biết Hội đồng tỉnh sẽ giới thiệu môi trường đầu tư của tỉnh."
    )
    found = vnkr.extract_commitments(text)
    assert found.loc[found["themes"].str.contains("trade"), "kind"].tolist() == ["commitment"]


def test_proposals_backed_in_full_are_commitments():
    text = (
        "Phía tập đoàn kiến nghị sớm khởi công dự án hạ tầng giao thông. "
        "Phó Thủ tướng khẳng định Chính phủ ủng hộ trọn vẹn các kiến nghị nêu trên."
    )
    assert kinds_and_themes(text) == [["commitment", "infrastructure"]]
    alone = "Phía tập đoàn kiến nghị sớm khởi công dự án hạ tầng giao thông."
    assert kinds_and_themes(alone) == [["request", "infrastructure"]]  # "kiến nghị" alone asks


def test_a_proposal_welcomed_is_no_request():
    assert vnkr.extract_commitments("Đại sứ hoan nghênh đề xuất của Anyang về hợp tác giáo dục.").empty


@pytest.mark.parametrize("filler", ["tổng cộng", "thêm", "gần", "hơn", "khoảng"])
def test_a_count_of_documents_signed_may_carry_a_filler_word(filler):
    text = f"Các bộ, ngành hai nước đã ký {filler} 40 văn kiện hợp tác về năng lượng tái tạo."
    assert kinds_and_themes(text) == [["agreement_signed", "energy"]]


def test_both_sides_named_before_a_verb_of_cooperation_commit():
    text = "Hai bên cũng đẩy mạnh hợp tác về năng lượng tái tạo."
    assert kinds_and_themes(text) == [["commitment", "energy"]]
    assert vnkr.extract_commitments(
        "Hai bên đã đẩy mạnh hợp tác về năng lượng tái tạo trong thời gian qua."
    ).empty


def test_the_minutes_of_a_dialogue_are_no_document_with_a_topic():
    assert vnkr.extract_commitments("Kết thúc phiên họp, hai bên ký biên bản đối thoại.").empty
    signed = vnkr.extract_commitments(
        "Kết thúc phiên họp, hai bên ký biên bản hợp tác về đối thoại chính sách."
    )
    assert signed["kind"].tolist() == ["agreement_signed"]


@pytest.mark.parametrize(
    "text",
    [
        "The Prime Minister gave his word to make it easier for Korean firms to invest.",
        "He invited Korean companies to join big projects and gave his word that the State would help them invest.",
    ],
)
def test_gave_his_word_is_a_pledge(text):
    found = vnkr.extract_commitments(text)
    assert found.loc[found["kind"].eq("pledge"), "themes"].tolist() == ["investment"]


def test_a_caption_repeating_the_body_is_kept_once():
    found = vnkr.extract_commitments(_clean(DOC_FM))
    mou = found[found["kind"].eq("agreement_signed")]
    assert mou["quote"].tolist() == [
        "Bản ghi nhớ về Chương trình ứng phó COVID-19 giữa Viện vệ sinh dịch tễ trung ương "
        "và Cơ quan hợp tác quốc tế Hàn Quốc"
    ]


def test_corpus_extraction_is_the_per_article_extractions_concatenated():
    corpus = vnkr.load_corpus()
    per_article = pd.concat(
        [
            vnkr.extract_commitments(r.text, doc_id=r.doc_id, event_id=r.event_id)
            for r in corpus.itertuples(index=False)
        ],
        ignore_index=True,
    )
    together = commitments.extract_commitments_corpus(corpus)
    assert len(together) > 0 and together["doc_id"].nunique() > 1  # more than one article contributes
    pd.testing.assert_frame_equal(together, per_article)


# ---------------------------------------------------------------- agreements
def test_signatories_keep_names_that_contain_va():
    assert agreements.parties(
        "Bản ghi nhớ giữa Bộ Giáo dục và Đào tạo Việt Nam và Bộ Giáo dục Hàn Quốc về hợp tác giáo dục"
    ) == ["Bộ Giáo dục và Đào tạo Việt Nam", "Bộ Giáo dục Hàn Quốc"]


def test_agreements_are_ten_in_2025_and_the_covid_mou_in_2021():
    agreements = vnkr.load_agreements()
    assert agreements.groupby("event_id").size().to_dict() == {
        "2021-06-23-foreign_ministers_talks": 1,
        "2025-08-11-state_visit": 10,
    }
    covid = agreements[agreements["event_id"].eq("2021-06-23-foreign_ministers_talks")].iloc[0]
    assert covid["parties"] == "Viện vệ sinh dịch tễ trung ương|Cơ quan hợp tác quốc tế Hàn Quốc"
    assert "health_covid" in covid["themes"].split("|")
    assert agreements["parties"].str.count(r"\|").eq(1).all()  # every document names two parties


def test_a_wish_after_a_semicolon_is_a_request_not_the_list_going_on():
    text = (
        "Ông Kim cam kết thúc đẩy hợp tác giữa hai cơ quan lập pháp; "
        "ông cũng mong hai nước đẩy mạnh giao lưu nhân dân."
    )
    found = vnkr.extract_commitments(text)
    assert found[["themes", "kind"]].values.tolist() == [
        ["political_trust", "commitment"],
        ["culture_education_people", "request"],
    ]


@pytest.mark.parametrize(
    "head",
    [
        "Hai nhà lãnh đạo chứng kiến hai bên trao văn kiện.\nDanh mục văn kiện:",
        "Sau hội đàm, hai bên ký các văn kiện sau:",
        "The two sides signed the following documents:",
    ],
)
def test_the_items_of_a_list_a_signing_opens_are_documents_signed(head):
    text = f"{head}\n- ghi nhớ về khoa học và công nghệ;\n- văn kiện về lao động theo Chương trình EPS.\n"
    found = vnkr.extract_commitments(text)
    assert found[["themes", "kind"]].values.tolist() == [
        ["science_technology", "agreement_signed"],
        ["labour", "agreement_signed"],
    ]


def test_a_bullet_list_after_other_lines_is_no_signing():
    text = (
        "Hai bên điểm lại kết quả:\n- ghi nhớ về khoa học và công nghệ;\n- lao động theo Chương trình EPS.\n"
    )
    assert "agreement_signed" not in set(vnkr.extract_commitments(text)["kind"])


def test_a_pledge_inside_what_a_view_reports_is_no_commitment():
    text = "Ông đánh giá cao chương trình ODA và cho rằng khi Việt Nam đã cam kết giảm phát thải, ODA xanh càng có ý nghĩa."
    assert vnkr.extract_commitments(text).empty


def test_a_pledge_after_a_new_speaker_is_still_read():
    text = "Ông đánh giá cao chương trình ODA, Bộ trưởng cho biết Việt Nam cam kết giảm phát thải."
    assert vnkr.extract_commitments(text)["themes"].tolist() == ["climate_environment"]


def test_a_trade_target_both_sides_set_is_a_commitment_on_trade():
    text = "Lãnh đạo hai nước hướng tới đưa kim ngạch lên 150 tỷ USD vào năm 2030."
    found = vnkr.extract_commitments(text)
    assert found[["themes", "kind"]].values.tolist() == [["trade", "commitment"]]


@pytest.mark.parametrize(
    "text",
    [
        "Phó Thủ tướng nhấn mạnh hai nước cần cùng hướng tới các mục tiêu kim ngạch đã đề ra: 150 tỷ USD vào năm 2030.",
        "Bà cho rằng hai nước cần đẩy mạnh hợp tác để hoàn thành mục tiêu thương mại 100 tỷ USD vào năm 2020.",
        "He stressed that both countries should work toward the goal of $150 billion in trade by 2030.",
        # one speaker's view, opened by 'Theo ông,' / 'In his view,'
        "Theo ông, hai nước phải đẩy mạnh giao thương để hướng tới mục tiêu kim ngạch 150 tỷ USD vào năm 2030.",
        "In his view, both countries must boost trade to reach the $150 billion goal by 2030.",
    ],
)
def test_one_speaker_s_advice_to_both_sides_about_a_goal_is_no_commitment(text):
    assert vnkr.extract_commitments(text).empty
    assert set(read_targets(text)["kind"]) == {"target"}  # the goal is still read as a target


@pytest.mark.parametrize(
    "text",
    [
        "Hai nhà lãnh đạo nhấn mạnh hai nước cần nâng kim ngạch lên 150 tỷ USD vào năm 2030.",
        "Thủ tướng nhấn mạnh hai bên đã nhất trí nâng kim ngạch lên 150 tỷ USD vào năm 2030.",
        "The leaders stressed that both sides must work to reach US$150 billion in two-way trade by 2030.",
    ],
)
def test_a_goal_both_sides_stress_or_agree_stays_a_commitment(text):
    assert vnkr.extract_commitments(text)[["themes", "kind"]].values.tolist() == [["trade", "commitment"]]


@pytest.mark.parametrize(
    "text",
    [
        "Tại thượng đỉnh năm ngoái, hai nước đã đặt mục tiêu nâng kim ngạch song phương lên 100 tỷ USD vào năm 2020.",
        "Đoàn thể hiện quyết tâm đưa thương mại hai chiều lên 100 tỷ USD vào năm 2023 như mục tiêu đã đặt ra.",
        "Ties were lifted in December 2022, when leaders of both sides set the goal of $150 billion in trade by 2030.",
    ],
)
def test_a_goal_set_at_an_earlier_meeting_is_no_trade_commitment_of_this_one(text):
    assert "trade" not in vnkr.extract_commitments(text)["themes"].tolist()
    assert "target" in set(read_targets(text)["kind"])  # the goal is still read as a target


def test_a_goal_agreed_again_at_this_meeting_stays_a_commitment():
    text = "Hai nhà lãnh đạo thống nhất nỗ lực hơn nữa vì mục tiêu kim ngạch 100 tỷ USD vào năm 2020 mà hai bên đã đặt ra."
    assert vnkr.extract_commitments(text)[["themes", "kind"]].values.tolist() == [["trade", "commitment"]]


def test_resolving_to_bring_trade_to_an_amount_sets_a_target():
    text = (
        "The speakers held talks on Thursday, resolving to bring bilateral trade to 150 billion USD by 2030."
    )
    targets = read_targets(text)
    assert targets[["value", "kind", "deadline_year"]].values.tolist() == [[150.0, "target", 2030]]
    assert vnkr.extract_commitments(text)[["themes", "kind"]].values.tolist() == [["trade", "commitment"]]


@pytest.mark.parametrize(
    "text, themes",
    [
        ("Seoul said the Republic of Korea's official development assistance to Vietnam will grow.", "oda"),
        ("Ông cho biết, nguồn vốn ODA của Hàn Quốc sẽ tăng gấp đôi.", "oda"),
    ],
)
def test_a_promise_about_a_side_s_thing_takes_its_topic_from_that_thing(text, themes):
    found = vnkr.extract_commitments(text)
    assert found[["themes", "kind"]].values.tolist() == [[themes, "pledge"]]
    assert found["quote"].iloc[0] in text and found["quote"].iloc[0].split()[0][0].isalnum()


def test_a_person_before_a_promise_gives_no_topic():
    assert vnkr.extract_commitments("Bộ trưởng Thương mại cho biết ông sẽ sớm trở lại.").empty


@pytest.mark.parametrize(
    "text",
    [
        "Park asked Vietnam to keep backing Korean companies in nuclear power. Lam agreed with these proposals.",
        "Ông Park đề nghị Việt Nam tiếp tục hỗ trợ doanh nghiệp Hàn Quốc đầu tư. Tổng Bí thư nhất trí với các đề xuất này.",
        "Thưởng asked Korea for more investment in Vietnam. Han endorsed the Vietnamese official's proposals.",
        "Thưởng asked Korea for more investment in Vietnam. Han accepted his proposals.",
        "Thưởng asked Korea for more investment in Vietnam. Han backed those ideas.",
        "Thưởng asked Korea for more investment in Vietnam. Han supported the proposals.",
    ],
)
def test_requests_the_other_side_agrees_to_are_commitments(text):
    assert set(vnkr.extract_commitments(text)["kind"]) == {"commitment"}


def test_requests_nobody_agrees_to_stay_requests():
    text = "Park asked Vietnam to keep backing Korean companies in nuclear power. Lam thanked him."
    assert set(vnkr.extract_commitments(text)["kind"]) == {"request"}


def test_a_pledge_after_a_speech_verb_in_a_request_sentence_is_the_speaker_s():
    text = "Chủ tịch nước đề nghị hai bên sớm đưa kim ngạch lên 150 tỷ USD; ông khẳng định Việt Nam sẽ tạo thuận lợi cho doanh nghiệp Hàn Quốc đầu tư."
    found = vnkr.extract_commitments(text)
    assert found["kind"].tolist() == ["request", "pledge"]


def test_a_document_signed_in_the_passive_gives_its_topic():
    text = "A document on training personnel for nuclear power was signed by the two sides and handed over."
    found = vnkr.extract_commitments(text)
    assert found[["themes", "kind"]].values.tolist() == [
        ["energy|culture_education_people|nuclear_power", "agreement_signed"]
    ]


def test_a_pledge_after_a_speech_verb_inside_a_request_clause_is_the_speaker_s():
    text = (
        "Thủ tướng đề nghị các hiệp hội mở rộng thương mại, và khẳng định Chính phủ sẽ tạo mọi điều kiện "
        "để doanh nghiệp Hàn Quốc đầu tư lâu dài."
    )
    found = vnkr.extract_commitments(text)
    assert found[["themes", "kind"]].values.tolist() == [["trade", "request"], ["investment", "pledge"]]


@pytest.mark.parametrize(
    "text, lang",
    [
        (
            "Phúc and Russian President Vladimir Putin agreed to boost energy cooperation. "
            "With Korean President Moon Jae-in, Phúc agreed to expand trade.",
            "en",
        ),
        (
            "With Australia's Penny Wong, the minister agreed to work on energy. "
            "With South Korea's Park Jin, he agreed to expand trade.",
            "en",
        ),
        (
            "With German Chancellor Angela Merkel, Phúc pledged closer energy ties. "
            "Phúc and Moon agreed to expand trade with Korea.",
            "en",
        ),
        (
            "Gặp Thủ tướng Nhật Bản, Thủ tướng nhất trí tăng cường hợp tác năng lượng. "
            "Với Tổng thống Hàn Quốc, hai bên nhất trí mở rộng thương mại.",
            "vi",
        ),
    ],
)
def test_what_another_country_agrees_in_a_report_of_several_meetings_is_left_out(text, lang):
    found = vnkr.extract_commitments(text)
    assert set(found["themes"]) == {"trade"}, found[["quote", "themes"]].values.tolist()


@pytest.mark.parametrize(
    "text",
    [
        "Korean President Moon and Japanese Prime Minister Abe agreed to expand energy cooperation with Vietnam.",
        "Thủ tướng Nhật Bản và Tổng thống Hàn Quốc cùng Việt Nam nhất trí mở rộng hợp tác năng lượng.",
    ],
)
def test_a_sentence_naming_korea_and_another_country_keeps_its_commitments(text):
    assert set(vnkr.extract_commitments(text)["themes"]) == {"energy"}


def test_an_activity_asked_for_is_not_a_shared_view():
    text = "Ông đề nghị các đoàn qua lại thường xuyên, hai bên kịp thời chia sẻ quan điểm về quan hệ song phương."
    assert set(vnkr.extract_commitments(text)["kind"]) <= {"request"}
    shared = "Hai bên chia sẻ quan điểm về tăng cường hợp tác thương mại."
    assert set(vnkr.extract_commitments(shared)["kind"]) == {"commitment"}


def test_a_pledge_verb_joined_to_a_request_is_the_asker_s_own_pledge():
    text = (
        "Phúc urged Korea to enlarge its FDI projects, and promised further assistance to Korean businesses."
    )
    found = vnkr.extract_commitments(text)
    assert ("pledge", "investment") in set(zip(found["kind"], found["themes"]))
    # an infinitive joined by 'and' is still part of what is asked
    asked = vnkr.extract_commitments(
        "Phúc urged Korea to train more workers and to commit to more investment."
    )
    assert set(asked["kind"]) == {"request"}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The pledge came at a business forum on trade in Seoul.", set()),
        ("Choi said Seoul commits green ODA through KOICA.", {("pledge", "oda")}),
        (
            "Hai đoàn cùng vạch ra những nội dung hợp tác quốc phòng sắp tới.",
            {("commitment", "defence_security")},
        ),
        (
            "The two ministers signed a statement. The paper envisages more defence industry ties.",
            {("commitment", "defence_security")},
        ),
        (
            "Hai bên ký bản ghi nhớ. Bản ghi nhớ này tập trung vào đào tạo nghề.",
            {("commitment", "culture_education_people")},
        ),
        # round 69 (read after its run): a letter of intent or a paper says what it contains too
        (
            "Hai ông ký ý định thư. Về nội dung, ý định thư hướng tới giao lưu trong các lĩnh vực như du lịch.",
            {("commitment", "culture_education_people")},
        ),
        (
            "Hai ông ký văn bản. Văn bản này bao gồm hợp tác đào tạo nghề.",
            {("commitment", "culture_education_people")},
        ),
        # round 70 (read after its run): 'Trong đó có …' names the fields of the list just before
        (
            "Hai bên nhất trí giao lưu trên nhiều lĩnh vực. Trong đó có văn hóa và nông nghiệp.",
            {("commitment", "culture_education_people|agriculture_fisheries")},
        ),
        # what the documents contain, told with words between the document and the verb
        (
            "Mười bản ghi nhớ đã ký phác thảo hợp tác về điện hạt nhân và năng lượng tái tạo.",
            {("commitment", "energy|nuclear_power")},
        ),
        (
            "Văn kiện dựa trên thỏa thuận kết nghĩa năm 2002, hướng tới du lịch và giao lưu thanh niên.",
            {("commitment", "culture_education_people|local_cooperation")},
        ),
        (
            "Tổng cộng 9 hiệp định và bản ghi nhớ đã được ký kết, mở đường cho hợp tác trong năng lượng.",
            {("commitment", "energy")},
        ),
        # a field named between the document and the verb counts too
        (
            "Bản ghi nhớ về y tế cũng bao quát đào tạo bác sĩ.",
            {("commitment", "health|culture_education_people")},
        ),
        (
            "Other agreements cover infrastructure work, including high-speed rail.",
            {("commitment", "infrastructure|high_speed_rail")},
        ),
        ("The deal also reaches into health care.", {("commitment", "health")}),
        (
            "A second MOU, on semiconductors, covers training.",
            {("commitment", "semiconductors_ai|culture_education_people")},
        ),
        # a document a verb acts on is an existing one: reviewing it commits to nothing
        ("Hai bộ trưởng rà soát hiệp định nhằm giảm thủ tục thông quan.", set()),
        ("The ministers reviewed the agreement that covers fisheries.", set()),
        (
            "Bản ghi nhớ mới mở đường để hai tỉnh tăng giao lưu nhân dân.",
            {("commitment", "culture_education_people|local_cooperation")},
        ),
        # documents listed by what they are about; documents one already had are background
        (
            "Nhóm hợp tác công nghệ có 28 bản ghi nhớ về điện hạt nhân.",
            {("commitment", "energy|nuclear_power")},
        ),
        ("Trong số còn lại có các văn kiện về thủy sản.", {("commitment", "agriculture_fisheries")}),
        ("Hai thành phố đã có thỏa thuận về phái cử lao động.", set()),
        # documents still to be signed are a plan ('dự kiến ký ít nhất 10 …')
        ("Hai nước dự kiến ký ít nhất 10 bản ghi nhớ, trải từ điện hạt nhân tới tài chính.", set()),
        # a visit as the occasion of a signing is no field agreed; visits as what is agreed are
        (
            "Hai bên ký bản ghi nhớ về năng lượng nhân chuyến thăm của Tổng Bí thư.",
            {("agreement_signed", "energy")},
        ),
        ("Hai bên nhất trí tăng cường các chuyến thăm cấp cao.", {("commitment", "political_trust")}),
        # the partnership as a yardstick is no field agreed; deepening it is
        (
            "Hai bên nhất trí đẩy mạnh du lịch, tương xứng với khuôn khổ Đối tác chiến lược toàn diện.",
            {("commitment", "culture_education_people")},
        ),
        (
            "Hai bên nhất trí làm sâu sắc quan hệ Đối tác chiến lược toàn diện.",
            {("commitment", "political_trust")},
        ),
        (
            "The two sides agreed to deepen defence ties befitting the comprehensive strategic partnership.",
            {("commitment", "defence_security")},
        ),
        (
            "The two sides agreed to deepen the comprehensive strategic partnership.",
            {("commitment", "political_trust")},
        ),
        # round 74 (read after its one scoring): views swapped are talk, a paper swapped is signed
        ("The two ministers swapped views on trade and investment.", set()),
        ("The two ministers swap a memorandum on energy.", {("agreement_signed", "energy")}),
        # a preview's programme: what will be discussed, attended, visited or addressed
        ("Hai bên sẽ trao đổi sâu không chỉ về thương mại mà cả điện hạt nhân.", set()),
        ("Thủ tướng sẽ tham dự Hội nghị cấp cao ASEAN - Hàn Quốc.", set()),
        (
            "Korea's president will also look in on a job fair and speak at a business forum for Korean and"
            " Vietnamese entrepreneurs.",
            set(),
        ),
        ("Korea's president will first go to Paris to back Busan's bid to host the 2030 World Expo.", set()),
        ("Korea's president will also address a business forum on trade and investment.", set()),
        # tackling a problem is a promise, not a speech
        ("The two governments will address the trade imbalance.", {("commitment", "trade")}),
        # the present tense of headlines: agrees, vows, promises, reaffirms, decide, concurs
        ("HCM City leader vows support for RoK investors", {("pledge", "investment")}),
        ("Vietnam, Korea agree to expand cooperation in energy", {("commitment", "energy")}),
        ("Seoul promises more loans for Vietnam's railways", {("pledge", "infrastructure")}),
        ("Korea reaffirms support for Vietnam's nuclear power plans", {("pledge", "energy|nuclear_power")}),
        ("The two ministries decide to widen labour cooperation", {("commitment", "labour")}),
        ("Hanoi concurs with Seoul on nuclear power", {("commitment", "energy|nuclear_power")}),
        # ... but not promises as a noun
        ("Their promises on trade were kept, the minister said.", set()),
        # a climate or an environment for business is the investment climate, not the climate
        ("The city leader vowed a better climate for foreign businesses.", {("pledge", "investment")}),
        ("Korea vows a better environment for Korean firms.", {("pledge", "investment")}),
        # round 77 (read after its run): what the cooperation agreed on covers, and what a pact records
        (
            "Nội dung hợp tác tập trung vào du lịch, đầu tư và nông nghiệp.",
            {("commitment", "investment|culture_education_people|agriculture_fisheries")},
        ),
        (
            "Thỏa thuận còn ghi nhận việc cùng nỗ lực thúc đẩy đầu tư.",
            {("commitment", "investment")},
        ),
    ],
)
def test_stance_words(text, expected):
    found = vnkr.extract_commitments(text)
    assert set(zip(found["kind"], found["themes"])) == expected


def test_commitments_as_a_noun_are_what_is_implemented_not_a_new_promise():
    text = "Chủ tịch nước khẳng định phía Việt Nam sẽ tích cực thực hiện các cam kết, thỏa thuận đã ký."
    found = vnkr.extract_commitments(text)
    assert ("pledge", "political_trust") in set(zip(found["kind"], found["themes"]))


def test_ideas_put_forward_and_then_endorsed_are_commitments():
    text = (
        "Thưởng put forward several ideas: more labour cooperation and more tourism. "
        "He also sought more Korean investment. Han endorsed the Vietnamese official's proposals."
    )
    found = vnkr.extract_commitments(text)
    assert set(found["kind"]) == {"commitment"}
    assert {"labour", "investment"} <= set("|".join(found["themes"]).split("|"))
    asked = vnkr.extract_commitments(
        "Thưởng put forward several ideas: more labour cooperation. Han thanked him."
    )
    assert set(asked["kind"]) == {"request"}


@pytest.mark.parametrize(
    "text",
    [
        "Chinh said he would like Seoul to buy more Vietnamese farm goods.",
        "She would also like to work with Hanoi on supply chains.",
        "Hanoi would welcome more Korean investment.",
        "The Party chief said he wished Korean companies would keep exploring trade chances.",
        "Both sides desired that Korean firms would invest more in Vietnam's ports.",
        "Ông Yun cho biết Seoul cũng muốn mở rộng hợp tác quốc phòng.",
    ],
)
def test_a_wish_is_a_request_not_a_pledge(text):
    assert set(vnkr.extract_commitments(text)["kind"]) <= {"request"}


def test_a_news_item_after_a_signing_is_not_a_document_signed():
    text = (
        "Hai đảng đã ký Biên bản ghi nhớ hợp tác.\n"
        "* Cũng trong ngày, Thủ tướng tiếp đoàn. Theo Thủ tướng, Hàn Quốc là nhà đầu tư lớn nhất, đứng thứ hai về ODA."
    )
    assert "agreement_signed" not in set(vnkr.extract_commitments(text)["kind"])
    listed = "Hai bên đã ký các văn kiện:\n- Bản ghi nhớ về hợp tác đầu tư\n- Thỏa thuận về hợp tác lao động"
    assert set(vnkr.extract_commitments(listed)["kind"]) == {"agreement_signed"}


def test_a_wish_after_a_pledge_in_the_same_sentence_stays_a_wish():
    found = vnkr.extract_commitments(
        "Hàn Quốc sẽ hỗ trợ đào tạo nghề; Seoul cũng muốn mở rộng hợp tác quốc phòng."
    )
    kinds = dict(zip(found["themes"], found["kind"]))
    assert kinds == {"culture_education_people": "pledge", "defence_security": "request"}


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Seoul ủng hộ các sáng kiến mà Việt Nam đưa ra khi giữ vai trò Chủ tịch ASEAN.",
            {("pledge", "multilateral")},
        ),
        ("Hai bên ủng hộ lẫn nhau trên các diễn đàn đa phương.", {("commitment", "multilateral")}),
        ("Hàn Quốc ủng hộ quan điểm Biển Đông của Việt Nam.", set()),
        (
            "Chiều nay, hai ông đã cùng khởi động một dự án nâng cấp Viện Khoa học hình sự.",
            {("commitment", "defence_security")},
        ),
    ],
)
def test_support_for_actions_and_joint_launches(text, expected):
    found = vnkr.extract_commitments(text)
    assert set(zip(found["kind"], found["themes"])) == expected


@pytest.mark.parametrize(
    "headline,kept",
    [
        # one person's words: a speaker before the colon, or a quoted claim after it
        ("Phó Thủ tướng Hàn Quốc: Thương mại Việt - Hàn có thể cán mốc 100 tỷ USD năm tới", False),
        ('Tổng thống Yoon gặp Thủ tướng: "Cùng hướng tới mục tiêu thương mại 150 tỷ USD năm 2030"', False),
        ("President Moon: Korea and Vietnam agree to boost trade to $100 billion by 2020", False),
        ("PM Chinh: Vietnam and Korea to lift trade to $150 billion by 2030", False),
        # no speaker and no quote: the headline's claim stands
        ("Thượng đỉnh Việt - Hàn đầu tiên: nhắm kim ngạch thương mại 100 tỷ USD năm 2020", True),
        ("Việt - Hàn nhất trí đưa thương mại song phương lên 100 tỷ USD năm 2020", True),
    ],
)
def test_a_headline_giving_one_persons_words_commits_to_nothing(headline, kept):
    english = headline.isascii()  # a body in the headline's language (the language is detected)
    body = "The two sides discussed the region." if english else "Hai bên trao đổi về tình hình khu vực."
    text = headline + "\n" + body
    assert ("trade" in {t for _, ts in kinds_and_themes(text) for t in ts.split("|")}) is kept


def test_a_speaker_headline_under_a_section_line_commits_to_nothing():
    text = (
        "Chính trị › Phủ Tổng thống\n"
        "Tổng thống Moon Jae-in: Việt - Hàn nhất định đưa thương mại lên 100 tỷ USD vào năm 2023\n"
        "Hai bên trao đổi về tình hình khu vực."
    )
    assert "trade" not in {t for _, ts in kinds_and_themes(text) for t in ts.split("|")}


@pytest.mark.parametrize(
    "text,committed",
    [
        # one speaker's confidence that a goal will be reached is a target, not a commitment on trade
        (
            "Tổng thống Moon bày tỏ tin tưởng mục tiêu chung của hai nước là đưa kim ngạch song phương "
            "lên 100 tỷ USD vào năm 2023 chắc chắn sẽ thành hiện thực.",
            False,
        ),
        (
            "Moon said he believes the two countries can reach their goal of $100 billion in trade by 2023.",
            False,
        ),
        (
            "Moon told Son the two countries were within reach of their shared target of $100 billion in annual trade by 2023.",
            False,
        ),
        # both sides open the sentence: their confidence is theirs together
        (
            "Hai nhà lãnh đạo tin tưởng kim ngạch thương mại song phương sẽ đạt mục tiêu 100 tỷ USD vào năm 2023.",
            True,
        ),
        (
            "Both leaders were confident that two-way trade would reach the goal of $100 billion by 2023.",
            True,
        ),
    ],
)
def test_one_speakers_confidence_in_a_goal_is_no_commitment(text, committed):
    assert ("trade" in {t for _, ts in kinds_and_themes(text) for t in ts.split("|")}) is committed


def test_what_two_localities_agree_on_without_a_field_is_local_cooperation():
    assert kinds_and_themes("Hai tỉnh thống nhất tổ chức các cuộc họp cấp chuyên viên.") == [
        ["commitment", "local_cooperation"]
    ]
    # two sides that are not named as localities: no field, no row
    assert kinds_and_themes("Hai bên thống nhất tổ chức các cuộc họp cấp chuyên viên.") == []


def promised(text):
    """The rows of ``text`` that are not requests."""
    found = vnkr.extract_commitments(text)
    return found[found["kind"] != "request"]


def test_a_pledge_verb_after_and_with_a_new_subject_is_that_subject_s_pledge():
    text = "Yoon urged Vietnam to back Korean companies, while Prime Minister Chinh pledged to simplify investment procedures."
    found = promised(text)
    assert list(zip(found["kind"], found["quote"])) == [("pledge", "to simplify investment procedures")]
    answered = promised(
        "Moon asked for help with the Korean community, and his counterpart promised to protect Korean nationals."
    )
    assert list(answered["kind"]) == ["pledge"]
    # without a pledge verb the new subject's words stay part of the request
    assert promised("Yoon urged Vietnam to back Korean companies, and Chinh to cut red tape.").empty


@pytest.mark.parametrize(
    "text, themes",
    [
        (
            "Park asked Hanoi to help settle problems facing South Korean firms. "
            "Son promised active support for their operations.",
            "investment",
        ),
        (
            "Park sought Hanoi's support for peace efforts on the Korean Peninsula, "
            "and Chien pledged that Vietnam would keep backing them.",
            "korean_peninsula",
        ),
        (
            "Ông Kim đề nghị Việt Nam tạo điều kiện cho doanh nghiệp Hàn Quốc đầu tư. "
            "Thủ tướng cam kết sẽ giải quyết các kiến nghị này.",
            "investment",
        ),
    ],
)
def test_a_pledge_pointing_back_at_the_request_before_it_takes_the_request_s_topic(text, themes):
    found = promised(text)
    assert list(zip(found["kind"], found["themes"])) == [("pledge", themes)]


def test_a_pledge_without_a_topic_far_from_any_request_is_not_kept():
    text = (
        "Park asked Hanoi to help settle problems facing South Korean firms. The two sides reviewed the year. "
        "Officials met the press. Son promised active support for their operations."
    )
    assert promised(text).empty


@pytest.mark.parametrize(
    "text",
    [
        # a ready-word after the speech verb (rule clause_own_promise reads pledge words too)
        "Chủ tịch nước đề nghị hai bên phối hợp để đưa kim ngạch lên 150 tỷ USD; đồng thời cho biết Việt Nam "
        "sẵn sàng tạo thuận lợi để doanh nghiệp Hàn Quốc đầu tư.",
        "Ông đề nghị tập đoàn mở rộng thương mại; đồng thời khẳng định Chính phủ luôn tạo điều kiện cho "
        "doanh nghiệp có năng lực đến đầu tư.",
        # 'hai bên' belongs to the request; the ready-word's subject is 'Việt Nam' (rule speech_subject)
        "Chủ tịch nước đề nghị hai bên phối hợp chặt chẽ để kim ngạch đạt 150 tỷ USD, cho biết Việt Nam "
        "sẵn sàng tạo thuận lợi để doanh nghiệp Hàn Quốc yên tâm đầu tư.",
        # one side and its promise open the clause, no speech verb (rule clause_side_promise)
        "Thủ tướng đề nghị hai bên phấn đấu đưa kim ngạch lên 150 tỷ USD; Việt Nam sẽ tiếp tục tạo điều "
        "kiện thuận lợi cho doanh nghiệp Hàn Quốc đầu tư.",
    ],
)
def test_a_pledge_clause_inside_a_request_sentence_is_the_speaker_s(text):
    found = vnkr.extract_commitments(text)
    assert found[["themes", "kind"]].values.tolist() == [["trade", "request"], ["investment", "pledge"]]


def test_a_request_clause_naming_one_side_without_a_promise_stays_a_request():
    text = "Thủ tướng đề nghị hai bên mở rộng thương mại; Hàn Quốc tăng đầu tư vào công nghiệp hỗ trợ."
    assert vnkr.extract_commitments(text)["kind"].tolist() == ["request", "request"]


def test_a_pledge_word_that_names_the_topic_gives_its_theme():
    # the topic is in the pledge word itself: 'tạo mọi thuận lợi để Lotte …' (rule cue_topic)
    text = "Thủ tướng khẳng định Chính phủ sẽ tạo mọi thuận lợi để Lotte phát triển lâu dài ở Việt Nam."
    found = vnkr.extract_commitments(text)
    assert found[["quote", "themes", "kind"]].values.tolist() == [
        ["tạo mọi thuận lợi để Lotte phát triển lâu dài ở Việt Nam", "investment", "pledge"]
    ]


@pytest.mark.parametrize(
    "text, kinds",
    [
        # the view itself reported after 'chia sẻ quan điểm rằng': nobody commits to it
        ("Ông Cho nói chia sẻ quan điểm rằng hai nước cần hợp tác bảo đảm chuỗi cung ứng.", []),
        ("Hai bên chia sẻ quan điểm chung rằng hợp tác chuỗi cung ứng rất quan trọng.", []),
        # without 'rằng' a shared view is what the curated seeds count as agreed
        ("Hai bên chia sẻ quan điểm về bảo đảm chuỗi cung ứng bền vững.", ["commitment"]),
    ],
)
def test_a_view_reported_after_chia_se_quan_diem_rang_is_no_commitment(text, kinds):
    assert vnkr.extract_commitments(text)["kind"].tolist() == kinds


@pytest.mark.parametrize(
    "text, promise",
    [
        # round 64 (read after its run): what the two are to talk over is on a schedule, not a promise
        (
            "In the meeting, the two ministers are to take stock of labour exchanges and trade views on them.",
            "In the meeting, the two ministers are to expand labour exchanges.",
        ),
        (
            "The two ministers will review cooperation in education.",
            "The two ministers will expand cooperation in education.",
        ),
        (
            "The two sides will exchange views on cooperation in education.",
            "The two sides will deepen cooperation in education.",
        ),
        # round 65 (read after its run): what the two are to review or take stock of
        (
            "Theo chương trình, hai bên sẽ điểm lại tình hình hợp tác giáo dục.",
            "Theo chương trình, hai bên sẽ mở rộng hợp tác giáo dục.",
        ),
        ("Hai bên sẽ rà soát hợp tác giáo dục.", "Hai bên sẽ đẩy mạnh hợp tác giáo dục."),
        ("Hai bên sẽ tổng kết hợp tác giáo dục.", "Hai bên sẽ tăng cường hợp tác giáo dục."),
    ],
)
def test_what_is_to_be_talked_over_is_no_commitment(text, promise):
    assert kinds_and_themes(text) == []
    assert [kind for kind, _ in kinds_and_themes(promise)] == ["commitment"]


@pytest.mark.parametrize(
    "text, themes",
    [
        # round 65 (read after its run): a province's pact with a firm is no cooperation between localities
        (
            "Ngày 23/6, Chủ tịch UBND tỉnh Hải Dương cùng đại diện Tập đoàn Doosan đã ký văn bản ghi nhớ về hợp tác giáo dục.",
            "culture_education_people",
        ),
        (
            "The chairman of the provincial People's Committee and Hyosung Corporation signed a memorandum on "
            "cooperation in education.",
            "culture_education_people",
        ),
        (
            "Ngày 23/6, Chủ tịch UBND tỉnh Hải Dương cùng Thị trưởng Daejeon đã ký văn bản ghi nhớ về hợp tác giáo dục.",
            "culture_education_people|local_cooperation",
        ),
    ],
)
def test_a_document_a_province_signs_with_a_firm_is_not_local_cooperation(text, themes):
    assert kinds_and_themes(text) == [["agreement_signed", themes]]


@pytest.mark.parametrize(
    "text",
    [
        "Ngày 23/6, Chủ tịch UBND tỉnh Hải Dương cùng đại diện Tập đoàn Doosan đã ký văn bản ghi nhớ về hợp tác giữa hai bên.",
        "The chairman of the provincial People's Committee and Hyosung Corporation signed a memorandum on cooperation.",
    ],
)
def test_a_document_with_a_firm_that_names_no_field_gives_no_theme(text):
    assert kinds_and_themes(text) == []
