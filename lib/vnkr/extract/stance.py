"""Who says what in a report: the stance of each stretch of text, in Vietnamese or English.

A report mixes what both sides agreed (``Hai bên nhất trí …``, ``The two leaders agreed …``), what one
side promised (``Hàn Quốc sẽ hỗ trợ …``: a *pledge*), what one side asked for (``đề nghị``, ``asked``:
a *request*), documents signed (``chứng kiến lễ ký …``) and descriptions of the present (``Hàn Quốc là
nhà đầu tư số 1``). :func:`segments` cuts a text into sentences, clauses (at ``;``) and, inside a
clause, stretches that each begin at a cue word of ``data/lexicon/stance.csv``, and labels each
stretch with its stance. Commitments and targets are both read off these stretches.

Rules (each named; ``VNKR_DISABLED_RULES`` switches one off for the mutation check in
``tools/mutate_rules.py``):

* ``promise_subject`` — a promise word (``sẽ``, ``cam kết``, ``will``, ``pledged``) is a commitment
  when its subject names both sides (``hai bên``, ``they``), a pledge when it names one side, and
  nothing otherwise; inside a request or description it is part of what is asked or described.
* ``clause_inherits`` — a clause after ``;`` without a cue continues the list of the clause before.
* ``continuation_sentence`` — a sentence opening with ``đồng thời``/``bên cạnh đó``/``in addition``
  continues the list of the sentence before.
* ``speaker_change`` — a promise word after a speech verb (``said``, ``answered``, ``cho biết``) inside
  a request or description is the new speaker's promise, read from its own subject.
* ``coordinated_pledge`` — an English past-tense pledge verb joined by ``and`` to a request's verb
  (``He urged Korea to invest more, and promised help to Korean firms``) is the asker's own pledge;
  ``new_subject_pledge`` — after ``and``/``while`` and a new subject (``…, and Son promised …``) it is
  that subject's pledge.
* ``agenda_not_promise`` — ``sẽ``/``will`` followed by a meeting word (``hai bên sẽ bàn …``, ``he will
  meet …``) is a schedule, not a promise; ``scheduled_signing`` — a signing word after a schedule word
  (``theo chương trình … sẽ dự lễ ký``) is a plan, not a document signed; ``signed_earlier`` — an
  earlier-time word right before it (``trước đó đã ký``, ``had earlier signed``) makes it background.
  ``signed_in_year`` — so does the year it was signed in its clause (``ký bản ghi nhớ năm 2009``);
  ``signed_in_year_before`` — or a year before the signing word (``năm 2024, hai tỉnh ký …``).
* ``topic_line`` — a sentence opening with a short topic and a colon (``Quốc phòng - an ninh: …``)
  after a sentence that agreed continues the agreement, with the topic as its frame.
* ``agreed_view`` — an assessment word right after an agreement word (``nhất trí cho rằng``) makes
  the stretch a description: a shared assessment commits to nothing.
* ``agreed_request`` — a request word right after an agreement, with no new subject in between
  (``Hai bên đồng ý khuyến khích doanh nghiệp …``), is part of what was agreed, not a one-sided ask.
* ``topic_frame`` — ``Về quốc phòng, …`` / ``On defence, …`` opens a sentence: the frame's words
  count for the themes of that sentence's commitments.
* ``colon_list`` — a sentence that agreed and ends with a colon (``hai bên thống nhất:``, ``agreed on
  the following:``) opens a list: each following line that opens with a marker (``1.``, ``a)``, ``-``,
  ``•``) continues the agreement, until a line without one.

    >>> [(s.kind, s.text) for s in segments("Hai bên nhất trí mở rộng thương mại. Ông Lee đề nghị hỗ trợ lao động.")]
    [('commitment', 'mở rộng thương mại'), ('request', 'hỗ trợ lao động')]
"""

from __future__ import annotations

import functools
import os
import re
from dataclasses import dataclass

from ..ingest.language import detect_language
from . import lexicon
from .stance_forms import (
    after_speech,
    coordinated_pledge,
    list_item,
    new_speaker,
    opening_description,
    passive_follow_up,
    scheduled,
    signed_earlier,
    signed_in_year,
    speaker_goes_on,
    under_document,
)
from .switches import rule_on

# structure only: sentence ends (a capital letter follows) and clause ends
_SENTENCE_BREAK = re.compile(r"\n+|(?<=[.!?])\s+(?=[\"“(]?[^\W\d_])")
_TRIM = " \t\n,;:.–-•…\"“”'"
_STANCE_KINDS = ("agree", "promise", "pledge", "request", "description", "signing")
_KIND_OF_CUE = {
    "agree": "commitment",
    "request": "request",
    "description": "description",
    "signing": "agreement_signed",
}


@dataclass(frozen=True)
class Segment:
    """A stretch of one clause with one stance: ``kind`` is commitment, pledge, request,
    description or agreement_signed; ``frame`` the topic frame of its sentence ('' if none)."""

    start: int
    end: int
    kind: str
    text: str
    sentence: int
    frame: str = ""
    subject_start: int | None = None  # a promise's own subject ('vắc xin của Hàn Quốc sẽ …'), if any
    cue_start: int | None = None  # where the cue word that opened it begins ('tạo mọi thuận lợi …')


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence: split at line breaks and at . ! ? before a capital letter."""
    out, pos = [], 0
    for m in list(_SENTENCE_BREAK.finditer(text)) + [None]:
        end = m.start() if m else len(text)
        if m is not None and not m.group().startswith("\n") and not text[m.end()].isupper():
            continue
        if text[pos:end].strip():
            out.append((pos, end))
        pos = m.end() if m else len(text)
    return out


def _clauses(text: str, a: int, b: int) -> list[tuple[int, int]]:
    out, pos = [], a
    for m in re.finditer(";", text[a:b]):
        out.append((pos, a + m.start()))
        pos = a + m.end()
    out.append((pos, b))
    return out


def _trim(text: str, a: int, b: int) -> tuple[int, int] | None:
    while a < b and text[a] in _TRIM:
        a += 1
    while b > a and text[b - 1] in _TRIM:
        b -= 1
    return (a, b) if b > a and re.search(r"\w", text[a:b]) else None


def _cues(text: str, a: int, b: int, lang: str) -> list[tuple[int, int, str]]:
    found = []
    for kind in _STANCE_KINDS:
        found += [(m.start(), m.end(), kind) for m in lexicon.cue(kind, lang).finditer(text, a, b)]
    found.sort(key=lambda c: (c[0], -(c[1] - c[0])))
    out, last_end = [], -1
    for c in found:  # overlapping cues: the earliest, then the longest, wins
        if c[0] >= last_end:
            out.append(c)
            last_end = c[1]
    return out


def _promise_kind(subject: str, lang: str, cue_kind: str) -> str | None:
    """A promise word's stance from its subject: both sides → commitment; one side → pledge; a
    ``pledge`` word (``vowed``, ``sẵn sàng``) is a pledge whoever its subject is; a ``promise`` word
    (``will``, ``sẽ``) without a named side is no stance at all (``Chuyến thăm sẽ …``)."""
    if not rule_on("promise_subject"):
        return "commitment"
    if lexicon.cue("both_sides", lang).search(subject):
        return "commitment"
    if cue_kind == "pledge" or lexicon.cue("one_side", lang).search(subject):
        return "pledge"
    return None


TOPIC_LINE_RE = re.compile(r"\s*([^\W\d][^:.;\n]{1,45}?):\s+")
TOPIC_LINE_WORDS = 6


def _topic_line(text: str, a: int, b: int) -> tuple[int, int] | None:
    """``(colon, rest)`` of a sentence that opens with a short topic and a colon (``Chính trị - đối
    ngoại: …``), or None: rule ``topic_line``."""
    m = TOPIC_LINE_RE.match(text, a, b)
    if not rule_on("topic_line") or not m or len(m.group(1).split()) > TOPIC_LINE_WORDS:
        return None
    return a + len(m.group(0).rstrip()) - 1, m.end()


def _on_the_agenda(text: str, at: int, lang: str) -> bool:
    """True when the words right after ``sẽ``/``will`` are a meeting on a schedule (``bàn``, ``hội
    đàm``, ``discuss``, ``meet``): rule ``agenda_not_promise``."""
    return (
        rule_on("agenda_not_promise")
        and lexicon.cue("agenda", lang).match(text, at + len(text[at:]) - len(text[at:].lstrip())) is not None
    )


def _agenda_subject(text: str, a: int, b: int, lang: str) -> bool:
    """True when the subject of ``sẽ``/``will`` is the talks themselves (``nội dung trao đổi sẽ …``,
    ``the talks will cover …``): what they will cover is a preview (rule ``agenda_subject``)."""
    # 'After the talks, the two countries will …': words before a comma are not the subject
    start = max(a, b - 40, text.rfind(",", a, b) + 1)
    return (
        rule_on("agenda_subject") and lexicon.cue("agenda_subject", lang).search(text, start, b) is not None
    )


def _agreed_view(text: str, a: int, b: int, lang: str) -> bool:
    """True when an assessment word (``cho rằng``, ``đánh giá``) follows an agreement word at once
    (``Hai bên nhất trí cho rằng hợp tác đã đạt kết quả``): both sides share an assessment, which
    commits them to nothing (``thống nhất coi … là …, tăng …`` stays a commitment)."""
    return (
        rule_on("agreed_view")
        and len(re.findall(r"\w+", text[a:b])) <= 1
        and lexicon.cue("assessment", lang).match(text, b) is not None
    )


def _agreed_ask(text: str, a: int, b: int, lang: str) -> bool:
    """True when a request word follows an agreement with no new subject in between (``Hai bên đồng ý
    khuyến khích …``, ``They agreed to encourage …``): the ask is what both sides agreed on."""
    if not rule_on("agreed_request"):
        return False
    between = text[a:b]
    return not (
        lexicon.cue("one_side", lang).search(between) or lexicon.cue("both_sides", lang).search(between)
    )


def _frame(text: str, a: int, b: int, lang: str) -> tuple[str, int]:
    """The topic frame opening a sentence (``Về quốc phòng,``) and where the rest starts."""
    if not rule_on("topic_frame"):
        return "", a
    m = re.compile(
        r"\s*(?:" + lexicon.cue("frame", lang).pattern + r")\s+([^,;:]{1,60}),", re.IGNORECASE
    ).match(text, a, b)
    return (m.group(1), m.end()) if m else ("", a)


SUBJECT_CHARS = 70
POSSESSIVE_RE = re.compile(r"(?<!\w)của(?!\w)|\w['’]s(?!\w)", re.IGNORECASE)


PASSIVE_DOCUMENT_RE = re.compile(
    r"(?:document|memorand\w*|agreement|mou|plan|văn kiện|văn bản|bản ghi nhớ|thỏa thuận)[^.;]*?"
    r"(?:\b(?:was|were|has been|have been)\s*$|\bđược\s*$)",
    re.IGNORECASE,
)


def _own_subject(text: str, a: int, b: int, lang: str, need: re.Pattern | None = None) -> int | None:
    """Where the words right before a promise word begin when they name a side's thing (``…, vắc xin
    của Hàn Quốc sẽ``, ``Korea's ODA will``), or before a signing word a document in the passive (``A
    document on training was signed``; ``need`` = :data:`PASSIVE_DOCUMENT_RE`): after the last comma or
    speech verb, at most :data:`SUBJECT_CHARS` back; None when there are none or they name neither."""
    start = max(a, b - SUBJECT_CHARS, text.rfind(",", a, b) + 1)
    while a < start < b and text[start - 1].isalnum():  # not from the middle of a word
        start += 1
    for m in lexicon.cue("speech", lang).finditer(text, start, b):
        start = m.end()
    # 'vắc xin của Hàn Quốc', "Korea's ODA": a thing, not a person
    owner = (need or POSSESSIVE_RE).search(text[start:b])
    span = _trim(text, start, b)
    return span[0] if span and owner else None


def _clause_pieces(text: str, ca: int, cb: int, lang: str, kind: str | None) -> tuple[list, str | None]:
    """The cues of one clause that start a stretch, as ``(cue start, stretch start, kind, subject
    start)``, and the
    stance at the clause's end (``kind`` is the stance carried in from before it)."""
    pieces: list[tuple[int, int, str]] = []
    subject_start = ca
    for cs, ce, ckind in _cues(text, ca, cb, lang):
        if (
            ckind == "description"
            and kind == "commitment"
            and pieces
            and _agreed_view(text, subject_start, cs, lang)
        ):
            pieces[-1] = (*pieces[-1][:2], "description", None)  # 'nhất trí cho rằng …': a shared view
            kind = "description"
            continue
        if (
            ckind in ("promise", "pledge", "description", "signing")
            and pieces
            and kind in ("request", "description", "commitment")
            and not (
                ckind in ("promise", "pledge")
                and (
                    new_speaker(text, subject_start, cs, lang)
                    or coordinated_pledge(text, cs, lang)
                    or (kind == "description" and opening_description(text, ca, pieces[-1][0], cs))
                )
            )
        ):
            continue  # what is asked, described or agreed: part of that stretch
        if (
            ckind == "request"
            and kind == "commitment"
            and pieces
            and _agreed_ask(text, subject_start, cs, lang)
        ):
            continue  # both sides agreed to encourage, ask, invite: part of what was agreed
        if ckind == "promise" and _on_the_agenda(text, ce, lang):
            continue  # 'hai bên sẽ bàn …', 'he will meet …': a schedule, not a promise
        if ckind == "promise" and _agenda_subject(text, subject_start, cs, lang):
            continue  # 'nội dung trao đổi sẽ trải từ …', 'the talks will cover …': a preview
        if ckind == "signing" and scheduled(text, ca, cs, lang):
            continue  # 'theo chương trình, ông Yoon sẽ dự lễ ký văn kiện': a plan, not a document signed
        if ckind == "signing" and (
            signed_earlier(text, ca, cs, lang) or signed_in_year(text, ce, lang, ca, cs)
        ):
            ckind = "description"  # 'hai bộ trước đó đã ký văn kiện …': a past signing, described
        subject = None
        if ckind in ("promise", "pledge"):
            new = _promise_kind(text[after_speech(text, subject_start, cs, lang) : cs], lang, ckind)
            if new is None and pieces and speaker_goes_on(text, subject_start, cs, lang):
                new = _promise_kind(text[ca : pieces[0][0]], lang, ckind)
            if new is None:
                continue
            subject = _own_subject(text, subject_start, cs, lang)
        else:
            new = _KIND_OF_CUE[ckind]
            if ckind == "signing" and rule_on("passive_signing"):
                subject = _own_subject(text, subject_start, cs, lang, PASSIVE_DOCUMENT_RE)
        pieces.append((cs, ce, new, subject))
        kind = new
        subject_start = ce
    return pieces, kind


def segments(text: str, lang: str | None = None) -> list[Segment]:
    """Every stretch of ``text`` that carries a stance, in text order (see the module docstring).

    ``lang`` is detected when not given. Offsets index ``text`` as given (normalise to NFC first).
    The commitment and target readers both ask for the stretches of one report: the answer is kept
    for the last few texts, keyed also on the word lists and the rules switched off, so an edited
    list or a mutation run never gets a stale one.

    >>> [(s.kind, s.text) for s in segments("Về năng lượng, Hàn Quốc sẽ hỗ trợ điện hạt nhân.")]
    [('pledge', 'hỗ trợ điện hạt nhân')]
    """
    lang = lang or detect_language(text)
    return list(_segments_cached(text, lang, lexicon._files(), os.environ.get("VNKR_DISABLED_RULES", "")))


@functools.lru_cache(maxsize=8)
def _segments_cached(text: str, lang: str, _files: tuple, _disabled: str) -> tuple[Segment, ...]:
    return tuple(_segments(text, lang))


def _segments(text: str, lang: str) -> list[Segment]:
    out: list[Segment] = []
    previous_kind = None  # stance at the end of the previous sentence
    list_kind = None  # the stance of a list a colon opened ('hai bên thống nhất:'), while its items run
    for i, (sa, sb) in enumerate(sentences(text)):
        item = list_item(text, sa, sb)
        if item == "marker":
            continue  # '1.' split off its item: the item follows
        if item is None:
            list_kind = None
        frame, body = _frame(text, sa, sb, lang)
        kind = None
        opens_with_continuation = (
            rule_on("continuation_sentence")
            and lexicon.cue("continuation", lang).match(text, body) is not None
            and previous_kind in ("commitment", "pledge")
        )
        if previous_kind == "commitment" and passive_follow_up(text, body, sb, lang):
            opens_with_continuation = (
                True  # 'Hợp tác về năng lượng cũng sẽ được thúc đẩy.' after an agreement
            )
        if (opening := under_document(text, body, lang)) is not None:  # 'Theo thỏa thuận vừa ký, …'
            body, opens_with_continuation, previous_kind = opening, True, "commitment"
        if item and list_kind:  # an item of an agreed list: 'hai bên thống nhất:' then '1. Tăng cường …'
            opens_with_continuation, previous_kind = True, list_kind
        topic = _topic_line(text, sa, sb) if previous_kind in ("commitment", "pledge") else None
        if topic is not None:  # 'Quốc phòng - an ninh: …' after a sentence that agreed
            frame, body = text[sa : topic[0]].strip(), topic[1]
            opens_with_continuation, kind = True, previous_kind
        if opens_with_continuation:
            kind = previous_kind
        found_any = False
        for k, (ca, cb) in enumerate(_clauses(text, body, sb)):
            if k and not rule_on("clause_inherits"):
                kind = None
            pieces, kind = _clause_pieces(text, ca, cb, lang, kind)
            found_any = found_any or bool(pieces)
            if not pieces and kind is not None:
                pieces = [(ca, ca, kind, None)]  # the next item of the list this sentence or clause began
            for j, (cs, ps, pkind, subject) in enumerate(pieces):
                pe = pieces[j + 1][0] if j + 1 < len(pieces) else cb
                span = _trim(text, ps, pe)
                if span:
                    seg_text = text[span[0] : span[1]]
                    out.append(Segment(span[0], span[1], pkind, seg_text, i, frame, subject, cs))
        previous_kind = kind if (found_any or opens_with_continuation) else None
        if previous_kind in ("commitment", "pledge") and text[:sb].rstrip().endswith(":"):
            list_kind = previous_kind
    return out
