"""What news pages put around an article, as the cleaning rules (:mod:`vnkr.ingest.cleaning`) look
for it: headings that start "related news" and comment blocks, site-chrome words, the shapes of
bylines, page clocks, photo credits and captions, and the reason given for each rule.
"""

from __future__ import annotations

import re

# --------------------------------------------------------------------------- vocabulary
# Headings that start the page furniture below an article. Everything from such a heading to the
# end of the page is removed: what follows is other stories' headlines or a comment form.
RELATED_MARKERS = frozenset(
    {
        "có thể bạn quan tâm",
        "tin nổi bật trang chủ",
        "tin liên quan",
        "bài liên quan",
        "tin bài liên quan",
        "bài viết liên quan",
        "tin tức liên quan",
        "tin cùng chuyên mục",
        "cùng chuyên mục",
        "tin khác",
        "các tin khác",
        "tin mới nhất",
        "tin mới",
        "tin đọc nhiều",
        "đọc nhiều nhất",
        "xem nhiều nhất",
        "xem thêm",
        "đọc thêm",
        "tin nổi bật",
        "có thể bạn muốn xem",
    }
)
COMMENT_MARKERS = frozenset(
    {
        "ý kiến bình luận",
        "ý kiến độc giả",
        "ý kiến của bạn",
        "ý kiến bạn đọc",
        "gửi bình luận",
        "viết bình luận",
        "bình luận",
        "gửi ý kiến",
    }
)
# Labels of comment-form fields; removed wherever they stand alone on a line.
COMMENT_FIELDS = COMMENT_MARKERS | frozenset(
    {
        "họ và tên",
        "họ tên",
        "email",
        "e-mail",
        "lời bình",
        "nội dung",
        "xác thực",
        "mã bảo mật",
        "mã xác nhận",
        "mã xác thực",
        "captcha",
        "gửi",
        "hủy",
        "huỷ",
    }
)
# Site chrome: widget labels and navigation words that stand alone on a line.
CHROME_WORDS = frozenset(
    {
        "analytic",
        "analytics",
        "trang chủ",
        "chia sẻ",
        "in bài",
        "in bài viết",
        "gửi bài",
        "bản in",
        "quay lại",
        "trở lại",
        "về đầu trang",
        "lên đầu trang",
        "theo dõi",
        "facebook",
        "twitter",
        "zalo",
        "tweet",
        "like",
        "share",
        "print",
        "menu",
        "tìm kiếm",
        "đăng nhập",
        "đăng ký",
    }
)

_WEEKDAY = r"(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật|cn)"
_TIME = r"\d{1,2}(?::|h)\d{2}(?::\d{2})?(?:\s*(?:AM|PM|SA|CH))?"
_SHORT_DATE = r"\d{1,2}[/.-]\d{1,2}[/.-]\d{4}"
_LONG_DATE = r"ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}"
_GMT = r"(?:\s*\(?GMT\s*[+-]\s*\d{1,2}\)?)?"

HEADER_DATE_RE = re.compile(r"^\s*date\s+(\d{4}-\d{2}(?:-\d{2})?)(?=\s|$)\s*")
# A line that is only a date (optionally weekday, time, author prefix): a byline or a page clock.
# ... or a source credit in brackets at the foot ('(Theo Yonhap, 10.7.2024)')
DATE_LINE_RE = re.compile(
    rf"^\(?(?:(?P<prefix>[^\d.!?]{{0,60}}?)\s*[-–|,:]\s*)?"
    rf"(?:{_WEEKDAY}\s*[,-]?\s*)?(?:{_TIME}\s*[,-]?\s*)?(?:ngày\s+)?"
    rf"(?P<date>{_SHORT_DATE}|{_LONG_DATE})"
    rf"(?:\s*[,-]?\s*{_TIME})?{_GMT}\)?$",
    re.IGNORECASE,
)
LONG_DATE_RE = re.compile(_LONG_DATE, re.IGNORECASE)
# The site's clock has a shape bylines do not use: a weekday and 'ngày … tháng … năm …', often with
# the time ("Thứ Sáu, ngày 23 tháng 08 năm 2019, 09:25:27"); wherever it stands it is the clock.
CLOCK_SHAPE_RE = re.compile(rf"{_WEEKDAY}\W+{_LONG_DATE}", re.IGNORECASE)
# A byline stands above the article body (under the headline, maybe after a lead paragraph); a
# byline-shaped date after this many characters of article text is a footer or another story's date.
BYLINE_MAX_CHARS_ABOVE = 600
SECONDS_RE = re.compile(r"\d{1,2}:\d{2}:\d{2}")
RELATIVE_BYLINE_RE = re.compile(
    r"^.{0,80}\s[-–]\s*\d+\s+(?:giây|phút|giờ|ngày|tuần|tháng)\s+trước$", re.IGNORECASE
)
PHOTO_CREDIT_RE = re.compile(
    r"^\(?(?:tin\s+ảnh|ảnh|nguồn\s+ảnh|ảnh\s+minh\s+họa|ảnh\s+minh\s+hoạ|video|đồ\s+họa|đồ\s+hoạ|clip)"
    r"\s*:\s*\S.{0,80}$",
    re.IGNORECASE,
)
PHOTO_CAPTION_RE = re.compile(
    r"(?:^|[\s.(])\(?ảnh(?:\s+minh\s+ho[ạa])?\s*:\s*[^.!?]{1,60}\)?$", re.IGNORECASE
)
QUESTION_RE = re.compile(r"^(?:PV|Phóng\s+viên)\s*[:：]", re.IGNORECASE)
NO_LETTERS_RE = re.compile(r"^[\W_]+$")
WORD_RE = re.compile(r"\w+")
TERMINAL = frozenset(".!?…;:\"”’'»)]")

# One related-story link inside the article: a related-news heading, a colon and another story's headline on
# the same line ('Tin liên quan: Đồng Nai: …', 'Read more: Lotte eyes …'); only that line is dropped.
RELATED_LINK_RE = re.compile(
    r"\s*(?:>>|»|▶|►)?\s*(?:"
    + "|".join(
        sorted(RELATED_MARKERS | {"read more", "related", "related news", "see also"}, key=len, reverse=True)
    )
    + r")\s*[:»>]",
    re.IGNORECASE,
)
# A bare related-story link: an arrow and another story's headline with no heading word ('>> Việt Nam,
# Hàn Quốc hướng tới …', '» Giá xăng giảm …', '>>Ha Nam deepens ties …'). A headline has no sentence
# end; a line carrying a link ('▶ Bài gốc: https://…') is left alone, its URL may date the report.
ARROW_HEADLINE_RE = re.compile(r"\s*(?:>>|»|▶|►)\s*(?!.*://)\S.*[^.!?…;:\s]\s*$")

REASONS = {
    "date_header": "dataset header token ' date YYYY-MM[-DD]' (kept as metadata, not article text)",
    "site_chrome": "site chrome / navigation (widget label, bullet or separator line)",
    "page_clock": "page clock: the site's current date shown above the headline, not the article's",
    "byline": "byline (author / publication time); used for dating, not article text",
    "late_byline": (
        "byline-shaped date below the article text (a footer or another story's date); "
        "dates the article only when no header or byline above the text does"
    ),
    "comment_form": "reader-comment form",
    "related_news": "related-news block and the unrelated headlines after it",
    "related_link": "one related-story link inside the article ('Tin liên quan: …'): another story's headline",
    "photo_credit": "photo credit line",
    "photo_caption": "photo caption (ends with an 'Ảnh: …' credit)",
    "restated_caption": "unpunctuated line restating article text (a photo caption)",
    "repeated_line": "verbatim repeat of an earlier line (duplicated caption or headline)",
    "interviewer_question": "trailing interviewer question with no answer in the text",
}
