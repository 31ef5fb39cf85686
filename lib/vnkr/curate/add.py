"""``python -m vnkr add PATH --url URL [--published YYYY-MM-DD] [--outlet NAME] [--title TEXT]``.

One command takes a news report into the corpus: checks the text, copies it into ``data/raw`` under a
safe name, appends its manifest row (sha256, url, published), dates the meeting (with the evidence),
attaches it to a known meeting or drafts a new one in ``data/events.csv``, and drafts the meeting's
commitments (``review=draft``) with the extractor. Every check runs before the first write; files are
written atomically, raw file first, and a failure after the first write restores every file it
touched, so ``data/`` is either as it was or fully updated.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlparse

import pandas as pd

from .. import paths
from ..errors import DataError, Problem
from ..extract.commitments import extract_commitments
from ..extract.targets import extract_targets
from ..ingest.corpus import load_corpus, parse_article
from ..tables.commitments import load_commitments
from ..tables.events import date_as_written, load_events, make_event_id
from ..tables.leaders import load_leaders
from ..tables.read import decode, shown_path
from ..tables.sources import load_manifest
from ..tables.write import Transaction, csv_records
from .meeting import infer_kind, infer_leaders, infer_place, load_event_kinds, matching_meeting

DRAFT_GLOSS = "(machine draft: gloss to be written)"


@dataclass
class Added:
    """What ``vnkr add`` did (``done``) and what a person should check (``review``)."""

    doc_id: str
    event_id: str
    attached: bool
    done: list[str] = field(default_factory=list)
    review: list[str] = field(default_factory=list)


def check_url(url: str) -> str:
    """``url`` if it is an http(s) address with a host, else DataError.

    >>> check_url("https://example.org/a?b=1")
    'https://example.org/a?b=1'
    """
    parts = urlparse(url or "")
    if parts.scheme not in ("http", "https") or "." not in parts.netloc or re.search(r"\s", url):
        raise DataError(Problem("--url", None, f"malformed URL {url!r} (expected http(s)://host/path)"))
    return url


def check_published(value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise DataError(Problem("--published", None, f"{value!r} is not a date YYYY-MM-DD")) from None


def safe_name(original: str, sha: str, taken: set[str]) -> str:
    """A file name for ``data/raw``: the original stem as lower-case ASCII words, and the hash's head.

    >>> safe_name("Thủ tướng hội đàm (bản 2).TXT", "ab12cd34ef", set())
    'thu-tuong-hoi-dam-ban-2_ab12cd34.txt'
    """
    stem = Path(original).stem.replace("đ", "d").replace("Đ", "D")
    ascii_ = unicodedata.normalize("NFKD", stem).encode("ascii", "ignore")
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_.decode().lower()).strip("-")[:60] or "article"
    name, n = f"{slug}_{sha[:8]}.txt", 1
    while name in taken:
        n += 1
        name = f"{slug}_{sha[:8]}-{n}.txt"
    return name


def next_doc_id(manifest: pd.DataFrame, sha: str) -> str:
    """The next document id: a running number and the hash's head, like the seeds (``005_ab12…``)."""
    numbers = [int(m.group(1)) for d in manifest["doc_id"].dropna() if (m := re.match(r"(\d+)_", d))]
    return f"{max(numbers, default=-1) + 1:03d}_{sha[:16]}"


def _read_input(path: Path) -> tuple[bytes, str]:
    """The bytes and NFC text of the file to add; DataError if missing, empty, binary or not UTF-8."""
    if not path.is_file():
        raise DataError(Problem(str(path), None, "file not found"))
    data = path.read_bytes()
    return data, decode(data, str(path))


def _date(text: str, name: str, published: dt.date | None, url: str | None = None) -> dict:
    """The article parsed and dated as the corpus will date it: ``url`` (its date stamp) and
    ``published`` anchor a day and month the text gives without a year. DataError naming the file and
    what to pass when no date is found."""
    try:
        doc = parse_article(text, name, url=url, published=f"{published:%Y-%m-%d}" if published else None)
    except DataError as exc:
        hint = "" if published else "; pass the page's date with --published YYYY-MM-DD"
        raise DataError(Problem(name, None, exc.problems[0].reason + hint)) from None
    if published:
        doc["date_source"] = doc["date_source"].replace(
            f"publication date {published:%Y-%m-%d} given by the user (published=)",
            f"--published {published:%Y-%m-%d}",
        )
    return doc


def _new_event(doc: dict, events: pd.DataFrame, text: str, added: Added) -> dict:
    """A draft row of ``data/events.csv`` for the meeting this report describes."""
    kinds = load_event_kinds()
    kind, kind_words = infer_kind(text, kinds)
    if kind is None:
        kind = "talks"
        added.review.append(
            "kind: no meeting word found (data/lexicon/event_kinds.csv); set to 'talks', check it"
        )
    else:
        added.review.append(f"kind: {kind} (inferred from '{kind_words}')")
    date = pd.Timestamp(doc["event_date"])
    leaders = infer_leaders(text, date.date(), load_leaders())
    for country in ("VN", "KR"):
        who = leaders.get(country)
        added.review.append(
            f"{country} leader: {who['name']}, {who['role']} (leaders.csv on {date:%Y-%m-%d})"
            if who
            else f"{country} leader: none of leaders.csv named in office; fill it in"
        )
    place, place_words = infer_place(text)
    added.review.append(
        f"place: {place} (from '{place_words}')"
        if place
        else "place: the text does not say; fill in location in data/events.csv"
    )
    written = date_as_written(f"{date:%Y-%m-%d}", doc["date_precision"])
    label = kinds.set_index("kind")
    vn, kr = leaders.get("VN", {}), leaders.get("KR", {})
    names = " – ".join(n for n in (vn.get("name"), kr.get("name")) if n)
    return {
        "event_id": make_event_id(written, kind, set(events["event_id"])),
        "event_date": written,
        "date_precision": doc["date_precision"],
        "kind": kind,
        "title_en": f"{label.loc[kind, 'label_en'].iloc[0] if kind in label.index else kind}: {names}".strip(
            ": "
        ),
        "title_vi": f"{label.loc[kind, 'label_vi'].iloc[0] if kind in label.index else kind}: {names}".strip(
            ": "
        ),
        "vn_leader": vn.get("name", ""),
        "vn_role": vn.get("role", ""),
        "kr_leader": kr.get("name", ""),
        "kr_role": kr.get("role", ""),
        "location": place,
        "doc_ids": doc["doc_id"],
        "source_note": f"machine draft by vnkr add from {doc['doc_id']}: date from {doc['date_source']}; "
        f"kind from '{kind_words}'" + (f"; place from '{place_words}'" if place else ""),
    }


def _drafts(doc: dict, event_id: str, raw_text: str, added: Added) -> list[dict]:
    """The extractor's commitments of the report as draft rows (each quote verbatim in the raw text)."""
    found = extract_commitments(doc["text"], doc_id=doc["doc_id"], event_id=event_id)
    rows = []
    for r in found.itertuples(index=False):
        if r.quote in raw_text and r.themes:
            rows.append(
                {
                    "event_id": event_id,
                    "doc_id": doc["doc_id"],
                    "quote": r.quote,
                    "themes": r.themes,
                    "kind": r.kind,
                    "gloss_en": DRAFT_GLOSS,
                    "review": "draft",
                }
            )
        else:
            added.review.append(f"commitment not drafted (no theme, or quote not verbatim): {r.quote[:70]!r}")
    added.review.append(
        f"commitments: {len(rows)} drafted (review=draft); read them with "
        f"`python -m vnkr review --doc {doc['doc_id']}`"
        if rows
        else "commitments: the extractor found none; add them by hand with exact quotes"
    )
    # the meeting date dates a relative deadline ('next year'), as in the corpus
    reference = pd.Timestamp(doc["event_date"]).date() if doc["date_precision"] == "day" else None
    for t in extract_targets(doc["text"], published=reference).itertuples(index=False):
        if t.kind == "target":
            added.review.append(
                f"target read from the text: {t.value:g} {t.unit} {t.metric}"
                f"{f' by {int(t.deadline_year)}' if pd.notna(t.deadline_year) else ''}: {t.quote!r}"
            )
    return rows


def add_article(
    path: str | Path,
    url: str,
    published: str | None = None,
    outlet: str | None = None,
    title: str | None = None,
) -> Added:
    """Add one report to the corpus (see the module docstring); DataError, with ``data/`` unchanged,
    for bad input or an invalid manifest."""
    path, url, day = Path(path), check_url(url), check_published(published)
    data, text = _read_input(path)
    manifest, events = load_manifest(), load_events()
    sha = hashlib.sha256(data).hexdigest()
    same = manifest[manifest["sha256"].fillna("").str.lower().eq(sha)]
    if len(same):
        raise DataError(
            Problem(
                str(path),
                None,
                f"already in the corpus as doc_id {same['doc_id'].iloc[0]!r} (same sha256 {sha})",
            )
        )
    doc = _date(text, str(path), day, url)
    doc["doc_id"] = next_doc_id(manifest, sha)
    name = safe_name(path.name, sha, {p.name for p in paths.raw_dir().iterdir()})
    added = Added(doc["doc_id"], "", False)
    added.done.append(f"dated {doc['event_date']:%Y-%m-%d} ({doc['date_precision']}): {doc['date_source']}")
    leaders = infer_leaders(doc["text"], pd.Timestamp(doc["event_date"]).date(), load_leaders())
    known, why = matching_meeting(
        events, load_corpus(), pd.Timestamp(doc["event_date"]), doc["date_precision"], leaders, doc["text"]
    )
    row = None if known else _new_event(doc, events, doc["text"], added)
    if row is not None:
        _check_leaders(row, str(path), doc)
    added.event_id, added.attached = known or row["event_id"], bool(known)
    drafts = _drafts(doc, added.event_id, text, added)
    _write(path, data, name, sha, doc, url, day, outlet, title, row, drafts, added)
    added.done.insert(0, f"copied {path} -> {shown_path(paths.raw_dir() / name)} (sha256 {sha[:16]}…)")
    added.done.append(
        f"attached to meeting {known}: {why}"
        if known
        else f"created meeting {added.event_id} in {shown_path(paths.data_dir() / 'events.csv')}"
    )
    return added


def _check_leaders(row: dict, shown: str, doc: dict) -> None:
    """A new meeting needs an office holder of each country; DataError saying which side is missing
    and how to add the person (the report may name someone leaders.csv does not list)."""
    missing = [side for side, col in (("Vietnamese", "vn_leader"), ("Korean", "kr_leader")) if not row[col]]
    if missing:
        named = " and ".join(n for n in (row["vn_leader"], row["kr_leader"]) if n) or "nobody of it"
        raise DataError(
            Problem(
                shown,
                None,
                f"a new meeting needs a Vietnamese and a Korean office holder of data/annotations/leaders.csv "
                f"in office on {pd.Timestamp(doc['event_date']):%Y-%m-%d}; the text names {named}, no "
                f"{' and no '.join(missing)} one. Add the person to data/annotations/leaders.csv (name, "
                "name_vi, role, office, term_start, term_end, source_url) and run add again",
            )
        )


def _write(path, data, name, sha, doc, url, day, outlet, title, row, drafts, added) -> None:
    """Every write of one add, in an order that never leaves a manifest row without its raw file, and
    undone as a whole if anything fails (the new tables are loaded and checked before returning)."""
    events_csv = paths.data_dir() / "events.csv"
    with Transaction() as tx:
        tx.write(paths.raw_dir() / name, data)
        tx.append_rows(
            paths.data_dir() / "sources.csv",
            [
                {
                    "doc_id": doc["doc_id"],
                    "file": name,
                    "sha256": sha,
                    "outlet": outlet or "",
                    "title": title or "",
                    "original_name": path.name,
                    "url": url,
                    "published": f"{day:%Y-%m-%d}" if day else "",
                    "note": "added with vnkr add; outlet and title as given on the command line",
                }
            ],
        )
        if row is not None:
            tx.append_rows(events_csv, [row])
        else:
            header, header_text, records = csv_records(events_csv)
            out = []
            for rec, raw in records:
                if rec["event_id"] == added.event_id:
                    rec = {**rec, "doc_ids": f"{rec['doc_ids']}|{doc['doc_id']}"}
                out.append(rec if rec["event_id"] == added.event_id else raw)
            tx.rewrite(events_csv, header_text, header, out)
        if drafts:
            tx.append_rows(paths.annotations_dir() / "commitments.csv", drafts)
        load_corpus()
        load_commitments()
    added.done.append(
        f"manifest row {doc['doc_id']} appended to {shown_path(paths.data_dir() / 'sources.csv')}"
    )
    if drafts:
        added.done.append(
            f"{len(drafts)} draft commitment(s) appended to "
            f"{shown_path(paths.annotations_dir() / 'commitments.csv')}"
        )


def cli(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m vnkr add", description="Add a news report to the corpus."
    )
    parser.add_argument("path")
    parser.add_argument("--url", required=True)
    parser.add_argument("--published", help="the page's date, YYYY-MM-DD (anchors a date without a year)")
    parser.add_argument("--outlet")
    parser.add_argument("--title")
    args = parser.parse_args(argv)
    try:
        added = add_article(args.path, args.url, args.published, args.outlet, args.title)
    except DataError as exc:
        print(f"vnkr add: nothing changed.\n{exc}", file=sys.stderr)
        return 1
    print(f"added {added.doc_id} -> meeting {added.event_id}")
    print("\n".join(f"  {line}" for line in added.done))
    print("to review (machine-inferred, check before relying on it):")
    print("\n".join(f"  - {line}" for line in added.review))
    return 0
