"""Build ``data/annotations/known_meetings.csv``: the meetings the project has read reports of.

Each row of ``tests/phrasing/SOURCES.csv`` is a real report the project read (URL, outlet, the
meeting's date and a one-line description). The office holders of ``data/annotations/leaders.csv``
named in the description are the meeting's people. A row keeps one report per (date, people); rows
without a full meeting date or without a person the leaders table knows are left out, and counted.

Dating uses the table only when a report's day and month fit several years of the office holders
it names (see ``vnkr.ingest.offices``). Run again after SOURCES.csv grows:

    .venv/bin/python tools/known_meetings.py            # writes the file and prints counts
"""

from __future__ import annotations

import csv
import datetime as dt
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "lib"))

from vnkr.ingest.offices import OfficeIndex  # noqa: E402
from vnkr.tables.leaders import load_leaders  # noqa: E402
from vnkr.tables.meetings import MEETING_COLUMNS, write_known_meetings  # noqa: E402

SOURCES = ROOT / "tests" / "phrasing" / "SOURCES.csv"


def main() -> int:
    index = OfficeIndex(load_leaders())
    rows, seen, skipped = [], set(), {"no full date": 0, "no known office holder": 0, "same meeting": 0}
    with SOURCES.open(encoding="utf-8", newline="") as f:
        for src in csv.DictReader(f):
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
    path = write_known_meetings(rows)
    print(f"{path}: {len(rows)} meetings; left out: " + ", ".join(f"{k} {v}" for k, v in skipped.items()))
    assert MEETING_COLUMNS
    return 0


if __name__ == "__main__":
    sys.exit(main())
