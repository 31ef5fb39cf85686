"""Stance of each stretch of a report: every row of data/lexicon/stance.csv and every stance rule has
an example here that changes when the row or rule is deleted (tools/mutate_rules.py checks it)."""

from __future__ import annotations

import pytest
from vnkr.extract.stance import segments
from vnkr.ingest.language import detect_language


def kinds(text: str) -> list[str]:
    return [s.kind for s in segments(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        # agreement verbs: a commitment whoever the subject is
        ("Hai bên nhất trí mở rộng thương mại.", ["commitment"]),
        ("Hai bên thống nhất mở rộng thương mại.", ["commitment"]),
        ("Hai bên đồng ý mở rộng thương mại.", ["commitment"]),
        ("Hai bên đạt được đồng thuận về mở rộng thương mại.", ["commitment"]),
        ("Hai nhà lãnh đạo chia sẻ tầm nhìn về hợp tác quốc phòng.", ["commitment"]),
        ("The two sides agreed to expand trade.", ["commitment"]),
        ("They reached consensus on expanding trade.", ["commitment"]),
        ("Hai bên đồng thuận mở rộng thương mại.", ["commitment"]),
        ("The two ministers concurred on expanding trade.", ["commitment"]),
        ("The two leaders decided to expand trade.", ["commitment"]),
        ("The leaders shared the view that trade should grow.", ["commitment"]),
        ("The two sides reached an agreement on expanding trade.", ["commitment"]),
        ("The two sides also reached accord on initiatives in trade and labour.", ["commitment"]),
        ("The ministers reached an understanding on expanding trade.", ["commitment"]),
        ("Hai bên tán thành mở rộng thương mại.", ["commitment"]),
        ("They settled on steps to expand trade.", ["commitment"]),
        ("South Korea and Vietnam struck a deal to work together on key minerals.", ["commitment"]),
        ("Hai người đã chốt việc nâng tầm quan hệ.", ["commitment"]),
        ("Hai bên đạt đồng thuận về thương mại.", ["commitment"]),
        ("The speakers held talks, resolving to expand trade.", ["commitment"]),
        ("They saw eye to eye on expanding trade.", ["commitment"]),
        ("The two speakers found common ground on expanding trade.", ["commitment"]),
        ("The ministers came to an understanding on expanding trade.", ["commitment"]),
        ("Hai bên tìm được tiếng nói chung về mở rộng thương mại.", ["commitment"]),
        ("The two confirmed cooperation on expanding trade.", ["commitment"]),
        ("The ministers confirmed plans to expand trade.", ["commitment"]),
        ("The ministry confirmed that trade grew.", []),  # a report confirmed is no agreement
        ("Hai bên còn nhận lời hợp tác về y tế.", ["commitment"]),
        ("Tổng thống nhận lời mời sang thăm Việt Nam.", ["request"]),  # an invitation accepted: no agreement
        ("He stressed the resolve to expand trade.", ["description"]),  # the noun is no agreement
    ],
)
def test_agreement_verbs_make_a_commitment(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # promise words: both sides → commitment, one side → pledge, nobody named → nothing
        ("Hai bên quyết tâm thúc đẩy thương mại.", ["commitment"]),
        ("Hai bên đặt mục tiêu mở rộng thương mại.", ["commitment"]),
        ("Hai bên phấn đấu mở rộng thương mại.", ["commitment"]),
        ("Hai Bộ trưởng khẳng định sẽ phối hợp tại APEC.", ["commitment"]),
        ("Hàn Quốc sẽ hỗ trợ đào tạo.", ["pledge"]),
        ("Hàn Quốc cam kết hỗ trợ đào tạo.", ["pledge"]),
        ("Việt Nam và Hàn Quốc cam kết mở rộng thương mại.", ["commitment"]),
        # round 68 (read after its run): two localities or bodies as the subject
        ("Under it, the two bodies will expand cultural exchanges.", ["commitment"]),
        ("Officials said both provinces will expand trade.", ["commitment"]),
        # two named parties joined by và / and (capitalised names only)
        ("Sau đó, Bắc Ninh và Gyeongbuk sẽ tăng cường giao lưu thanh niên.", ["commitment"]),
        ("Under the deal, Gyeonggi and Dong Thap will expand trade.", ["commitment"]),
        ("Thương mại và đầu tư sẽ tăng mạnh.", []),  # lower-case words: no named party
        # both countries named in an all-capitals headline (the named-party row needs a lower-case 'và')
        ("VIỆT NAM VÀ HÀN QUỐC SẼ MỞ RỘNG THƯƠNG MẠI.", ["commitment"]),
        ("SOUTH KOREA AND VIETNAM WILL EXPAND TRADE.", ["commitment"]),
        ("Ông Lee cho biết sẵn sàng chia sẻ kinh nghiệm.", ["pledge"]),
        ("Chuyến thăm sẽ góp phần vun đắp quan hệ.", []),
        ("Korea will provide training.", ["pledge"]),
        ("The two sides aim to boost trade.", ["commitment"]),
        ("Both countries seek to expand trade.", ["commitment"]),
        ("Kang vowed to help Korean firms.", ["pledge"]),
        ("They pledged to build a supply chain centre.", ["commitment"]),
        ("Kang committed to support the community.", ["pledge"]),
        ("Moon said his government is willing to share experience.", ["pledge"]),
        ("They will expand trade.", ["commitment"]),
        ("The two leaders will expand trade.", ["commitment"]),
        ("Korea and Vietnam will expand trade.", ["commitment"]),
        ("The ministers will expand trade.", ["commitment"]),
        ("The two leaders reaffirmed their commitment to open markets.", ["commitment"]),
        ("Korea reaffirmed its support for training.", ["pledge"]),
        ("The two sides are determined to lift trade.", ["commitment"]),
        ("Ông Lee sẵn lòng chia sẻ kinh nghiệm.", ["pledge"]),
        ("Seoul đã quyết định tặng vắc-xin cho Việt Nam.", ["pledge"]),
        ("Hà Nội tạo thuận lợi để doanh nghiệp mở rộng đầu tư.", ["pledge"]),
        ("Seoul sẽ hỗ trợ đào tạo.", ["pledge"]),
        ("Ngan said the legislature stands ready to deepen ties.", ["pledge"]),
        ("The RoK will back Vietnamese exports.", ["pledge"]),
        ("Viet Nam will ease procedures.", ["pledge"]),
        ("Both promised to expand trade.", ["commitment"]),
        ("Vietnam and South Korea have set their sights on lifting trade.", ["commitment"]),
        ("Leaders of both countries will expand trade.", ["commitment"]),
        ("The two ministers undertook to lift two-way trade.", ["commitment"]),
        ("They also recommitted to pushing two-way trade higher.", ["commitment"]),
        ("Chang affirmed Seoul's commitment to cooperation in defence.", ["pledge"]),
        ("Under the first, the countries will explore minerals.", ["commitment"]),
        ("The office said the two would foster a favourable environment.", ["commitment"]),
        ("Khanh said his ministry was ready to help Korean companies.", ["pledge"]),
        ("Jung said the power equipment maker was prepared to put money into Vietnam.", ["pledge"]),
        (
            "Hai nhà lãnh đạo cùng chung tầm nhìn đưa khoa học, công nghệ trở thành trụ cột mới.",
            ["commitment"],
        ),
        ("Yoon said Seoul and Hanoi would jointly counter the threat.", ["commitment"]),
        ("Hai bên tái khẳng định thương mại phải đạt 100 tỷ USD.", ["commitment"]),
        ("Người phát ngôn Tổng thống nói nội dung trao đổi sẽ trải từ thương mại tới đầu tư.", []),
        ("Seoul said the talks will cover trade and investment.", []),
        ("Hai Thủ tướng giao các cơ quan liên quan chuyển giao công nghệ vắc xin.", ["commitment"]),
        ("The two leaders tasked their agencies to share vaccine technology.", ["commitment"]),
        # a company, a city or an envoy is one side too; 'hứa' (promised) is a pledge word
        ("Tập đoàn sẽ rót thêm vốn vào bán dẫn.", ["pledge"]),
        ("Hai địa phương sẽ mở rộng hợp tác văn hóa.", ["commitment"]),
        ("His province will keep improving support for Vietnamese workers.", ["pledge"]),
        ("Bac Ninh's authorities will help Korean businesses invest in the province.", ["pledge"]),
        ("He said his Government would keep giving Korean firms the best conditions.", ["pledge"]),
        ("Samsung sẽ rót thêm vốn vào bán dẫn.", ["pledge"]),
        ("Chính quyền Jeonbuk sẽ hoàn thiện chính sách cấp thị thực.", ["pledge"]),
        ("Huyện sẽ tăng cường hỗ trợ lao động thời vụ.", ["pledge"]),
        ("Hai nguyên thủ sẽ thúc đẩy hợp tác quốc phòng.", ["commitment"]),
        ("The company will invest more in chips.", ["pledge"]),
        ("Hyosung will invest more in chips.", ["pledge"]),
        ("Thị trưởng hứa giúp đào tạo nhân lực.", ["pledge"]),
        ("Triển vọng hợp tác rất hứa hẹn.", []),
        ("They also consented to step up legal assistance.", ["commitment"]),
        ("Under the MoU, the two sides are to send more delegations.", ["commitment"]),
    ],
)
def test_promise_words_read_their_subject(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Thủ tướng đề nghị Hàn Quốc mở cửa thị trường.",
        "Thủ tướng mong muốn Hàn Quốc mở cửa thị trường.",
        "Bộ trưởng đề xuất hai bên trao đổi đoàn.",
        "Tổng thống kêu gọi Việt Nam hỗ trợ doanh nghiệp.",
        "Thủ tướng yêu cầu các bộ triển khai.",
        "Ông Park bày tỏ hy vọng hai nước thúc đẩy thương mại.",
        "Ông Lee kỳ vọng hai nước hợp tác.",
        "Son asked Korea to expand trade.",
        "Son urged Korea to expand trade.",
        "Son proposed that Korea expand trade.",
        "Son suggested that both countries lift trade.",
        "Lee called for expanded cooperation.",
        "Yoon expressed hope for stronger cooperation.",
        "Son requested Korean support.",
        "Chủ tịch nước trân trọng mời Tổng thống thăm Việt Nam.",
        "Phó Chủ tịch Quốc hội nhờ tỉnh tạo điều kiện sống tốt cho bà con.",
        "Lam invited Lee to visit Vietnam.",
        "Son expressed the wish that Korea open its market.",
        "Lee said he hoped both sides would keep exploring projects.",
        "Yoon pressed Vietnam to let Korean firms join its projects.",
        "Park said the president wants more high-level exchanges.",
    ],
)
def test_one_sided_requests_are_requests(text):
    assert kinds(text) == ["request"]


@pytest.mark.parametrize(
    "text",
    [
        # each holds a promise ("hai bên sẽ", "will") that would be a commitment without the cue
        "Thủ tướng nhấn mạnh hai bên sẽ mở rộng thương mại.",
        "Hai nhà lãnh đạo cho rằng hai bên sẽ mở rộng thương mại.",
        "Bộ trưởng tin tưởng hai nước sẽ hoàn thành mục tiêu.",
        "Thủ tướng hoan nghênh hai bên sẽ mở rộng thương mại.",
        "Thủ tướng cảm ơn Hàn Quốc sẽ hỗ trợ.",
        "Tổng Bí thư chúc mừng Hàn Quốc sẽ đăng cai APEC.",
        "Thủ tướng đánh giá cao Hàn Quốc sẽ hỗ trợ.",
        "Hàn Quốc là nhà đầu tư số 1 và sẽ mở rộng đầu tư.",
        "Hàn Quốc coi Việt Nam là ưu tiên, sẽ mở rộng đầu tư.",
        "Cuong described Korea as a partner that will invest more.",
        "Lee highlighted that Korea will invest more.",
        "Moon welcomed that Korea will invest more.",
        "Phuc thanked Korea, which will invest more.",
        "Yoon congratulated Lam, saying Korea will invest more.",
        "Minh explained that Vietnam will resume visas.",
        "Lee praised Vietnam, saying Korea will invest more.",
        "Lee noted that Korea will invest more.",
        "Thủ tướng vui mừng vì Hàn Quốc sẽ mở rộng đầu tư.",
        "Hai bên ghi nhận Hàn Quốc sẽ mở rộng đầu tư.",
        "Hai Bộ trưởng điểm lại việc hai bên sẽ mở rộng đầu tư.",
        "Chinh stressed that the two sides will expand trade.",
        "Yoon emphasized that Korea will invest more.",
        "Son expressed his appreciation that Korea will invest more.",
        "Son appreciated that Korea will invest more.",
        "Tổng Bí thư tin rằng Hàn Quốc sẽ còn vươn xa.",
        "Tổng Bí thư tin Hàn Quốc sẽ còn vươn xa.",
        "Chuyến đi cho thấy Seoul quyết tâm làm sâu sắc quan hệ.",
    ],
)
def test_descriptions_of_the_present_and_views_are_not_commitments(text):
    assert kinds(text) == ["description"]


@pytest.mark.parametrize(
    "text",
    [
        "Hai Thủ tướng chứng kiến lễ ký bản ghi nhớ về hợp tác du lịch.",
        "The ministers signed a memorandum on tourism.",
        "The two sides exchanged an agreement on tourism.",
        "Hai nhà lãnh đạo thông qua tuyên bố chung về hợp tác du lịch.",
        "The ministers inked a memorandum on tourism.",
        "Officials swapped agreements on tourism.",
        "The leaders witnessed the signing of a memorandum on tourism.",
        "The two leaders adopted a joint statement on tourism.",
        "The two speakers put their names to a memorandum on tourism.",
        "The two ministers watched their navies exchange the Terms of Reference for naval talks.",
        "Nhân dịp này, các cơ quan hai nước đã ký 9 bản ghi nhớ về du lịch.",
        "Hai bên đã ký một loạt bản ghi nhớ về hợp tác du lịch.",
        "The two officials put their signatures to a memorandum on crime.",
        "The county struck a labor agreement on tourism with the district.",
        "The two cities sealed a deal on tourism.",
        "The two sides concluded a memorandum on tourism.",
    ],
)
def test_signed_documents_are_their_own_kind(text):
    assert kinds(text) == ["agreement_signed"]


@pytest.mark.parametrize("opener", ["Đồng thời", "Bên cạnh đó", "Theo đó", "Ngoài ra"])
def test_a_sentence_opening_with_a_list_word_continues_the_commitments(opener):
    text = f"Hai bên nhất trí mở rộng thương mại. {opener}, đẩy mạnh hợp tác lao động."
    assert kinds(text) == ["commitment", "commitment"]


@pytest.mark.parametrize("opener", ["In addition", "Additionally"])
def test_an_english_list_word_continues_the_commitments(opener):
    assert kinds(f"They agreed to expand trade. {opener}, closer cooperation in tourism.") == [
        "commitment",
        "commitment",
    ]


def test_a_list_word_after_a_request_continues_nothing():
    assert kinds("Thủ tướng đề nghị mở cửa thị trường. Đồng thời, đẩy mạnh lao động.") == ["request"]


def test_a_clause_after_a_semicolon_continues_the_list():
    segs = segments("Hai bên nhất trí mở rộng thương mại; đẩy mạnh hợp tác lao động.")
    assert [(s.kind, s.text) for s in segs] == [
        ("commitment", "mở rộng thương mại"),
        ("commitment", "đẩy mạnh hợp tác lao động"),
    ]


def test_a_pledge_after_a_semicolon_is_a_pledge():
    segs = segments("Hai bên nhất trí mở rộng thương mại; Chính phủ Hàn Quốc sẽ hỗ trợ đào tạo.")
    assert [s.kind for s in segs] == ["commitment", "pledge"]


def test_a_promise_inside_a_request_is_what_is_asked():
    assert kinds("Thủ tướng đề nghị Hàn Quốc sẽ hỗ trợ đào tạo.") == ["request"]


def test_an_agreement_after_a_welcome_in_one_clause_is_a_commitment():
    segs = segments("Hai bên hoan nghênh việc ký nghị định thư và thống nhất sớm ký hiệp định hải quan.")
    assert [(s.kind, s.text) for s in segs][-1] == ("commitment", "sớm ký hiệp định hải quan")


@pytest.mark.parametrize(
    "text, frame",
    [
        ("Về quốc phòng, hai bên nhất trí trao đổi đoàn.", "quốc phòng"),
        ("On defence, the two sides agreed to hold talks.", "defence"),
    ],
)
def test_a_topic_frame_is_kept_with_its_sentence(text, frame):
    assert [s.frame for s in segments(text)] == [frame]


def test_sentences_split_before_a_capital_not_inside_numbers():
    segs = segments("Hai bên nhất trí nâng kim ngạch lên 1.000 tỷ đồng. Ông Lee đề nghị hỗ trợ.")
    assert [s.kind for s in segs] == ["commitment", "request"]


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Hai bên nhất trí mở rộng hợp tác.", "vi"),
        ("The two sides agreed to expand cooperation with Việt Nam.", "en"),
    ],
)
def test_language_is_detected_from_the_letters(text, lang):
    assert detect_language(text) == lang


@pytest.mark.parametrize(
    "text",
    [
        "Hai bên đồng ý kêu gọi doanh nghiệp đầu tư.",
        "The two sides agreed and urged firms to invest.",
    ],
)
def test_a_request_word_inside_an_agreement_is_part_of_it(text):
    assert kinds(text) == ["commitment"]


def test_a_request_after_an_agreement_with_a_new_subject_is_a_request():
    text = "Hai bên nhất trí mở rộng thương mại, Thủ tướng đề nghị Hàn Quốc hỗ trợ lao động."
    assert kinds(text) == ["commitment", "request"]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a promise after a speech verb inside a request is the new speaker's pledge
        (
            "Moon voiced hope for more trade, and Trong answered that Vietnam would expand investment.",
            ["request", "pledge"],
        ),
        ("Moon asked for support, and Trong replied that Vietnam would help.", ["request", "pledge"]),
        ("Moon asked for support, and Trong responded that Vietnam would help.", ["request", "pledge"]),
        ("Moon asked for support; Trong said Vietnam would help.", ["request", "pledge"]),
        ("Moon asked for support and Trong says Vietnam will help.", ["request", "pledge"]),
        ("Moon asked for support and Trong told him Vietnam would help.", ["request", "pledge"]),
        ("Moon asked for support and Trong added that Vietnam would help.", ["request", "pledge"]),
        ("Moon asked for support, with Trong adding that Vietnam would help.", ["request", "pledge"]),
        ("Thủ tướng đề nghị hỗ trợ, Tổng thống cho biết Hàn Quốc sẽ giúp.", ["request", "pledge"]),
        ("Thủ tướng đề nghị hỗ trợ, Tổng thống trả lời Hàn Quốc sẽ giúp.", ["request", "pledge"]),
        ("Thủ tướng đề nghị hỗ trợ, Tổng thống đáp lại Hàn Quốc sẽ giúp.", ["request", "pledge"]),
        ("Thủ tướng đề nghị hỗ trợ, Tổng thống nói rằng Hàn Quốc sẽ giúp.", ["request", "pledge"]),
        ("Thủ tướng đề nghị hỗ trợ, Tổng thống khẳng định Hàn Quốc sẽ giúp.", ["request", "pledge"]),
        ("Moon asked for support, and Trong affirmed that Vietnam would help.", ["request", "pledge"]),
        ("Moon asked for support, and Trong assured him Vietnam would help.", ["request", "pledge"]),
        # without a new speaker the promise is part of what is asked
        ("Thủ tướng đề nghị Hàn Quốc sẽ hỗ trợ đào tạo.", ["request"]),
    ],
)
def test_a_new_speaker_inside_a_request_makes_his_own_pledge(text, expected):
    assert kinds(text) == expected


def test_an_agreement_on_a_view_is_a_description():
    assert kinds("Hai bên nhất trí cho rằng hợp tác thương mại đã đạt nhiều kết quả.") == ["description"]
    # a view word later in the stretch is part of what was agreed
    assert kinds("Hai bên nhất trí mở rộng thương mại, coi đây là ưu tiên.") == ["commitment"]
    # 'regard X as Y' right after the agreement is not an assessment of the past: still a commitment
    assert kinds("Hai bên thống nhất coi lòng tin chính trị là nền móng, tăng các chuyến thăm.") == [
        "commitment"
    ]


@pytest.mark.parametrize(
    "text",
    [
        # 'sẽ'/'will' before a meeting word is a schedule, not a promise
        "Theo người phát ngôn, hai bên sẽ bàn sâu về hợp tác năng lượng.",
        "Hai nhà lãnh đạo sẽ hội đàm về hợp tác năng lượng.",
        "Văn phòng Tổng thống cho biết hai bên sẽ trao đổi về hợp tác chính trị, an ninh và giáo dục.",
        "Hai Bộ trưởng sẽ trao đổi ý kiến về hợp tác quốc phòng.",
        "The two leaders will discuss energy cooperation.",
        "The two leaders will also meet business leaders on energy.",
        # a visit still to come is a schedule too
        "Đầu tuần tới, Ngoại trưởng sẽ có chuyến công du tới Việt Nam để bàn hợp tác đầu tư.",
        "Chủ tịch nước sẽ dẫn đầu đoàn cấp cao sang Seoul trong chuyến thăm cấp Nhà nước.",
        "Chủ tịch nước sẽ đứng đầu phái đoàn sang thăm Hàn Quốc.",
        "Ông sẽ sang thăm Hàn Quốc vào tháng tới.",
        "Ngày kế tiếp, ông Moon sẽ có cuộc gặp thượng đỉnh với Chủ tịch nước về hợp tác đầu tư.",
        "The president will lead a delegation to Seoul on a state visit.",
        "The minister will make an official visit to Hanoi next week.",
        "He will also see the Prime Minister and the Speaker on trade.",
        "Hàn Quốc sẽ cử phái đoàn cấp cao sang dự lễ tang, thể hiện quan hệ hữu nghị.",
        # accompanying, welcoming, a courtesy call or a tribute on a visit are its programme too
        "Các doanh nghiệp sẽ tháp tùng Tổng thống trong chuyến thăm cấp Nhà nước Việt Nam.",
        "Tổng thống Hàn Quốc sẽ đón Tổng Bí thư trong chuyến thăm cấp Nhà nước.",
        "Đại sứ sẽ chào xã giao Chủ tịch nước, thúc đẩy quan hệ hai nước.",
        "Thủ tướng Hàn Quốc sẽ viếng Tổng Bí thư, thể hiện quan hệ Đối tác chiến lược toàn diện.",
    ],
)
def test_a_meeting_on_the_agenda_is_not_a_promise(text):
    assert kinds(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # each holds a signing word that alone would make a signed document
        "Theo chương trình, Tổng thống dự lễ ký văn kiện về du lịch.",
        "Hai nước dự kiến ký bản ghi nhớ về du lịch.",
    ],
)
def test_a_signing_on_the_schedule_is_not_a_document_signed(text):
    assert "agreement_signed" not in kinds(text)


def test_welcoming_more_of_something_is_still_a_promise():
    # 'đón nhận' (take in) is no welcome on a programme
    assert kinds("Hàn Quốc sẽ đón nhận thêm lao động Việt Nam.") == ["pledge"]


def test_a_topic_line_after_an_agreement_continues_it_with_its_frame():
    text = (
        "Chủ tịch nước nêu các hướng mà hai bên đã thống nhất. Chính trị - đối ngoại: thường xuyên gặp gỡ. "
        "Quốc phòng - an ninh: đẩy mạnh hợp tác."
    )
    found = [(s.kind, s.frame, s.text) for s in segments(text)]
    assert found == [
        ("commitment", "Chính trị - đối ngoại", "thường xuyên gặp gỡ"),
        ("commitment", "Quốc phòng - an ninh", "đẩy mạnh hợp tác"),
    ]
    # without an agreement before it, a topic line is nobody's commitment
    assert segments("Chính trị - đối ngoại: thường xuyên gặp gỡ.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Bà Trà cho biết hai bộ trước đó đã ký văn kiện mới về lao động.",
        "The two ministries had earlier signed a memorandum on labour.",
    ],
)
def test_a_signing_told_as_background_is_a_description(text):
    assert kinds(text) == ["description"]


@pytest.mark.parametrize(
    "text",
    [
        "Hai tỉnh ký bản ghi nhớ về quan hệ hữu nghị năm 2009.",
        "Phú Yên và Chungcheongbuk ký thỏa thuận giao lưu hữu nghị từ tháng 9/2007.",
        "Nhắc lại việc hai bên lần đầu ký văn bản hữu nghị (2005), bà Hải giới thiệu tỉnh.",
        "The two localities signed an MoU on education in 2022, when a delegation visited.",
        # the year opening the signing's clause (round 42)
        "Gyeongsangnam duy trì trao đổi thanh niên; năm 2024, tỉnh và Đồng Nai ký thỏa thuận về lao động.",
        "In 2024, the two provinces signed an MoU on seasonal labour.",
    ],
)
def test_a_signing_dated_to_its_own_year_is_background(text):
    assert kinds(text)[0] == "description"


@pytest.mark.parametrize(
    "text",
    [
        "Hai bộ trưởng ký kế hoạch thực hiện mục tiêu thương mại năm 2030.",
        "The ministers signed a plan to meet the trade goal in 2030.",
        "Hai bên ký bản ghi nhớ về năng lượng, năm 2009 hai tỉnh đã kết nghĩa.",
        "Hướng tới mục tiêu năm 2030, hai bộ trưởng ký kế hoạch hành động về thương mại.",
    ],
)
def test_a_goal_year_or_a_year_past_the_clause_keeps_the_signing(text):
    assert kinds(text)[0] == "agreement_signed"


def test_a_rule_switched_off_after_a_first_reading_is_off_for_the_same_text(monkeypatch):
    text = "Hàn Quốc sẽ hỗ trợ đào tạo."
    assert [s.kind for s in segments(text, "vi")] == ["pledge"]
    monkeypatch.setenv("VNKR_DISABLED_RULES", "promise_subject")
    assert [s.kind for s in segments(text, "vi")] == ["commitment"]
    monkeypatch.delenv("VNKR_DISABLED_RULES")
    assert [s.kind for s in segments(text, "vi")] == ["pledge"]


def test_a_list_an_agreement_opens_with_a_colon_carries_the_agreement_to_each_item():
    text = (
        "Theo công bố, hai bên thống nhất:\n1. Mở rộng hợp tác quốc phòng.\n"
        "2. Thúc đẩy giao lưu văn hóa.\nÔng Lee nêu thêm:\n- Hàn Quốc đầu tư."
    )
    assert [(s.kind, s.text) for s in segments(text)] == [
        ("commitment", "Mở rộng hợp tác quốc phòng"),
        ("commitment", "Thúc đẩy giao lưu văn hóa"),
    ]
    en = "The two sides agreed on the following:\n- expand defence cooperation;\n- boost trade."
    assert [(s.kind, s.text) for s in segments(en)][-2:] == [
        ("commitment", "expand defence cooperation"),
        ("commitment", "boost trade"),
    ]
    # a list after a request stays out
    assert segments("Ông Lee nêu các đề nghị:\n1. Mở rộng hợp tác quốc phòng.") == []


def test_cam_ket_joined_by_va_or_dong_thoi_to_a_description_is_a_new_promise_of_its_subject():
    text = (
        "Hai bên ghi nhận Việt Nam và Hàn Quốc là đối tác then chốt, và cam kết đẩy mạnh hợp tác quốc phòng."
    )
    assert [(s.kind, s.text) for s in segments(text)][-1] == ("commitment", "đẩy mạnh hợp tác quốc phòng")
    text = "Hai bên đánh giá cao kết quả hợp tác, đồng thời cam kết đẩy mạnh hợp tác quốc phòng."
    assert [s.kind for s in segments(text)][-1] in ("commitment", "pledge")


@pytest.mark.parametrize(
    "text",
    [
        "Hai bên nhất trí tăng cường trao đổi đoàn. Hợp tác về năng lượng cũng sẽ được thúc đẩy.",
        "They agreed to expand defence ties. Training and tourism will likewise be expanded.",
    ],
)
def test_a_passive_will_be_pushed_forward_after_an_agreement_continues_it(text):
    assert kinds(text) == ["commitment", "commitment"]
    # alone, or after a sentence that agreed nothing, it is nobody's commitment
    alone = text.split(". ", 1)[1]
    assert kinds(alone) == []
    assert kinds("Ông Lee phát biểu tại hội nghị. " + alone) == []


@pytest.mark.parametrize(
    "text",
    [
        "Hai địa phương cũng mở rộng hợp tác về nông nghiệp.",
        "Hai tỉnh tăng cường hợp tác về du lịch.",
        "Hai nước còn đẩy mạnh hợp tác quốc phòng.",
    ],
)
def test_both_sides_named_right_before_a_verb_of_cooperation_commit(text):
    assert kinds(text) == ["commitment"]


@pytest.mark.parametrize(
    "text, alone",
    [
        (
            "Theo thỏa thuận vừa ký giữa tỉnh Chungcheongnam (Hàn Quốc) và tỉnh Bắc Giang, công chức sẽ sang tập huấn.",
            "Công chức sẽ sang tập huấn.",
        ),
        (
            "Under the agreement, training courses will run every year.",
            "Training courses will run every year.",
        ),
    ],
)
def test_what_a_document_says_is_what_was_agreed(text, alone):
    assert kinds(text) == ["commitment"]
    assert kinds(alone) == []  # without the document, a promise with no side is nobody's


def test_an_action_programme_adopted_is_a_document():
    assert kinds("Hai nguyên thủ thông qua Chương trình hành động triển khai quan hệ.") == [
        "agreement_signed"
    ]


def test_nho_thanks_to_is_not_a_request():
    # 'nhờ tỉnh …' asks a favour; 'nhờ có FTA', 'nhờ sự hỗ trợ' is 'thanks to'
    assert kinds("Hai bên nhất trí mở rộng thương mại nhờ có FTA.") == ["commitment"]
    assert kinds("Hai bên nhất trí đẩy mạnh đầu tư nhờ sự hỗ trợ của chính phủ.") == ["commitment"]
