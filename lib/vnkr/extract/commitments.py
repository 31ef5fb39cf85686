"""Commitments found in a report by rules: the structural rules first, then the stance reading.

Built the way commitment trackers work (the G7/G20 Research Group's compliance reports, the
Comparative Agendas Project's topic coding): each commitment is one record with an exact quote, its
source document and one or more theme codes, and change over time is read off those records.

* ``data/themes.csv`` — the taxonomy (:func:`vnkr.load_themes`); each theme has Vietnamese keyword
  regexes. Matching normalises both sides with ``underthesea.text_normalize`` (old/new tone-mark
  placement: ``hoà`` = ``hòa``) and ``casefold``; quotes themselves stay verbatim.
* :func:`extract_commitments` — rules, not a model: ordinal enumerations (``Thứ nhất, …``,
  ``Một là, …``), bullet lists and ``chứng kiến lễ ký …`` mentions of signed documents, and the
  clauses (split at ';') that follow ``nhất trí`` / ``thống nhất`` / ``cam kết`` / ``quyết tâm`` /
  ``chia sẻ tầm nhìn``; clauses after ``đề nghị`` (or a wish addressed to the other side) are
  requests. A clause that matches no theme is not kept: a commitment without a topic cannot be
  compared.
* ``data/annotations/commitments.csv`` — the reviewed record of every commitment of every meeting
  (:func:`load_commitments`), quotes verbatim from the raw article; what each row adds over
  earlier meetings is derived (:func:`vnkr.commitment_changes`). Signed documents are its ``agreement_signed`` rows (:func:`load_agreements`).
* :func:`compare_commitments` — the theme × meeting table; :func:`evaluate_extraction` and
  ``python -m vnkr evaluate`` — how far the extractor agrees with the curated record.

``themes`` is always a '|'-joined string of codes in taxonomy order (``'trade|investment'``), in
extracted and curated tables alike, so the tables stay one value per CSV cell; :func:`theme_list`
splits it.

    >>> import vnkr
    >>> rows = vnkr.extract_commitments("Hai bên nhất trí tăng cường hợp tác đầu tư; mở rộng thương mại.")
    >>> rows[["quote", "themes", "kind"]].values.tolist()
    [['tăng cường hợp tác đầu tư', 'investment', 'commitment'], ['mở rộng thương mại', 'trade', 'commitment']]
"""

from __future__ import annotations

import re
import unicodedata

import numpy as np
import pandas as pd

from .. import parallel
from ..ingest.cleaning import clean_text
from ..ingest.corpus import load_corpus
from ..ingest.language import detect_language
from ..tables.lexicon import locality_pair, partner_cue
from . import lexicon
from .agreements import _subject
from .amounts import TRADE_METRICS, read_targets
from .headlines import without_speaker_headline
from .local_meeting import firm_signs, local_meeting, sentence_head
from .rules import rule_rows
from .scope import read_commitments
from .stance import sentences
from .switches import rule_on
from .themes import _match_with, _matchers, local_not_political, match_themes, without_non_topics

EXTRACT_COLUMNS = ["doc_id", "event_id", "start", "end", "quote", "themes", "kind"]


def _clean(text: str) -> str:
    """NFC, then the corpus cleaner unless the text is already clean (the cleaner is idempotent)."""
    text = unicodedata.normalize("NFC", str(text))
    clean, _ = clean_text(text)
    return text if clean == text else clean


def extract_commitments(text: str, doc_id: str | None = None, event_id: str | None = None) -> pd.DataFrame:
    """Commitment statements of one article, found by rules (see the module docstring).

    The text is normalised to NFC and cleaned with :func:`vnkr.clean_text` if it is not clean
    already; ``start``/``end`` index that cleaned text, so ``clean[start:end] == quote`` (and
    ``text[start:end] == quote`` whenever the input was clean). Columns ``doc_id, event_id, start,
    end, quote, themes`` ('|'-joined codes), ``kind`` (commitment | pledge | agreement_signed |
    request). The language (Vietnamese or English) is detected, not passed.
    A quote that repeats an earlier one word for word (a caption restating the body) is kept once.

    >>> extract_commitments("Thứ nhất, mở rộng đầu tư.\\nThứ hai, hợp tác lao động.")["quote"].tolist()
    ['mở rộng đầu tư', 'hợp tác lao động']
    """
    rows = _commitment_rows(_clean(text), _matchers())
    return _extract_frame([doc_id] * len(rows), [event_id] * len(rows), rows)


def extract_commitments_corpus(corpus: pd.DataFrame) -> pd.DataFrame:
    """Commitment statements of every article of a corpus, as one frame (same rules and columns as
    :func:`extract_commitments`, ``doc_id``/``event_id`` filled per row, rows in corpus order).

    ``corpus`` is :func:`vnkr.load_corpus` output (``doc_id, event_id, text``); its texts are NFC and
    clean already, so they are not cleaned again. One frame for the whole corpus instead of one per
    article: at 10,000 articles the per-article constructor cost dominated the extraction.

    >>> corpus = pd.DataFrame({"doc_id": ["a"], "event_id": ["e"], "text": ["Thứ nhất, mở rộng đầu tư.\\nThứ hai, hợp tác lao động."]})
    >>> extract_commitments_corpus(corpus)[["doc_id", "quote"]].values.tolist()
    [['a', 'mở rộng đầu tư'], ['a', 'hợp tác lao động']]
    """
    _matchers()  # load the taxonomy once, before any worker forks
    doc_ids, event_ids, rows = parallel.corpus_rows(_rows_of_texts, corpus)
    return _extract_frame(doc_ids, event_ids, rows)


def _rows_of_texts(texts: list[str]) -> list[list[tuple[int, int, str, str, str]]]:
    """:func:`_commitment_rows` of each clean text (the unit of work of a worker process)."""
    matchers = _matchers()
    return [_commitment_rows(text, matchers) for text in texts]


def _commitment_rows(clean: str, matchers) -> list[tuple[int, int, str, str, str]]:
    """``(start, end, quote, themes, kind)`` of one clean article, in text order, a word-for-word
    repeated quote kept once: first the rule candidates of :mod:`vnkr.extract.rules` (enumerations,
    document lists, clauses after ``nhất trí``/``đề nghị``) that match a theme, then the stance
    stretches of :func:`vnkr.extract.scope.read_commitments` they did not cover (both languages:
    pledges, ``hai bên sẽ``, topic frames, list words, English reports; descriptions left out)."""
    found = []
    for start, end, kind in rule_rows(clean):
        quote = clean[start:end]
        themes = (
            _match_with(matchers, without_non_topics(quote))
            if kind != "agreement_signed"
            else match_themes(_subject(quote))
        )
        themes = themes or _local_document(clean, start, kind)
        if themes:
            found.append((start, end, quote, themes, kind))
    if rule_on("stance_rows"):
        taken = [(a, b) for a, b, *_ in found]
        stance = read_commitments(clean, keep_all=True)
        for a, b, q, t, k in zip(
            stance["start"], stance["end"], stance["quote"], stance["themes"], stance["kind"]
        ):
            t = t or _local_document(clean, int(a), k)
            if k != "description" and t and not any(a < y and x < b for x, y in taken):
                found.append((int(a), int(b), q, t, k))
    goals = read_targets(clean) if rule_on("target_is_trade") or rule_on("target_set_earlier") else None
    found += _target_rows(clean, found, goals)
    found = _proposals_agreed(clean, found)
    found = _set_earlier(clean, found, goals)
    found = _without_other_partners(clean, found)
    found = _local_signatories(clean, found)
    found = local_meeting(clean, found)
    lang = detect_language(clean)
    found = [(a, b, q, local_not_political(q, t, lang), k) for a, b, q, t, k in found]
    found = without_speaker_headline(clean, found)
    out, seen = [], set()
    for row in sorted(found):
        if row[2] not in seen:
            seen.add(row[2])
            out.append(row)
    return out


PROPOSALS_BACK = 2  # 'Park asked …. Lâm agreed with these proposals': the requests of the sentences before


def _proposals_agreed(clean: str, found: list) -> list:
    """The other side agreeing to what was asked (``Lâm agreed with these proposals``, ``nhất trí với
    các đề xuất``, kind ``agreed_proposals`` of ``data/lexicon/stance.csv``) makes the requests of its
    sentence and of the :data:`PROPOSALS_BACK` sentences before it commitments (rule
    ``proposals_agreed``)."""
    if not rule_on("proposals_agreed"):
        return found
    spans = sentences(clean)
    regions = []
    for lang in ("vi", "en"):
        for m in lexicon.cue("agreed_proposals", lang).finditer(clean):
            i = next((k for k, (a, b) in enumerate(spans) if a <= m.start() < b), 0)
            regions.append((spans[max(0, i - PROPOSALS_BACK)][0], m.start()))
    return [
        (a, b, q, t, "commitment" if k == "request" and any(x <= a < y for x, y in regions) else k)
        for a, b, q, t, k in found
    ]


def _local_document(clean: str, a: int, kind: str) -> str:
    """``'local_cooperation'`` for a document with no field named that provinces, cities or their
    leaders signed (``the two localities' leaders signed anew their memorandum on cooperation across
    sectors``): local cooperation is its topic (rule ``local_signatories``); so is what two localities
    agree on that names no field (``hai tỉnh thống nhất tổ chức các cuộc họp cấp chuyên viên``, rule
    ``local_pair_topic``); '' otherwise."""
    head = sentence_head(clean, a)
    if kind == "commitment" and rule_on("local_pair_topic"):  # 'hai tỉnh thống nhất tổ chức các cuộc họp …'
        return "local_cooperation" if _two_localities(head) else ""
    if kind != "agreement_signed" or not rule_on("local_signatories"):
        return ""
    return "local_cooperation" if partner_cue("local_side").search(head) and not firm_signs(head) else ""


INVESTMENT_PAPER_RE = re.compile(
    r"investment (?:registration )?(?:certificates?|licen[cs]es?)|giấy (?:chứng nhận|phép) (?:đăng ký )?đầu tư",
    re.IGNORECASE,
)


def _local_signatories(clean: str, found: list) -> list:
    """A document signed by provinces, cities or districts, or their leaders (``Chủ tịch UBND tỉnh … và
    Thị trưởng Na ký biên bản ghi nhớ …``; kind ``local_side`` of ``data/lexicon/partners.csv`` between
    its sentence's start and the quote) is local cooperation too, whatever its fields (rule
    ``local_signatories``); so is what two localities agree on (``Hai thành phố nhất trí tăng cường hợp
    tác kinh tế``, kind ``local_pair``; rule ``local_pair``)."""
    if not rule_on("local_signatories"):
        return found
    local = partner_cue("local_side")
    pairs_agree = rule_on("local_pair")
    out = []
    for a, b, quote, themes, kind in found:
        head = sentence_head(clean, a)
        # a licence a city hands a firm, or a pact it signs with one, is no pact of localities
        with_firm = INVESTMENT_PAPER_RE.search(quote) or firm_signs(head)
        signed = (
            kind == "agreement_signed" and (local.search(head) or _two_localities(head)) and not with_firm
        )
        agreed = pairs_agree and kind == "commitment" and _two_localities(head)
        if (signed or agreed) and "local_cooperation" not in themes.split("|"):
            themes = f"{themes}|local_cooperation"
        out.append((a, b, quote, themes, kind))
    return out


def _two_localities(head: str) -> bool:
    """Two localities as the subject: ``hai thành phố``, ``the two provinces`` (kind ``local_pair``), or a
    Korean locality by name joined to another place (``Cà Mau và Buan cũng nhất trí``; rule
    ``named_locality_pair``, see :func:`vnkr.tables.lexicon.locality_pair`)."""
    if partner_cue("local_pair").search(head):
        return True
    return rule_on("named_locality_pair") and locality_pair(head)


def _without_other_partners(clean: str, found: list) -> list:
    """A report of several meetings (``Phúc and Russian President Vladimir Putin agreed …``, ``Gặp
    Thủ tướng Nhật Bản, Thủ tướng nhất trí …``): a row whose sentence names another country's leader
    (kind ``other_partner`` of ``data/lexicon/partners.csv``) and no Korean side (kind ``korean_side``)
    is that other meeting's, not a Vietnam–Korea commitment (rule ``other_partner``)."""
    if not rule_on("other_partner") or not found:
        return found
    other = [m.start() for m in partner_cue("other_partner").finditer(clean)]
    if not other:
        return found
    korean = partner_cue("korean_side")
    dropped = [
        (a, b)
        for a, b in sentences(clean)
        if any(a <= x < b for x in other) and not korean.search(clean, a, b)
    ]
    return [row for row in found if not any(a <= row[0] < b for a, b in dropped)]


def _target_rows(
    clean: str, found: list, targets: pd.DataFrame | None
) -> list[tuple[int, int, str, str, str]]:
    """A trade target both sides set is a commitment on trade (rule ``target_is_trade``): the clause
    of each target of :func:`vnkr.extract.amounts.read_targets` (``targets``, read once for this and
    :func:`_set_earlier`) that no trade row already covers."""
    if not rule_on("target_is_trade"):
        return []
    covered = [(a, b) for a, b, _, themes, _ in found if "trade" in themes.split("|")]
    return [
        (int(a), int(b), clean[int(a) : int(b)], "trade", "commitment")
        for a, b, kind, metric, amount, lang in zip(
            targets["start"],
            targets["end"],
            targets["kind"],
            targets["metric"],
            targets["amount_text"],
            targets["lang"],
        )
        if kind == "target"
        and metric in TRADE_METRICS
        and not any(x < b and a < y for x, y in covered)
        and not _viewed_target(clean, int(a), int(b), str(amount), str(lang))
    ]


# a goal told as set at an earlier meeting ('Tại thượng đỉnh năm ngoái, hai nước đã đặt mục tiêu …', '… như
# mục tiêu đã đặt ra', 'the goal the two countries agreed on last year')
SET_EARLIER_RE = re.compile(
    r"(?:tại|trong|sau) (?:hội nghị |cuộc |kỳ )?(?:thượng đỉnh|hội đàm|hội nghị|cuộc gặp|thỏa thuận)[^,.;]{0,40}?"
    r"(?:năm ngoái|năm trước|hồi tháng|tháng trước)"
    r"|(?:như|theo) (?:các |những )?mục tiêu (?:đã|từng)|mục tiêu[^.;]{0,60}?(?<!hai bên )(?:đã|từng) (?:đặt ra|đề ra)"
    r"|(?:goal|target)s?[^.;]{0,60}?\b(?:agreed on|set|agreed|adopted) (?:last year|earlier|previously|in (?:19|20)\d\d)"
    r"|(?:set|agreed|adopted) (?:at|during) (?:their|the|a) (?:summit|talks|meeting)[^.;]{0,30}?(?:last year|in (?:19|20)\d\d)"
    r"|(?:19|20)\d\d, when [^.;]{0,60}?\b(?:set|agreed on|adopted)\b",
    re.IGNORECASE,
)


def _set_earlier(clean: str, found: list, goals: pd.DataFrame | None) -> list:
    """Without the trade rows of goals that their sentence says were set at an earlier meeting (``Tại
    thượng đỉnh năm ngoái, hai nước đã đặt mục tiêu …``, ``… như mục tiêu đã đặt ra``, ``the goal the two
    countries agreed on last year``): the report restates them, and this meeting commits to nothing on
    trade by them (rule ``target_set_earlier``). The goals themselves stay targets."""
    if not rule_on("target_set_earlier"):
        return found
    spans = [
        (int(x), int(y)) for x, y, k in zip(goals["start"], goals["end"], goals["kind"]) if k == "target"
    ]
    out = []
    for a, b, quote, themes, kind in found:
        if themes == "trade" and kind == "commitment" and any(x < b and a < y for x, y in spans):
            head = max(clean.rfind(".", 0, a), clean.rfind("\n", 0, a)) + 1
            if SET_EARLIER_RE.search(clean, head, b):
                continue
        out.append((a, b, quote, themes, kind))
    return out


def _viewed_target(clean: str, a: int, b: int, amount: str, lang: str) -> bool:
    """True when one speaker's view word says what both sides need to do about a goal (``Phó Thủ
    tướng nhấn mạnh hai nước cần cùng hướng tới các mục tiêu … 150 tỷ USD``, ``He stressed that both
    countries should work toward the $150 billion goal``): one side's advice, which commits this
    meeting to nothing (rule ``viewed_target``). ``Hai nhà lãnh đạo nhấn mạnh hai nước cần …`` (both
    sides the speakers) and ``nhấn mạnh hai bên đã nhất trí …`` stay commitments."""
    if not rule_on("viewed_target"):
        return False
    at = clean.find(amount, a, b)
    end = at if at >= 0 else b
    both = lexicon.cue("both_sides", lang)
    views = [(v.start(), v.end()) for v in lexicon.cue("description", lang).finditer(clean, a, end)]
    # 'Theo ông, hai nước phải …', 'In his view, both countries must …': one speaker's view opens it
    views += [(v.start(), v.end()) for v in _VIEW_OPENER[lang].finditer(clean, a, end)]
    for start, stop in views:
        advice = _ADVICE[lang].match(clean, stop)
        if advice and both.match(clean, advice.end(1)) and not both.search(clean, a, start):
            return True
    # 'Moon bày tỏ tin tưởng mục tiêu chung … sẽ thành hiện thực', 'he believes the countries can reach
    # their goal of $100 billion': one speaker's confidence, unless the sentence opens with both sides
    head = max(clean.rfind(".", 0, a), clean.rfind("\n", 0, a)) + 1
    if _BELIEF[lang].search(clean, head, end) is None:
        return False
    # both sides as the sentence's subject, at its start or after an opening phrase, keep it theirs
    opening = [_SPACES.match(clean, head).end()]
    comma = clean.find(",", head, head + BOTH_OPENING_CHARS)
    if comma >= 0:
        opening.append(_SPACES.match(clean, comma + 1).end())
    return not any(both.match(clean, at) for at in opening)


_SPACES = re.compile(r"\s*")
BOTH_OPENING_CHARS = 80  # 'Hai nhà lãnh đạo tin tưởng …', 'Tại hội đàm, hai bên tin tưởng …'
_BELIEF = {
    "vi": re.compile(r"\b(?:tin tưởng|tin rằng|tin chắc|lạc quan)\b", re.I),
    "en": re.compile(r"\b(?:believes?|believed|confident|confidence|optimistic|within reach)\b", re.I),
}


_VIEW_OPENER = {
    "vi": re.compile(r"\btheo (?:ông|bà)\b[^,;.]{0,30},", re.I),
    "en": re.compile(r"\b(?:in (?:his|her) view|according to (?:him|her)),", re.I),
}


_ADVICE = {
    "vi": re.compile(
        r"\s+(?:rằng\s+)?()(?:hai|việt nam và|hàn quốc và)\b[^,;.]{0,30}?\s(?:cần|phải|nên)\s", re.I
    ),
    "en": re.compile(
        r"\s+(?:that\s+)?()(?:the two|both|(?:viet ?nam|korea) and)\b[^,;.]{0,30}?\s(?:should|must|need(?:ed)? to|ought to)\s",
        re.I,
    ),
}


def _extract_frame(
    doc_ids: list, event_ids: list, rows: list[tuple[int, int, str, str, str]]
) -> pd.DataFrame:
    """The extraction rows as a frame with fixed dtypes (text columns ``str``, spans ``int64``).

    Columns built as lists, one constructor: a list of dicts plus astype cost ~1 ms per document. The
    dtypes do not depend on whether rows were found, so per-article frames concatenate to exactly the
    frame :func:`extract_commitments_corpus` builds.
    """
    starts, ends, quotes, themes, kinds = (list(col) for col in zip(*rows)) if rows else ([],) * 5
    return pd.DataFrame(
        {
            "doc_id": pd.Series(doc_ids, dtype="str"),
            "event_id": pd.Series(event_ids, dtype="str"),
            "start": np.array(starts, dtype=np.int64),
            "end": np.array(ends, dtype=np.int64),
            "quote": pd.Series(quotes, dtype="str"),
            "themes": pd.Series(themes, dtype="str"),
            "kind": pd.Series(kinds, dtype="str"),
        },
        columns=EXTRACT_COLUMNS,
    )


# ---------------------------------------------------------------- documents for extraction
def primary_documents(duplicates: bool = False) -> pd.DataFrame:
    """``doc_id, event_id, text`` (cleaned) of the documents that are not duplicates of another.

    Uses :func:`vnkr.load_corpus`; a duplicate report of the same meeting (``duplicate_of`` set) is
    left out because the curated record quotes the primary report of each meeting.
    ``duplicates=True`` returns the duplicate reports instead (a second wording of a meeting the
    extractor can be checked on).
    """
    corpus = load_corpus()
    chosen = corpus[corpus["duplicate_of"].notna() if duplicates else corpus["duplicate_of"].isna()]
    return chosen[["doc_id", "event_id", "text"]].reset_index(drop=True)
