"""Cleaning rules, checked on small made-up pages shaped like other Vietnamese news sites."""

from __future__ import annotations

import pytest
from vnkr import paths
from vnkr.ingest.cleaning import clean_text, first_line_title
from vnkr.tables.read import read_text

BODY = (
    "Ngày 5/3, tại Hà Nội, hai Bộ trưởng đã hội đàm về hợp tác thương mại, đầu tư, lao động và giao "
    "lưu nhân dân giữa hai nước."
)
BODY2 = "Hai bên nhất trí phối hợp chặt chẽ tại các diễn đàn đa phương và khu vực."


def rules(removed):
    return [r["rule"] for r in removed]


def test_related_news_heading_removes_everything_after_it():
    page = f"{BODY}\n\nTin liên quan\nThủ tướng tiếp Đại sứ Nhật Bản\nGiá vàng hôm nay tăng mạnh\n"
    clean, removed = clean_text(page)
    assert clean == BODY
    assert rules(removed) == ["related_news"]
    assert (removed[0]["line_start"], removed[0]["line_end"]) == (3, 5)


@pytest.mark.parametrize(
    "link",
    [
        "Tin liên quan: Đồng Nai: hội hữu nghị Việt - Hàn làm cầu nối cho doanh nghiệp",
        ">> Xem thêm: Hai nước đặt mục tiêu mới cho thương mại song phương",
        "Read more: Lotte eyes bigger Vietnam footprint | Mayor: Hanoi speeds up Lotte Mall",
        # an arrow and another story's headline, with no heading word
        ">> Việt Nam, Hàn Quốc hướng tới 150 tỷ USD thương mại hai chiều vào năm 2030",
        "» Giá xăng giảm nhẹ từ 15h chiều 13/7",
        ">>Ha Nam deepens ties with the Republic of Korea",
        "▶ Samsung, LG tính chuyện thương mại hóa robot",
    ],
)
def test_one_related_story_link_inside_the_article_is_dropped_alone(link):
    page = f"{BODY}\n{link}\n{BODY2}"
    clean, removed = clean_text(page)
    assert clean == f"{BODY}\n{BODY2}"
    assert rules(removed) == ["related_link"]


@pytest.mark.parametrize(
    "line",
    [
        "▶ Bài gốc: https://www.ytn-vi-du.kr/_ln/0115_202306141544051120",  # its URL may date the report
        "» Hai bên nhất trí tăng cường hợp tác lao động.",  # a bulleted sentence of the article
    ],
)
def test_an_arrow_line_with_a_link_or_a_sentence_end_is_kept(line):
    clean, removed = clean_text(f"{BODY}\n{line}\n{BODY2}")
    assert clean == f"{BODY}\n{line}\n{BODY2}" and removed == []


def test_a_sentence_about_related_matters_is_article_text():
    line = "Các vấn đề liên quan: hai bên nhất trí tăng cường trao đổi thông tin về lao động."
    clean, removed = clean_text(f"{BODY}\n{line}")
    assert clean == f"{BODY}\n{line}" and removed == []


def test_comment_form_after_the_article_is_removed_as_one_block_per_heading():
    page = f"{BODY}\nCÓ THỂ BẠN QUAN TÂM\n\nÝ kiến bình luận\nHọ và tên\nEmail\nLời bình\n/\nXác thực"
    clean, removed = clean_text(page)
    assert clean == BODY
    assert rules(removed) == ["related_news", "comment_form"]
    assert removed[1]["text"].split("\n") == [
        "Ý kiến bình luận",
        "Họ và tên",
        "Email",
        "Lời bình",
        "/",
        "Xác thực",
    ]


def test_furniture_heading_before_any_article_text_does_not_wipe_the_article():
    clean, removed = clean_text(f"Bình luận\n{BODY}\n{BODY2}")
    assert clean == f"{BODY}\n{BODY2}"
    assert rules(removed) == ["comment_form"]


def test_navigation_bullets_and_widget_labels_are_chrome():
    clean, removed = clean_text(f"Analytic\n  •  \nTrang chủ\n|\n{BODY}")
    assert clean == BODY
    assert set(rules(removed)) == {"site_chrome"}


def test_clock_above_the_headline_is_a_page_clock_and_date_below_it_a_byline():
    page = (
        f"Thứ Hai, ngày 02 tháng 01 năm 2023\nTiêu đề bài viết về hợp tác\n\nThứ tư, 23/06/2021 19:45\n{BODY}"
    )
    clean, removed = clean_text(page)
    assert clean == f"Tiêu đề bài viết về hợp tác\n\n{BODY}"
    assert rules(removed) == ["page_clock", "byline"]


@pytest.mark.parametrize(
    "byline",
    [
        "PV - 14:29, 22/07/2021",
        "Thứ tư, 23/06/2021 19:45",
        "23/06/2021 07:30 (GMT+7)",
        "Cập nhật: 10:15, 05/03/2024",
        "Pháp luật - Minh Anh - 5 giờ trước",
    ],
)
def test_byline_shapes_are_removed(byline):
    clean, removed = clean_text(f"Tiêu đề bài viết về hợp tác\n{byline}\n{BODY}")
    assert byline not in clean and rules(removed) == ["byline"]


def test_photo_captions_and_credits_are_removed():
    page = (
        f"{BODY}\nThủ tướng điện đàm với Thủ tướng Hàn Quốc. Ảnh: VGP/Nhật Bắc\n{BODY2}\n"
        "Tin ảnh: Mạnh Hùng\n(Ảnh: TTXVN)"
    )
    clean, removed = clean_text(page)
    assert clean == f"{BODY}\n{BODY2}"
    assert rules(removed) == ["photo_caption", "photo_credit", "photo_credit"]


def test_line_repeated_verbatim_is_removed_and_points_to_the_first():
    clean, removed = clean_text(f"{BODY}\n\nKhởi hành thăm các đảo\n\nKhởi hành thăm các đảo\n{BODY2}")
    assert clean.count("Khởi hành thăm các đảo") == 1
    assert rules(removed) == ["repeated_line"] and "first at line 3" in removed[0]["reason"]


def test_unpunctuated_line_restating_the_article_is_a_caption_but_the_headline_stays():
    headline = "Hai Bộ trưởng hội đàm tại Hà Nội"
    caption = "Hai Bộ trưởng đã hội đàm về hợp tác thương mại, đầu tư"
    clean, removed = clean_text(f"{headline}\n{caption}\n{BODY}\n{BODY2}")
    assert clean == f"{headline}\n{BODY}\n{BODY2}"
    assert rules(removed) == ["restated_caption"]


def test_unpunctuated_line_with_new_content_is_kept():
    line = "Các văn kiện hợp tác gồm bản ghi nhớ về năng lượng tái tạo"
    clean, _ = clean_text(f"{BODY}\n{line}\n{BODY2}")
    assert line in clean


def test_only_trailing_interviewer_questions_are_removed():
    q1 = "PV: Xin Bộ trưởng cho biết về hợp tác lao động?"
    q2 = "PV:Một nội dung nổi bật là gì? Xin Bộ trưởng cho biết thêm?"
    clean, removed = clean_text(f"{q1}\n{BODY}\n{q2}\n{q2.replace('gì', 'nào')}")
    assert clean == f"{q1}\n{BODY}"
    assert rules(removed) == ["interviewer_question", "interviewer_question"]


def test_date_header_token_is_removed_but_the_sentence_after_it_stays():
    clean, removed = clean_text(f" date 2021-07 {BODY}")
    assert clean == BODY
    assert removed == [
        {
            "line_start": 1,
            "line_end": 1,
            "rule": "date_header",
            "reason": removed[0]["reason"],
            "text": " date 2021-07",
        }
    ]


def test_text_inside_a_line_is_never_changed():
    line = "Tại Trụ sở Chính phủ,\u00a0Thủ tướng  Phạm Minh Chính\u00a0đã điện đàm."
    clean, _ = clean_text(f"  {line}\u00a0 \r")
    assert clean == line


@pytest.mark.parametrize("name", sorted(p.name for p in paths.raw_dir().glob("*.txt")))
def test_cleaning_a_clean_seed_changes_nothing(name):
    clean, _ = clean_text(read_text(paths.raw_dir() / name))
    again, removed = clean_text(clean)
    assert again == clean and removed == []


def test_title_is_the_first_line_only_when_it_reads_as_a_headline():
    assert (
        first_line_title(f"Việt Nam - Hàn Quốc hợp tác vaccine\n{BODY}")
        == "Việt Nam - Hàn Quốc hợp tác vaccine"
    )
    assert first_line_title(f"{BODY}\n{BODY2}") is None
    assert first_line_title("Một là, thúc đẩy hơn nữa các chuyến thăm;\nHai là, ...") is None


def test_weekday_and_long_date_below_the_article_is_a_page_clock_not_a_byline():
    clean, removed = clean_text(f"{BODY}\n{BODY2}\nThứ Sáu, ngày 23 tháng 08 năm 2019")
    assert clean == f"{BODY}\n{BODY2}" and rules(removed) == ["page_clock"]


def test_a_dated_source_credit_in_brackets_below_the_text_is_a_late_byline():
    paragraphs = "\n".join(f"Đoạn {i}: {BODY} {BODY2}" for i in range(4))
    clean, removed = clean_text(f"Tiêu đề bài viết về hợp tác\n{paragraphs}\n(Theo Yonhap, 10.7.2024)")
    assert rules(removed) == ["late_byline"] and removed[0]["text"].strip() == "(Theo Yonhap, 10.7.2024)"
    # a bracket inside a sentence is no credit line
    clean, removed = clean_text(
        f"Tiêu đề\n{BODY}\n(Hai bên ký thỏa thuận ngày 10.7.2024, tại Hà Nội, sau hội đàm.)"
    )
    assert rules(removed) == []


def test_date_line_after_600_characters_of_text_is_no_byline():
    paragraphs = "\n".join(f"Đoạn {i}: {BODY} {BODY2}" for i in range(4))
    page = f"Tiêu đề bài viết về hợp tác\n{paragraphs}\nPV - 14:29, 22/07/2021"
    assert len(paragraphs) > 600
    clean, removed = clean_text(page)
    assert rules(removed) == ["late_byline"] and removed[0]["line_start"] == 6
