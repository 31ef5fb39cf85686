"""Boilerplate removal for Vietnamese news pages: keep the article, log every block removed and why.

The rules look at the *shape* of a line (a comment-form label, a bullet, a clock, a photo credit, a
"related news" heading, a line restating the article without punctuation), never at offsets into a
particular file, so they carry over to other Vietnamese news pages. :func:`clean_text` applies them
until nothing more changes, which makes it idempotent; each removed block is reported with its
1-based line range in the text given, the rule and a human-readable reason.
"""
from __future__ import annotations

import re
from collections import Counter
from typing import Iterable

# --------------------------------------------------------------------------- vocabulary
# Headings that start the page furniture below an article. Everything from such a heading to the
# end of the page is removed: what follows is other stories' headlines or a comment form.
RELATED_MARKERS = frozenset({
    "có thể bạn quan tâm", "tin nổi bật trang chủ", "tin liên quan", "bài liên quan",
    "tin bài liên quan", "bài viết liên quan", "tin tức liên quan", "tin cùng chuyên mục",
    "cùng chuyên mục", "tin khác", "các tin khác", "tin mới nhất", "tin mới", "tin đọc nhiều",
    "đọc nhiều nhất", "xem nhiều nhất", "xem thêm", "đọc thêm", "tin nổi bật", "có thể bạn muốn xem",
})
COMMENT_MARKERS = frozenset({
    "ý kiến bình luận", "ý kiến độc giả", "ý kiến của bạn", "ý kiến bạn đọc", "gửi bình luận",
    "viết bình luận", "bình luận", "gửi ý kiến",
})
# Labels of comment-form fields; removed wherever they stand alone on a line.
COMMENT_FIELDS = COMMENT_MARKERS | frozenset({
    "họ và tên", "họ tên", "email", "e-mail", "lời bình", "nội dung", "xác thực", "mã bảo mật",
    "mã xác nhận", "mã xác thực", "captcha", "gửi", "hủy", "huỷ",
})
# Site chrome: widget labels and navigation words that stand alone on a line.
CHROME_WORDS = frozenset({
    "analytic", "analytics", "trang chủ", "chia sẻ", "in bài", "in bài viết", "gửi bài", "bản in",
    "quay lại", "trở lại", "về đầu trang", "lên đầu trang", "theo dõi", "facebook", "twitter",
    "zalo", "tweet", "like", "share", "print", "menu", "tìm kiếm", "đăng nhập", "đăng ký",
})

_WEEKDAY = r"(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật|cn)"
_TIME = r"\d{1,2}(?::|h)\d{2}(?::\d{2})?(?:\s*(?:AM|PM|SA|CH))?"
_SHORT_DATE = r"\d{1,2}[/.-]\d{1,2}[/.-]\d{4}"
_LONG_DATE = r"ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}"
_GMT = r"(?:\s*\(?GMT\s*[+-]\s*\d{1,2}\)?)?"

HEADER_DATE_RE = re.compile(r"^\s*date\s+(\d{4}-\d{2}(?:-\d{2})?)(?=\s|$)\s*")
# A line that is only a date (optionally weekday, time, author prefix): a byline or a page clock.
DATE_LINE_RE = re.compile(
    rf"^(?:(?P<prefix>[^\d.!?]{{0,60}}?)\s*[-–|,:]\s*)?"
    rf"(?:{_WEEKDAY}\s*[,-]?\s*)?(?:{_TIME}\s*[,-]?\s*)?(?:ngày\s+)?"
    rf"(?P<date>{_SHORT_DATE}|{_LONG_DATE})"
    rf"(?:\s*[,-]?\s*{_TIME})?{_GMT}$",
    re.IGNORECASE)
LONG_DATE_RE = re.compile(_LONG_DATE, re.IGNORECASE)
# The site's clock has a shape bylines do not use: a weekday and 'ngày … tháng … năm …', often with
# the time ("Thứ Sáu, ngày 23 tháng 08 năm 2019, 09:25:27"); wherever it stands it is the clock.
CLOCK_SHAPE_RE = re.compile(rf"{_WEEKDAY}\W+{_LONG_DATE}", re.IGNORECASE)
# A byline stands above the article body (under the headline, maybe after a lead paragraph); a
# byline-shaped date after this many characters of article text is a footer or another story's date.
BYLINE_MAX_CHARS_ABOVE = 600
SECONDS_RE = re.compile(r"\d{1,2}:\d{2}:\d{2}")
RELATIVE_BYLINE_RE = re.compile(r"^.{0,80}\s[-–]\s*\d+\s+(?:giây|phút|giờ|ngày|tuần|tháng)\s+trước$",
                                re.IGNORECASE)
PHOTO_CREDIT_RE = re.compile(
    r"^\(?(?:tin\s+ảnh|ảnh|nguồn\s+ảnh|ảnh\s+minh\s+họa|ảnh\s+minh\s+hoạ|video|đồ\s+họa|đồ\s+hoạ|clip)"
    r"\s*:\s*\S.{0,80}$", re.IGNORECASE)
PHOTO_CAPTION_RE = re.compile(r"(?:^|[\s.(])\(?ảnh(?:\s+minh\s+ho[ạa])?\s*:\s*[^.!?]{1,60}\)?$",
                              re.IGNORECASE)
QUESTION_RE = re.compile(r"^(?:PV|Phóng\s+viên)\s*[:：]", re.IGNORECASE)
NO_LETTERS_RE = re.compile(r"^[\W_]+$")
WORD_RE = re.compile(r"\w+")
TERMINAL = frozenset('.!?…;:"”’\'»)]')

REASONS = {
    "date_header": "dataset header token ' date YYYY-MM[-DD]' (kept as metadata, not article text)",
    "site_chrome": "site chrome / navigation (widget label, bullet or separator line)",
    "page_clock": "page clock: the site's current date shown above the headline, not the article's",
    "byline": "byline (author / publication time); used for dating, not article text",
    "late_byline": ("byline-shaped date below the article text (a footer or another story's date); "
                    "dates the article only when no header or byline above the text does"),
    "comment_form": "reader-comment form",
    "related_news": "related-news block and the unrelated headlines after it",
    "photo_credit": "photo credit line",
    "photo_caption": "photo caption (ends with an 'Ảnh: …' credit)",
    "restated_caption": "unpunctuated line restating article text (a photo caption)",
    "repeated_line": "verbatim repeat of an earlier line (duplicated caption or headline)",
    "interviewer_question": "trailing interviewer question with no answer in the text",
}


def _key(line: str) -> str:
    """A line as a label: stripped, case-folded, without trailing ':' or '*'. Labels are short, so a
    long line is no label: returning '' for it skips the case-folding of every paragraph."""
    if len(line) > 40:
        return ""
    return line.strip().rstrip(":*：").strip().casefold()


def _ends_sentence(line: str) -> bool:
    return bool(line) and line[-1] in TERMINAL


class _Page:
    """Lines of one text with their 1-based numbers, and what has been removed so far."""

    def __init__(self, text: str):
        self.lines = [[i + 1, s.strip()] for i, s in enumerate(text.split("\n"))]
        self.removed: list[dict] = []
        # Per-line results that depend on the line alone; the rules run again until nothing changes,
        # and the repeat passes then cost dictionary look-ups instead of regexes.
        self.shapes: dict[str, str | None] = {}
        self.bigrams: dict[str, set] = {}
        self.words: dict[str, list[str]] = {}  # line -> its case-folded words
        self.n_words: dict[str, int] = {}

    def kept(self) -> list[list]:
        return [ln for ln in self.lines if ln[1]]

    def drop(self, rows: Iterable[list], rule: str, reason: str | None = None) -> None:
        rows = list(rows)
        if not rows:
            return
        self.removed.append({"line_start": rows[0][0], "line_end": rows[-1][0], "rule": rule,
                             "reason": reason or REASONS[rule],
                             "text": "\n".join(r[1] for r in rows if r[1])})
        dropped = {id(r) for r in rows}
        self.lines = [ln for ln in self.lines if id(ln) not in dropped]


def _rule_header(page: _Page) -> None:
    kept = page.kept()
    if not kept:
        return
    first = kept[0]
    m = HEADER_DATE_RE.match(first[1])
    if m:
        page.removed.append({"line_start": first[0], "line_end": first[0], "rule": "date_header",
                             "reason": REASONS["date_header"], "text": f" date {m.group(1)}"})
        first[1] = first[1][m.end():].strip()


def _rule_tail(page: _Page) -> None:
    """Cut from the first furniture heading that follows some article text to the end of the page."""
    kept = page.kept()
    seen_text = False
    for pos, ln in enumerate(kept):
        if len(ln[1]) > 40:  # no heading (see _key); the common case, tested without a call
            if len(ln[1]) >= 80:
                seen_text = True
            continue
        key = _key(ln[1])
        if key in RELATED_MARKERS or key in COMMENT_MARKERS:
            if not seen_text:
                continue  # a heading before any article text is handled as a lone label
            tail = kept[pos:]
            block: list[list] = []
            for row in tail:  # one logged block per heading, so the audit says what each part was
                k = _key(row[1])
                if block and (k in RELATED_MARKERS or k in COMMENT_MARKERS):
                    _drop_tail_block(page, block)
                    block = []
                block.append(row)
            _drop_tail_block(page, block)
            return
        if len(ln[1]) >= 80:
            seen_text = True


def _drop_tail_block(page: _Page, block: list[list]) -> None:
    head = block[0][1]
    rule = "comment_form" if _key(head) in COMMENT_MARKERS else "related_news"
    what = "reader-comment form" if rule == "comment_form" else "related-news block"
    page.drop(block, rule, f"{what} starting '{head}' and everything after it (page furniture)")


def _line_shape(s: str) -> str | None:
    """What a line is by itself: a rule name, ``'date'`` / ``'date_clocklike'`` / ``'clock'`` for a
    date line (page clock or byline, which depends on where it stands), or None for text."""
    key = _key(s)
    if key in CHROME_WORDS or NO_LETTERS_RE.match(s):
        return "site_chrome"
    if key in COMMENT_FIELDS:
        return "comment_form"
    if len(s) <= 120:  # bylines, clocks and credits are short: long lines skip these regexes
        if DATE_LINE_RE.match(s):
            if CLOCK_SHAPE_RE.search(s):
                return "clock"
            return "date_clocklike" if (LONG_DATE_RE.search(s) or SECONDS_RE.search(s)) else "date"
        if RELATIVE_BYLINE_RE.match(s):
            return "byline"
        if PHOTO_CREDIT_RE.match(s):
            return "photo_credit"
    if len(s) <= 400 and ":" in s[-80:] and PHOTO_CAPTION_RE.search(s):
        return "photo_caption"
    return None


def _rule_lines(page: _Page) -> None:
    """One-line rules: chrome, form labels, clocks, bylines, photo credits and captions."""
    seen_content, chars_above = False, 0
    shapes = page.shapes
    for ln in list(page.kept()):
        s = ln[1]
        rule = shapes[s] if s in shapes else shapes.setdefault(s, _line_shape(s))
        if rule in ("clock", "date_clocklike", "date"):
            # Above the headline, a long-form or to-the-second date is the site's clock.
            if rule == "clock" or (rule == "date_clocklike" and not seen_content):
                rule = "page_clock"
            else:
                rule = "byline" if chars_above < BYLINE_MAX_CHARS_ABOVE else "late_byline"
        if rule:
            page.drop([ln], rule)
        else:
            seen_content, chars_above = True, chars_above + len(s)


def _rule_repeats(page: _Page) -> None:
    first_seen: dict[str, int] = {}
    for ln in list(page.kept()):
        if ln[1] in first_seen:
            page.drop([ln], "repeated_line",
                      f"{REASONS['repeated_line']}; first at line {first_seen[ln[1]]}")
        else:
            first_seen[ln[1]] = ln[0]


def _rule_trailing_questions(page: _Page) -> None:
    while True:
        kept = page.kept()
        if not kept or not (QUESTION_RE.match(kept[-1][1]) and kept[-1][1].endswith("?")):
            return
        page.drop([kept[-1]], "interviewer_question")


def _rule_restated_captions(page: _Page, min_share: float = 0.8) -> None:
    """Drop short unpunctuated lines whose word pairs almost all occur elsewhere in the article.

    A caption under a photo restates the article ("Bộ trưởng … hội đàm với …") without a full stop;
    a headline does the same, so the first line (the headline) is never considered.
    """
    kept = page.kept()
    if len(kept) < 3:
        return
    n_words = page.n_words
    candidates = []
    for ln in kept[1:]:
        s = ln[1]
        if not _ends_sentence(s) and len(s) <= 300 and not s.startswith(("-", "•", "+")):
            if s not in n_words:
                n_words[s] = len(WORD_RE.findall(s))
            if n_words[s] >= 4:
                candidates.append(ln)
    if not candidates:
        return
    cache, words = page.bigrams, page.words
    for ln in kept:
        if ln[1] not in cache:
            ws = words[ln[1]] if ln[1] in words else words.setdefault(ln[1], WORD_RE.findall(ln[1].casefold()))
            cache[ln[1]] = set(zip(ws, ws[1:]))
    # in how many lines each word pair occurs (Counter.update counts each line's set in C)
    counts = Counter()
    for ln in kept:
        counts.update(cache[ln[1]])
    for ln in candidates:
        own = cache[ln[1]]
        if not own:
            continue
        # a bigram occurs "elsewhere" if some other line has it too
        shared = sum(1 for bg in own if counts[bg] > 1)
        if shared / len(own) >= min_share:
            page.drop([ln], "restated_caption",
                      f"{REASONS['restated_caption']}: {shared}/{len(own)} of its word pairs occur "
                      f"in other lines")
            counts.subtract(own)


RULES = (_rule_header, _rule_tail, _rule_lines, _rule_repeats, _rule_trailing_questions,
         _rule_restated_captions)


def clean_text(text: str) -> tuple[str, list[dict]]:
    """Remove page boilerplate from an article; return ``(clean, removed_blocks)``; see
    :func:`clean_text_and_words`."""
    clean, removed, _ = clean_text_and_words(text)
    return clean, removed


def clean_text_and_words(text: str) -> tuple[str, list[dict], list[str]]:
    """Remove page boilerplate from an article; return ``(clean, removed_blocks, words)``.

    ``words`` are the clean text's case-folded words (``\\w+``) in order, as duplicate detection
    needs them. ``text`` is NFC with ``\\n`` line endings (see :func:`vnkr.corpus.read_text`). Each removed block is
    a dict ``line_start, line_end, rule, reason, text`` with 1-based lines of ``text``. Lines are
    stripped and runs of blank lines collapse to one; characters inside a line are never changed, so
    quotes taken from the clean text are verbatim substrings of the raw page. Idempotent.

    >>> clean, removed, words = clean_text_and_words("Analytic\\nHai bên nhất trí.\\nÝ kiến bình luận\\nHọ và tên")
    >>> clean, [r["rule"] for r in removed], words
    ('Hai bên nhất trí.', ['site_chrome', 'comment_form', 'comment_form'], ['hai', 'bên', 'nhất', 'trí'])
    """
    page = _Page(text)
    for _ in range(10):  # rules can uncover one another (a caption under a removed byline, ...)
        before = len(page.removed)
        for rule in RULES:
            rule(page)
        if len(page.removed) == before:
            break
    out: list[str] = []
    for _, s in page.lines:
        if s or (out and out[-1]):
            out.append(s)
    while out and not out[-1]:
        out.pop()
    page.removed.sort(key=lambda r: (r["line_start"], r["line_end"]))
    # The clean text's case-folded words, for duplicate detection: words never cross a line break,
    # so they are the lines' words in order, most already split by the caption rule.
    words: list[str] = []
    for s in out:
        if s:
            words += page.words[s] if s in page.words else WORD_RE.findall(s.casefold())
    return "\n".join(out), page.removed, words


def first_line_title(clean: str, max_chars: int = 250) -> str | None:
    """The headline: the first line of the clean text if it reads as a title, not a sentence.

    >>> first_line_title("Việt Nam - Hàn Quốc hợp tác vaccine\\nNgày 22/7, hai bên ...")
    'Việt Nam - Hàn Quốc hợp tác vaccine'
    """
    first, _, rest = clean.partition("\n")
    first = first.strip()
    if (not rest.strip() or not first or len(first) > max_chars or first[-1] in ".…;:,"
            or len(WORD_RE.findall(first)) < 3):
        return None
    return first
