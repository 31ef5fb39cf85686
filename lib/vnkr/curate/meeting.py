"""What a new report says about its meeting: kind, leaders, place, and whether the meeting is known.

Each inference returns its value and the evidence (the words of the text it rests on), so ``vnkr add``
can show a person what to check. The kind vocabulary is data: ``data/lexicon/event_kinds.csv``
(``kind, lang, pattern, label_en, label_vi``; rows are tried in file order, the first that occurs wins).
"""

from __future__ import annotations

import datetime as dt
import re

import pandas as pd

from .. import paths
from ..ingest.duplicates import DUPLICATE_MIN_OVERLAP, WORD_RE
from ..ingest.offices import in_office, office_index
from ..tables.aliases import romanise
from ..tables.read import read_csv

KIND_COLUMNS = ["kind", "lang", "pattern", "label_en", "label_vi"]
# which office speaks for a country at a meeting, highest first
OFFICE_RANK = [
    "general_secretary",
    "president",
    "prime_minister",
    "assembly_chair",
    "deputy_pm",
    "foreign_minister",
    "trade_minister",
    "planning_minister",
    "defence_minister",
    "other",
]
PLACE_RE = re.compile(
    r"\b(?:tại|ở) (Hà Nội|Thủ đô Seoul|Seoul|Thành phố Hồ Chí Minh|TP\.? ?Hồ Chí Minh|"
    r"Busan|Gyeongju|Đà Nẵng|Hải Phòng|Bắc Ninh|Trụ sở Chính phủ|Phủ Chủ tịch|Nhà Xanh|Phủ Tổng thống)|"
    r"\bin (Hanoi|Ha Noi|Seoul|Busan|Gyeongju|Ho Chi Minh City|Da Nang)\b"
)
PLACE_EN = {
    "Hà Nội": "Hanoi",
    "Ha Noi": "Hanoi",
    "Thủ đô Seoul": "Seoul",
    "Trụ sở Chính phủ": "Hanoi",
    "Phủ Chủ tịch": "Hanoi",
    "Nhà Xanh": "Seoul",  # Cheong Wa Dae, the presidential compound
    "Phủ Tổng thống": "Seoul",
    "Thành phố Hồ Chí Minh": "Ho Chi Minh City",
    "TP Hồ Chí Minh": "Ho Chi Minh City",
    "TP. Hồ Chí Minh": "Ho Chi Minh City",
    "TP.Hồ Chí Minh": "Ho Chi Minh City",
    "Đà Nẵng": "Da Nang",
    "Hải Phòng": "Hai Phong",
    "Bắc Ninh": "Bac Ninh",
}


def load_event_kinds() -> pd.DataFrame:
    """``data/lexicon/event_kinds.csv``: the words that name each kind of meeting, in vi and en."""
    frame, _ = read_csv(paths.lexicon_dir() / "event_kinds.csv", KIND_COLUMNS)
    return frame


def infer_kind(text: str, kinds: pd.DataFrame) -> tuple[str | None, str]:
    """The kind of meeting the text reports and the words that say it, or ``(None, '')``.

    >>> kinds = pd.DataFrame({"kind": ["phone_call", "talks"], "pattern": ["điện đàm", "hội đàm|held talks"]})
    >>> infer_kind("Hai Thủ tướng đã hội đàm tại Hà Nội.", kinds)
    ('talks', 'hội đàm')
    """
    for kind, pattern in zip(kinds["kind"], kinds["pattern"]):
        found = re.search(r"(?<!\w)(?:" + pattern + r")(?!\w)", text, re.IGNORECASE)
        if found:
            return kind, found.group(0)
    return None, ""


def infer_leaders(text: str, day: dt.date, leaders: pd.DataFrame) -> dict[str, dict]:
    """Per country (``VN``, ``KR``), the highest-ranking office holder the text names who was in that
    office on ``day``: ``{"name", "role", "name_vi", "office"}``. Names come from ``leaders.csv``."""
    index = office_index(leaders)
    by_name = leaders.set_index("name")
    best: dict[str, tuple[int, dict]] = {}
    for person, terms in index.mentioned(text).items():
        for term in terms:
            if not in_office(day, [term]):
                continue
            row = by_name.loc[[person]]
            row = row[row["role"].eq(term.role)].iloc[0]
            office = row.get("office", "other") or "other"
            rank = OFFICE_RANK.index(office) if office in OFFICE_RANK else len(OFFICE_RANK)
            country = row["country"]
            if country not in best or rank < best[country][0]:
                best[country] = (
                    rank,
                    {
                        # a Korean name in the standard romanisation events.csv is checked against
                        "name": term.name_vi if country == "VN" else romanise(person),
                        "role": term.role.replace(f" of {_country_name(country)}", ""),
                        "name_vi": term.name_vi,
                        "office": office,
                    },
                )
    return {c: v for c, (_, v) in best.items()}


def _country_name(code: str) -> str:
    return {"VN": "Vietnam", "KR": "South Korea"}.get(code, code)


def infer_place(text: str) -> tuple[str, str]:
    """Where the text says the meeting took place (``tại Hà Nội``, ``in Seoul``), in English, and the
    words that say it; ``('', '')`` when it does not say.

    >>> infer_place("Ngày 2/7 tại Hà Nội, hai Bộ trưởng hội đàm.")
    ('Hanoi', 'tại Hà Nội')
    """
    found = PLACE_RE.search(text)
    if not found:
        return "", ""
    name = found.group(1) or found.group(2)
    return PLACE_EN.get(name, name), found.group(0)


def _shingles(text: str) -> set[tuple[str, ...]]:
    words = WORD_RE.findall(text.casefold())
    return {tuple(words[i : i + 3]) for i in range(len(words) - 2)}


def overlap(a: str, b: str) -> float:
    """Share of the shorter text's 3-word sequences found in the other (as same-event detection uses).

    >>> overlap("hai bên nhất trí thúc đẩy", "hôm nay hai bên nhất trí thúc đẩy hợp tác")
    1.0
    """
    sa, sb = _shingles(a), _shingles(b)
    return len(sa & sb) / min(len(sa), len(sb)) if sa and sb else 0.0


def matching_meeting(
    events: pd.DataFrame,
    corpus: pd.DataFrame,
    date: pd.Timestamp,
    precision: str,
    leaders: dict[str, dict],
    text: str,
) -> tuple[str | None, str]:
    """The known meeting this report is about, and why: same date and same two leaders, or a report of
    it whose text overlaps this one at least as much as same-event detection requires."""
    names = (leaders.get("VN", {}).get("name"), leaders.get("KR", {}).get("name"))
    for ev in events.itertuples(index=False):
        same_day = precision == ev.date_precision and pd.Timestamp(ev.event_date) == date
        if same_day and names[0] and names[1] and (ev.vn_leader, ev.kr_leader) == names:
            return ev.event_id, f"same date and same leaders ({names[0]}, {names[1]})"
    for doc in corpus.itertuples(index=False):
        share = overlap(text, doc.text)
        if share >= DUPLICATE_MIN_OVERLAP and doc.event_id in set(events["event_id"]):
            return doc.event_id, f"text overlaps {doc.doc_id} ({share:.2f} of its 3-word sequences)"
    return None, ""
