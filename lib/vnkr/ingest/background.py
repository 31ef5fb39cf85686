"""In-text dates that are background, not the meeting's: a date in a sentence about another country's
leader (a report of several meetings, a related item) and a full date on which nobody the text names
held office (a history date such as the founding of ties)."""

from __future__ import annotations

import datetime as dt
import re

from ..tables.lexicon import partner_cue
from .dateforms import _Sentences
from .offices import in_office, leaders_mentioned


def other_partners_sentence(clean: str, at: int) -> bool:
    """True when the sentence around ``at`` names another country's leader and no Korean side (kinds
    ``other_partner`` and ``korean_side`` of ``data/lexicon/partners.csv``): a related item or another
    meeting of a multi-leader report (``trưa 8-6, … gặp Toàn quyền Canada``), not this meeting's date."""
    a, b = _Sentences(clean).around(at)
    return bool(partner_cue("other_partner").search(clean, a, b)) and not partner_cue("korean_side").search(
        clean, a, b
    )


# the founding of the countries' ties told as history ('opened diplomatic relations on December 22, 1992', 'thiết
# lập quan hệ ngoại giao ngày 22/12/1992'), or of a local tie told after its verb ('became sisters on May 13,
# 1996', 'kết nghĩa ngày 13/5/1996'); both are reported as "the founding of ties"
FOUNDING_RE = re.compile(
    r"(?:opened|established|set up|forged|normali[sz]ed) (?:their |full )?diplomatic (?:relations|ties)"
    r"|diplomatic (?:relations|ties) (?:were |was )?(?:opened|established|set up|date from)"
    r"|(?:thiết lập|lập|đặt) quan hệ ngoại giao"
    # a local tie's start ('became sisters on May 13, 1996', 'kết nghĩa ngày 13/5/1996')
    r"|became (?:sisters?|sister (?:cities|provinces|regions)|twinned|twin cities|friendship (?:cities|provinces))"
    r"|(?:sisterhood|sister[- ](?:city|province|region)|twinning) (?:ties|relations?|agreement)"
    r"(?: (?:were|was) (?:established|set up|forged|formed|signed))?"
    r"|(?<!ký )(?<!lễ )kết nghĩa(?: từ)?|thiết lập quan hệ hữu nghị(?: từ)?",
    re.IGNORECASE,
)


FOUNDING_CHARS = 40
# a local tie's start, given in brackets ('kết thân với Quảng Nam (10/3/2004)', 'hợp tác hữu nghị (21/10/2004)')
LOCAL_FOUNDING_RE = re.compile(r"kết thân|kết nghĩa|hữu nghị|sister|twin|friendship", re.IGNORECASE)


def background_sentence(clean: str, at: int, full: bool) -> str:
    """Why a date phrase at ``at`` is background, not this meeting's: its sentence names another
    country's leader and no Korean side (:func:`other_partners_sentence`), or, a full date, it follows
    the founding of the countries' ties or of a local tie within :data:`FOUNDING_CHARS` (``opened
    diplomatic relations on December 22, 1992``, ``became sisters on May 13, 1996``) or, in brackets, a
    local tie's start (``kết thân với Quảng Nam (10/3/2004)``);
    '' otherwise."""
    if other_partners_sentence(clean, at):
        return "about another country's leader"
    a, _ = _Sentences(clean).around(at)
    if full and FOUNDING_RE.search(clean, max(a, at - FOUNDING_CHARS), at):
        return "the founding of ties"
    bracketed = clean[:at].endswith("(") or clean.startswith("(", at)
    if full and bracketed and LOCAL_FOUNDING_RE.search(clean, max(a, at - FOUNDING_CHARS), at):
        return "the start of a local tie"  # 'kết thân với Quảng Nam (10/3/2004)'
    return ""


def nobody_in_office(clean: str, date: dt.date, leaders, today) -> str:
    """The office holders a text names, when none of them held office on ``date`` (a history date
    such as ``quan hệ ngoại giao (22/12/1992)`` in a report of a 2018 meeting); '' otherwise."""
    named = leaders_mentioned(clean, leaders)
    if not named or any(in_office(date, terms, today) for terms in named.values()):
        return ""
    return ", ".join(sorted(named))
