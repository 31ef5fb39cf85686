"""Same-event reports: documents with compatible dates whose 3-word sequences overlap.

Two reports of one event share long word sequences; unrelated reports share only set phrases
("quan hệ Đối tác chiến lược", "hai nước"). Containment of 3-word shingles (share of the shorter
text's shingles found in the longer) is 0.89 for the seeds' same-call pair (000/002) and at most 0.19
for the nine other pairs, all about Vietnam–Korea relations; 0.5 sits between with room on both
sides and still catches a rewrite that keeps half of its source's phrasing.
"""

from __future__ import annotations

import re
from collections import defaultdict

import numpy as np
import pandas as pd

from ..errors import Problem

DUPLICATE_MIN_OVERLAP = 0.5
WORD_RE = re.compile(r"\w+")


def new_vocab() -> defaultdict:
    """word -> id, a new word getting the next id (ids in order of first appearance)."""
    vocab: defaultdict[str, int] = defaultdict()
    vocab.default_factory = vocab.__len__
    return vocab


_C = np.array([0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F, 0x165667B19E3779F9], dtype=np.uint64)


def _shingle_codes(texts: list[str]) -> list[np.ndarray]:
    """Per text, the sorted unique 64-bit codes of its 3-word sequences (case-folded).

    Words get ids in order of first appearance over all texts, so codes are the same in every
    process; Python's string hash is salted per process and would make the MinHash screen vary
    between runs. Each text's words live only while its codes are computed (a corpus-wide word list
    would hold millions of string objects).
    """
    vocab = new_vocab()
    out = []
    for t in texts:
        words = WORD_RE.findall(t.casefold())
        out.append(_codes_of(np.fromiter(map(vocab.__getitem__, words), dtype=np.uint64, count=len(words))))
    return out


def _codes_of(x: np.ndarray) -> np.ndarray:
    if len(x) < 3:
        return np.zeros(0, dtype=np.uint64)
    h = x[:-2] * _C[0] + x[1:-1] * _C[1] + x[2:] * _C[2]  # wraps modulo 2**64 by design
    h ^= h >> np.uint64(31)
    h = np.sort(h * _C[0])
    return h[np.concatenate(([True], h[1:] != h[:-1]))]  # unique; sort-based is faster here


# MinHash with 64 multiply-shift hash functions ((a*h) mod 2^64) >> 32: the share of equal minima
# estimates the Jaccard similarity, which screens candidate pairs cheaply; only screened pairs are
# compared exactly. Fixed seed: the screen is deterministic.
_A = (
    np.random.default_rng(20210722).integers(0, 1 << 62, size=64, dtype=np.uint64) * np.uint64(2)
    + np.uint64(1)
)[:, None]


def _signature(shingles: np.ndarray) -> np.ndarray:
    if not len(shingles):
        return np.full(64, -1, dtype=np.int64)
    return ((_A * (shingles >> np.uint64(32))[None, :]) >> np.uint64(32)).min(axis=1).astype(np.int64)


class _Groups:
    """Union-find over doc positions; the smallest position (earliest doc id) is each group's root."""

    def __init__(self):
        self.parent: dict[int, int] = {}

    def root(self, x: int) -> int:
        while self.parent.get(x, x) != x:
            self.parent[x] = x = self.parent.get(self.parent[x], self.parent[x])
        return x

    def join(self, a: int, b: int) -> None:
        ra, rb = self.root(a), self.root(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def find_duplicates(docs: pd.DataFrame, min_overlap: float = DUPLICATE_MIN_OVERLAP) -> pd.DataFrame:
    """Same-event pairs: compatible dates and a high share of shared 3-word sequences.

    ``docs`` has ``doc_id, event_date, date_precision, text``. Dates are compatible when equal, or
    when one is month-precision and the other falls in that month; only such pairs are candidates
    (documents are blocked by month, then day), so the work grows with the reports per day, not with
    the corpus squared. A MinHash estimate screens candidates, and a pair whose documents are already
    grouped is skipped. Returns the pairs that joined groups, ``doc_id, other_id, overlap`` with
    ``doc_id`` the earlier id; overlap = shared shingles / shingles of the shorter text.

    >>> docs = pd.DataFrame({"doc_id": ["a", "b"], "event_date": pd.to_datetime(["2021-07-01", "2021-07-22"]),
    ...                      "date_precision": ["month", "day"],
    ...                      "text": ["hai bên nhất trí thúc đẩy hợp tác", "hôm nay hai bên nhất trí thúc đẩy hợp tác"]})
    >>> find_duplicates(docs)[["doc_id", "other_id"]].values.tolist()
    [['a', 'b']]
    """
    order = sorted(range(len(docs)), key=docs["doc_id"].tolist().__getitem__)
    pick = lambda col: [col[i] for i in order]  # noqa: E731  plain lists: per-row pandas access is slow
    ids, dates, precisions = (
        pick(docs["doc_id"].tolist()),
        pick(list(docs["event_date"])),
        pick(docs["date_precision"].tolist()),
    )
    blocks = _date_blocks(dates, precisions)
    paired = _paired(blocks)
    if "_word_ids" in docs:  # words already split and numbered by the loader
        all_words = docs["_word_ids"].tolist()
        codes = [_codes_of(all_words[order[i]]) for i in paired]
    else:
        texts = pick(docs["text"].tolist())
        codes = _shingle_codes([texts[i] for i in paired])
    screen = _Screen(len(ids), dict(zip(paired, codes)), min_overlap)
    for a, cands in _candidates(blocks):
        screen.compare(a, cands)
    return pd.DataFrame(
        [{"doc_id": ids[a], "other_id": ids[b], "overlap": o} for a, b, o in screen.pairs],
        columns=["doc_id", "other_id", "overlap"],
    )


def _date_blocks(dates: list, precisions: list[str]) -> dict:
    """Positions by (year, month): month-precision documents, and day-precision ones by day."""
    blocks: dict[tuple[int, int], dict] = defaultdict(lambda: {"month": [], "days": defaultdict(list)})
    for i, (date, precision) in enumerate(zip(dates, precisions)):
        block = blocks[(date.year, date.month)]
        (block["month"] if precision == "month" else block["days"][date.day]).append(i)
    return blocks


def _paired(blocks: dict) -> list[int]:
    """Positions of the documents that have a date-compatible partner (their shingles are needed)."""
    return sorted(
        {
            i
            for block in blocks.values()
            for i in (block["month"] + [j for day in block["days"].values() for j in day])
            if len(block["month"]) + sum(map(len, block["days"].values())) > 1
        }
    )


def _candidates(blocks: dict):
    """``(a, candidates)`` to compare: each document against the later ones of its day, and each
    month-precision document against everything later in its month."""
    for block in blocks.values():
        days = list(block["days"].values())
        for day in days:
            members = np.asarray(day)
            for n in range(len(day) - 1):
                yield day[n], members[n + 1 :]
        month = block["month"]
        others = [i for day in days for i in day]
        if month and len(month) + len(others) > 1:
            members = np.asarray(month + others)
            for n, a in enumerate(month):
                yield a, members[n + 1 :]


class _Screen:
    """Pairwise comparison with a MinHash screen; ``pairs`` collects ``(a, b, overlap)``, ``a < b``."""

    def __init__(self, n: int, shingles: dict[int, np.ndarray], min_overlap: float):
        self.shingles, self.min_overlap = shingles, min_overlap
        self.signatures = np.zeros((n, 64), dtype=np.int64)
        self.sizes = np.zeros(n, dtype=np.float64)
        for i, codes in shingles.items():
            self.signatures[i] = _signature(codes)
            self.sizes[i] = len(codes)
        # Group label per document (the earliest member's position). A numpy array, so the candidates
        # of a document are filtered by group in one vectorised step even when a block holds thousands.
        self.label = np.arange(n)
        self.pairs: list[tuple[int, int, float]] = []

    def compare(self, a: int, cands: np.ndarray) -> None:
        sizes, label = self.sizes, self.label
        if not sizes[a] or not len(cands):
            return
        jaccard = (self.signatures[cands] == self.signatures[a]).mean(axis=1)
        small = np.minimum(sizes[cands], sizes[a])
        # containment implied by the estimated Jaccard; screen with a margin below the threshold
        implied = jaccard * (sizes[cands] + sizes[a]) / (1 + jaccard) / np.maximum(small, 1)
        keep = (implied >= self.min_overlap * 0.6) & (sizes[cands] > 0) & (label[cands] != label[a])
        cands, jaccard = cands[keep], jaccard[keep]
        if not len(cands):
            return
        best_first = np.argsort(-jaccard, kind="stable")  # per group, try its most similar member
        _, first = np.unique(label[cands[best_first]], return_index=True)
        sa = self.shingles[a]
        for b in cands[best_first[first]]:
            if label[b] == label[a]:
                continue
            sb = self.shingles[b]
            overlap = len(np.intersect1d(sa, sb, assume_unique=True)) / min(len(sa), len(sb))
            if overlap >= self.min_overlap:
                keep_label, gone = sorted((label[a], label[b]))
                label[label == gone] = keep_label
                self.pairs.append((min(a, b), max(a, b), round(overlap, 3)))


def apply_duplicates(df: pd.DataFrame, pairs: pd.DataFrame, problems: list[Problem]) -> pd.DataFrame:
    """Mark duplicates (each later doc points at the earliest doc of its group) and give a
    month-precision report the day of its same-event twin."""
    df = df.copy()
    df["duplicate_of"] = pd.Series(pd.NA, index=df.index, dtype="string")
    df["duplicate_overlap"] = float("nan")
    if pairs.empty:
        return df
    groups = _Groups()
    pos = {d: i for i, d in enumerate(df["doc_id"])}
    best: dict[int, float] = {}
    for a, b, s in zip(pairs["doc_id"], pairs["other_id"], pairs["overlap"]):
        groups.join(pos[a], pos[b])  # pairs name the earlier id first, so roots are earliest ids
        for x in (pos[a], pos[b]):
            best[x] = max(best.get(x, 0.0), s)
    ids, dates = df["doc_id"].tolist(), df["event_date"].tolist()
    precisions, sources, event_ids = (
        df["date_precision"].tolist(),
        df["date_source"].tolist(),
        df["event_id"].tolist(),
    )
    dup_of = [pd.NA] * len(df)
    members: dict[int, list[int]] = defaultdict(list)
    for x in best:
        r = groups.root(x)
        members[r].append(x)
        if r != x:
            dup_of[x] = ids[r]
    # a month-only date takes the day its same-event twins agree on
    for group in members.values():
        twins_by_month: dict[tuple[int, int], list[int]] = defaultdict(list)
        for g in group:
            if precisions[g] == "day":
                twins_by_month[(dates[g].year, dates[g].month)].append(g)
        for i in (g for g in group if precisions[g] == "month"):
            twins = twins_by_month.get((dates[i].year, dates[i].month), [])
            days = sorted({dates[g] for g in twins})
            if len(days) == 1:
                twin = min(twins)  # positions follow doc ids: the earliest twin
                sources[i] = (
                    f"day {days[0].day} from same-event twin {ids[twin]} (overlap "
                    f"{best[twin]:.2f}); {sources[i]}"
                )
                dates[i], precisions[i], event_ids[i] = days[0], "day", days[0].strftime("%Y-%m-%d")
            elif len(days) > 1:
                problems.append(
                    Problem(
                        df["file"].iat[i],
                        None,
                        "same-event twins give different days ("
                        + ", ".join(f"{d:%Y-%m-%d}" for d in days)
                        + "); kept month precision",
                        "warning",
                    )
                )
    df["duplicate_of"] = pd.array(dup_of, dtype="string")
    df["duplicate_overlap"] = [best.get(i, float("nan")) for i in range(len(df))]
    df["event_date"] = pd.to_datetime(pd.Series(dates, index=df.index)).astype("datetime64[ns]")
    df["date_precision"], df["date_source"], df["event_id"] = precisions, sources, event_ids
    return df


# --------------------------------------------------------------------------- the corpus

# From this many files on, articles are cleaned and dated in worker processes (one per CPU, fork):
