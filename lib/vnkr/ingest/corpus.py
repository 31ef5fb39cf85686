"""The corpus: raw Vietnamese news pages -> one clean, dated, de-duplicated row per document.

:func:`load_corpus` checks every raw file against the manifest (``data/sources.csv``: a row per file,
matching sha256), then cleans (:mod:`vnkr.ingest.cleaning`), dates (:mod:`vnkr.ingest.dates`) and
groups same-event reports (:mod:`vnkr.ingest.duplicates`). :func:`parse_article` is the per-file step
on a text given directly; :func:`cleaning_log` lists every block the cleaning removed.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from pathlib import Path

import numpy as np
import pandas as pd

from .. import parallel, paths
from ..errors import DataError, Problem
from ..tables.leaders import load_leaders
from ..tables.read import decode, problems_frame, read_csv, shown_path
from ..tables.sources import load_manifest
from .cleaning import clean_text_and_words, first_line_title
from .dates import DateNotFound, resolve_event_date
from .duplicates import apply_duplicates, find_duplicates, new_vocab
from .offices import in_office, leaders_mentioned, office_index

COLUMNS = [
    "doc_id",
    "file",
    "sha256",
    "outlet",
    "title",
    "event_id",
    "event_date",
    "date_precision",
    "date_source",
    "text",
    "n_chars_raw",
    "n_chars_clean",
    "duplicate_of",
    "duplicate_overlap",
]
LOG_COLUMNS = ["doc_id", "file", "line_start", "line_end", "rule", "reason", "text"]

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


# --------------------------------------------------------------------------- one article


def _parse(
    text: str,
    name: str,
    leaders: pd.DataFrame | None,
    vocab: dict | None = None,
    url: str | None = None,
    published=None,
) -> tuple[dict, list[dict], list[str]]:
    """Clean and date one decoded article; (fields, removed blocks, warnings). DataError if undatable.
    ``url`` and ``published`` are what the user knows of the report (see :mod:`vnkr.ingest.dates`).

    With ``vocab`` (a ``defaultdict`` giving new words the next id), ``fields['_word_ids']`` holds
    the clean text's words as ids, so duplicate detection need not split the text again.
    """
    clean, removed, words = clean_text_and_words(text)
    if not clean.strip():
        raise DataError(Problem(name, None, "no article text left after removing boilerplate"))
    try:
        when = resolve_event_date(clean, removed, url, published, leaders)
    except (DateNotFound, ValueError) as exc:
        raise DataError(Problem(name, None, str(exc))) from None
    tag = DATELINE_RE.search(clean)
    fields = {
        "doc_id": Path(name).stem,
        "file": name,
        "outlet": DATELINE_OUTLETS[tag.group(1)] if tag else pd.NA,
        "title": first_line_title(clean) or pd.NA,
        "event_id": when.event_id,
        "event_date": when.date,
        "date_precision": when.precision,
        "date_source": when.source,
        "text": clean,
        "n_chars_raw": len(text),
        "n_chars_clean": len(clean),
    }
    if vocab is not None:
        fields["_word_ids"] = np.fromiter(map(vocab.__getitem__, words), dtype=np.uint64, count=len(words))
    if leaders is not None and when.precision == "day":
        day = when.date.date()
        for person, terms in leaders_mentioned(clean, leaders).items():
            if not in_office(day, terms):
                when.warnings.append(
                    f"{person} ({terms[0].role}) is not in office on {when.event_id} according to leaders.csv"
                )
    return fields, removed, when.warnings


def parse_article(text: str, name: str = "article.txt", url: str | None = None, published=None) -> dict:
    """Clean and date one article given as text, without the manifest: the per-file step of
    :func:`load_corpus`, so a new article can be tried before it is added. ``url`` (its address, which
    may carry a date stamp) and ``published`` (``YYYY-MM-DD``) are what the user knows of it, used as
    the manifest's ``url`` and ``published`` columns are. ``text`` is normalised to NFC and ``\\n``
    here. Raises DataError naming ``name`` when no date can be established (the message says which
    years fit and to pass ``published=``).

    >>> doc = parse_article(" date 2022-12 Hai bên nhất trí nâng cấp quan hệ.", "new.txt")
    >>> doc["event_id"], doc["date_precision"], doc["text"]
    ('2022-12', 'month', 'Hai bên nhất trí nâng cấp quan hệ.')
    >>> parse_article("Tối 30/12, hai Thủ tướng điện đàm.", "new.txt", published="2022-01-03")["event_id"]
    '2021-12-30'
    """
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    with paths.pinned_stamps():  # each word list looked at once for the article
        fields, _, _ = _parse(text, name, load_leaders(), url=url, published=published)
    fields["duplicate_of"] = pd.NA
    return fields


# --------------------------------------------------------------------------- the corpus

_WORKER: dict = {}  # the leaders index, set before the workers fork so they inherit it


def _parse_files(chunk: list[tuple[str, bytes, str | None, str | None]]) -> list:
    """Decode, clean and date files in order: per file ``((fields, removed, warnings), words)`` — its
    word ids in ``fields['_word_ids']`` numbered by ``words`` — or its list of problems. Each job is
    ``(name, bytes, url, published)``."""
    out: list = []
    for name, data, url, published in chunk:
        vocab = new_vocab()
        try:
            out.append(
                (_parse(decode(data, name), name, _WORKER["leaders"], vocab, url, published), list(vocab))
            )
        except DataError as exc:
            out.append(list(exc.problems))
    return out


def _parse_all(jobs: list[tuple[str, bytes, str | None, str | None]], leaders) -> list:
    """:func:`_parse_files` over all jobs, in order, in worker processes for large corpora
    (:func:`vnkr.parallel.map_chunks`). Word ids are renumbered file by file in order, so every word
    gets the id of its first appearance over the whole corpus, as a single pass would give."""
    _WORKER["leaders"] = leaders
    vocab, results = new_vocab(), []
    for r in parallel.map_chunks(_parse_files, jobs):
        if isinstance(r, tuple):
            r, words = r
            remap = np.fromiter(map(vocab.__getitem__, words), dtype=np.uint64, count=len(words))
            r[0]["_word_ids"] = remap[r[0]["_word_ids"].astype(np.intp)]
        results.append(r)
    return results


def _manifest(raw_dir: Path, manifest) -> tuple[pd.DataFrame, str]:
    if isinstance(manifest, pd.DataFrame):
        man = manifest.copy()
        if "line" not in man:
            man["line"] = man.index + 2
        return man, "manifest"
    path = Path(manifest) if manifest else raw_dir.parent / "sources.csv"
    return load_manifest(path), shown_path(path)


def _check_files(raw_dir: Path, man: pd.DataFrame, man_name: str) -> tuple[list, list, list[Problem]]:
    """Match each raw file with its manifest row and hash: per file, in order, a Problem or
    ``(name, sha, manifest row)``; the ``(name, bytes)`` to parse; manifest rows without a file."""
    by_file = {f: i for i, f in zip(man.index, man["file"]) if pd.notna(f)}
    files = sorted(p for p in raw_dir.iterdir() if p.is_file() and not p.name.startswith("."))
    present = {p.name for p in files}
    shown_dir = shown_path(raw_dir)  # resolved once: Path.resolve per file is slow on big corpora
    problems = [
        Problem(man_name, int(man.at[i, "line"]), f"manifest row for {f!r} has no file in {shown_dir}")
        for f, i in by_file.items()
        if Path(f).name not in present
    ]
    man_rows = man.to_dict("index")  # row label -> {column: value}; .loc per file is slow
    outcome, jobs = [], []
    for path in files:
        name = f"{shown_dir}/{path.name}"
        data = path.read_bytes()  # read once: hash and text come from the same bytes
        sha = hashlib.sha256(data).hexdigest()
        row = by_file.get(path.name, by_file.get(f"data/raw/{path.name}"))
        if row is None:
            outcome.append(
                Problem(
                    name,
                    None,
                    f"file not in the manifest {man_name} (add a row with its doc_id, file and sha256 {sha})",
                )
            )
            continue
        expected = man_rows[row]["sha256"]
        if pd.isna(expected) or expected.lower() != sha:
            outcome.append(
                Problem(
                    name,
                    None,
                    f"sha256 {sha} does not match the manifest "
                    f"({expected}); the raw file changed or the row is stale",
                )
            )
            continue
        m = man_rows[row]
        outcome.append((name, sha, m))
        jobs.append((name, data, _blank_na(m.get("url")), _blank_na(m.get("published"))))
    return outcome, jobs, problems


def _blank_na(value) -> str | None:
    return None if value is None or (not isinstance(value, str) and pd.isna(value)) or value == "" else value


def _records(outcome: list, parsed: list, problems: list[Problem]) -> tuple[list[dict], list[dict]]:
    """Per parsed file, its row (curated manifest values win over the text's guesses) and its
    removed blocks; problems and warnings are appended to ``problems``."""
    records, logs, first_with = [], [], {}  # first_with: sha256 -> the first file with those bytes
    parsed = iter(parsed)
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
            problems.append(
                Problem(
                    name,
                    None,
                    f"same bytes as {first_with[sha]} (sha256 {sha}): the same article saved twice?",
                    "warning",
                )
            )
        else:
            first_with[sha] = name
        fields["doc_id"] = m["doc_id"] if pd.notna(m["doc_id"]) else fields["doc_id"]
        fields["sha256"] = sha
        for col in ("outlet", "title"):
            if pd.notna(m[col]):
                fields[col] = m[col]
        records.append(fields)
        logs.extend({"doc_id": fields["doc_id"], "file": name, **r} for r in removed)
    return records, logs


def meeting_of_documents(events_path: Path | None = None) -> dict[str, str]:
    """``doc_id`` -> the ``event_id`` of the meeting in ``data/events.csv`` that lists it (none when the
    corpus has no events table yet). Rows are not validated here: ``vnkr validate`` does that."""
    path = Path(events_path) if events_path else paths.data_dir() / "events.csv"
    if not path.exists():
        return {}
    frame, _ = read_csv(path, ["event_id", "doc_ids"])
    return {d: e for e, ids in zip(frame["event_id"], frame["doc_ids"]) for d in ids.split("|") if d}


def _load(raw_dir, manifest) -> tuple[pd.DataFrame, list[Problem], list[dict]]:
    raw_dir = Path(raw_dir) if raw_dir else paths.raw_dir()
    man, man_name = _manifest(raw_dir, manifest)
    outcome, jobs, problems = _check_files(raw_dir, man, man_name)
    parsed = _parse_all(jobs, office_index(load_leaders()))
    records, logs = _records(outcome, parsed, problems)
    df = pd.DataFrame.from_records(
        records,
        columns=[c for c in COLUMNS if c not in ("duplicate_of", "duplicate_overlap")] + ["_word_ids"],
    )
    df["event_date"] = pd.to_datetime(df["event_date"]).astype("datetime64[ns]")
    df = df.sort_values("doc_id", kind="stable").reset_index(drop=True)  # groups root at the earliest id
    df = apply_duplicates(df, find_duplicates(df), problems)[COLUMNS]
    # a document listed by a meeting carries that meeting's id; any other, its date at its precision
    df["event_id"] = df["doc_id"].map(meeting_of_documents()).fillna(df["event_id"])
    for col in ("n_chars_raw", "n_chars_clean"):
        df[col] = df[col].astype("int64")
    return df, problems, logs  # the log as records: only cleaning_log() needs it as a table


def load_corpus(
    raw_dir: str | Path | None = None, manifest: str | Path | pd.DataFrame | None = None, strict: bool = True
):
    """One clean, dated row per raw article, checked against the manifest.

    Every file in ``raw_dir`` (default ``data/raw``) must have a row in ``manifest`` (default
    ``data/sources.csv`` next to it) with a matching sha256, and every row a file. With
    ``strict=True`` any error raises DataError listing all of them; with ``strict=False`` the result
    is ``(good_rows, problems)``, problems being ``file, line, reason, severity``.
    """
    df, problems, _ = _load(raw_dir, manifest)
    if strict:
        errors = [p for p in problems if p.severity == "error"]
        if errors:
            raise DataError(errors)
        return df
    return df, problems_frame(problems)


def cleaning_log(
    raw_dir: str | Path | None = None, manifest: str | Path | pd.DataFrame | None = None
) -> pd.DataFrame:
    """Every block the cleaning removed: ``doc_id, file, line_start, line_end, rule, reason, text``
    (lines are 1-based lines of the raw file), for documents that load.
    """
    return pd.DataFrame.from_records(_load(raw_dir, manifest)[2], columns=LOG_COLUMNS)


def validate() -> str:
    """One-line summary of the corpus, or DataError listing every problem."""
    df, problems, log = _load(None, None)
    errors = [p for p in problems if p.severity == "error"]
    if errors:
        raise DataError(errors)
    warnings = [p for p in problems if p.severity == "warning"]
    return (
        f"corpus: {len(df)} documents, {df['event_id'].nunique()} events, "
        f"{int(df['duplicate_of'].notna().sum())} duplicate, {len(log)} blocks removed, "
        f"{len(warnings)} warnings, 0 problems"
    )
