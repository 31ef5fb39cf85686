"""Meetings and milestones: the curated tables that place each article on a time axis.

``data/events.csv`` holds one row per meeting reported in the corpus. Its ``event_id`` is the event
date at its precision and the kind (``2021-07-22-phone_call``, ``2022-12-state_visit``), with a suffix
``-2``, ``-3`` … when two meetings of one kind share a date (:func:`make_event_id`);
:func:`vnkr.load_corpus` gives each document the id of the meeting that lists it.
``data/milestones.csv`` is a sibling table for milestones that are not meetings in the corpus
(1992 diplomatic relations, the 2009 and 2022 upgrades, the 2023 and 2024 restatements of the trade
goal), each with the public page that states it; :func:`load_timeline` puts both on one table with
``kind='milestone'`` for the latter. The relationship level of a meeting is not typed: it is derived
from the milestones that set a level (see :func:`relationship_level_on`). Korean names are checked
against ``data/annotations/aliases.csv`` (:mod:`vnkr.tables.aliases`).
"""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd
import pandera.pandas as pa

from .. import paths
from ..errors import DataError, Problem
from .aliases import _alias_key, _alias_map, load_aliases
from .levels import derive_levels
from .read import check_rows, filled, finish, good_rows, read_csv, shown_path
from .sources import known_doc_ids, raw_files

MEETING_KINDS = frozenset(
    {
        "phone_call",
        "video_call",
        "foreign_ministers_talks",
        "state_visit",
        "official_visit",
        "summit_talks",
        "working_visit",
        "joint_committee",
        "talks",
        "courtesy_call",
        "sidelines_meeting",
        "party_talks",
        "parliamentary_talks",
    }
)
PRECISIONS = ("day", "month", "year")
EVENT_COLUMNS = [
    "event_id",
    "event_date",
    "date_precision",
    "kind",
    "title_en",
    "title_vi",
    "vn_leader",
    "vn_role",
    "kr_leader",
    "kr_role",
    "location",
    "doc_ids",
    "source_note",
]
MILESTONE_COLUMNS = [
    "event_id",
    "event_date",
    "date_precision",
    "title_en",
    "title_vi",
    "relationship_level",
    "source_url",
    "source_note",
]
# fields that may be blank in an otherwise valid row
_OPTIONAL = {"source_note", "relationship_level", "location"}  # a report may not say where

_DATE_FORMATS = {
    "day": (r"\d{4}-\d{2}-\d{2}", "%Y-%m-%d"),
    "month": (r"\d{4}-\d{2}", "%Y-%m"),
    "year": (r"\d{4}", "%Y"),
}
_FORMAT_NAMES = {"day": "YYYY-MM-DD", "month": "YYYY-MM", "year": "YYYY"}


def parse_date(value: str, precision: str) -> pd.Timestamp:
    """Parse ``value`` written at ``precision`` ('day' ``2021-06-23``, 'month' ``2022-12``, 'year').

    >>> parse_date("2022-12", "month")
    Timestamp('2022-12-01 00:00:00')
    """
    pattern, fmt = _DATE_FORMATS[precision]
    if not re.fullmatch(pattern, value):
        raise ValueError(f"expected {_FORMAT_NAMES[precision]}")
    return pd.Timestamp(pd.to_datetime(value, format=fmt))


def date_as_written(value: str, precision: str) -> str:
    """The date at its precision: a month event may be stored as its first day.

    >>> date_as_written("2022-12-01", "month"), date_as_written("2021-06-23", "day")
    ('2022-12', '2021-06-23')
    """
    if precision == "month" and re.fullmatch(r"\d{4}-\d{2}-01", value):
        return value[:7]
    if precision == "year" and re.fullmatch(r"\d{4}-01-01", value):
        return value[:4]
    return value


def _parsed_or_none(value: str, precision: str) -> pd.Timestamp | None:
    try:
        return parse_date(date_as_written(value, precision), precision)
    except (ValueError, KeyError):
        return None


def _dated_stages(columns: list[str]) -> list[pa.DataFrameSchema]:
    """Rules shared by meetings and milestones: fields present; a known precision; a date valid at
    that precision; a unique id."""
    present = pa.DataFrameSchema({c: pa.Column(str, filled(c)) for c in columns if c not in _OPTIONAL})
    precision = pa.DataFrameSchema(
        {
            "date_precision": pa.Column(
                str,
                pa.Check.isin(
                    PRECISIONS,
                    error="date_precision {date_precision!r} is not one of " + ", ".join(PRECISIONS),
                ),
            )
        }
    )
    date = pa.DataFrameSchema(
        {
            "event_id": pa.Column(
                str, pa.Check(lambda s: ~s.duplicated(), error="duplicate event_id {event_id!r}")
            )
        },
        checks=[
            pa.Check(
                lambda d: d["_date"].notna(),
                error="bad event_date {event_date!r} (expected a "
                "valid {_format} date for precision '{date_precision}')",
            )
        ],
    )
    return [present, precision, date]


def _with_dates(frame: pd.DataFrame) -> pd.DataFrame:
    """The facts the date rules need, as columns: the parsed date and the expected format."""
    frame["_date"] = [_parsed_or_none(v, p) for v, p in zip(frame["event_date"], frame["date_precision"])]
    frame["_format"] = frame["date_precision"].map(_FORMAT_NAMES).fillna("?")
    return frame


def _typed_dates(frame: pd.DataFrame) -> pd.DataFrame:
    frame["event_date"] = pd.to_datetime(pd.Series(list(frame["_date"]), index=frame.index, dtype="object"))
    return frame


MILESTONE_STAGES = _dated_stages(MILESTONE_COLUMNS) + [
    pa.DataFrameSchema(
        {
            "source_url": pa.Column(
                str,
                pa.Check.str_matches(r"^https?://", error="source_url {source_url!r} is not a web address"),
            )
        }
    )
]

EVENT_STAGES = _dated_stages(EVENT_COLUMNS) + [
    pa.DataFrameSchema(
        checks=[
            pa.Check(
                lambda d: pd.Series(
                    [
                        bool(re.fullmatch(re.escape(x) + r"(?:-[2-9]|-[1-9]\d+)?", i))
                        for i, x in zip(d["event_id"], d["_expected_id"])
                    ],
                    index=d.index,
                    dtype=bool,
                ),
                error="event_id {event_id!r} should be the event date at its precision and the kind "
                "({_expected_id!r}, with -2, -3 … when that id is taken)",
            ),
            pa.Check(
                lambda d: d["kind"].isin(MEETING_KINDS),
                error="unknown kind {kind!r} (expected one of "
                + ", ".join(sorted(MEETING_KINDS))
                + "; milestones go in milestones.csv)",
            ),
            pa.Check(
                lambda d: d["_unknown_doc"].eq(""),
                error="unknown doc_id {_unknown_doc!r} (no row in data/sources.csv, or its raw file is missing)",
            ),
            pa.Check(
                lambda d: d["_taken_doc"].eq(""),
                error="doc_id {_taken_doc!r} already belongs to event {_taken_by!r}",
            ),
            pa.Check(
                lambda d: d["_standard"].eq(""),
                error="kr_leader {kr_leader!r} is a variant; write the standard form {_standard!r}",
            ),
        ]
    )
]


def make_event_id(date_written: str, kind: str, taken: set[str] | frozenset = frozenset()) -> str:
    """The id of a meeting: its date at its precision, then its kind; ``-2``, ``-3`` … if taken.

    >>> make_event_id("2024-07-02", "talks"), make_event_id("2024-07-02", "talks", {"2024-07-02-talks"})
    ('2024-07-02-talks', '2024-07-02-talks-2')
    """
    base, n = f"{date_written}-{kind}", 1
    out = base
    while out in taken:
        n += 1
        out = f"{base}-{n}"
    return out


# ---------------------------------------------------------------- milestones and levels
def load_milestones(path: Path | None = None, strict: bool = True):
    """Milestones of the relationship (not meetings), each with the page that states it.

    Returns a DataFrame with ``event_id, event_date`` (datetime64), ``date_precision, kind``
    (always 'milestone'), ``title_en, title_vi, relationship_level`` (the level it established, or
    empty), ``source_url, source_note``. With ``strict=False`` returns ``(rows, problems)``.
    """
    path = Path(path) if path else paths.data_dir() / "milestones.csv"
    frame, problems = read_csv(path, MILESTONE_COLUMNS)
    problems += check_rows(_with_dates(frame), MILESTONE_STAGES, shown_path(path))
    df = _typed_dates(good_rows(frame, problems)).assign(kind="milestone")
    df = (
        df[MILESTONE_COLUMNS + ["kind", "line"]]
        .sort_values(["event_date", "event_id"])
        .reset_index(drop=True)
    )
    return finish(df, problems, strict)


def relationship_level_on(date, precision: str, milestones: pd.DataFrame) -> str:
    """The relationship level in force at a meeting: the latest level-setting milestone not after it.

    Dates are compared at the coarser of the two precisions, so a meeting known only as 'Dec 2022'
    counts as held under the level set on 5 Dec 2022 (it is the visit that made the upgrade).

    >>> ms = pd.DataFrame({"event_date": pd.to_datetime(["2009-10-21", "2022-12-05"]),
    ...                    "date_precision": ["day", "day"], "relationship_level": ["strategic", "comprehensive"]})
    >>> relationship_level_on(pd.Timestamp("2022-12-01"), "month", ms), relationship_level_on(pd.Timestamp("2022-12-04"), "day", ms)
    ('comprehensive', 'strategic')
    """
    order = {p: i for i, p in enumerate(PRECISIONS)}
    level = ""
    setting = milestones[milestones["relationship_level"].fillna("").ne("")].sort_values("event_date")
    for ms in setting.itertuples(index=False):
        coarse = PRECISIONS[max(order[precision], order[ms.date_precision])]
        if _truncate(ms.event_date, coarse) <= _truncate(pd.Timestamp(date), coarse):
            level = ms.relationship_level
    return level


def _truncate(date: pd.Timestamp, precision: str) -> tuple:
    return {"day": (date.year, date.month, date.day), "month": (date.year, date.month), "year": (date.year,)}[
        precision
    ]


# ---------------------------------------------------------------- meetings
def load_events(path: Path | None = None, strict: bool = True, milestones: pd.DataFrame | None = None):
    """Meetings of the corpus, one row each, with the relationship level in force on the date.

    Columns: ``event_id, event_date`` (datetime64), ``date_precision, kind, title_en, title_vi,
    vn_leader, vn_role, kr_leader`` (standard romanisation), ``kr_role, location,
    relationship_level`` (derived from the milestones), ``level`` (summit, head_of_government,
    ministerial, parliamentary or party, derived from ``data/levels.csv``), ``doc_ids`` ('|'-separated, primary document
    first), ``source_note``. Each row is checked: required fields, date valid at its precision,
    ``event_id`` the date at that precision and the kind (:func:`make_event_id`), a known kind, documents that exist in
    ``data/raw``, a Korean name in its standard form. Problems name file, line and reason; with
    ``strict=False`` returns ``(good rows, problems)`` instead of raising :class:`DataError`.
    """
    path = Path(path) if path else paths.data_dir() / "events.csv"
    frame, problems = read_csv(path, EVENT_COLUMNS)
    problems += check_rows(_event_facts(_with_dates(frame)), EVENT_STAGES, shown_path(path))
    df = _typed_dates(good_rows(frame, problems))[EVENT_COLUMNS + ["line"]]
    levels, unplaced = derive_levels(df, shown_path(path))
    df = df.assign(level=levels)
    df = df[~df["line"].isin({u.line for u in unplaced})]
    problems += unplaced
    if milestones is None:
        milestones = load_milestones()
    df.insert(
        EVENT_COLUMNS.index("location") + 1,
        "relationship_level",
        [relationship_level_on(d, p, milestones) for d, p in zip(df["event_date"], df["date_precision"])],
    )
    df = df.sort_values(["event_date", "event_id"]).reset_index(drop=True)
    return finish(df, problems, strict)


def _event_facts(frame: pd.DataFrame) -> pd.DataFrame:
    """The facts the meeting rules need, as columns: the expected id, the first unknown document, a
    document an earlier row already claimed (and by which event), the standard form of a variant name."""
    docs, owner = known_doc_ids(), {}
    aliases = _alias_map()
    standards = set(aliases.values())
    frame["_expected_id"] = [
        f"{date_as_written(v, p)}-{k}"
        for v, p, k in zip(frame["event_date"], frame["date_precision"], frame["kind"])
    ]
    unknown, taken, taken_by = [], [], []
    for event, ids in zip(frame["event_id"], frame["doc_ids"]):
        ids = ids.split("|")
        unknown.append(next((d for d in ids if d not in docs), ""))
        clash = next((d for d in ids if d in owner), "")
        taken.append(clash)
        taken_by.append(owner.get(clash, ""))
        owner.update({d: event for d in ids if d in docs and d not in owner})
    frame["_unknown_doc"], frame["_taken_doc"], frame["_taken_by"] = unknown, taken, taken_by
    frame["_standard"] = [
        aliases[_alias_key(n)] if n not in standards and _alias_key(n) in aliases else ""
        for n in frame["kr_leader"]
    ]
    return frame


# ---------------------------------------------------------------- timeline
def load_timeline() -> pd.DataFrame:
    """Meetings and milestones on one table, in date order, each with its kind and source.

    Columns: ``event_id, event_date, date_precision, kind`` (a meeting kind or 'milestone'),
    ``title_en, title_vi, relationship_level, level`` (a meeting's; blank for milestones), ``doc_ids,
    source_url, source`` (the articles of a
    meeting, e.g. ``data/raw/001_22eb234d55eac9d6.txt``, or a milestone's web page).
    """
    milestones = load_milestones()
    events = load_events(milestones=milestones)
    # a meeting's source is its articles, a milestone's its web page; the other field stays empty (NA)
    files = raw_files()
    meet = events.assign(
        source_url=pd.NA,
        source=events["doc_ids"].map(
            lambda ids: "; ".join(shown_path(files[d]) if d in files else d for d in ids.split("|"))
        ),
    )
    ms = milestones.assign(
        doc_ids=pd.NA,
        source=milestones["source_url"],
        level=pd.NA,
        relationship_level=milestones["relationship_level"].replace("", pd.NA),
    )
    cols = [
        "event_id",
        "event_date",
        "date_precision",
        "kind",
        "title_en",
        "title_vi",
        "relationship_level",
        "level",
        "doc_ids",
        "source_url",
        "source",
    ]
    out = pd.concat([meet[cols], ms[cols]], ignore_index=True)
    return out.sort_values(["event_date", "event_id"], kind="stable").reset_index(drop=True)


# ---------------------------------------------------------------- validate
def validate() -> str:
    """One-line summary of events, milestones and aliases; raises DataError listing every problem."""
    problems: list[Problem] = []
    parts = {}
    for name, loader in (("aliases", load_aliases), ("milestones", load_milestones), ("events", load_events)):
        try:
            df, bad = loader(strict=False)
        except DataError as exc:  # unreadable file: keep collecting the others
            problems += exc.problems
            continue
        parts[name] = len(df)
        problems += [Problem(**r) for r in bad.to_dict("records")]
    if problems:
        raise DataError(problems)
    return (
        f"events: {parts['events']} meetings, {parts['milestones']} milestones, "
        f"{parts['aliases']} name aliases, 0 problems"
    )
