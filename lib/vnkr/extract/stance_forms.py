"""Sentence forms the stance reader (:mod:`vnkr.extract.stance`) recognises: a pledge verb joined to
the stretch before it (rule ``coordinated_pledge``), the items of a list a colon opened (rule
``colon_list``), a signing that is planned or told as background (rules ``scheduled_signing``,
``signed_earlier``, ``signed_in_year``), a passive follow-up of an agreement (rule
``passive_follow_up``), a sentence that opens with what a document says (rule ``under_document``) and
a new speaker inside a stretch (rules ``speaker_change``, ``speaker_goes_on``, ``speech_subject``)."""

from __future__ import annotations

import re

from . import lexicon
from .switches import rule_on

# 'He urged Korea to invest more, and promised help to Korean firms': a past-tense pledge verb joined
# by 'and' to the request's own verb is the asker's pledge (an infinitive 'to …, and commit' is not)
COORDINATED_PLEDGE_RE = re.compile(r",?\s+and\s+(?:also\s+)?$")
PAST_PLEDGE_RE = re.compile(
    r"(?:promised|pledged|vowed|committed|undertook|gave (?:his|her|their|its) word)\b", re.IGNORECASE
)


# 'Park asked Hanoi to help Korean firms, and Son promised support for them': a new subject (one to
# three capitalised words, or the host, the guest, his counterpart) between 'and'/'while' and a
# past-tense pledge verb opens that subject's own pledge
NEW_SUBJECT_PLEDGE_RE = re.compile(
    r"(?:,\s*|\s+)(?:and|while|whereas)\s+"
    r"(?:(?:[Tt]he|[Hh]is|[Hh]er) (?:host|guest|counterpart|Korean side|Vietnamese side)"
    r"|(?:[A-Z][\w'’.-]*\s+){0,2}[A-Z][\w'’-]*)\s+(?:also\s+)?$"
)

# 'Hai bên ghi nhận …, và cam kết …', '… đánh giá cao …, đồng thời cam kết …': the same subject commits
COORDINATED_PLEDGE_VI_RE = re.compile(r"(?:,\s*|\s+)(?:và|đồng thời|và đồng thời)\s+(?:cùng\s+)?$")


def coordinated_pledge(text: str, cs: int, lang: str) -> bool:
    """True for an English past-tense pledge verb right after ``, and``, or ``cam kết`` right after
    ``, và`` / ``đồng thời`` (rule ``coordinated_pledge``); also for an English one after ``and`` or
    ``while`` and a new subject (``…, and Son promised …``: rule ``new_subject_pledge``)."""
    if not rule_on("coordinated_pledge"):
        return False
    if lang == "vi":
        return (
            text.startswith("cam kết", cs)
            and COORDINATED_PLEDGE_VI_RE.search(text, max(0, cs - 20), cs) is not None
        )
    if lang != "en" or PAST_PLEDGE_RE.match(text, cs) is None:
        return False
    if COORDINATED_PLEDGE_RE.search(text, max(0, cs - 12), cs) is not None:
        return True
    return (
        rule_on("new_subject_pledge") and NEW_SUBJECT_PLEDGE_RE.search(text, max(0, cs - 60), cs) is not None
    )


# a list item's marker at the start of a line: '1.', '2)', 'a)', '-', '•', '+', '*'
LIST_ITEM_RE = re.compile(r"[ \t]*(?:\d{1,2}[.)]|[a-zđ]\)|[-–•+*])[ \t]+")


def list_item(text: str, sa: int, sb: int) -> str | None:
    """``'marker'`` when the sentence is only a list marker (``1.``), ``'item'`` when its line opens
    with one (``1. Tăng cường …``, ``- Mở rộng …``, ``a) …``), else None: rule ``colon_list``."""
    if not rule_on("colon_list"):
        return None
    m = LIST_ITEM_RE.match(text, text.rfind("\n", 0, sa) + 1)
    if not m:
        return None
    return "marker" if m.end() >= len(text[:sb].rstrip()) else "item"


def opening_description(text: str, ca: int, cue_start: int, cs: int) -> bool:
    """True when a description opens its clause and a comma closes it before a promise word
    (``Cảm ơn tỉnh đã đón tiếp chu đáo, ông Kim hứa sẽ …``): the opening says why, and the promise
    after the comma is the main clause's own (rule ``opening_description``)."""
    return (
        rule_on("opening_description")
        and not text[ca:cue_start].strip(" \t\n\"“'(")
        and "," in text[cue_start:cs]
    )


# how far after a signing word its clause may name the year the document was signed
SIGNED_YEAR_CHARS = 80


def signed_in_year(text: str, ce: int, lang: str, ca: int, cs: int) -> bool:
    """True when the clause of a signing names the year the document was signed (``Hai tỉnh ký bản
    ghi nhớ hữu nghị năm 2009``, ``signed a friendship agreement in 2009``): a document of another
    year, told as background (rule ``signed_in_year``); not when a goal, plan or period word comes
    before the year (``ký kế hoạch thực hiện mục tiêu thương mại năm 2030``). The clause ends at the next comma, colon,
    semicolon, full stop or line break. A year between the clause's start ``ca`` and the signing word
    (at ``cs``) counts too (``năm 2024, tỉnh và Đồng Nai ký thỏa thuận``, ``In 2024,
    the two provinces signed``; rule ``signed_in_year_before``)."""
    if not rule_on("signed_in_year"):
        return False
    end = re.search(r"[,.;:\n]", text[ce : ce + SIGNED_YEAR_CHARS])
    stop = ce + (end.start() if end else SIGNED_YEAR_CHARS)
    return _year_signed(text, ce, stop, lang) or (
        rule_on("signed_in_year_before") and _year_signed(text, max(ca, cs - SIGNED_YEAR_CHARS), cs, lang)
    )


def _year_signed(text: str, a: int, b: int, lang: str) -> bool:
    """A year between ``a`` and ``b`` with no goal, plan or period word before it from ``a`` on
    ('ký kế hoạch thực hiện mục tiêu thương mại năm 2030': the year of a goal or plan)."""
    year = lexicon.cue("signed_in_year", lang).search(text, a, b)
    return year is not None and lexicon.cue("plan_year", lang).search(text, a, year.start()) is None


def passive_follow_up(text: str, body: int, sb: int, lang: str) -> bool:
    """True when a sentence says in the passive that a field will be pushed forward (``Hợp tác về
    năng lượng cũng sẽ được thúc đẩy``, ``Training will likewise be expanded``): right after a
    sentence both sides agreed, it continues what they agreed (rule ``passive_follow_up``)."""
    return (
        rule_on("passive_follow_up")
        and lexicon.cue("passive_promise", lang).search(text, body, sb) is not None
    )


def scheduled(text: str, a: int, b: int, lang: str) -> bool:
    """True when a schedule word stands before a signing word in its clause: rule
    ``scheduled_signing``."""
    return rule_on("scheduled_signing") and lexicon.cue("schedule", lang).search(text, a, b) is not None


EARLIER_CHARS = 25


def signed_earlier(text: str, a: int, b: int, lang: str) -> bool:
    """True when an earlier-time word stands right before a signing word (``trước đó đã ký``,
    ``had earlier signed``): a document signed on another occasion, told as background (rule
    ``signed_earlier``)."""
    return (
        rule_on("signed_earlier")
        and lexicon.cue("earlier", lang).search(text, max(a, b - EARLIER_CHARS), b) is not None
    )


def under_document(text: str, body: int, lang: str) -> int | None:
    """Where the opening ends when a sentence opens with what a document says (``Theo thỏa thuận vừa
    ký giữa hai tỉnh, …``, ``Under the agreement, …``): what follows is what was agreed, its subject
    read after the opening (rule ``under_document``); else None."""
    if not rule_on("under_document"):
        return None
    m = lexicon.cue("under_document", lang).match(text, body)
    return m.end() if m else None


def new_speaker(text: str, a: int, b: int, lang: str) -> bool:
    """True when a speech verb stands between the last cue and a promise word (``…, and Trong
    answered that Vietnam would …``): the promise is the new speaker's, not part of what was asked."""
    return rule_on("speaker_change") and lexicon.cue("speech", lang).search(text, a, b) is not None


def after_speech(text: str, a: int, b: int, lang: str) -> int:
    """Where a promise word's subject begins: after the last speech verb before it, if any (``đề nghị
    hai bên …, cho biết Việt Nam sẵn sàng …``: the subject is ``Việt Nam``, not ``hai bên``; rule
    ``speech_subject``) when the words after it name a side, else at ``a`` (``khẳng định sẽ …``: the
    speaker's subject before the verb)."""
    if not rule_on("speech_subject"):
        return a
    last = a
    for m in lexicon.cue("speech", lang).finditer(text, a, b):
        last = m.end()
    named = any(lexicon.cue(side, lang).search(text, last, b) for side in ("one_side", "both_sides"))
    return last if named else a


SPEAKER_GOES_ON_RE = re.compile(r"(?:\b(?:và|and|then)|[,;])\s*$", re.I)
SPEAKER_SAME_RE = re.compile(r"\s*(?:(?:that|rằng|là)\s+)?(?:(?:he|she|it|they|ông|bà|họ)\s+)?", re.I)


def speaker_goes_on(text: str, a: int, b: int, lang: str) -> bool:
    """True when the clause's own speaker goes on to speak, joined by ``và``/``and`` or a comma
    (``Đại sứ hoan nghênh đề xuất của Anyang và cho biết sẽ …``, no new subject after the speech
    verb): a promise then has the subject of the clause's first cue (rule ``speaker_goes_on``)."""
    m = lexicon.cue("speech", lang).search(text, a, b) if rule_on("speaker_goes_on") else None
    return (
        m is not None
        and SPEAKER_GOES_ON_RE.search(text, a, m.start()) is not None
        and SPEAKER_SAME_RE.fullmatch(text, m.end(), b) is not None
    )
