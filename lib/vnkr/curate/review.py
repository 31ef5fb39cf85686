"""``python -m vnkr review [--event ID | --doc DOC_ID] [--accept]`` and ``python -m vnkr remove DOC_ID``.

``review`` lists the machine-drafted commitments (``review=draft``) and, with ``--accept``, marks the
listed rows ``checked``. ``remove`` takes a report out again: its drafts, its place in its meeting (the
meeting itself when no other document supports it), its manifest row, then its raw file. Checked
(curated) rows of the document are kept unless ``--force``. Writes are atomic and undone together.
"""

from __future__ import annotations

import argparse
import sys

from .. import paths
from ..errors import DataError, Problem
from ..tables.read import shown_path
from ..tables.sources import raw_path
from ..tables.write import Transaction, csv_records


def _selected(rec: dict, event: str | None, doc: str | None) -> bool:
    return (event is None or rec["event_id"] == event) and (doc is None or rec["doc_id"] == doc)


def review(event: str | None = None, doc: str | None = None, accept: bool = False) -> list[dict]:
    """The draft commitments (of one meeting or document); with ``accept``, mark them ``checked``."""
    path = paths.annotations_dir() / "commitments.csv"
    header, header_text, records = csv_records(path)
    drafts = [rec for rec, _ in records if rec.get("review") == "draft" and _selected(rec, event, doc)]
    if accept and drafts:
        out = [
            {**rec, "review": "checked"}
            if rec.get("review") == "draft" and _selected(rec, event, doc)
            else raw
            for rec, raw in records
        ]
        with Transaction() as tx:
            tx.rewrite(path, header_text, header, out)
    return drafts


def remove(doc_id: str, force: bool = False) -> list[str]:
    """Take ``doc_id`` out of the corpus; returns what was done. DataError (nothing changed) if the
    document is unknown, or has checked commitments and ``force`` is not set."""
    raw = raw_path(doc_id)
    commitments = paths.annotations_dir() / "commitments.csv"
    c_header, c_text, c_records = csv_records(commitments)
    checked = [r for r, _ in c_records if r["doc_id"] == doc_id and r.get("review", "checked") == "checked"]
    if checked and not force:
        raise DataError(
            Problem(
                shown_path(commitments),
                None,
                f"{len(checked)} checked (curated) row(s) of "
                f"{doc_id}; refusing to remove them (pass --force to remove them too)",
            )
        )
    done = []
    events = paths.data_dir() / "events.csv"
    e_header, e_text, e_records = csv_records(events)
    sources = paths.data_dir() / "sources.csv"
    s_header, s_text, s_records = csv_records(sources)
    with Transaction() as tx:
        kept = [raw for r, raw in c_records if r["doc_id"] != doc_id]
        done.append(f"{len(c_records) - len(kept)} commitment row(s) removed")
        tx.rewrite(commitments, c_text, c_header, kept)
        out = []
        for rec, raw_rec in e_records:
            ids = rec["doc_ids"].split("|")
            if doc_id not in ids:
                out.append(raw_rec)
            elif ids == [doc_id]:
                done.append(f"meeting {rec['event_id']} removed (no other document supports it)")
            else:
                out.append({**rec, "doc_ids": "|".join(i for i in ids if i != doc_id)})
                done.append(f"{doc_id} taken out of meeting {rec['event_id']}")
        tx.rewrite(events, e_text, e_header, out)
        tx.rewrite(sources, s_text, s_header, [raw_s for r, raw_s in s_records if r["doc_id"] != doc_id])
        tx.delete(raw)
    done += ["manifest row removed", f"{shown_path(raw)} deleted"]
    return done


def cli(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m vnkr review", description="List or accept draft commitments."
    )
    which = parser.add_mutually_exclusive_group()
    which.add_argument("--event")
    which.add_argument("--doc")
    parser.add_argument("--accept", action="store_true", help="mark the listed drafts as checked")
    args = parser.parse_args(argv)
    drafts = review(args.event, args.doc, args.accept)
    for r in drafts:
        print(f"{r['event_id']}  {r['doc_id']}  [{r['kind']}; {r['themes']}]\n    {r['quote']}")
    verb = "marked checked" if args.accept else "draft row(s); --accept marks them checked"
    print(f"{len(drafts)} {verb}")
    return 0


def remove_cli(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m vnkr remove", description="Take a report out of the corpus."
    )
    parser.add_argument("doc_id")
    parser.add_argument("--force", action="store_true", help="also remove its checked (curated) rows")
    args = parser.parse_args(argv)
    try:
        done = remove(args.doc_id, args.force)
    except DataError as exc:
        print(f"vnkr remove: nothing changed.\n{exc}", file=sys.stderr)
        return 1
    print(f"removed {args.doc_id}:\n" + "\n".join(f"  {d}" for d in done))
    return 0
