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
        # patterns added in the second round of reading (one example per alternative)
        ("tăng cường trao đổi các chuyến thăm", "vi", ["political_trust"]),
        ("đẩy mạnh số hóa", "vi", ["science_technology"]),
        ("hợp tác về không gian vũ trụ", "vi", ["science_technology"]),
        ("phát triển điện gió ngoài khơi", "vi", ["energy"]),
        ("phát triển điện mặt trời", "vi", ["energy"]),
        ("sản xuất hydrogen xanh", "vi", ["energy"]),
        ("sản xuất hiđrô", "vi", ["energy"]),
        ("xây dựng đường cao tốc", "vi", ["infrastructure"]),
        ("nâng cấp đường bộ", "vi", ["infrastructure"]),
        ("tuyến metro số 5", "vi", ["infrastructure"]),
        ("mở rộng cảng hàng không", "vi", ["infrastructure"]),
        ("thúc đẩy chuyển đổi xanh", "vi", ["climate_environment"]),
        ("phát triển kinh tế xanh", "vi", ["climate_environment"]),
        ("tiến tới trung hòa carbon", "vi", ["climate_environment"]),
        ("mục tiêu net zero", "vi", ["climate_environment"]),
        ("giảm các-bon", "vi", ["climate_environment"]),
        ("thị trường tín chỉ carbon", "vi", ["trade", "climate_environment"]),
        ("cấp thêm học bổng", "vi", ["culture_education_people"]),
        ("trao đổi sinh viên", "vi", ["culture_education_people"]),
        ("hỗ trợ du học", "vi", ["culture_education_people"]),
        ("dạy tiếng Hàn", "vi", ["culture_education_people"]),
        ("dạy tiếng Việt", "vi", ["culture_education_people"]),
        ("kết nối thanh toán bằng mã QR", "vi", ["finance"]),
        ("mở rộng tín dụng", "vi", ["finance"]),
        ("hợp tác lâm nghiệp", "vi", ["agriculture_fisheries"]),
        ("phát triển chăn nuôi", "vi", ["agriculture_fisheries"]),
        ("nuôi trồng rong biển", "vi", ["agriculture_fisheries"]),
        ("hỗ trợ các gia đình đa văn hóa", "vi", ["citizens_community", "culture_education_people"]),
        ("phối hợp tại Liên hợp quốc", "vi", ["multilateral"]),
        ("Công ước Liên hợp quốc về Luật Biển", "vi", ["maritime_south_china_sea"]),
        ("hợp tác tiểu vùng Mê Công", "vi", ["multilateral"]),
        ("các vấn đề khu vực và quốc tế", "vi", ["multilateral"]),
        ("các vấn đề quốc tế và khu vực", "vi", ["multilateral"]),
        ("hợp tác giữa hai Bộ Công an", "vi", ["defence_security"]),
        ("hợp tác an ninh - quốc phòng", "vi", ["defence_security"]),
        ("đối thoại chiến lược ngoại giao - an ninh", "vi", ["political_trust", "defence_security"]),
        ("upgrade their ties", "en", ["political_trust"]),
        ("deepen mutual trust", "en", ["political_trust"]),
        ("regular exchanges of visits", "en", ["political_trust"]),
        ("speed up digitalization", "en", ["science_technology"]),
        ("share digital technologies", "en", ["science_technology"]),
        ("cooperate in ICT", "en", ["science_technology"]),
        ("expand space cooperation", "en", ["science_technology"]),
        ("produce hydrogen", "en", ["energy"]),
        ("offshore wind power", "en", ["energy"]),
        ("solar energy projects", "en", ["energy"]),
        ("build a metro line", "en", ["infrastructure"]),
        ("build expressways", "en", ["infrastructure"]),
        ("a new highway", "en", ["infrastructure"]),
        ("more scholarships", "en", ["culture_education_people"]),
        ("links between universities", "en", ["culture_education_people"]),
        ("teaching the Korean language", "en", ["culture_education_people"]),
        ("teaching the Vietnamese language", "en", ["culture_education_people"]),
        ("youth exchanges", "en", ["culture_education_people"]),
        ("cross-border payments", "en", ["finance"]),
        ("fintech cooperation", "en", ["finance"]),
        ("support the Vietnamese diaspora", "en", ["citizens_community"]),
        ("support multicultural households", "en", ["citizens_community"]),
        ("dealing with the aftermath of war", "en", ["war_legacy"]),
        ("handling war consequences", "en", ["war_legacy"]),
        ("ties between the two parliaments", "en", ["political_trust"]),
        ("links between the legislatures", "en", ["political_trust"]),
        ("cooperation in politics", "en", ["political_trust"]),
        ("closer political ties", "en", ["political_trust"]),
        ("help South Korean companies operate smoothly", "en", ["investment"]),
        ("easier procedures for South Koreans living in Vietnam", "en", ["citizens_community"]),
        ("tạo điều kiện sống tốt hơn cho bà con người Việt tại đây", "vi", ["citizens_community"]),
        ("bảo đảm quyền lợi của người Việt tại Hàn Quốc", "vi", ["citizens_community"]),
        ("support Vietnamese people living in Korea", "en", ["citizens_community"]),
        ("apply rules of origin", "en", ["tax_customs"]),
        ("issue certificates of origin electronically", "en", ["tax_customs"]),
        ("bồi đắp lòng tin chính trị", "vi", ["political_trust"]),
        ("đẩy mạnh hợp tác chính trị", "vi", ["political_trust"]),
        ("mở rộng buôn bán", "vi", ["trade"]),
        ("thúc đẩy giao thương", "vi", ["trade"]),
        ("dữ liệu về xuất xứ", "vi", ["tax_customs"]),
        ("hỗ trợ doanh nghiệp Hàn Quốc", "vi", ["investment"]),
        ("thu hút nhà đầu tư Hàn Quốc", "vi", ["investment"]),
        ("giúp các công ty Hàn Quốc kinh doanh", "vi", ["investment"]),
        ("trao đổi bài học chống dịch", "vi", ["health_covid"]),
        ("phối hợp ngăn dịch lây lan", "vi", ["health_covid"]),
        ("sớm dập dịch", "vi", ["health_covid"]),
        ("cùng ứng phó với dịch", "vi", ["health_covid"]),
        ("keep up contacts at every level", "en", ["political_trust"]),
        ("exchanges between their peoples", "en", ["culture_education_people"]),
        ("cooperation in labour and health", "en", ["labour", "health"]),
        ("back each other on regional and international issues", "en", ["multilateral"]),
        ("on international and regional issues", "en", ["multilateral"]),
        ("in the international arena", "en", ["multilateral"]),
        # 'dialogue' alone is any talk; a named political dialogue is political trust
        ("Vietnam coordinates Seoul's dialogue with the bloc", "en", []),
        ("hold the strategic dialogue every year", "en", ["political_trust"]),
        ("the second foreign ministers' dialogue", "en", ["political_trust"]),
        ("encourage inter-Korean dialogue", "en", ["korean_peninsula"]),
        ("duy trì gặp gỡ ở cấp cao", "vi", ["political_trust"]),
        ("tiếp xúc ở các cấp", "vi", ["political_trust"]),
        ("duy trì đều đặn các chuyến đi lại của các đoàn", "vi", ["political_trust"]),
        ("develop the strategic cooperative partnership", "en", ["political_trust"]),
        ("move bilateral ties forward", "en", ["political_trust"]),
        ("move their relations forward", "en", ["political_trust"]),
        ("move relations between their countries forward", "en", ["political_trust"]),
        ("cooperation in diplomacy", "en", ["political_trust"]),
        ("cooperation in diplomacy and security", "en", ["political_trust", "defence_security"]),
        ("foreign affairs and security", "en", ["defence_security"]),
        ("exchanges between people", "en", ["culture_education_people"]),
        ("tăng hỗ trợ giao lưu thanh niên", "vi", ["culture_education_people"]),
        ("work together on security at sea", "en", ["maritime_south_china_sea"]),
        ("giúp đỡ kiều dân Hàn Quốc", "vi", ["citizens_community"]),
        ("bảo vệ người Việt đang sinh sống tại Hàn Quốc", "vi", ["citizens_community"]),
        ("cho người Việt ở Hàn Quốc", "vi", ["citizens_community"]),
        ("vụ cô dâu Việt bị bạo hành", "vi", ["citizens_community"]),
        ("Hội nghị hợp tác cảnh sát", "vi", ["defence_security"]),
        ("giữ gìn an ninh, trật tự", "vi", ["defence_security"]),
        ("tăng cường phối hợp an ninh", "vi", ["defence_security"]),
        # round 8 (read after its run)
        ("cooperate on cutting greenhouse gases", "en", ["climate_environment"]),
        ("giảm phát thải khí nhà kính", "vi", ["climate_environment"]),
        ("an ninh phi truyền thống và môi trường", "vi", ["non_traditional_security", "climate_environment"]),
        ("cải thiện môi trường đầu tư", "vi", ["investment"]),
        ("make life safe for Vietnamese in the ROK", "en", ["citizens_community"]),
        ("Koreans living in Viet Nam", "en", ["citizens_community"]),
        ("keep exchanges going at every level", "en", ["political_trust"]),
        ("quan hệ giữa hai đảng", "vi", ["political_trust"]),
        ("ưu tiên ICT", "vi", ["science_technology"]),
        ("cooperation in ICT", "en", ["science_technology"]),
        ("dù môi trường bên ngoài còn nhiều trở ngại", "vi", []),
        ("make Vietnamese exporters more competitive", "en", ["trade"]),
        ("foster a favorable environment for Korean firms", "en", ["investment"]),
        (
            "hợp tác trong khoa học công nghệ, hợp tác phát triển, du lịch",
            "vi",
            ["oda", "science_technology", "culture_education_people"],
        ),
        ("cùng tìm cách hợp tác phát triển đất hiếm", "vi", ["critical_minerals_supply_chains"]),
        ("deepen development cooperation", "en", ["oda"]),
        ("an MOU on a joint supply-chain centre", "en", ["critical_minerals_supply_chains"]),
        ("study mineral supply networks", "en", ["critical_minerals_supply_chains"]),
        ("ký văn bản ghi nhớ về cung ứng urê", "vi", ["critical_minerals_supply_chains"]),
        ("counter the North Korean nuclear threat", "en", ["korean_peninsula"]),
        ("smoother travel, entry and residence for citizens", "en", ["visas_entry"]),
        (
            "thúc đẩy hợp tác kinh tế vì lợi ích chung",
            "vi",
            [],
        ),  # economic cooperation alone: no field (writers of rounds 9 to 71 agree 2 times in 19)
        ("hợp tác kinh tế trong công nghệ cao", "vi", ["science_technology"]),
        ("broaden their economic cooperation", "en", []),  # (0 times in 6)
        ("step up economic cooperation in high technology", "en", ["science_technology"]),
        ("chốt việc nâng tầm quan hệ", "vi", ["political_trust"]),
        ("a favourable climate for investors", "en", ["investment"]),
        ("hợp tác giữa các địa phương hai nước", "vi", ["local_cooperation"]),
        ("để Hội nghị cấp cao P4G tại Việt Nam thành công", "vi", ["multilateral"]),
        # a cause or a condition names no topic (data/lexicon/stance.csv, not_a_topic)
        ("nối lại các dự án du lịch bị đình trệ vì COVID-19", "vi", ["culture_education_people"]),
        ("khôi phục du lịch ngay khi dịch bệnh được kiểm soát", "vi", ["culture_education_people"]),
        ("help firms hurt by COVID-19 expand investment", "en", ["investment"]),
        ("resume tourism once the pandemic is over", "en", ["culture_education_people"]),
        ("hợp tác phòng chống dịch bệnh", "vi", ["health_covid"]),
        # round 10 (read after its run)
        ("tăng cường trao đổi về các vấn đề khu vực, quốc tế", "vi", ["multilateral"]),
        ("phối hợp trên các vấn đề quốc tế, khu vực", "vi", ["multilateral"]),
        ("đưa quan hệ song phương sang một giai đoạn mới", "vi", ["political_trust"]),
        ("vun đắp quan hệ giữa hai nước", "vi", ["political_trust"]),
        ("không để vụ việc ảnh hưởng tới quan hệ hai nước", "vi", []),
        ("tích cực thực hiện các cam kết, thỏa thuận đã ký", "vi", ["political_trust"]),
        ("triển khai hiệu quả những thỏa thuận đạt được", "vi", ["political_trust"]),
        ("joint work on war-legacy settlement", "en", ["war_legacy"]),
        ("overcoming war legacies", "en", ["war_legacy"]),
        ("cooperate in peacekeeping", "en", ["defence_security"]),
        ("back each other at inter-parliamentary forums", "en", ["political_trust", "multilateral"]),
        (
            "sustain exchanges at all levels and between their peoples",
            "en",
            ["political_trust", "culture_education_people"],
        ),
        ("keep working closely with the incoming Korean administration", "en", ["political_trust"]),
        ("cooperate on Mekong water security", "en", ["non_traditional_security", "multilateral"]),
        ("chữa trị miễn phí cho người Việt nhiễm COVID-19", "vi", ["citizens_community", "health_covid"]),
        ("hỗ trợ công dân Việt Nam đang gặp khó khăn", "vi", ["citizens_community"]),
        # a decoration names no topic
        ("được ủy quyền trao Huân chương Hữu nghị cho Đại sứ", "vi", []),
        ("trao Huân chương Lao động hạng Nhất cho ông Park", "vi", []),
        ("will award the Order of Friendship to the ambassador", "en", []),
        ("tăng cường tình hữu nghị giữa hai dân tộc", "vi", ["culture_education_people"]),
        # round 11 (read after its run)
        ("cùng Hà Nội vun đắp quan hệ Việt - Hàn", "vi", ["political_trust"]),
        ("thúc đẩy quan hệ Việt Nam-Hàn Quốc", "vi", ["political_trust"]),
        ("hỗ trợ nhiều hơn cho lớp trẻ hai nước", "vi", ["culture_education_people"]),
        ("phát huy vai trò nhóm nghị sĩ hữu nghị", "vi", []),
        ("đẩy mạnh hợp tác an ninh kinh tế", "vi", ["non_traditional_security"]),
        ("tăng cường hợp tác an ninh", "vi", ["defence_security"]),
        ("promote visits at high levels", "en", ["political_trust"]),
        ("joint work on the recovery of remains", "en", ["war_legacy"]),
        ("widen contacts through local channels", "en", ["local_cooperation"]),
        ("warmer relations between Korea and the nations of Southeast Asia", "en", ["multilateral"]),
        ("step up trade cooperation, according to Seoul's finance ministry", "en", ["trade"]),
        ("expand energy cooperation, according to trade officials", "en", ["energy"]),
        # technology of another theme's field belongs to that field
        ("phối hợp trong nghiên cứu, sản xuất vắc-xin COVID-19", "vi", ["health_covid"]),
        ("đẩy mạnh chuyển giao công nghệ quốc phòng", "vi", ["defence_security"]),
        ("transfer vaccine production technology", "en", ["health_covid"]),
        ("cooperate on research into and transfer of vaccine production technology", "en", ["health_covid"]),
        ("look into defense technology", "en", ["defence_security"]),
        ("hợp tác chuyển giao công nghệ", "vi", ["science_technology"]),
        ("joint research on batteries", "en", ["science_technology"]),
        # an anniversary is the occasion, not a topic
        ("tổ chức các hoạt động mừng 30 năm lập quan hệ ngoại giao", "vi", []),
        ("tăng cường quan hệ ngoại giao", "vi", ["political_trust"]),
        # a ministry's name is a signatory, not a topic
        (
            "ghi nhớ về năng lượng tái tạo (Bộ Công Thương – Bộ Công nghiệp, Thương mại và Năng lượng Hàn Quốc)",
            "vi",
            ["energy"],
        ),
        (
            "the Ministry of Employment and Labor signed a memorandum on vocational training",
            "en",
            ["culture_education_people"],
        ),
        ("hợp tác giữa cảnh sát Hàn Quốc và Bộ Công an", "vi", ["defence_security"]),
        # ... and so is a minister's title (round 18, read after its run)
        (
            "the memorandum on workers was signed by Minister of Strategy and Finance Kim Dong-yeon",
            "en",
            ["labour"],
        ),
        ("cooperate on finance", "en", ["finance"]),
        ("widen its development aid to Vietnam", "en", ["oda"]),
        ("banking, aid for development and infrastructure", "en", ["oda", "infrastructure", "finance"]),
        ("put money into new factories", "en", ["investment"]),
        ("tạo thuận lợi cho doanh nghiệp nước ngoài", "vi", ["investment"]),
        ("hỗ trợ đầy đủ các dự án tiếp theo của tập đoàn", "vi", ["investment"]),
        ("tạo mọi thuận lợi để Lotte phát triển lâu dài", "vi", ["investment"]),
        ("spend a package of Korean concessional funds", "en", ["oda"]),
        ("jointly fight cross-border gangs and high-tech crime", "en", ["non_traditional_security"]),
        ("fight cross-border crime", "en", ["non_traditional_security"]),
        ("fight narcotics", "en", ["non_traditional_security"]),
        ("stop drug trafficking", "en", ["non_traditional_security"]),
        ("widen work on arms production", "en", ["defence_security"]),
        # a person's title names no topic; what the body does, does
        ("Chủ tịch Quốc hội Woo Won-shik sẽ thúc đẩy hợp tác du lịch", "vi", ["culture_education_people"]),
        ("Bộ trưởng Ngoại giao Kang Kyung-wha đồng ý hợp tác du lịch", "vi", ["culture_education_people"]),
        ("tăng cường hợp tác giữa hai Quốc hội", "vi", ["political_trust"]),
        (
            "National Assembly Chairwoman Nguyen Thi Kim Ngan backed tourism ties",
            "en",
            ["culture_education_people"],
        ),
        ("the Speaker of the National Assembly backed tourism ties", "en", ["culture_education_people"]),
        ("Foreign Minister Park Jin backed tourism ties", "en", ["culture_education_people"]),
        ("closer ties between the two national assemblies", "en", ["political_trust"]),
        (
            "give Korean businesses and residents the best conditions",
            "en",
            ["investment", "citizens_community"],
        ),
        # round 19 (read after its run)
        (
            "thúc đẩy hợp tác trong các lĩnh vực như ngoại giao, an ninh",
            "vi",
            ["political_trust", "defence_security"],
        ),
        ("hợp tác phát triển tàu cao tốc", "vi", ["infrastructure", "high_speed_rail"]),
        ("khuyến khích các tập đoàn tăng vốn vào Việt Nam", "vi", ["investment"]),
        (
            "keep offering businesses the best possible conditions to turn ideas into ventures",
            "en",
            ["investment"],
        ),
        ("safeguard the lawful rights of foreign firms", "en", ["investment"]),
        ("make conditions as favourable as possible for those firms", "en", ["investment"]),
        ("ensure a favourable environment for their member firms", "en", ["investment"]),
        ("carry out the agreements reached by the two countries' top leaders", "en", ["political_trust"]),
        ("carrying out the shared understandings of the top leaders", "en", ["political_trust"]),
        ("work toward closer diplomatic relations", "en", ["political_trust"]),
        ("hold summit talks every year", "en", ["political_trust"]),
        ("keep deepening a partnership built over thirty years", "en", ["political_trust"]),
        ("deepen ties in trade and defence", "en", ["trade", "defence_security"]),
        # an apposition, a reason or a means names no topic
        ("đẩy nhanh hợp tác thương mại, vốn là trụ cột của quan hệ song phương", "vi", ["trade"]),
        ("tăng tốc hợp tác thương mại, nền móng vững chắc của quan hệ hai nước", "vi", ["trade"]),
        ("nâng hạn mức Quỹ Hợp tác phát triển kinh tế (EDCF) cho Việt Nam", "vi", ["oda"]),
        ("bổ sung vốn từ Quỹ Xúc tiến hợp tác kinh tế", "vi", []),
        ("mở rộng hợp tác về nguyên liệu thô", "vi", ["critical_minerals_supply_chains"]),
        ("các ngành tương lai như kỹ thuật số", "vi", ["science_technology"]),
        ("cử phái đoàn sang viếng, xuất phát từ mối quan hệ hai nước", "vi", []),
        ("góp phần phi hạt nhân hóa bán đảo Triều Tiên thông qua đối thoại", "vi", ["korean_peninsula"]),
        # meeting on the sidelines of conferences is a format of contact, not multilateral coordination
        (
            "lãnh đạo gặp nhau mỗi năm, khi bằng chuyến thăm song phương, khi bên lề các hội nghị đa phương",
            "vi",
            ["political_trust"],
        ),
        ("meetings on the sidelines of multilateral events", "en", []),
        ("phối hợp chặt chẽ tại các diễn đàn đa phương", "vi", ["multilateral"]),
        # forums in the plural or regional/international ones are multilateral; a business forum is not
        ("ủng hộ lẫn nhau trên các diễn đàn", "vi", ["multilateral"]),
        ("phối hợp tại diễn đàn khu vực", "vi", ["multilateral"]),
        ("tổ chức diễn đàn doanh nghiệp", "vi", []),
        ("cử đoàn dự diễn đàn kinh tế thường niên", "vi", []),
        ("nâng cấp Phòng giám định ADN của Viện Khoa học hình sự", "vi", ["defence_security"]),
        ("mở rộng hợp tác thực chất trong các lĩnh vực như an ninh", "vi", ["defence_security"]),
        # parliamentary friendship groups and contact channels are political, not people-to-people exchange
        ("deepen the two parliaments' friendship and cooperation", "en", ["political_trust"]),
        ("plans for friendship groups of young parliamentarians", "en", []),
        ("build contacts through Party, State and people-to-people channels", "en", []),
        ("promote friendship between the two peoples", "en", ["culture_education_people"]),
        ("trong các lĩnh vực như an ninh năng lượng", "vi", ["non_traditional_security", "energy"]),
        ("làm cho mối quan hệ đối tác này ngày càng sâu sắc", "vi", ["political_trust"]),
        ("quan hệ đối tác kinh tế", "vi", []),  # an economic partnership is not political trust
        # the sectors an investment goes into are the investment's
        ("draw Korean investment into energy, parts, farming and high-tech industries", "en", ["investment"]),
        (
            "encourage Korean firms to put more money into digital technology and renewable energy",
            "en",
            ["investment"],
        ),
        (
            "help Korean firms put more money into the country, and expand energy cooperation",
            "en",
            ["investment", "energy"],
        ),
        ("hỗ trợ thêm vắc xin và thuốc điều trị", "vi", ["health_covid"]),
        ("chuyển giao công nghệ làm vắc xin", "vi", ["health_covid"]),
        ("more frequent visits by high-ranking delegations", "en", ["political_trust"]),
        ("closer links with Korean political parties", "en", ["political_trust"]),
        # building trust between the two countries is political trust; investors' confidence is not
        ("củng cố lòng tin, tăng hiểu biết giữa hai nước", "vi", ["political_trust"]),
        ("tăng cường tin cậy lẫn nhau", "vi", ["political_trust"]),
        ("củng cố lòng tin của nhà đầu tư", "vi", ["investment"]),
        ("tăng cường hiểu biết giữa nhân dân hai nước", "vi", ["culture_education_people"]),
        ("committed to developing the relationship further", "en", ["political_trust"]),
        # 'nghiên cứu kỹ đề nghị' is to consider a proposal, not research; a value chain is not a supply chain
        ("sẽ nghiên cứu kỹ đề nghị trên", "vi", []),
        ("hợp tác nghiên cứu khoa học", "vi", ["science_technology"]),
        ("tham gia sâu vào chuỗi giá trị toàn cầu", "vi", []),
        ("tăng cường trao đổi cấp cao", "vi", ["political_trust"]),
        # what firms of the other side need to do business is the investment climate
        ("keep giving businesses from the RoK the best conditions", "en", ["investment"]),
        ("go on making it easy for Samsung to operate in the country", "en", ["investment"]),
        ("ease the way for firms doing business in Vietnam", "en", ["investment"]),
        # round 25 (read after its run)
        ("thông qua tuyên bố chung về việc làm sâu sắc quan hệ", "vi", []),  # 'việc làm' is no job here
        ("tạo thêm việc làm cho người dân", "vi", ["labour"]),
        ("the search for soldiers missing in action", "en", ["war_legacy"]),
        ("the clearance of wartime bombs and mines", "en", ["war_legacy"]),
        ("listen to what foreign-invested firms want", "en", ["investment"]),
        ("help businesses out of their difficulties", "en", ["investment"]),
        ("improve the business environment", "en", ["investment"]),
        ("cải thiện điều kiện kinh doanh cho các đơn vị", "vi", ["investment"]),
        ("raise the quality of its workforce", "en", ["culture_education_people"]),
        ("the memoranda are now bearing fruit", "en", []),
        ("help fruit reach the Korean market", "en", ["agriculture_fisheries"]),
        ("thực thi nghiêm túc các nghị quyết trừng phạt", "vi", ["korean_peninsula"]),
        ("enforce the sanctions resolutions", "en", ["korean_peninsula"]),
        ("ủng hộ Busan đăng cai World Expo 2030", "vi", ["multilateral"]),
        ("back the bid to host World Expo 2030 in Busan", "en", ["multilateral"]),
        ("exchange programmes for young intellectuals", "en", ["culture_education_people"]),
        # round 26 (read after its run)
        ("make full use of bilateral and multilateral trade deals", "en", ["trade"]),
        ("coordinate closely at multilateral forums", "en", ["multilateral"]),
        ("give its projects the best possible conditions", "en", ["investment"]),
        ("keep backing the Korean group's projects", "en", ["investment"]),
        ("xúc tiến tổ chức Hội nghị cấp Phó Thủ tướng lần thứ hai", "vi", ["political_trust"]),
        ("tổ chức các hội nghị xúc tiến đầu tư", "vi", ["investment"]),
        ("tháo gỡ vướng mắc về thẻ tạm trú", "vi", ["visas_entry"]),
        ("the two agreed to build stronger ties", "en", ["political_trust"]),
        ("do its utmost to keep relations moving forward", "en", ["political_trust"]),
        # a ministry's name or a minister's title names no topic; a participle giving grounds neither
        ("Phó Thủ tướng kiêm Bộ trưởng Kinh tế - Tài chính Hàn Quốc Koo Yun-cheol", "vi", []),
        ("Nguồn: Bộ Kinh tế - Tài chính Hàn Quốc", "vi", []),
        ("hợp tác tài chính", "vi", ["finance"]),
        ("back the group's projects, citing work to build strategic infrastructure", "en", ["investment"]),
        ("support investors, pointing to openings in renewable energy", "en", ["investment"]),
        ("build strategic infrastructure", "en", ["infrastructure"]),
        ("mở chương trình giao lưu cho 42 em thanh thiếu niên", "vi", ["culture_education_people"]),
        ("tạo thuận lợi cho dòng vốn từ Hàn Quốc", "vi", ["investment"]),
        ("work more closely on minerals", "en", ["critical_minerals_supply_chains"]),
        # round 30 (read after its run)
        ("train workers for the car industry", "en", ["labour", "culture_education_people"]),
        ("train more engineers", "en", ["culture_education_people"]),
        ("cut red tape for companies", "en", ["investment"]),
        ("cam kết gắn bó hơn giữa sức ép thuế quan Mỹ", "vi", []),
        ("pledged closer ties amid US tariff pressure", "en", []),
        ("cam kết sát cánh trong bối cảnh căng thẳng thương mại toàn cầu", "vi", []),
        ("cam kết sát cánh giữa căng thẳng thương mại toàn cầu", "vi", []),
        ("pledged closer ties amid global trade tensions", "en", []),
        ("thuế quan", "vi", ["tax_customs"]),
        ("ký văn bản giao lưu sau đại dịch", "vi", []),
        ("the first such visit since the COVID-19 pandemic", "en", []),
        ("phòng chống đại dịch", "vi", ["health_covid"]),
        # round 31 (read after its run)
        ("bày tỏ lo ngại về mức thuế 46% mà Mỹ vừa áp lên hàng hóa", "vi", []),
        ("coordinate in the face of US tariffs", "en", []),
        ("back each other on international and regional questions", "en", ["multilateral"]),
        ("tích cực hỗ trợ Lotte triển khai các dự án quy mô lớn", "vi", ["investment"]),
        ("tăng cường các chính sách hỗ trợ doanh nghiệp", "vi", []),
        (
            "mở rộng giao lưu giữa chính phủ, chính quyền và người dân hai nước",
            "vi",
            ["culture_education_people"],
        ),
        # rounds 34 and 35 (read after their runs)
        (
            "phối hợp nhằm tăng cường hợp tác an ninh biển",
            "vi",
            ["defence_security", "maritime_south_china_sea"],
        ),
        ("nâng cao năng lực an ninh trên biển", "vi", ["maritime_south_china_sea"]),
        ("hợp tác về lãnh sự", "vi", ["citizens_community"]),
        ("work more closely on regional and international affairs", "en", ["multilateral"]),
        ("cooperation in medicine", "en", ["health"]),
        ("thỏa thuận hợp tác giữa hai chính quyền", "vi", ["local_cooperation"]),
        # round 42 (read after its run): reciprocal tariffs and non-tariff barriers are a trade matter, a tariff
        # preference of the two sides' own agreement a customs one
        ("tìm phương án đối phó với biện pháp thuế đối ứng", "vi", ["trade"]),
        ("giữ liên lạc về thuế quan đối ứng", "vi", ["trade"]),
        ("gỡ bớt rào cản phi thuế quan", "vi", ["trade"]),
        ("hợp tác về thuế quan và hải quan", "vi", ["tax_customs"]),
        ('keep in touch over the "reciprocal" tariffs', "en", ["trade"]),
        ("remove non-tariff barriers", "en", ["trade"]),
        ("claim tariff preferences", "en", ["tax_customs"]),
        ("đôn đốc các bộ, ngành, địa phương thực thi những thỏa thuận", "vi", []),
        ("hợp tác giữa các bộ, ngành, địa phương", "vi", ["local_cooperation"]),
        # a province or city named alone is one side, not cooperation between localities; two
        # locality words joined by 'và'/'với', 'and'/'with', or a plural, are
        ("tỉnh sẽ tạo thuận lợi cho nhà đầu tư", "vi", ["investment"]),
        ("thành phố sẽ hỗ trợ doanh nghiệp Hàn Quốc", "vi", ["investment"]),
        ("the province will back Korean investors", "en", ["investment"]),
        ("the provincial government will back Korean investors", "en", ["investment"]),
        ("hợp tác giữa thành phố Suwon với tỉnh Hải Dương", "vi", ["local_cooperation"]),
        ("hợp tác giữa các tỉnh", "vi", ["local_cooperation"]),
        ("ties between Gangnam District and Binh Duong Province", "en", ["local_cooperation"]),
        ("ties between their provinces", "en", ["local_cooperation"]),
        # round 44 (read after its run): backing the other side's firms is investment, however it is said
        ("sẽ ủng hộ các doanh nghiệp này hết mức", "vi", ["investment"]),
        ("ủng hộ trọn vẹn các doanh nghiệp và công dân Hàn Quốc", "vi", ["investment", "citizens_community"]),
        # backing the firms' projects, or the firms named earlier as 'họ', is investment too
        ("Chính phủ sẽ đồng hành, hỗ trợ để dự án của họ triển khai hiệu quả", "vi", ["investment"]),
        ("Bộ sẽ đồng hành, hỗ trợ họ", "vi", ["investment"]),
        ("cam kết hỗ trợ các dự án hợp tác", "vi", ["investment"]),
        ("bảo đảm dự án của họ vận hành thông suốt", "vi", ["investment"]),
        ("hỗ trợ các nạn nhân", "vi", []),
        # round 64 (read after its run): the partnership a field is measured by, serves or is added to, and
        # the circumstances of a pledge, name no topic; to trade views is to talk
        (
            "mở rộng hợp tác sang đường sắt cao tốc, xứng tầm Đối tác chiến lược toàn diện",
            "vi",
            ["infrastructure", "high_speed_rail"],
        ),
        ("đi đầu về thương mại để góp phần vun đắp quan hệ đối tác chiến lược toàn diện", "vi", ["trade"]),
        (
            "mở rộng quan hệ Đối tác chiến lược toàn diện sang khoa học - công nghệ",
            "vi",
            ["science_technology"],
        ),
        ("củng cố quan hệ đối tác chiến lược trong các lĩnh vực năng lượng", "vi", ["energy"]),
        ("nâng quan hệ lên Đối tác chiến lược toàn diện", "vi", ["political_trust"]),
        (
            "cam kết hợp tác giáo dục giữa lúc thương mại toàn cầu biến động",
            "vi",
            ["culture_education_people"],
        ),
        ("they will trade ideas on education", "en", ["culture_education_people"]),
        # round 65 (read after its run): deeds are no jobs; shipping is no sea security
        ("biến các thỏa thuận thành việc làm cụ thể", "vi", []),
        ("mở rộng hợp tác về văn hóa và hàng hải", "vi", ["culture_education_people"]),
        ("bảo đảm an ninh, an toàn hàng hải ở Biển Đông", "vi", ["maritime_south_china_sea"]),
        ("bảo đảm tự do hàng hải", "vi", ["maritime_south_china_sea"]),
        # round 68 (read after its run): friendship names the relation, not a field; the peoples' is
        # people-to-people exchange
        ("thắt chặt tình hữu nghị", "vi", []),
        ("strengthen the friendship between the two cities", "en", []),
        ("promote friendship between the peoples", "en", ["culture_education_people"]),
        # a local community, residents or a place are no cooperation between localities
        ("hoạt động xã hội vì cộng đồng địa phương", "vi", []),
        ("tạo việc làm cho người dân địa phương", "vi", ["labour"]),
        ("đưa ra sáng kiến tại địa phương", "vi", []),
        ("hợp tác giữa các địa phương hai nước", "vi", ["local_cooperation"]),
        # public-private partnerships and incentives for firms are investment
        ("mở rộng hợp tác công - tư", "vi", ["investment"]),
        ("áp dụng chính sách ưu đãi dành cho doanh nghiệp tỉnh bạn", "vi", ["investment"]),
        ("expand public-private partnerships", "en", ["investment"]),
        ("offer incentives for Korean projects", "en", ["investment"]),
        ("prepare for upcoming exchanges of high-level delegations", "en", ["political_trust"]),
        # round 69 (read after its run): the arts and pupils are culture and education
        ("cử đoàn biểu diễn nghệ thuật", "vi", ["culture_education_people"]),
        ("giao lưu học sinh", "vi", ["culture_education_people"]),
        ("exchanges in the arts", "en", ["culture_education_people"]),
        ("artistic exchanges", "en", ["culture_education_people"]),
        ("exchanges of pupils", "en", ["culture_education_people"]),
        ("visits by schoolchildren", "en", ["culture_education_people"]),
        # round 70 (read after its run): ties or exchanges with a named city or province are local
        ("củng cố quan hệ hữu nghị với TP Tam Kỳ", "vi", ["local_cooperation"]),
        ("mở rộng hợp tác với tỉnh Gyeonggi", "vi", ["local_cooperation"]),
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


def test_an_agreed_assessment_gives_no_theme():
    import vnkr

    found = vnkr.extract_commitments("Hai bên nhất trí cho rằng hợp tác đầu tư đã đạt nhiều kết quả.")
    assert found.empty
    found = vnkr.extract_commitments("Hai bên nhất trí mở rộng hợp tác đầu tư.")
    assert found[["kind", "themes"]].values.tolist() == [["commitment", "investment"]]


@pytest.mark.parametrize(
    "before, agreed, expected",
    [
        (
            "Ông Quảng nói Đà Nẵng quan tâm tới công nghệ thông tin và du lịch.",
            "Hai bên thống nhất sẽ hỗ trợ nhau trong những lĩnh vực đó.",
            ["culture_education_people", "science_technology"],
        ),
        (
            "Lee named semiconductors and tourism as priorities.",
            "They agreed to help each other in those areas.",
            ["culture_education_people", "semiconductors_ai"],
        ),
    ],
)
def test_fields_named_only_as_those_before_take_the_sentence_before(before, agreed, expected):
    from vnkr.extract.scope import committed_themes

    found = committed_themes(f"{before} {agreed}")["themes"]
    assert sorted(found) == expected
    assert committed_themes(agreed)["themes"] == []  # alone, the fields are unnamed


@pytest.mark.parametrize(
    "text, expected",
    [
        # round 68 (read after its run): one field, named earlier in the same sentence
        (
            "Ông Chey nói SK mạnh về năng lượng và cam kết tập đoàn sẽ hợp tác với Việt Nam trong lĩnh vực này.",
            ["energy"],
        ),
        (
            "Chey said SK is strong in semiconductors and pledged to work with Vietnam in this field.",
            ["semiconductors_ai"],
        ),
        # the field named earlier in the sentence wins over the sentence before
        (
            "Hai bên bàn về du lịch. Ông Chey nói SK mạnh về năng lượng và sẽ hợp tác trong lĩnh vực này.",
            ["energy"],
        ),
    ],
)
def test_a_field_named_earlier_in_its_sentence_is_the_one_meant(text, expected):
    from vnkr.extract.scope import committed_themes

    assert committed_themes(text)["themes"] == expected
