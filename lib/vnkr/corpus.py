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
import re
import unicodedata
from collections import defaultdict
from pathlib import Path

import pandas as pd

from . import paths
from .cleaning import clean_text, first_line_title
from .dates import DateNotFound, leaders_mentioned, resolve_event_date
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
SHINGLE_WORDS = 3
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


def _parse(text: str, name: str, leaders: pd.DataFrame | None) -> tuple[dict, list[dict], list[str]]:
    """Clean and date one decoded article; (fields, removed blocks, warnings). DataError if undatable."""
    clean, removed = clean_text(text)
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
    if leaders is not None and when.precision == "day":
        day = when.date.date()
        for person, rows in leaders_mentioned(clean, leaders).items():
            if not any(r.term_start <= day <= (r.term_end if pd.notna(r.term_end) else r.checked_on)
                       for r in rows.itertuples()):
                when.warnings.append(f"{person} ({rows.iloc[0]['role']}) is not in office on "
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


def _shingles(text: str, k: int = SHINGLE_WORDS) -> frozenset:
    words = WORD_RE.findall(text.casefold())
    return frozenset(hash(tuple(words[i:i + k])) for i in range(max(0, len(words) - k + 1)))


def find_duplicates(docs: pd.DataFrame, min_overlap: float = DUPLICATE_MIN_OVERLAP) -> pd.DataFrame:
    """Same-event pairs: compatible dates and a high share of shared 3-word sequences.

    ``docs`` has ``doc_id, event_date, date_precision, text``. Dates are compatible when equal, or
    when one is month-precision and the other falls in that month. Only such pairs are compared
    (documents are blocked by month first), so the cost grows with the documents per day, not with
    the corpus squared. Returns ``doc_id, other_id, overlap`` with ``doc_id < other_id``, overlap =
    shared shingles / shingles of the shorter text.

    >>> docs = pd.DataFrame({"doc_id": ["a", "b"], "event_date": pd.to_datetime(["2021-07-01", "2021-07-22"]),
    ...                      "date_precision": ["month", "day"],
    ...                      "text": ["hai bên nhất trí thúc đẩy hợp tác", "hôm nay hai bên nhất trí thúc đẩy hợp tác"]})
    >>> find_duplicates(docs)[["doc_id", "other_id"]].values.tolist()
    [['a', 'b']]
    """
    blocks: dict[tuple[int, int], dict] = defaultdict(lambda: {"month": [], "days": defaultdict(list)})
    for i, (date, precision) in enumerate(zip(docs["event_date"], docs["date_precision"])):
        block = blocks[(date.year, date.month)]
        (block["month"] if precision == "month" else block["days"][date.day]).append(i)
    ids, texts = docs["doc_id"].tolist(), docs["text"].tolist()
    cache: dict[int, frozenset] = {}

    def shingles(i: int) -> frozenset:
        if i not in cache:
            cache[i] = _shingles(texts[i])
        return cache[i]

    rows = []
    for block in blocks.values():
        everyone = block["month"] + [i for day in block["days"].values() for i in day]
        pairs = [(a, b) for day in block["days"].values() for n, a in enumerate(day) for b in day[n + 1:]]
        pairs += [(a, b) for n, a in enumerate(block["month"]) for b in everyone
                  if b not in block["month"][:n + 1]]
        for a, b in pairs:
            sa, sb = shingles(a), shingles(b)
            if not sa or not sb:
                continue
            overlap = len(sa & sb) / min(len(sa), len(sb))
            if overlap >= min_overlap:
                first, second = sorted((ids[a], ids[b]))
                rows.append({"doc_id": first, "other_id": second, "overlap": round(overlap, 3)})
    return pd.DataFrame(rows, columns=["doc_id", "other_id", "overlap"])


def _apply_duplicates(df: pd.DataFrame, pairs: pd.DataFrame, problems: list[Problem]) -> pd.DataFrame:
    """Mark duplicates (each later doc points at the earliest doc of its group) and give a
    month-precision report the day of its same-event twin."""
    df = df.copy()
    df["duplicate_of"] = pd.Series(pd.NA, index=df.index, dtype="string")
    df["duplicate_overlap"] = float("nan")
    if pairs.empty:
        return df
    parent: dict[str, str] = {}

    def root(x: str) -> str:
        while parent.get(x, x) != x:
            x = parent[x]
        return x

    for a, b in zip(pairs["doc_id"], pairs["other_id"]):
        ra, rb = root(a), root(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)  # doc ids are in collection order: the earliest wins
    best = {}
    for a, b, s in zip(pairs["doc_id"], pairs["other_id"], pairs["overlap"]):
        for x in (a, b):
            best[x] = max(best.get(x, 0.0), s)
    pos = {d: i for i, d in zip(df.index, df["doc_id"])}
    for doc in best:
        r = root(doc)
        if r != doc:
            df.at[pos[doc], "duplicate_of"] = r
        df.at[pos[doc], "duplicate_overlap"] = best[doc]
    # a month-only date takes the day its twins agree on
    groups: dict[str, list[str]] = defaultdict(list)
    for doc in best:
        groups[root(doc)].append(doc)
    for members in groups.values():
        rows = df.loc[[pos[m] for m in members]]
        days = rows.loc[rows["date_precision"] == "day"]
        for i in rows.index[rows["date_precision"] == "month"]:
            in_month = days[(days["event_date"].dt.year == df.at[i, "event_date"].year)
                            & (days["event_date"].dt.month == df.at[i, "event_date"].month)]
            dates = sorted(set(in_month["event_date"]))
            if len(dates) == 1:
                twin = in_month["doc_id"].iloc[0]
                df.at[i, "date_source"] = (f"day {dates[0].day} from same-event twin {twin} (overlap "
                                           f"{best[twin]:.2f}); {df.at[i, 'date_source']}")
                df.at[i, "event_date"], df.at[i, "date_precision"] = dates[0], "day"
                df.at[i, "event_id"] = dates[0].strftime("%Y-%m-%d")
            elif len(dates) > 1:
                problems.append(Problem(df.at[i, "file"], None, "same-event twins give different days "
                                        f"({', '.join(f'{d:%Y-%m-%d}' for d in dates)}); kept month precision",
                                        "warning"))
    return df


# --------------------------------------------------------------------------- the corpus


def _load(raw_dir, manifest) -> tuple[pd.DataFrame, list[Problem], pd.DataFrame]:
    raw_dir = Path(raw_dir) if raw_dir else paths.raw_dir()
    if isinstance(manifest, pd.DataFrame):
        man, man_name = manifest.copy(), "manifest"
    else:
        man_path = Path(manifest) if manifest else (raw_dir.parent / "sources.csv" if raw_dir
                                                    else paths.data_dir() / "sources.csv")
        man, man_name = load_manifest(man_path), _display(man_path)
    leaders = load_leaders()
    problems: list[Problem] = []
    by_file = {f: i for i, f in zip(man.index, man["file"]) if pd.notna(f)}
    files = sorted(p for p in raw_dir.iterdir() if p.is_file() and not p.name.startswith("."))
    present = {p.name for p in files}
    for f, i in by_file.items():
        if Path(f).name not in present:
            problems.append(Problem(man_name, int(i) + 2, f"manifest row for {f!r} has no file in "
                                                          f"{_display(raw_dir)}"))
    records, logs = [], []
    for path in files:
        name = _display(path)
        data = path.read_bytes()  # read once: hash and text come from the same bytes
        sha = hashlib.sha256(data).hexdigest()
        row = by_file.get(path.name, by_file.get(f"data/raw/{path.name}"))
        if row is None:
            problems.append(Problem(name, None, f"file not in the manifest {man_name} (add a row with "
                                                f"its doc_id, file and sha256 {sha})"))
            continue
        expected = man.at[row, "sha256"]
        if pd.isna(expected) or expected.lower() != sha:
            problems.append(Problem(name, None, f"sha256 {sha} does not match the manifest "
                                                f"({expected}); the raw file changed or the row is stale"))
            continue
        try:
            fields, removed, warnings = _parse(_decode(data, name), name, leaders)
        except DataError as exc:
            problems.extend(exc.problems)
            continue
        problems.extend(Problem(name, None, w, "warning") for w in warnings)
        m = man.loc[row]
        fields["doc_id"] = m["doc_id"] if pd.notna(m["doc_id"]) else fields["doc_id"]
        fields["sha256"] = sha
        for col in ("outlet", "title"):  # curated values win; the text's guess fills blanks
            if pd.notna(m[col]):
                fields[col] = m[col]
        records.append(fields)
        logs.extend({"doc_id": fields["doc_id"], "file": name, **r} for r in removed)
    df = pd.DataFrame.from_records(records, columns=[c for c in COLUMNS if c not in
                                                     ("duplicate_of", "duplicate_overlap")])
    df["event_date"] = pd.to_datetime(df["event_date"]).astype("datetime64[ns]")
    df = _apply_duplicates(df, find_duplicates(df), problems)
    df = df[COLUMNS].sort_values("doc_id", kind="stable").reset_index(drop=True)
    for col in ("n_chars_raw", "n_chars_clean"):
        df[col] = df[col].astype("int64")
    log = pd.DataFrame.from_records(logs, columns=LOG_COLUMNS)
    return df, problems, log


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
    return _load(raw_dir, manifest)[2]


def validate() -> str:
    """One-line summary of the corpus, or DataError listing every problem."""
    df = load_corpus()
    _, problems, log = _load(None, None)
    warnings = [p for p in problems if p.severity == "warning"]
    return (f"corpus: {len(df)} documents, {df['event_id'].nunique()} events, "
            f"{int(df['duplicate_of'].notna().sum())} duplicate, {len(log)} blocks removed, "
            f"{len(warnings)} warnings, 0 problems")
