"""Boilerplate removal for Vietnamese news pages: keep the article, log every block removed and why.

The rules look at the *shape* of a line (a comment-form label, a bullet, a clock, a photo credit, a
"related news" heading, a line restating the article without punctuation), never at offsets into a
particular file, so they carry over to other Vietnamese news pages. :func:`clean_text` applies them
until nothing more changes, which makes it idempotent; each removed block is reported with its
1-based line range in the text given, the rule and a human-readable reason.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from .furniture import (
    ARROW_HEADLINE_RE,
    BYLINE_MAX_CHARS_ABOVE,
    CHROME_WORDS,
    CLOCK_SHAPE_RE,
    COMMENT_FIELDS,
    COMMENT_MARKERS,
    DATE_LINE_RE,
    HEADER_DATE_RE,
    LONG_DATE_RE,
    NO_LETTERS_RE,
    PHOTO_CAPTION_RE,
    PHOTO_CREDIT_RE,
    QUESTION_RE,
    REASONS,
    RELATED_LINK_RE,
    RELATED_MARKERS,
    RELATIVE_BYLINE_RE,
    SECONDS_RE,
    TERMINAL,
    WORD_RE,
)


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
        self.removed.append(
            {
                "line_start": rows[0][0],
                "line_end": rows[-1][0],
                "rule": rule,
                "reason": reason or REASONS[rule],
                "text": "\n".join(r[1] for r in rows if r[1]),
            }
        )
        dropped = {id(r) for r in rows}
        self.lines = [ln for ln in self.lines if id(ln) not in dropped]


def _rule_header(page: _Page) -> None:
    kept = page.kept()
    if not kept:
        return
    first = kept[0]
    m = HEADER_DATE_RE.match(first[1])
    if m:
        page.removed.append(
            {
                "line_start": first[0],
                "line_end": first[0],
                "rule": "date_header",
                "reason": REASONS["date_header"],
                "text": f" date {m.group(1)}",
            }
        )
        first[1] = first[1][m.end() :].strip()


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
    if len(s) <= 300 and RELATED_LINK_RE.match(s):
        return "related_link"
    if len(s) <= 200 and ARROW_HEADLINE_RE.match(s):
        return "related_link"
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
            page.drop([ln], "repeated_line", f"{REASONS['repeated_line']}; first at line {first_seen[ln[1]]}")
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
            ws = (
                words[ln[1]] if ln[1] in words else words.setdefault(ln[1], WORD_RE.findall(ln[1].casefold()))
            )
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
            page.drop(
                [ln],
                "restated_caption",
                f"{REASONS['restated_caption']}: {shared}/{len(own)} of its word pairs occur in other lines",
            )
            counts.subtract(own)


RULES = (
    _rule_header,
    _rule_tail,
    _rule_lines,
    _rule_repeats,
    _rule_trailing_questions,
    _rule_restated_captions,
)


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
    if (
        not rest.strip()
        or not first
        or len(first) > max_chars
        or first[-1] in ".…;:,"
        or len(WORD_RE.findall(first)) < 3
    ):
        return None
    return first
