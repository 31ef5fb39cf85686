"""Signed documents: who signed (the two parties named in a document's title) and what it is about.

The documents themselves are the ``agreement_signed`` rows of the curated record
(:func:`load_agreements`); the extractor finds them with :mod:`vnkr.extract.rules`.
"""

from __future__ import annotations

import re

import pandas as pd

from ..tables.commitments import load_commitments
from .themes import match_themes

_ORG_HEADS = (
    r"Bộ|Cơ quan|Ngân hàng|Tập đoàn|Chính quyền|Chính phủ|Ủy ban|Uỷ ban|Viện|Tổng cục|Cục|"
    r"Trường|Đại học|Công ty|Quỹ|Hội|Tổ chức|Văn phòng|Sở|Thành phố|Tỉnh|Đài|Thông tấn xã|Học viện"
)


def parties(quote: str) -> list[str]:
    """The two signatories named in a document's title (``giữa A và B``), or ``[]``.

    >>> parties("Bản ghi nhớ về hợp tác nghề cá giữa Bộ Nông nghiệp và Môi trường Việt Nam và Bộ Thủy sản và Đại dương Hàn Quốc")
    ['Bộ Nông nghiệp và Môi trường Việt Nam', 'Bộ Thủy sản và Đại dương Hàn Quốc']
    """
    best = None
    # the split point is the last " và <organisation>" so names that contain "và" stay whole
    for m in re.finditer(r"\bgiữa ", quote):
        rest = quote[m.end() :]
        cut = None
        for k in re.finditer(r" và (?=(?:" + _ORG_HEADS + r")\b)", rest):
            cut = k
        if cut is None:
            continue
        a = rest[: cut.start()]
        tail = rest[cut.end() :]
        stop = re.search(r" về | nhằm | trong lĩnh vực ", tail)
        b = tail[: stop.start()] if stop else tail
        best = [_balanced(a), _balanced(b)]
    return best or []


def _balanced(name: str) -> str:
    name = name.strip(" .;,")
    while name.endswith(")") and name.count(")") > name.count("("):
        name = name[:-1].rstrip()
    return name


def _subject(quote: str) -> str:
    """A document's title without its signatories (ministry names are not its topic), or the whole
    title when nothing else is left (an MoU named only by who signs it)."""
    rest = quote
    for name in parties(quote):
        rest = rest.replace(name, " ")
    return rest if match_themes(rest) else quote


def load_agreements() -> pd.DataFrame:
    """Documents signed at (or in the presence of) the leaders, from the curated record.

    Columns: ``event_id, event_date, doc_id, quote, parties`` ('|'-joined signatories as titled),
    ``themes, gloss_en``.
    """
    rows = load_commitments()
    rows = rows[rows["kind"].eq("agreement_signed")].copy()
    rows["parties"] = rows["quote"].map(lambda q: "|".join(parties(q)))
    cols = ["event_id", "event_date", "doc_id", "quote", "parties", "themes", "gloss_en"]
    return rows[cols].reset_index(drop=True)
