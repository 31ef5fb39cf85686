"""The extraction rules: where in an article a commitment, a request or a signed document is stated.

Rules, not a model: ordinal enumerations (``Thứ nhất, …``, ``Một là, …``), bullet lists and
``chứng kiến lễ ký …`` mentions of signed documents, and the clauses (split at ';') that follow
``nhất trí`` / ``thống nhất`` / ``cam kết`` / ``quyết tâm`` / ``chia sẻ tầm nhìn``; clauses after
``đề nghị`` (or a wish addressed to the other side) are requests. :func:`rule_rows` returns candidate
spans; :mod:`vnkr.extract.commitments` keeps those that match a theme.

>>> text = "Hai bên nhất trí tăng cường đầu tư; mở rộng thương mại."
>>> [(text[a:b], kind) for a, b, kind in rule_rows(text)]
[('tăng cường đầu tư', 'commitment'), ('mở rộng thương mại', 'commitment')]
"""

from __future__ import annotations

import re

from . import lexicon
from .switches import rule_on

_ORDINALS_THU = ["nhất", "hai", "ba", "tư", "năm", "sáu", "bảy", "tám", "chín", "mười"]
_ORDINALS_LA = ["Một", "Hai", "Ba", "Bốn", "Năm", "Sáu", "Bảy", "Tám", "Chín", "Mười"]
# capitalised marker followed by a comma; "Thứ tư, 23/06/2021" (a weekday) is excluded below by
# requiring the markers to form a run that starts at one
_ENUM_RX = re.compile(
    r"\b(?:Thứ (?P<thu>" + "|".join(_ORDINALS_THU) + r")|(?P<la>" + "|".join(_ORDINALS_LA) + r") là)\s*,\s*"
)
_DOC_TYPES = (
    r"(?:Biên bản ghi nhớ|Bản ghi nhớ|Biên bản thỏa thuận|Biên bản thoả thuận|Biên bản|"
    r"Thỏa thuận|Thoả thuận|Hiệp định|Nghị định thư|Tuyên bố chung|Kế hoạch hành động|"
    r"Chương trình hợp tác|Hợp đồng|Ý định thư)"
)
_BULLET_RX = re.compile(r"(?m)^[ \t]*[-–•+*][ \t]+(?=" + _DOC_TYPES + r")")
_WITNESS_RX = re.compile(
    r"chứng kiến (?:lễ |Lễ )?(?:ký kết|ký|trao|trao đổi) (?:các |văn kiện )?(?=" + _DOC_TYPES + ")",
    re.IGNORECASE,
)
# 'thống nhất' is also the noun 'unification' (phi hạt nhân hóa và thống nhất hòa bình trên Bán đảo
# Triều Tiên, sự thống nhất) and part of a name (Bộ Thống nhất, Ủy ban Đối ngoại - Thống nhất): then it
# is no agreement (as the 'agree' row of data/lexicon/stance.csv)
_NOT_UNIFICATION = (
    r"(?<!sự )(?<!tái )(?<!bộ )(?<!ngoại - )(?<!ngoại – )(?<!ngoại và )(?<!dinh )"
    r"thống nhất(?! hòa bình| hoà bình| đất nước| bán đảo| hai miền| triều tiên| non sông)"
)
_COMMIT_RX = re.compile(
    r"\b(?:nhất trí|" + _NOT_UNIFICATION + r"|(?<!các )(?<!những )(?<!thực hiện )cam kết|quyết tâm|"
    # 'kịp thời chia sẻ quan điểm' is an activity asked for or agreed on, not 'shared the view'; in
    # 'chia sẻ quan điểm rằng …' the view itself is reported (a description)
    r"(?<!kịp thời )(?<!thường xuyên )(?<!tăng cường )chia sẻ (?:tầm nhìn|quan điểm|lập trường)(?: chung)?(?! chung)(?! rằng))\b",
    re.IGNORECASE,
)
# one side asks the other: "đề nghị Hàn Quốc …", "mong muốn Việt Nam …"
_REQUEST_RX = re.compile(
    r"\b(?:đề nghị|yêu cầu|kêu gọi|(?:mong muốn|đề xuất)(?= (?:Việt Nam|Hàn Quốc|phía|bạn)\b))", re.IGNORECASE
)
_TRIM = " \t\n,;:.–-•…"
_TRIM_END = " \t\n,;:./"


def _enumeration_items(text: str) -> list[tuple[int, int]]:
    """Spans of ordinal enumeration items: markers forming a run 1, 2, 3 … of one style."""
    markers = []
    for m in _ENUM_RX.finditer(text):
        if m.group("thu"):
            style, rank = "thu", _ORDINALS_THU.index(m.group("thu"))
        else:
            style, rank = "la", _ORDINALS_LA.index(m.group("la"))
        markers.append((style, rank, m.start(), m.end()))
    items, run = [], []
    for marker in markers:
        style, rank = marker[0], marker[1]
        if run and style == run[-1][0] and rank == run[-1][1] + 1:
            run.append(marker)
        elif rank == 0:
            items += _close_run(text, run)
            run = [marker]
    items += _close_run(text, run)
    return items


def _close_run(text: str, run: list) -> list[tuple[int, int]]:
    """An item runs from after its marker to the next marker or the end of its paragraph."""
    if len(run) < 2:  # a lone "Thứ nhất," is prose, not a list
        return []
    out = []
    for i, (_, _, _, body) in enumerate(run):
        stop = text.find("\n", body)
        stop = len(text) if stop < 0 else stop
        if i + 1 < len(run):
            stop = min(stop, run[i + 1][2])
        out.append((body, stop))
    return out


def _split_clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split ``text[start:end]`` at semicolons into trimmed, non-empty clause spans."""
    out, pos = [], start
    for m in re.finditer(";", text[start:end]):
        out.append((pos, start + m.start()))
        pos = start + m.end()
    out.append((pos, end))
    return [s for s in (_trim(text, a, b) for a, b in out) if s]


def _trim(text: str, start: int, end: int):
    while start < end and text[start] in _TRIM:
        start += 1
    while end > start and text[end - 1] in _TRIM_END:
        end -= 1
    return (start, end) if end > start and re.search(r"\w", text[start:end]) else None


def _units(text: str) -> list[tuple[int, int]]:
    """Paragraphs, a paragraph that ends with ';' continued by the next one (a list over lines)."""
    spans, pos = [], 0
    for m in re.finditer(r"\n", text + "\n"):
        spans.append((pos, m.start()))
        pos = m.end()
    units, cur = [], None
    for a, b in spans:
        if not text[a:b].strip():
            continue
        if cur and text[cur[0] : cur[1]].rstrip().endswith(";"):
            cur = (cur[0], b)
        else:
            if cur:
                units.append(cur)
            cur = (a, b)
    if cur:
        units.append(cur)
    return units


def _sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans: split after . ! ? (or './.') followed by space and a capital letter."""
    out, pos = [], start
    for m in re.finditer(r"(?<=[.!?])\s+(?=[^\W\d_])", text[start:end]):
        nxt = text[start + m.end()]
        if nxt.isupper():
            out.append((pos, start + m.start()))
            pos = start + m.end()
    out.append((pos, end))
    return out


def _sentence_end(text: str, pos: int) -> int:
    m = re.compile(r"\./\.|\.(?=\s|$)|\n").search(text, pos)
    return m.start() if m else len(text)


def _overlaps(span: tuple[int, int], taken: list[tuple[int, int]]) -> bool:
    return any(span[0] < b and a < span[1] for a, b in taken)


def rule_rows(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, kind)`` of every candidate, before theme tagging."""
    rows: list[tuple[int, int, str]] = []
    # 1. signed documents: bullets that name a document type, and "chứng kiến lễ ký <document>"
    for m in _BULLET_RX.finditer(text):
        line_end = text.find("\n", m.end())
        span = _trim(text, m.end(), len(text) if line_end < 0 else line_end)
        if span:
            rows.append((*span, "agreement_signed"))
    seen = {a for a, _, _ in rows}
    rows += [(a, b, "agreement_signed") for a, b in _signed_list_items(text) if a not in seen]
    for m in _WITNESS_RX.finditer(text):
        span = _trim(text, m.end(), _sentence_end(text, m.end()))
        if span:
            rows.append((*span, "agreement_signed"))
    taken = [(a, b) for a, b, _ in rows]
    # 2. enumerations: each item, split at semicolons; a trigger inside a clause starts the quote
    items = _enumeration_items(text)
    for a, b in items:
        if _overlaps((a, b), taken):
            continue
        kind = "request" if _REQUEST_RX.search(text, a, b) else "commitment"
        for ca, cb in _split_clauses(text, a, b):
            trig = _last_trigger(text, ca, cb)
            if trig:
                ca, kind_here = trig
                span = _trim(text, ca, cb)
                if span:
                    rows.append((*span, kind_here))
            else:
                rows.append((ca, cb, kind))
    taken += items
    # 3. sentences with an agreement or request verb: the clauses from the verb on
    for ua, ub in _units(text):
        list_kind = None
        for sa, sb in _sentences(text, ua, ub):
            if _overlaps((sa, sb), taken):
                continue
            found, intro = _trigger_clauses(text, sa, sb)
            if not found and list_kind:  # the next item of a list the paragraph introduced
                found = [(ca, cb, list_kind) for ca, cb in _split_clauses(text, sa, sb)]
            else:
                list_kind = intro
            rows += found
    return rows


_LIST_ITEM_RX = re.compile(r"(?m)^[ \t]*[-–•+*][ \t]+(\S.*)$")
_LIST_HEAD_RX = re.compile(
    r"(?:văn kiện|văn bản|thỏa thuận|documents?|agreements?|mous?|memorand\w*)[^\n]{0,40}:\s*$", re.I
)


def _signed_list_items(text: str) -> list[tuple[int, int]]:
    """Items of a bullet list that a line naming a signing or the documents opens (``… trao văn
    kiện.`` / ``Danh mục văn kiện:`` then ``- ghi nhớ về khoa học …``): each is a document signed,
    whatever its first word (rule ``signed_list``)."""
    if not rule_on("signed_list"):
        return []
    out, open_list, last_end = [], False, -1
    for m in _LIST_ITEM_RX.finditer(text):
        if m.start() != last_end + 1:  # a new run: is the line before it a signing or a documents head?
            before = text[: m.start()].rstrip("\n")
            head = before[before.rfind("\n") + 1 :]
            prev = before[: max(before.rfind("\n"), 0)]
            prev = prev[prev.rfind("\n") + 1 :]
            open_list = any(
                lexicon.cue("signing", lang).search(line) or _LIST_HEAD_RX.search(line)
                for line in (head, prev)
                if line
                for lang in lexicon.LANGS
            )
        last_end = m.end()
        if open_list and (span := _trim(text, m.start(1), m.end(1))) and _a_title(text[span[0] : span[1]]):
            out.append(span)
    return out


TITLE_MAX_WORDS = 40


def _a_title(item: str) -> bool:
    """A document's name is one short phrase: an item of several sentences or of more than
    :data:`TITLE_MAX_WORDS` words (``* Cũng trong ngày, Thủ tướng tiếp …``) is a news item, not a document."""
    return len(item.split()) <= TITLE_MAX_WORDS and not re.search(r"[.!?]\s+\S", item)


def _last_trigger(text: str, a: int, b: int):
    """Position after the last agreement/request verb in ``text[a:b]`` and the kind it sets."""
    best = None
    for rx, kind in ((_COMMIT_RX, "commitment"), (_REQUEST_RX, "request")):
        for m in rx.finditer(text, a, b):
            if best is None or m.end() > best[0]:
                best = (m.end(), kind)
    return best


# "nhất trí một số biện pháp cụ thể như: A. B. C." — the verb introduces a list written as
# sentences; the items follow "như" / "sau" / "gồm" and the next sentences of the paragraph
_INTRO_RX = re.compile(
    r"\b(?:một số|các|những)\s+(?:biện pháp|nội dung|định hướng|lĩnh vực|hoạt động|vấn đề)"
    r"[^.;:]*?\b(?:như|sau|gồm)\b\s*:?\s*",
    re.IGNORECASE,
)


def _clause_request(text: str, a: int, b: int) -> int | None:
    """Where a clause after an agreement turns into one side's wish (a request word of
    ``stance.csv`` within its first words: ``; ông cũng mong …``), or None: rule ``clause_request``."""
    m = lexicon.cue("request", "vi").search(text, a, min(b, a + 30))
    return m.end() if m and rule_on("clause_request") else None


_PLEDGE_WORDS = re.compile(r"cam kết|quyết tâm", re.IGNORECASE)


def _described_pledge(text: str, a: int, first: re.Match) -> bool:
    """True when the sentence's first trigger is a pledge word (``cam kết``, ``quyết tâm``) inside what
    a view or description word before it reports (``cho rằng khi Việt Nam đã cam kết …``): the stance
    reading decides such a sentence (rule ``described_pledge``)."""
    return (
        rule_on("described_pledge")
        and _PLEDGE_WORDS.fullmatch(first.group()) is not None
        and (desc := lexicon.cue("description", "vi").search(text, a, first.start())) is not None
        and lexicon.cue("speech", "vi").search(text, desc.end(), first.start()) is None
    )


def _own_promise(text: str, a: int, b: int, opening: bool = True) -> int | None:
    """Where a speech verb followed by a promise word stands in a request's clause (``; ông khẳng
    định Việt Nam sẽ …``; with ``opening`` only at its start, else anywhere: ``đề nghị …, và khẳng
    định Chính phủ sẽ …``): the speaker's own pledge, not more of the request (rule
    ``clause_own_promise``), left to the stance reading; None when there is none."""
    if not rule_on("clause_own_promise"):
        return None
    if opening and (side := _side_promise(text, a, b)) is not None:
        return side
    for speech in lexicon.cue("speech", "vi").finditer(text, a, min(b, a + 30) if opening else b):
        if _promise_word(text, speech.end(), b):
            return speech.start()
    return None


SIDE_PROMISE_CHARS = 25  # 'Việt Nam sẽ', 'phía Hàn Quốc luôn sẵn sàng': the words between side and promise


def _side_promise(text: str, a: int, b: int) -> int | None:
    """Where a request's clause opens with one side and, right after it, a promise word (``đề nghị
    …; Việt Nam sẽ tiếp tục tạo điều kiện …``): that side's own pledge, not more of the request
    (rule ``clause_side_promise``); None otherwise."""
    side = lexicon.cue("one_side", "vi").match(text, a, b) if rule_on("clause_side_promise") else None
    if side is None:
        return None
    return a if _promise_word(text, side.end(), min(b, side.end() + SIDE_PROMISE_CHARS)) else None


def _promise_word(text: str, a: int, b: int) -> bool:
    """True when a promise or pledge word of ``stance.csv`` (``sẽ``, ``sẵn sàng``, ``tạo điều kiện``)
    stands in ``text[a:b]``."""
    return any(lexicon.cue(kind, "vi").search(text, a, b) for kind in ("promise", "pledge"))


def _shared_view(text: str, at: int) -> bool:
    """True when the words after an agreement verb open with an assessment word (``cho rằng``,
    ``đánh giá``): rule ``agreed_view`` of :mod:`vnkr.extract.stance`."""
    return rule_on("agreed_view") and lexicon.cue("assessment", "vi").match(text, at) is not None


def _trigger_clauses(text: str, a: int, b: int) -> tuple[list[tuple[int, int, str]], str | None]:
    """Clauses of one sentence from its first agreement/request verb on, and the kind of a list the
    sentence introduces (None if it introduces none)."""
    first = None
    for rx in (_COMMIT_RX, _REQUEST_RX):
        m = rx.search(text, a, b)
        if m and (first is None or m.start() < first.start()):
            first = m
    if first is None or _described_pledge(text, a, first):
        return [], None
    out, kind, intro = [], None, None
    for ca, cb in _split_clauses(text, first.start(), b):
        trig = _last_trigger(text, ca, cb)
        if trig:
            ca, kind = trig
        elif kind == "commitment" and (wish := _clause_request(text, ca, cb)):
            ca, kind = wish, "request"  # '…; ông cũng mong hai nước …': a wish, not the list going on
        elif kind == "request" and _own_promise(text, ca, cb) is not None:
            kind = None  # '…; ông khẳng định Việt Nam sẽ …': the speaker's own pledge (stance reading)
            continue
        lead = _INTRO_RX.match(text, _trim(text, ca, cb)[0]) if _trim(text, ca, cb) else None
        if lead and kind:
            intro, ca = kind, lead.end()
        if kind == "request" and (said := _own_promise(text, ca, cb, opening=False)) is not None:
            cb = said  # 'đề nghị …, và khẳng định Chính phủ sẽ …': the request ends where the pledge begins
        span = _trim(text, ca, cb)
        if span and kind == "commitment" and _shared_view(text, span[0]):
            continue  # 'nhất trí cho rằng …': an assessment both share, not a commitment
        # a clause ending in ':' introduces a list; the list items are the commitments
        if span and kind and not text[span[1] : cb + 1].lstrip(" ").startswith(":"):
            out.append((*span, kind))
    return out, intro
