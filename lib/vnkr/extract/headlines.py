"""Headlines that give one person's words: their rows commit the meeting to nothing."""

from __future__ import annotations

import re

from .switches import rule_on

# a headline that gives one person's words: 'Phó Thủ tướng Hàn Quốc: Thương mại … có thể cán mốc …',
# 'President Moon: Korea and Vietnam will …', or a quote after the colon ('… gặp …: "Cùng hướng tới …"')
HEADLINE_MAX_CHARS = 200
HEADLINE_LINES = 3  # the headline and a subheading, under a section line
SPEAKER_RE = re.compile(
    r"^(?P<who>[^:\n\"“]{3,60}?):\s*(?P<claim>\S[^\n]*)$",
)
SPEAKER_TITLE_RE = re.compile(
    r"\b(?:tổng thống|thủ tướng|chủ tịch|bộ trưởng|đại sứ|tổng bí thư|thứ trưởng|thị trưởng|tỉnh trưởng|ông|bà"
    r"|president|prime minister|premier|minister|ambassador|chairman|chairwoman|governor|mayor|pm)\b",
    re.IGNORECASE,
)
QUOTED_CLAIM_RE = re.compile(r"^[\"“'‘].*[\"”'’]$")


def without_speaker_headline(clean: str, found: list) -> list:
    """Without the rows of a headline that gives one person's words (rule ``speaker_headline``): a
    speaker and a colon before the claim (``Phó Thủ tướng Hàn Quốc: Thương mại Việt - Hàn có thể cán
    mốc 100 tỷ USD``), or a quoted claim after the colon (``Tổng thống Yoon gặp Thủ tướng: "Cùng hướng
    tới …"``). The body says what was agreed; ``Thượng đỉnh Việt - Hàn đầu tiên: nhắm …`` (no speaker)
    keeps its rows."""
    if not rule_on("speaker_headline") or not found:
        return found
    spans, pos = [], 0
    for line in clean.split("\n")[:HEADLINE_LINES]:  # a section line may stand above the headline
        start, pos = pos, pos + len(line) + 1
        if len(line) > HEADLINE_MAX_CHARS or line.rstrip().endswith(".") or not (m := SPEAKER_RE.match(line)):
            continue
        if SPEAKER_TITLE_RE.search(m.group("who")) or QUOTED_CLAIM_RE.match(m.group("claim").strip()):
            spans.append((start, start + len(line)))
    return [row for row in found if not any(a <= row[0] < b for a, b in spans)]
