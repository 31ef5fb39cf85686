"""``data/annotations/known_meetings.csv``: meetings the project has read a report of.

One row per meeting day: ``meeting_date`` (YYYY-MM-DD), ``people`` (``|``-separated ``name`` s of
``data/annotations/leaders.csv``), a one-line ``title`` and the ``source_url`` of a real report of it.
``tools/known_meetings.py`` builds it from ``tests/phrasing/SOURCES.csv`` (the reports read for the
phrasing set). Dating uses it for one thing only: when a report's day and month fit several years of the
office holders it names, a known meeting of those people within :data:`NEAR_DAYS` days of that day in
exactly one of the years fixes the year, and ``date_source`` names the meeting and its URL.

The file is optional (a data folder without it knows no meetings); a malformed row is an error naming
its line, and a person not in the leaders table is one too.
"""

from __future__ import annotations

import datetime as dt
import functools
from pathlib import Path

import pandas as pd
import pandera.pandas as pa

from .. import paths
from ..errors import DataError, Problem
from .leaders import load_leaders
from .read import check_rows, filled, finish, read_csv, shown_path
from .write import csv_text, write_atomic

MEETING_COLUMNS = ["meeting_date", "people", "title", "source_url"]
NEAR_DAYS = 3  # a report dated '12/8' of a state visit whose talks were on 11/8


def _iso(values: pd.Series) -> pd.Series:
    return pd.to_datetime(values, format="%Y-%m-%d", errors="coerce").notna()


SCHEMA = [
    pa.DataFrameSchema({c: pa.Column(str, filled(c)) for c in ("meeting_date", "people", "source_url")}),
    pa.DataFrameSchema(
        {
            "meeting_date": pa.Column(
                str, pa.Check(_iso, error="meeting_date {meeting_date!r} is not YYYY-MM-DD")
            ),
            "source_url": pa.Column(
                str, pa.Check.str_matches(r"^https?://\S+$", error="source_url {source_url!r} is not a URL")
            ),
        }
    ),
]


def default_path() -> Path:
    return paths.annotations_dir() / "known_meetings.csv"


def load_known_meetings(path: str | Path | None = None, known_people: set[str] | None = None) -> pd.DataFrame:
    """The known meetings, ``meeting_date`` as ``datetime.date`` and ``people`` as a frozenset; an
    empty table when the file does not exist; DataError listing every malformed row (and every person
    not in ``known_people``, when given)."""
    path = Path(path) if path else default_path()
    if not path.exists():
        return pd.DataFrame(columns=MEETING_COLUMNS + ["line"])
    frame, problems = read_csv(path, MEETING_COLUMNS)
    problems += check_rows(frame, SCHEMA, shown_path(path))
    if known_people is not None:
        bad = {p.line for p in problems}
        for row in frame.itertuples():
            unknown = [p for p in row.people.split("|") if p and p not in known_people]
            if unknown and row.line not in bad:
                problems.append(
                    Problem(
                        shown_path(path),
                        row.line,
                        f"people {', '.join(map(repr, unknown))} not in data/annotations/leaders.csv "
                        "(add the person there, or correct the name)",
                    )
                )
    df = finish(frame, sorted(problems, key=lambda p: p.line), strict=True)
    df["meeting_date"] = [dt.date.fromisoformat(d) for d in df["meeting_date"]]
    df["people"] = [frozenset(p for p in s.split("|") if p) for s in df["people"]]
    return df


def validate() -> str:
    """``python -m vnkr validate``: every row well formed, every person in the leaders table."""
    df = load_known_meetings(known_people=set(load_leaders()["name"]))
    return f"{len(df)} known meeting(s) in {shown_path(default_path())}"


@functools.lru_cache(maxsize=4)
def _cached(path: str, mtime: float) -> tuple[tuple[dt.date, frozenset, str, str], ...]:
    df = load_known_meetings(path)
    return tuple(zip(df["meeting_date"], df["people"], df["title"], df["source_url"]))


def known_meetings() -> tuple[tuple[dt.date, frozenset, str, str], ...]:
    """``(date, people, title, url)`` of every known meeting of the data folder (cached by mtime)."""
    where = paths.stamp("meetings", _where)
    return _cached(*where) if where else ()


def _where() -> tuple[str, float] | None:
    path = default_path()
    return (str(path), path.stat().st_mtime) if path.exists() else None


def meetings_near(
    day: dt.date, people: set[str], meetings=None, near: int = NEAR_DAYS
) -> list[tuple[dt.date, frozenset, str, str]]:
    """Known meetings within ``near`` days of ``day`` whose people include ``min(2, len(people))`` of
    ``people`` (one named person is enough only when the report names one)."""
    need = min(2, len(people))
    return [
        m
        for m in (known_meetings() if meetings is None else meetings)
        if abs((m[0] - day).days) <= near and len(m[1] & people) >= need
    ]


def write_known_meetings(rows: list[list[str]], path: str | Path | None = None) -> Path:
    """Write rows ``[meeting_date, people, title, source_url]`` (atomic); DataError if one is malformed."""
    path = Path(path) if path else default_path()
    for i, r in enumerate(rows, start=2):
        if len(r) != len(MEETING_COLUMNS) or not all(r[j] for j in (0, 1, 3)):
            raise DataError(Problem(shown_path(path), i, f"malformed row {r!r}"))
        if not str(r[3]).startswith(("http://", "https://")):  # checked before writing: the old file stays
            raise DataError(Problem(shown_path(path), i, f"source_url {r[3]!r} is not a URL"))
    body = (
        ",".join(MEETING_COLUMNS)
        + "\n"
        + csv_text(MEETING_COLUMNS, [dict(zip(MEETING_COLUMNS, r)) for r in rows])
    )
    write_atomic(path, body.encode("utf-8"))
    return path
