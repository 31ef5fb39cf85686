"""Build ``data/annotations/known_meetings.csv``: the meetings the project has read reports of.

Each row of ``tests/phrasing/SOURCES.csv`` is a real report the project read (URL, outlet, the
meeting's date and a one-line description). ``data/annotations/meeting_reports.csv`` (same columns
without ``source_id`` and ``categories``) lists more reports, read only to date their meetings. The office holders of ``data/annotations/leaders.csv``
named in the description are the meeting's people. A row keeps one report per (date, people); rows
without a full meeting date or without a person the leaders table knows are left out, and counted.
The reports of the held-out round (``tests/phrasing/frozen.yaml``: every source id with the prefix of one
its cases cite) are left out too, and so is every report of ``meeting_reports.csv`` of a meeting they are about (within
``NEAR_DAYS`` days, sharing the people ``meetings_near`` asks for), so that the calendar never tells
the rules what a held-out case is about.

Dating uses the table only when a report's day and month fit several years of the office holders
it names (see ``vnkr.ingest.offices``). Run again after SOURCES.csv grows:

    .venv/bin/python tools/known_meetings.py            # writes the file and prints counts
"""

from __future__ import annotations

import csv
import datetime as dt
import re
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "lib"))

from vnkr.ingest.offices import OfficeIndex  # noqa: E402
from vnkr.tables.leaders import load_leaders  # noqa: E402
from vnkr.tables.meetings import load_known_meetings, meetings_near, write_known_meetings  # noqa: E402

SOURCES = ROOT / "tests" / "phrasing" / "SOURCES.csv"
FROZEN = ROOT / "tests" / "phrasing" / "frozen.yaml"
REPORTS = ROOT / "data" / "annotations" / "meeting_reports.csv"
REPORT_COLUMNS = ["url", "outlet", "language", "meeting_date", "meeting"]


def held_out_prefixes(frozen: Path = FROZEN) -> set[str]:
    """Id prefixes of the sources of the held-out cases (``F9VA`` of ``F9VA03``): a round's reports read
    without a case are its writers' too (the file is read without printing its texts)."""
    cases = yaml.safe_load(frozen.read_text(encoding="utf-8")) or []
    return {re.sub(r"\d+$", "", s) for case in cases for s in case.get("sources", [])}


def _rows(path: Path, columns: list[str]) -> list[dict]:
    """The rows of a sources file, each with its line number; SystemExit naming the file if a column is missing."""
    if not path.exists():
        return []
    with path.open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        missing = [c for c in columns if c not in (reader.fieldnames or [])]
        if missing:
            raise SystemExit(f"{path}:1: missing column(s) {', '.join(missing)}")
        return [{**r, "line": i} for i, r in enumerate(reader, start=2)]


def _meeting(src: dict, index: OfficeIndex) -> tuple[dt.date, tuple[str, ...]] | str:
    """``(day, people)`` of a sources row, or the reason it gives none."""
    try:
        day = dt.date.fromisoformat(src["meeting_date"].strip())
    except ValueError:
        return "no full date"
    named = index.mentioned(src["meeting"])
    people = tuple(sorted({t.name for ts in named.values() for t in ts if t.holds(day, day)}))
    return (day, people) if people else "no known office holder"


def main(
    sources: Path = SOURCES, frozen: Path = FROZEN, out: Path | None = None, reports: Path = REPORTS
) -> int:
    index = OfficeIndex(load_leaders())
    held_out = held_out_prefixes(frozen)
    rows, seen = [], set()
    skipped = {
        "held out": 0,
        "a held-out meeting": 0,
        "no full date": 0,
        "no known office holder": 0,
        "same meeting": 0,
        "no URL": 0,
    }
    read = [
        (src, re.sub(r"\d+$", "", src["source_id"]) in held_out, False)
        for src in _rows(sources, ["source_id"])
    ]
    read += [(src, False, True) for src in _rows(reports, REPORT_COLUMNS)]
    hidden = [
        (m[0], frozenset(m[1]), "", "")
        for src, out_, _ in read
        if out_ and not isinstance(m := _meeting(src, index), str)
    ]
    for src, is_held_out, extra in read:
        if is_held_out:
            skipped["held out"] += 1
            continue
        if not src.get("url", "").strip().startswith(("http://", "https://")):
            skipped["no URL"] += 1  # a report the search tool returned without its address: nothing to cite
            continue
        found = _meeting(src, index)
        if extra and found == "no full date":
            raise SystemExit(
                f"{reports}:{src['line']}: meeting_date {src['meeting_date']!r} is not a YYYY-MM-DD date"
            )
        if isinstance(found, str):
            skipped[found] += 1
            continue
        day, people = found
        if extra and meetings_near(day, set(people), hidden):
            skipped["a held-out meeting"] += 1
            continue
        if (day, people) in seen:
            skipped["same meeting"] += 1
            continue
        seen.add((day, people))
        rows.append([day.isoformat(), "|".join(people), src["meeting"].strip(), src["url"].strip()])
    rows.sort()
    path = write_known_meetings(rows, out)
    load_known_meetings(path)  # what was written reads back
    print(f"{path}: {len(rows)} meetings; left out: " + ", ".join(f"{k} {v}" for k, v in skipped.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
