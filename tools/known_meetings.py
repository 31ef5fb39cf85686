"""Build ``data/annotations/known_meetings.csv``: the meetings the project has read reports of.

Each row of ``tests/phrasing/SOURCES.csv`` is a real report the project read (URL, outlet, the
meeting's date and a one-line description). The office holders of ``data/annotations/leaders.csv``
named in the description are the meeting's people. A row keeps one report per (date, people); rows
without a full meeting date or without a person the leaders table knows are left out, and counted.
The reports of the held-out round (``tests/phrasing/frozen.yaml``: every source id with the prefix of one
its cases cite) are left out too, so that the
calendar never tells the rules what a held-out case is about.

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
from vnkr.tables.meetings import load_known_meetings, write_known_meetings  # noqa: E402

SOURCES = ROOT / "tests" / "phrasing" / "SOURCES.csv"
FROZEN = ROOT / "tests" / "phrasing" / "frozen.yaml"


def held_out_prefixes(frozen: Path = FROZEN) -> set[str]:
    """Id prefixes of the sources of the held-out cases (``F9VA`` of ``F9VA03``): a round's reports read
    without a case are its writers' too (the file is read without printing its texts)."""
    cases = yaml.safe_load(frozen.read_text(encoding="utf-8")) or []
    return {re.sub(r"\d+$", "", s) for case in cases for s in case.get("sources", [])}


def main(sources: Path = SOURCES, frozen: Path = FROZEN, out: Path | None = None) -> int:
    index = OfficeIndex(load_leaders())
    held_out = held_out_prefixes(frozen)
    rows, seen = [], set()
    skipped = {"held out": 0, "no full date": 0, "no known office holder": 0, "same meeting": 0}
    with sources.open(encoding="utf-8", newline="") as f:
        for src in csv.DictReader(f):
            if re.sub(r"\d+$", "", src["source_id"]) in held_out:
                skipped["held out"] += 1
                continue
            try:
                day = dt.date.fromisoformat(src["meeting_date"].strip())
            except ValueError:
                skipped["no full date"] += 1
                continue
            named = index.mentioned(src["meeting"])
            people = sorted({t.name for ts in named.values() for t in ts if t.holds(day, day)})
            if not people:
                skipped["no known office holder"] += 1
                continue
            key = (day, tuple(people))
            if key in seen:
                skipped["same meeting"] += 1
                continue
            seen.add(key)
            rows.append([day.isoformat(), "|".join(people), src["meeting"].strip(), src["url"].strip()])
    rows.sort()
    path = write_known_meetings(rows, out)
    load_known_meetings(path)  # what was written reads back
    print(f"{path}: {len(rows)} meetings; left out: " + ", ".join(f"{k} {v}" for k, v in skipped.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
