"""Corpus loader: raw Vietnamese news pages -> one clean, dated, de-duplicated row per document.

CONTRACT (implemented by issue 2; other modules rely on these names):
- load_corpus(raw_dir=None, manifest=None, strict=True) -> DataFrame, or (DataFrame, problems
  DataFrame[file, line, reason, severity]) when strict=False. Columns at least: doc_id, file, sha256,
  outlet, title, event_id, event_date (datetime64), date_precision ('day'|'month'), date_source,
  text (cleaned, NFC), n_chars_raw, n_chars_clean, duplicate_of.
- parse_article(text, name) -> dict with the same per-document fields (no manifest needed).
- clean_text(text) -> (clean_text, removed_blocks list[dict]) ; idempotent on clean text.
- cleaning_log(raw_dir=None) -> DataFrame[doc_id, file, line_start, line_end, rule, reason, text].
- load_manifest(path=None) -> DataFrame of data/sources.csv.
- load_leaders() -> DataFrame of data/annotations/leaders.csv.
- read_text(path) -> str: decode UTF-8 (BOM ok), NFC, \\n line endings; DataError on bad bytes.

Cleaning rules live in :mod:`vnkr.cleaning`, dating in :mod:`vnkr.dates`; this module does the I/O
(manifest, hashes, decoding), same-event duplicate detection and the table.
"""
from __future__ import annotations

import hashlib
import multiprocessing as mp
import re
import unicodedata
from collections import defaultdict
from pathlib import Path

import numpy as np
import pandas as pd

from . import parallel, paths
from .cleaning import clean_text, clean_text_and_words, first_line_title
from .dates import DateNotFound, in_office, leader_index, leaders_mentioned, resolve_event_date
from .errors import DataError, Problem

__all__ = ["load_corpus", "parse_article", "clean_text", "cleaning_log", "load_manifest",
           "load_leaders", "read_text", "find_duplicates", "validate"]

COLUMNS = ["doc_id", "file", "sha256", "outlet", "title", "event_id", "event_date", "date_precision",
           "date_source", "text", "n_chars_raw", "n_chars_clean", "duplicate_of", "duplicate_overlap"]
MANIFEST_COLUMNS = ["doc_id", "file", "sha256", "outlet", "title", "original_name", "note"]
LEADER_COLUMNS = ["name", "name_vi", "aliases", "country", "role", "role_vi", "term_start", "term_end",
                  "checked_on", "source_url"]
LOG_COLUMNS = ["doc_id", "file", "line_start", "line_end", "rule", "reason", "text"]

# Two reports of one event share long word sequences; unrelated reports share only set phrases
# ("quan hệ Đối tác chiến lược", "hai nước"). Containment of 3-word shingles (share of the shorter
# text's shingles found in the longer) is 0.89 for the seeds' same-call pair (000/002) and at most 0.19
# for the nine other pairs, all about Vietnam–Korea relations; 0.5 sits between with room on both
# sides and still catches a rewrite that keeps half of its source's phrasing.
DUPLICATE_MIN_OVERLAP = 0.5

# Dateline tags that name the outlet ("(ĐCSVN) - Hai Bộ trưởng ...").
DATELINE_OUTLETS = {
    "ĐCSVN": "Báo điện tử Đảng Cộng sản Việt Nam (dangcongsan.vn)",
    "Chinhphu.vn": "Cổng Thông tin điện tử Chính phủ (chinhphu.vn)",
    "VGP": "Cổng Thông tin điện tử Chính phủ (baochinhphu.vn)",
    "QĐND": "Báo Quân đội nhân dân",
    "NDO": "Báo Nhân Dân",
    "VOV": "Đài Tiếng nói Việt Nam (VOV)",
}
DATELINE_RE = re.compile(r"^\((" + "|".join(map(re.escape, DATELINE_OUTLETS)) + r")\)\s*[-–]", re.M)
WORD_RE = re.compile(r"\w+")


# --------------------------------------------------------------------------- reading


def _decode(data: bytes, name: str) -> str:
    """Bytes of one raw file -> NFC text with ``\\n`` line endings, or DataError naming the file."""
    if not data.strip():
        raise DataError(Problem(name, None, f"empty file ({len(data)} bytes)"))
    if b"\x00" in data:
        offset = data.index(b"\x00")
        raise DataError(Problem(name, data[:offset].count(b"\n") + 1,
                                f"binary file (NUL byte at offset {offset}); expected UTF-8 text"))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[:exc.start].count(b"\n") + 1
        raise DataError(Problem(name, line, (
            f"not UTF-8: byte 0x{data[exc.start]:02x} at offset {exc.start} cannot be decoded "
            "(a legacy encoding such as Windows-1258?); re-save the file as UTF-8"))) from None
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    if not text.strip():
        raise DataError(Problem(name, None, "empty file (whitespace only)"))
    return text


def read_text(path: str | Path) -> str:
    """Read one raw article: UTF-8 (BOM tolerated), NFC, ``\\n`` line endings; DataError if it is
    empty, binary or not UTF-8, naming the file and the byte offset/line where decoding failed.

    >>> read_text(paths.raw_dir() / "001_22eb234d55eac9d6.txt").splitlines()[0][:20]
    'Phát triển hơn nữa q'
    """
    path = Path(path)
    return _decode(path.read_bytes(), _display(path))


def _display(path: Path) -> str:
    """A path as users see it in messages: relative to the repository when inside it."""
    try:
        return str(path.resolve().relative_to(paths.ROOT))
    except ValueError:
        return str(path)


# --------------------------------------------------------------------------- curated tables


def load_manifest(path: str | Path | None = None) -> pd.DataFrame:
    """``data/sources.csv``: one row per raw file (doc_id, file, sha256, outlet, title, original_name,
    note), as strings with blanks as NA.

    >>> load_manifest().loc[1, "outlet"][:8]
    'Báo điện'
    """
    path = Path(path) if path else paths.data_dir() / "sources.csv"
    df = pd.read_csv(path, dtype=str, keep_default_na=False)
    missing = [c for c in MANIFEST_COLUMNS if c not in df.columns]
    if missing:
        raise DataError(Problem(_display(path), 1, f"manifest lacks columns {missing}"))
    return df.replace({"": pd.NA})


def load_leaders(path: str | Path | None = None) -> pd.DataFrame:
    """``data/annotations/leaders.csv``: office holders and their terms, dates as ``datetime.date``.

    A blank ``term_end`` means still in office as far as known on ``checked_on``.

    >>> leaders = load_leaders()
    >>> str(leaders.set_index("name").loc["Lee Jae Myung", "term_start"])
    '2025-06-04'
    """
    path = Path(path) if path else paths.annotations_dir() / "leaders.csv"
    df = pd.read_csv(path, dtype=str, keep_default_na=False)
    problems = [Problem(_display(path), 1, f"missing column {c!r}") for c in LEADER_COLUMNS if c not in df]
    if problems:
        raise DataError(problems)
    for col in ("term_start", "term_end", "checked_on"):
        parsed = pd.to_datetime(df[col].replace("", None), format="%Y-%m-%d", errors="coerce")
        bad = df[col].ne("") & parsed.isna()
        problems += [Problem(_display(path), i + 2, f"{col} {df.at[i, col]!r} is not YYYY-MM-DD")
                     for i in df.index[bad]]
        df[col] = [d.date() if pd.notna(d) else pd.NA for d in parsed]
    problems += [Problem(_display(path), i + 2, "term_start is required") for i in df.index[df["term_start"].isna()]]
    if problems:
        raise DataError(problems)
    return df


# --------------------------------------------------------------------------- one article


def _parse(text: str, name: str, leaders: pd.DataFrame | None,
           vocab: dict | None = None) -> tuple[dict, list[dict], list[str]]:
    """Clean and date one decoded article; (fields, removed blocks, warnings). DataError if undatable.

    With ``vocab`` (a ``defaultdict`` giving new words the next id), ``fields['_word_ids']`` holds
    the clean text's words as ids, so duplicate detection need not split the text again.
    """
    clean, removed, words = clean_text_and_words(text)
    if not clean.strip():
        raise DataError(Problem(name, None, "no article text left after removing boilerplate"))
    try:
        when = resolve_event_date(clean, removed, leaders)
    except DateNotFound as exc:
        raise DataError(Problem(name, None, str(exc))) from None
    tag = DATELINE_RE.search(clean)
    fields = {
        "doc_id": Path(name).stem, "file": name,
        "outlet": DATELINE_OUTLETS[tag.group(1)] if tag else pd.NA,
        "title": first_line_title(clean) or pd.NA,
        "event_id": when.event_id, "event_date": when.date, "date_precision": when.precision,
        "date_source": when.source, "text": clean,
        "n_chars_raw": len(text), "n_chars_clean": len(clean),
    }
    if vocab is not None:
        fields["_word_ids"] = np.fromiter(map(vocab.__getitem__, words), dtype=np.uint64, count=len(words))
    if leaders is not None and when.precision == "day":
        day = when.date.date()
        for person, terms in leaders_mentioned(clean, leaders).items():
            if not in_office(day, terms):
                when.warnings.append(f"{person} ({terms[0].role}) is not in office on "
                                     f"{when.event_id} according to leaders.csv")
    return fields, removed, when.warnings


def parse_article(text: str, name: str = "article.txt") -> dict:
    """Clean and date one article given as text, without the manifest: the per-file step of
    :func:`load_corpus`, so a new article can be tried before it is added. ``text`` is normalised to
    NFC and ``\\n`` here. Raises DataError naming ``name`` when no date can be established.

    >>> doc = parse_article(" date 2022-12 Hai bên nhất trí nâng cấp quan hệ.", "new.txt")
    >>> doc["event_id"], doc["date_precision"], doc["text"]
    ('2022-12', 'month', 'Hai bên nhất trí nâng cấp quan hệ.')
    """
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    fields, _, _ = _parse(text, name, load_leaders())
    fields["duplicate_of"] = pd.NA
    return fields


# --------------------------------------------------------------------------- duplicates


_C = np.array([0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F, 0x165667B19E3779F9], dtype=np.uint64)


def _shingle_codes(texts: list[str]) -> list[np.ndarray]:
    """Per text, the sorted unique 64-bit codes of its 3-word sequences (case-folded).

    Words get ids in order of first appearance over all texts, so codes are the same in every
    process; Python's string hash is salted per process and would make the MinHash screen vary
    between runs. Each text's words live only while its codes are computed (a corpus-wide word list
    would hold millions of string objects).
    """
    vocab: defaultdict[str, int] = defaultdict()
    vocab.default_factory = vocab.__len__  # a new word gets the next id
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
_A = (np.random.default_rng(20210722).integers(0, 1 << 62, size=64, dtype=np.uint64) * np.uint64(2)
      + np.uint64(1))[:, None]


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
    all_ids = docs["doc_id"].tolist()  # plain lists: per-row pandas access is slow on big corpora
    order = sorted(range(len(docs)), key=all_ids.__getitem__)
    ids = [all_ids[i] for i in order]
    all_texts = docs["text"].tolist()
    texts = [all_texts[i] for i in order]
    all_dates = list(docs["event_date"])
    dates = [all_dates[i] for i in order]
    all_precisions = docs["date_precision"].tolist()
    precisions = [all_precisions[i] for i in order]
    blocks: dict[tuple[int, int], dict] = defaultdict(lambda: {"month": [], "days": defaultdict(list)})
    for i, (date, precision) in enumerate(zip(dates, precisions)):
        block = blocks[(date.year, date.month)]
        (block["month"] if precision == "month" else block["days"][date.day]).append(i)
    shingles: dict[int, np.ndarray] = {}
    signatures = np.zeros((len(ids), 64), dtype=np.int64)
    sizes = np.zeros(len(ids), dtype=np.float64)
    # Group label per document (the earliest member's position). A numpy array, so the candidates
    # of a document are filtered by group in one vectorised step even when a block holds thousands.
    label = np.arange(len(ids))
    rows = []

    # shingles of every document that has a date-compatible partner, computed in one pass
    paired = sorted({i for block in blocks.values()
                     for i in (block["month"] + [j for day in block["days"].values() for j in day])
                     if len(block["month"]) + sum(map(len, block["days"].values())) > 1})
    if "_word_ids" in docs:  # words already split and numbered by the loader
        all_words = docs["_word_ids"].tolist()
        codes_of_paired = [_codes_of(all_words[order[i]]) for i in paired]
    else:
        codes_of_paired = _shingle_codes([texts[i] for i in paired])
    for i, codes in zip(paired, codes_of_paired):
        shingles[i] = codes
        signatures[i] = _signature(codes)
        sizes[i] = len(codes)

    def compare(a: int, cands: np.ndarray) -> None:
        if not sizes[a] or not len(cands):
            return
        jaccard = (signatures[cands] == signatures[a]).mean(axis=1)
        small = np.minimum(sizes[cands], sizes[a])
        # containment implied by the estimated Jaccard; screen with a margin below the threshold
        implied = jaccard * (sizes[cands] + sizes[a]) / (1 + jaccard) / np.maximum(small, 1)
        keep = (implied >= min_overlap * 0.6) & (sizes[cands] > 0) & (label[cands] != label[a])
        cands, jaccard = cands[keep], jaccard[keep]
        if not len(cands):
            return
        best_first = np.argsort(-jaccard, kind="stable")  # per group, try its most similar member
        _, first = np.unique(label[cands[best_first]], return_index=True)
        sa = shingles[a]
        for b in cands[best_first[first]]:
            if label[b] == label[a]:
                continue
            sb = shingles[b]
            overlap = len(np.intersect1d(sa, sb, assume_unique=True)) / min(len(sa), len(sb))
            if overlap >= min_overlap:
                keep_label, gone = sorted((label[a], label[b]))
                label[label == gone] = keep_label
                rows.append({"doc_id": ids[min(a, b)], "other_id": ids[max(a, b)],
                             "overlap": round(overlap, 3)})

    for block in blocks.values():
        days = list(block["days"].values())
        for day in days:
            if len(day) > 1:
                members = np.asarray(day)
                for n in range(len(day) - 1):
                    compare(day[n], members[n + 1:])
        month = block["month"]
        others = [i for day in days for i in day]
        if month and len(month) + len(others) > 1:
            members = np.asarray(month + others)
            for n, a in enumerate(month):
                compare(a, members[n + 1:])
    return pd.DataFrame(rows, columns=["doc_id", "other_id", "overlap"])


def _apply_duplicates(df: pd.DataFrame, pairs: pd.DataFrame, problems: list[Problem]) -> pd.DataFrame:
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
    precisions, sources, event_ids = df["date_precision"].tolist(), df["date_source"].tolist(), df["event_id"].tolist()
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
                sources[i] = (f"day {days[0].day} from same-event twin {ids[twin]} (overlap "
                              f"{best[twin]:.2f}); {sources[i]}")
                dates[i], precisions[i], event_ids[i] = days[0], "day", days[0].strftime("%Y-%m-%d")
            elif len(days) > 1:
                problems.append(Problem(df["file"].iat[i], None, "same-event twins give different days ("
                                        + ", ".join(f"{d:%Y-%m-%d}" for d in days) + "); kept month precision",
                                        "warning"))
    df["duplicate_of"] = pd.array(dup_of, dtype="string")
    df["duplicate_overlap"] = [best.get(i, float("nan")) for i in range(len(df))]
    df["event_date"] = pd.to_datetime(pd.Series(dates, index=df.index)).astype("datetime64[ns]")
    df["date_precision"], df["date_source"], df["event_id"] = precisions, sources, event_ids
    return df


# --------------------------------------------------------------------------- the corpus

# From this many files on, articles are cleaned and dated in worker processes (one per CPU, fork):
# below it, starting the workers costs more than it saves.
PARALLEL_MIN_FILES = 2000
_WORKER: dict = {}  # the leaders index, set before the workers fork so they inherit it


def _new_vocab() -> defaultdict:
    vocab: defaultdict[str, int] = defaultdict()  # word -> id, in order of first appearance
    vocab.default_factory = vocab.__len__
    return vocab


def _parse_chunk(chunk: list[tuple[str, bytes]]) -> tuple[list, list[str]]:
    """Decode, clean and date files in order: per file ``(fields, removed, warnings)`` or its list
    of problems, and the chunk's words in the order of their ids in ``fields['_word_ids']``."""
    vocab = _new_vocab()
    out: list = []
    for name, data in chunk:
        try:
            out.append(_parse(_decode(data, name), name, _WORKER["leaders"], vocab))
        except DataError as exc:
            out.append(list(exc.problems))
    return out, list(vocab)


def _parse_all(jobs: list[tuple[str, bytes]], leaders) -> list:
    """:func:`_parse_chunk` over all jobs, in order, in worker processes for large corpora.

    Word ids are renumbered chunk by chunk in file order, so every word gets the id of its first
    appearance over the whole corpus, exactly as a single pass would give."""
    _WORKER["leaders"] = leaders
    n_proc = parallel.workers_available()  # 1 in a threaded process such as a Jupyter kernel
    if len(jobs) < PARALLEL_MIN_FILES or n_proc < 2:
        chunks_out = [_parse_chunk(jobs)]
    else:
        size = -(-len(jobs) // (n_proc * 4))  # several chunks per worker evens out their loads
        with mp.get_context("fork").Pool(n_proc) as pool:
            chunks_out = pool.map(_parse_chunk, [jobs[i:i + size] for i in range(0, len(jobs), size)])
    vocab, results = _new_vocab(), []
    for out, words in chunks_out:
        remap = np.fromiter(map(vocab.__getitem__, words), dtype=np.uint64, count=len(words))
        for r in out:
            if isinstance(r, tuple):
                r[0]["_word_ids"] = remap[r[0]["_word_ids"].astype(np.intp)]
            results.append(r)
    return results



def _load(raw_dir, manifest) -> tuple[pd.DataFrame, list[Problem], list[dict]]:
    raw_dir = Path(raw_dir) if raw_dir else paths.raw_dir()
    if isinstance(manifest, pd.DataFrame):
        man, man_name = manifest.copy(), "manifest"
    else:
        man_path = Path(manifest) if manifest else (raw_dir.parent / "sources.csv" if raw_dir
                                                    else paths.data_dir() / "sources.csv")
        man, man_name = load_manifest(man_path), _display(man_path)
    leaders = leader_index(load_leaders())
    problems: list[Problem] = []
    by_file = {f: i for i, f in zip(man.index, man["file"]) if pd.notna(f)}
    files = sorted(p for p in raw_dir.iterdir() if p.is_file() and not p.name.startswith("."))
    present = {p.name for p in files}
    for f, i in by_file.items():
        if Path(f).name not in present:
            problems.append(Problem(man_name, int(i) + 2, f"manifest row for {f!r} has no file in "
                                                          f"{_display(raw_dir)}"))
    records, logs = [], []
    man_rows = man.to_dict("index")  # row label -> {column: value}; .loc per file is slow
    shown_dir = _display(raw_dir)  # resolved once: Path.resolve per file is slow on big corpora
    first_with: dict[str, str] = {}  # sha256 -> the first file with those bytes
    outcome: list = []  # per file, in order: a Problem, or (name, sha, manifest row) to parse
    jobs: list[tuple[str, bytes]] = []
    for path in files:
        name = f"{shown_dir}/{path.name}"
        data = path.read_bytes()  # read once: hash and text come from the same bytes
        sha = hashlib.sha256(data).hexdigest()
        row = by_file.get(path.name, by_file.get(f"data/raw/{path.name}"))
        if row is None:
            outcome.append(Problem(name, None, f"file not in the manifest {man_name} (add a row with "
                                               f"its doc_id, file and sha256 {sha})"))
            continue
        m = man_rows[row]
        expected = m["sha256"]
        if pd.isna(expected) or expected.lower() != sha:
            outcome.append(Problem(name, None, f"sha256 {sha} does not match the manifest "
                                               f"({expected}); the raw file changed or the row is stale"))
            continue
        outcome.append((name, sha, m))
        jobs.append((name, data))
    parsed = iter(_parse_all(jobs, leaders))
    for item in outcome:
        if isinstance(item, Problem):
            problems.append(item)
            continue
        name, sha, m = item
        result = next(parsed)
        if isinstance(result, list):  # the file's problems (DataError)
            problems.extend(result)
            continue
        fields, removed, warnings = result
        problems.extend(Problem(name, None, w, "warning") for w in warnings)
        if sha in first_with:  # both load (two manifest rows); the later is marked a duplicate below
            problems.append(Problem(name, None, f"same bytes as {first_with[sha]} (sha256 {sha}): the "
                                                "same article saved twice?", "warning"))
        else:
            first_with[sha] = name
        fields["doc_id"] = m["doc_id"] if pd.notna(m["doc_id"]) else fields["doc_id"]
        fields["sha256"] = sha
        for col in ("outlet", "title"):  # curated values win; the text's guess fills blanks
            if pd.notna(m[col]):
                fields[col] = m[col]
        records.append(fields)
        logs.extend({"doc_id": fields["doc_id"], "file": name, **r} for r in removed)
    df = pd.DataFrame.from_records(records, columns=[c for c in COLUMNS if c not in
                                                     ("duplicate_of", "duplicate_overlap")] + ["_word_ids"])
    df["event_date"] = pd.to_datetime(df["event_date"]).astype("datetime64[ns]")
    df = df.sort_values("doc_id", kind="stable").reset_index(drop=True)  # groups root at the earliest id
    df = _apply_duplicates(df, find_duplicates(df), problems)[COLUMNS]
    for col in ("n_chars_raw", "n_chars_clean"):
        df[col] = df[col].astype("int64")
    return df, problems, logs  # the log as records: only cleaning_log() needs it as a table


def problems_frame(problems: list[Problem]) -> pd.DataFrame:
    """Problems as a table ``file, line, reason, severity`` (line is a nullable integer)."""
    out = pd.DataFrame([p.as_dict() for p in problems], columns=["file", "line", "reason", "severity"])
    out["line"] = out["line"].astype("Int64")
    return out


def load_corpus(raw_dir: str | Path | None = None, manifest: str | Path | pd.DataFrame | None = None,
                strict: bool = True):
    """One clean, dated row per raw article, checked against the manifest.

    Every file in ``raw_dir`` (default ``data/raw``) must have a row in ``manifest`` (default
    ``data/sources.csv`` next to it) with a matching sha256, and every row a file. With
    ``strict=True`` any error raises DataError listing all of them; with ``strict=False`` the result
    is ``(good_rows, problems)``, problems being ``file, line, reason, severity``.

    >>> corpus = load_corpus()
    >>> corpus.loc[corpus.doc_id.str.startswith("004"), "event_id"].item()
    '2025-08-11'
    """
    df, problems, _ = _load(raw_dir, manifest)
    if strict:
        errors = [p for p in problems if p.severity == "error"]
        if errors:
            raise DataError(errors)
        return df
    return df, problems_frame(problems)


def cleaning_log(raw_dir: str | Path | None = None, manifest: str | Path | pd.DataFrame | None = None) -> pd.DataFrame:
    """Every block the cleaning removed: ``doc_id, file, line_start, line_end, rule, reason, text``
    (lines are 1-based lines of the raw file), for documents that load.

    >>> cleaning_log().query("rule == 'page_clock'")["doc_id"].tolist()
    ['002_76f4f8da9f1d6ff3']
    """
    return pd.DataFrame.from_records(_load(raw_dir, manifest)[2], columns=LOG_COLUMNS)


def validate() -> str:
    """One-line summary of the corpus, or DataError listing every problem."""
    df, problems, log = _load(None, None)
    errors = [p for p in problems if p.severity == "error"]
    if errors:
        raise DataError(errors)
    warnings = [p for p in problems if p.severity == "warning"]
    return (f"corpus: {len(df)} documents, {df['event_id'].nunique()} events, "
            f"{int(df['duplicate_of'].notna().sum())} duplicate, {len(log)} blocks removed, "
            f"{len(warnings)} warnings, 0 problems")
