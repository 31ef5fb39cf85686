"""Generated corpora of meetings: ``python benchmarks/corpus_gen.py DEST [--meetings 60]``.

Writes a complete data folder (``events.csv``, ``sources.csv``, ``raw/*.txt``,
``annotations/commitments.csv``, and copies of the curated tables the loaders need) that
``VNKR_DATA_DIR=DEST`` points every loader and notebook at. Two uses:

* tests build small corpora from explicit meeting specs (:func:`write_corpus`), e.g. a theme reported at
  two summits with one short excerpt between them;
* :func:`sixty_meetings` builds 60 meetings over 2016–2025 at every level, with excerpts, second
  sources, trade targets whose deadline moves, and a one-sided request, to look at the pages at scale.

Texts are plain Vietnamese sentences, one commitment each, so every curated quote is verbatim.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import random
import shutil
import sys
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from vnkr.tables.events import EVENT_COLUMNS

ROOT = Path(__file__).resolve().parents[1]

# theme code -> a clause a meeting commits to (verbatim in the text, so it can be quoted)
PHRASES = {
    "political_trust": "tăng cường giao lưu cấp cao và tin cậy chính trị",
    "trade": "mở rộng thương mại song phương theo hướng cân bằng",
    "investment": "tạo thuận lợi cho doanh nghiệp đầu tư",
    "oda": "tiếp tục hợp tác về vốn hỗ trợ phát triển chính thức",
    "labour": "mở rộng hợp tác về lao động",
    "citizens_community": "bảo đảm quyền lợi của cộng đồng người dân mỗi nước",
    "health_covid": "phối hợp phòng chống đại dịch COVID-19",
    "defence_security": "thúc đẩy hợp tác quốc phòng và an ninh",
    "maritime_south_china_sea": "duy trì hòa bình, ổn định trên Biển Đông",
    "multilateral": "phối hợp chặt chẽ tại các diễn đàn đa phương",
    "science_technology": "đẩy mạnh hợp tác khoa học và công nghệ",
    "semiconductors_ai": "hợp tác về chất bán dẫn và trí tuệ nhân tạo",
    "energy": "hợp tác về năng lượng sạch",
    "climate_environment": "cùng ứng phó với biến đổi khí hậu",
    "culture_education_people": "thúc đẩy giao lưu văn hóa, giáo dục và nhân dân",
    "agriculture_fisheries": "mở cửa thị trường cho nông sản",
    "local_cooperation": "thúc đẩy hợp tác giữa các địa phương",
}
KINDS = {  # kind -> (title_en, title_vi, vn_role, kr_role)
    "state_visit": ("State visit", "Thăm cấp Nhà nước", "President", "President"),
    "phone_call": (
        "Prime ministers' phone call",
        "Điện đàm hai Thủ tướng",
        "Prime Minister",
        "Prime Minister",
    ),
    "foreign_ministers_talks": (
        "Foreign ministers' talks",
        "Hội đàm Bộ trưởng Ngoại giao",
        "Minister of Foreign Affairs",
        "Minister of Foreign Affairs",
    ),
    "joint_committee": (
        "Joint Committee",
        "Ủy ban hỗn hợp",
        "Minister of Industry and Trade",
        "Minister of Trade, Industry and Energy",
    ),
    "parliamentary_talks": (
        "Parliamentary talks",
        "Hội đàm Quốc hội",
        "Chair of the National Assembly",
        "Speaker of the National Assembly",
    ),
    "party_talks": (
        "Party talks",
        "Hội đàm kênh Đảng",
        "Head of the Party's External Relations Commission",
        "Party leader",
    ),
}
COPIED = [
    "milestones.csv",
    "themes.csv",
    "levels.csv",
    "annotations/leaders.csv",
    "annotations/aliases.csv",
    "external/trade_vn_kr.csv",
    "external/trade_targets_external.csv",
]


@dataclass
class Meeting:
    """One generated meeting: its date, kind, the themes its sources commit to, and its sources."""

    day: date
    kind: str = "state_visit"
    themes: list[str] = field(default_factory=lambda: ["political_trust", "trade"])
    sources: int = 1
    genre: str = ""  # manifest genre; blank = derived from the text's length
    padding_words: int = 400  # filler prose, so a report is long and an excerpt short
    extra: list[str] = field(default_factory=list)  # further sentences (targets, requests), verbatim


def _vn_leader(m: Meeting) -> str:
    if m.kind == "phone_call":
        return "Nguyễn Xuân Phúc" if m.day < date(2021, 4, 5) else "Phạm Minh Chính"
    return "Lãnh đạo Việt Nam"


def _text(m: Meeting, n: int) -> tuple[str, list[tuple[str, str]]]:
    """The raw article (byline, in-text date, one sentence per theme) and its (quote, themes) rows."""
    title_vi = KINDS[m.kind][1]
    filler_words = (
        "Hai bên đánh giá cao kết quả hợp tác thời gian qua và trao đổi về các vấn đề cùng quan tâm "
        f"trong bối cảnh mới lần thứ {n + 1}"
    ).split()
    lines = [
        f"Hà Nội, {m.day:%d/%m/%Y}",
        "",
        f"Ngày {m.day.day}/{m.day.month}, {title_vi} giữa Việt Nam và Hàn Quốc đã diễn ra.",
    ]
    rows = []
    for theme in m.themes:
        clause = PHRASES[theme]
        lines.append(f"Hai bên nhất trí {clause}.")
        rows.append((clause, theme))
    lines += m.extra
    words = [filler_words[i % len(filler_words)] for i in range(m.padding_words)]
    for i in range(0, len(words), 40):
        lines.append(" ".join(words[i : i + 40]) + ".")
    return "\n".join(lines) + "\n", rows


def write_corpus(dest: Path, meetings: list[Meeting]) -> Path:
    """Write a data folder for ``meetings`` at ``dest`` (created), and return it."""
    dest = Path(dest)
    for sub in ("raw", "annotations", "external", "processed"):
        (dest / sub).mkdir(parents=True, exist_ok=True)
    for rel in COPIED:
        shutil.copyfile(ROOT / "data" / rel, dest / rel)
    if (ROOT / "data" / "lexicon").is_dir():  # the word lists the dating and extraction rules read
        shutil.copytree(ROOT / "data" / "lexicon", dest / "lexicon", dirs_exist_ok=True)
    events, sources, commitments = [], [], []
    for i, m in enumerate(sorted(meetings, key=lambda m: m.day)):
        eid = f"{m.day:%Y-%m-%d}-{m.kind}"  # the project's id: date at its precision, then kind
        doc_ids = []
        for s in range(m.sources):
            doc_id = f"g{i:03d}_{s}"
            text, rows = _text(m, s)
            (dest / "raw" / f"{doc_id}.txt").write_text(text, encoding="utf-8")
            sha = hashlib.sha256(text.encode("utf-8")).hexdigest()
            sources.append(
                [
                    doc_id,
                    f"{doc_id}.txt",
                    sha,
                    "generated",
                    KINDS[m.kind][1],
                    f"{doc_id}.txt",
                    "generated by benchmarks/corpus_gen.py",
                    m.genre,
                ]
            )
            if s == 0:
                commitments += [
                    [eid, doc_id, quote, theme, "commitment", f"({theme})"] for quote, theme in rows
                ]
            doc_ids.append(doc_id)
        title_en, title_vi, vn_role, kr_role = KINDS[m.kind]
        events.append(
            [
                eid,
                f"{m.day:%Y-%m-%d}",
                "day",
                m.kind,
                title_en,
                title_vi,
                _vn_leader(m),
                vn_role,
                "Korean leader",
                kr_role,
                "Seoul",
                "|".join(doc_ids),
                "",
            ]
        )
    _write(
        dest / "events.csv",
        EVENT_COLUMNS,
        events,
    )
    _write(
        dest / "sources.csv",
        ["doc_id", "file", "sha256", "outlet", "title", "original_name", "note", "genre"],
        sources,
    )
    _write(
        dest / "annotations" / "commitments.csv",
        ["event_id", "doc_id", "quote", "themes", "kind", "gloss_en"],
        commitments,
    )
    return dest


def _write(path: Path, header: list[str], rows: list[list]) -> None:
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


TARGET_2021 = "Hai bên nhất trí sớm hoàn thành mục tiêu nâng kim ngạch thương mại song phương lên 100 tỷ USD."
TARGET_2023 = "Hai bên nhất trí nâng kim ngạch thương mại song phương lên 100 tỷ USD vào năm 2023."
TARGET_2030 = "Hai bên phấn đấu nâng kim ngạch thương mại song phương lên 150 tỷ USD vào năm 2030."
REQUEST = (
    "Phía Việt Nam đề nghị Hàn Quốc mở cửa thị trường, hướng tới mục tiêu nâng kim ngạch thương mại "
    "hai chiều lên 100 tỷ USD."
)


def sixty_meetings(seed: int = 14, n: int = 60) -> list[Meeting]:
    """``n`` meetings over 2016–2025 at every level: COVID themes only 2020–2022, chips from 2023, ODA
    fading after 2019; one in six covered by a short excerpt; trade targets whose deadline moves."""
    rng = random.Random(seed)
    kinds = (
        ["state_visit"] * 3
        + ["phone_call"] * 3
        + ["foreign_ministers_talks"] * 3
        + ["joint_committee"] * 2
        + ["parliamentary_talks", "party_talks"]
    )
    start, span = date(2016, 5, 1), (date(2025, 12, 15) - date(2016, 5, 1)).days
    days = sorted({start + timedelta(days=rng.randrange(span)) for _ in range(n * 2)})
    days = sorted(rng.sample(days, n))
    out = []
    for i, d in enumerate(days):
        pool = [
            t
            for t in PHRASES
            if not (t == "health_covid" and not 2020 <= d.year <= 2022)
            and not (t == "semiconductors_ai" and d.year < 2023)
            and not (t == "oda" and d.year > 2019)
        ]
        excerpt = i % 6 == 3
        themes = rng.sample(pool, 2 if excerpt else rng.randint(5, 10))
        if "political_trust" not in themes and not excerpt:
            themes.insert(0, "political_trust")
        extra = []
        if d.year == 2021 and not excerpt:
            extra = [TARGET_2021, REQUEST] if i % 2 else [TARGET_2021]
        elif d.year in (2022, 2023) and not excerpt:
            extra = [TARGET_2023, TARGET_2030]
        elif d.year >= 2024 and not excerpt and i % 3 == 0:
            extra = [TARGET_2030]
        out.append(
            Meeting(
                day=d,
                kind=rng.choice(kinds),
                themes=themes,
                sources=2 if i % 10 == 5 else 1,
                genre="" if i % 5 == 0 else ("excerpt" if excerpt else "news_report"),
                padding_words=60 if excerpt else rng.randint(300, 900),
                extra=extra,
            )
        )
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dest", type=Path)
    ap.add_argument("--meetings", type=int, default=60)
    ap.add_argument("--seed", type=int, default=14)
    args = ap.parse_args(argv)
    write_corpus(args.dest, sixty_meetings(args.seed, args.meetings))
    print(f"{args.meetings} meetings written to {args.dest} (VNKR_DATA_DIR={args.dest})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
