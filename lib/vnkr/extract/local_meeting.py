"""A report of a meeting between localities: what both sides there agree on or sign is local cooperation.

Writers of the development set count local cooperation for what a Vietnamese province and a Korean
province, city or county agree on together (``Hai bên thống nhất tiếp tục tăng cường giao lưu thanh
niên …`` after a provincial chairman met a Korean governor), although no sentence names the two
localities. The report, not the sentence, says who met: a Vietnamese local office and a Korean local
office or locality named, and no national office (kinds ``vn_local_office``, ``korean_local_office``,
``korean_locality`` and ``national_office`` of ``data/lexicon/partners.csv``).
"""

from __future__ import annotations

from ..tables.lexicon import partner_cue
from .switches import rule_on

JOINT_KINDS = ("commitment", "agreement_signed")


def sentence_head(clean: str, a: int) -> str:
    """The words of ``clean`` from the start of the sentence (or line) holding ``a`` up to ``a``: where a
    row's subject and signatories stand.

    >>> sentence_head("Hai bên ký. Hai tỉnh nhất trí hợp tác.", 30)
    ' Hai tỉnh nhất trí '
    """
    return clean[max(clean.rfind(".", 0, a), clean.rfind("\n", 0, a)) + 1 : a]


def is_local_meeting(clean: str) -> bool:
    """True when ``clean`` names a Vietnamese local office and a Korean local office or locality, and
    no national office (a minister, a prime minister, an ambassador …).

    >>> is_local_meeting("Chủ tịch UBND tỉnh Bắc Ninh tiếp Tỉnh trưởng Gyeonggi.")
    True
    >>> is_local_meeting("Thủ tướng tiếp Tỉnh trưởng Gyeonggi và Chủ tịch UBND tỉnh Bắc Ninh.")
    False
    """
    korean = partner_cue("korean_local_office").search(clean) or partner_cue("korean_locality").search(clean)
    return bool(
        korean
        and partner_cue("vn_local_office").search(clean)
        and not partner_cue("national_office").search(clean)
    )


def firm_signs(head: str) -> bool:
    """True when a firm is named among a document's signers (``Chủ tịch UBND tỉnh … cùng đại diện Tập
    đoàn Doosan ký văn bản ghi nhớ``; kind ``firm_side`` of ``data/lexicon/partners.csv``): a
    province's pact with a firm is no cooperation between localities (rule ``firm_signatory``).

    >>> firm_signs("Chủ tịch UBND tỉnh cùng đại diện Tập đoàn Doosan ký")
    True
    """
    return rule_on("firm_signatory") and bool(partner_cue("firm_side").search(head))


def local_meeting(clean: str, found: list) -> list:
    """In a report of a meeting between localities (:func:`is_local_meeting`), a commitment or a signed
    document whose sentence gives both sides as its subject (``hai bên``, ``the two sides``, ``theo
    thỏa thuận``; kind ``joint_subject`` of ``data/lexicon/partners.csv``, between the sentence's
    start and the quote) is local cooperation too (rule ``local_meeting_joint``). What one side
    pledges, asks or hopes for stays as it is."""
    if not found or not rule_on("local_meeting_joint"):
        return found
    joint = partner_cue("joint_subject")
    rows = [
        i
        for i, (a, _, _, themes, kind) in enumerate(found)
        if kind in JOINT_KINDS
        and "local_cooperation" not in themes.split("|")
        and joint.search(sentence_head(clean, a))
    ]
    # the report-wide test (long lists of place names) only when a row could take its answer
    if not rows or not is_local_meeting(clean):
        return found
    return [
        (a, b, quote, f"{themes}|local_cooperation" if i in rows else themes, kind)
        for i, (a, b, quote, themes, kind) in enumerate(found)
    ]
