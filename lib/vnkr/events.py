"""Meetings, milestones and names: the curated tables that place each article on a time axis.

``data/events.csv`` holds one row per meeting reported in the corpus (its ``event_id`` is the event
date at its precision, the same id :func:`vnkr.load_corpus` gives each document).
``data/milestones.csv`` is a sibling table for milestones that are not meetings in the corpus
(1992 diplomatic relations, the 2009 and 2022 upgrades, the 2023 and 2024 restatements of the trade
goal), each with the public page that states it; :func:`load_timeline` puts both on one table with
``kind='milestone'`` for the latter. The relationship level of a meeting is not typed: it is derived
from the milestones that set a level (see :func:`relationship_level_on`). Korean names appear in
Vietnamese transliteration (``Châng Ưi I-ông``); ``data/annotations/aliases.csv`` maps each written
form to its standard romanisation (:func:`romanise`).

    >>> import vnkr
    >>> vnkr.load_events().loc[lambda e: e.event_id == "2022-12", "relationship_level"].item()
    'comprehensive_strategic_partnership'
"""
from __future__ import annotations

import csv
import functools
import re
import unicodedata
from pathlib import Path

import pandas as pd

from . import paths
from .errors import DataError, Problem

MEETING_KINDS = frozenset({
    "phone_call", "video_call", "foreign_ministers_talks", "state_visit", "official_visit",
    "summit_talks", "working_visit", "joint_committee",
})
PRECISIONS = ("day", "month", "year")
EVENT_COLUMNS = ["event_id", "event_date", "date_precision", "kind", "title_en", "title_vi",
                 "vn_leader", "vn_role", "kr_leader", "kr_role", "location", "doc_ids", "source_note"]
MILESTONE_COLUMNS = ["event_id", "event_date", "date_precision", "title_en", "title_vi",
                     "relationship_level", "source_url", "source_note"]
ALIAS_COLUMNS = ["alias", "standard", "lang", "source"]
# fields that may be blank in an otherwise valid row
_OPTIONAL = {"source_note", "relationship_level"}

_DATE_FORMATS = {"day": (r"\d{4}-\d{2}-\d{2}", "%Y-%m-%d"),
                 "month": (r"\d{4}-\d{2}", "%Y-%m"),
                 "year": (r"\d{4}", "%Y")}
_FORMAT_NAMES = {"day": "YYYY-MM-DD", "month": "YYYY-MM", "year": "YYYY"}


# ---------------------------------------------------------------- reading helpers (shared)
def shown_path(path: Path) -> str:
    """A path as messages show it: relative to the repository when inside it (``data/events.csv``)."""
    path = Path(path)
    try:
        return str(path.resolve().relative_to(paths.ROOT))
    except ValueError:
        return str(path)


def read_csv_rows(path: Path) -> list[tuple[int, dict[str, str]]]:
    """Rows of a UTF-8 CSV as ``(line, {column: NFC text})``; ``line`` is the 1-based line where the
    row starts (the header is line 1), so a message can point an editor at it.

    >>> # read_csv_rows(paths.data_dir() / "events.csv")[0][0]  -> 2
    """
    path = Path(path)
    if not path.exists():
        raise DataError(Problem(shown_path(path), None, "file not found"))
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise DataError(Problem(shown_path(path), None, f"not valid UTF-8 ({exc.reason} at byte {exc.start})"))
    # NFC at the boundary: the one place curated text enters the program
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n"))
    reader = csv.DictReader(text.splitlines(keepends=True))
    rows, start = [], 2
    for row in reader:
        rows.append((start, {k: (v or "").strip() for k, v in row.items() if k is not None}))
        start = reader.line_num + 1
    return rows


def missing_columns(path: Path, rows: list[tuple[int, dict]], required: list[str]) -> list[Problem]:
    """A Problem for a header that lacks required columns (checked once, on line 1)."""
    if not rows:
        return []
    absent = [c for c in required if c not in rows[0][1]]
    return [Problem(shown_path(path), 1, f"missing column(s): {', '.join(absent)}")] if absent else []


def read_raw(doc_id: str) -> str:
    """The raw article ``data/raw/<doc_id>.txt`` as NFC text with ``\\n`` line endings."""
    path = paths.raw_dir() / f"{doc_id}.txt"
    text = path.read_bytes().decode("utf-8-sig").replace("\r\n", "\n")
    return unicodedata.normalize("NFC", text)


def known_doc_ids() -> set[str]:
    """Document ids of the corpus: the stems of ``data/raw/*.txt``."""
    return {p.stem for p in paths.raw_dir().glob("*.txt")}


def parse_date(value: str, precision: str) -> pd.Timestamp:
    """Parse ``value`` written at ``precision`` ('day' ``2021-06-23``, 'month' ``2022-12``, 'year').

    >>> parse_date("2022-12", "month")
    Timestamp('2022-12-01 00:00:00')
    """
    pattern, fmt = _DATE_FORMATS[precision]
    if not re.fullmatch(pattern, value):
        raise ValueError(f"expected {_FORMAT_NAMES[precision]}")
    return pd.Timestamp(pd.to_datetime(value, format=fmt))


def _problems_frame(problems: list[Problem]) -> pd.DataFrame:
    return pd.DataFrame([p.as_dict() for p in problems], columns=["file", "line", "reason", "severity"])


def _finish(df: pd.DataFrame, problems: list[Problem], strict: bool):
    if strict:
        if problems:
            raise DataError(problems)
        return df
    return df, _problems_frame(problems)


# ---------------------------------------------------------------- milestones and levels
def load_milestones(path: Path | None = None, strict: bool = True):
    """Milestones of the relationship (not meetings), each with the page that states it.

    Returns a DataFrame with ``event_id, event_date`` (datetime64), ``date_precision, kind``
    (always 'milestone'), ``title_en, title_vi, relationship_level`` (the level it established, or
    empty), ``source_url, source_note``. With ``strict=False`` returns ``(rows, problems)``.

    >>> load_milestones().iloc[0][["event_id", "relationship_level"]].tolist()
    ['ms-1992-12-22', 'diplomatic_relations']
    """
    path = Path(path) if path else paths.data_dir() / "milestones.csv"
    shown = shown_path(path)
    rows = read_csv_rows(path)
    problems = missing_columns(path, rows, MILESTONE_COLUMNS)
    good, seen = [], set()
    for line, row in rows:
        bad = _check_dated_row(shown, line, row, MILESTONE_COLUMNS, seen)
        if not bad and not re.match(r"https?://", row["source_url"]):
            bad.append(Problem(shown, line, f"source_url {row['source_url']!r} is not a web address"))
        problems += bad
        if not bad:
            good.append({**{c: row.get(c, "") for c in MILESTONE_COLUMNS},
                         "event_date": parse_date(_date_text(row), row["date_precision"]),
                         "kind": "milestone", "line": line})
    df = pd.DataFrame(good, columns=MILESTONE_COLUMNS + ["kind", "line"])
    df["event_date"] = pd.to_datetime(df["event_date"])
    df = df.sort_values(["event_date", "event_id"]).reset_index(drop=True)
    return _finish(df, problems, strict)


def _date_text(row: dict) -> str:
    """The date as written at its precision: a month event may be stored as its first day."""
    value, precision = row["event_date"], row["date_precision"]
    if precision == "month" and re.fullmatch(r"\d{4}-\d{2}-01", value):
        return value[:7]
    if precision == "year" and re.fullmatch(r"\d{4}-01-01", value):
        return value[:4]
    return value


def _check_dated_row(shown: str, line: int, row: dict, columns: list[str], seen: set) -> list[Problem]:
    """Checks shared by meetings and milestones: fields present, date valid at its precision, id unique."""
    out = [Problem(shown, line, f"missing {c}") for c in columns if c not in _OPTIONAL and not row.get(c)]
    if out:
        return out
    precision = row["date_precision"]
    if precision not in PRECISIONS:
        return [Problem(shown, line, f"date_precision {precision!r} is not one of {', '.join(PRECISIONS)}")]
    try:
        parse_date(_date_text(row), precision)
    except ValueError as exc:
        return [Problem(shown, line, f"bad event_date {row['event_date']!r} ({exc} for precision '{precision}')")]
    if row["event_id"] in seen:
        return [Problem(shown, line, f"duplicate event_id {row['event_id']!r}")]
    seen.add(row["event_id"])
    return []


def relationship_level_on(date, precision: str, milestones: pd.DataFrame) -> str:
    """The relationship level in force at a meeting: the latest level-setting milestone not after it.

    Dates are compared at the coarser of the two precisions, so a meeting known only as 'Dec 2022'
    counts as held under the level set on 5 Dec 2022 (it is the visit that made the upgrade).

    >>> ms = load_milestones()
    >>> relationship_level_on(pd.Timestamp("2021-06-23"), "day", ms)
    'strategic_cooperative_partnership'
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
    return {"day": (date.year, date.month, date.day), "month": (date.year, date.month),
            "year": (date.year,)}[precision]


# ---------------------------------------------------------------- meetings
def load_events(path: Path | None = None, strict: bool = True, milestones: pd.DataFrame | None = None):
    """Meetings of the corpus, one row each, with the relationship level in force on the date.

    Columns: ``event_id, event_date`` (datetime64), ``date_precision, kind, title_en, title_vi,
    vn_leader, vn_role, kr_leader`` (standard romanisation), ``kr_role, location,
    relationship_level`` (derived from the milestones), ``doc_ids`` ('|'-separated, primary document
    first), ``source_note``. Each row is checked: required fields, date valid at its precision,
    ``event_id`` equal to the date at that precision, a known kind, documents that exist in
    ``data/raw``, a Korean name in its standard form. Problems name file, line and reason; with
    ``strict=False`` returns ``(good rows, problems)`` instead of raising :class:`DataError`.

    >>> load_events()["event_id"].tolist()
    ['2021-06-23', '2021-07-22', '2022-12', '2025-08-11']
    """
    path = Path(path) if path else paths.data_dir() / "events.csv"
    shown = shown_path(path)
    rows = read_csv_rows(path)
    problems = missing_columns(path, rows, EVENT_COLUMNS)
    docs = known_doc_ids()
    aliases = _alias_map()
    standards = set(aliases.values())
    good, seen, doc_owner = [], set(), {}
    for line, row in rows:
        bad = _check_dated_row(shown, line, row, EVENT_COLUMNS, seen)
        if not bad:
            bad = _check_event(shown, line, row, docs, doc_owner, aliases, standards)
        problems += bad
        if not bad:
            good.append({**{c: row.get(c, "") for c in EVENT_COLUMNS},
                         "event_date": parse_date(_date_text(row), row["date_precision"]), "line": line})
    df = pd.DataFrame(good, columns=EVENT_COLUMNS + ["line"])
    df["event_date"] = pd.to_datetime(df["event_date"])
    if milestones is None:
        milestones = load_milestones()
    df.insert(EVENT_COLUMNS.index("location") + 1, "relationship_level",
              [relationship_level_on(d, p, milestones) for d, p in zip(df["event_date"], df["date_precision"])])
    df = df.sort_values(["event_date", "event_id"]).reset_index(drop=True)
    return _finish(df, problems, strict)


def _check_event(shown, line, row, docs, doc_owner, aliases, standards) -> list[Problem]:
    out = []
    expected_id = _date_text(row)
    if row["event_id"] != expected_id:
        out.append(Problem(shown, line, f"event_id {row['event_id']!r} should be the event date at its "
                                        f"precision ({expected_id!r})"))
    if row["kind"] not in MEETING_KINDS:
        out.append(Problem(shown, line, f"unknown kind {row['kind']!r} (expected one of "
                                        f"{', '.join(sorted(MEETING_KINDS))}; milestones go in milestones.csv)"))
    for doc in row["doc_ids"].split("|"):
        if doc not in docs:
            out.append(Problem(shown, line, f"unknown doc_id {doc!r} (no data/raw/{doc}.txt)"))
        elif doc in doc_owner:
            out.append(Problem(shown, line, f"doc_id {doc!r} already belongs to event {doc_owner[doc]!r}"))
        else:
            doc_owner[doc] = row["event_id"]
    name = row["kr_leader"]
    if name not in standards and _alias_key(name) in aliases:
        out.append(Problem(shown, line, f"kr_leader {name!r} is a variant; write the standard form "
                                        f"{aliases[_alias_key(name)]!r}"))
    return out


# ---------------------------------------------------------------- timeline
def load_timeline() -> pd.DataFrame:
    """Meetings and milestones on one table, in date order, each with its kind and source.

    Columns: ``event_id, event_date, date_precision, kind`` (a meeting kind or 'milestone'),
    ``title_en, title_vi, relationship_level, doc_ids, source_url, source`` (the articles of a
    meeting, e.g. ``data/raw/001_22eb234d55eac9d6.txt``, or a milestone's web page).

    >>> int(load_timeline()["kind"].eq("milestone").sum())
    5
    """
    milestones = load_milestones()
    events = load_events(milestones=milestones)
    # a meeting's source is its articles, a milestone's its web page; the other field stays empty (NA)
    meet = events.assign(source_url=pd.NA, source=events["doc_ids"].map(
        lambda ids: "; ".join(f"data/raw/{d}.txt" for d in ids.split("|"))))
    ms = milestones.assign(doc_ids=pd.NA, source=milestones["source_url"],
                           relationship_level=milestones["relationship_level"].replace("", pd.NA))
    cols = ["event_id", "event_date", "date_precision", "kind", "title_en", "title_vi",
            "relationship_level", "doc_ids", "source_url", "source"]
    out = pd.concat([meet[cols], ms[cols]], ignore_index=True)
    return out.sort_values(["event_date", "event_id"], kind="stable").reset_index(drop=True)


# ---------------------------------------------------------------- names
def _alias_key(name: str) -> str:
    """Spelling-insensitive key: NFC, casefold, hyphens and runs of spaces as one space."""
    name = unicodedata.normalize("NFC", str(name)).casefold()
    return re.sub(r"[\s\-‐–]+", " ", name).strip()


def load_aliases(path: Path | None = None, strict: bool = True):
    """The alias table ``alias, standard, lang, source`` (one written form of a name per row).

    Checked: fields present, no alias mapped to two standards. ``strict=False`` returns
    ``(rows, problems)``.

    >>> load_aliases().set_index("alias").loc["Châng Ưi I-ông", "standard"]
    'Chung Eui-yong'
    """
    path = Path(path) if path else paths.annotations_dir() / "aliases.csv"
    shown = shown_path(path)
    rows = read_csv_rows(path)
    problems = missing_columns(path, rows, ALIAS_COLUMNS)
    good, seen = [], {}
    for line, row in rows:
        bad = [Problem(shown, line, f"missing {c}") for c in ("alias", "standard", "lang") if not row.get(c)]
        key = _alias_key(row.get("alias", ""))
        if not bad and key in seen and seen[key] != row["standard"]:
            bad.append(Problem(shown, line, f"alias {row['alias']!r} already maps to {seen[key]!r}"))
        problems += bad
        if not bad:
            seen[key] = row["standard"]
            good.append({**{c: row.get(c, "") for c in ALIAS_COLUMNS}, "line": line})
    return _finish(pd.DataFrame(good, columns=ALIAS_COLUMNS + ["line"]), problems, strict)


@functools.lru_cache(maxsize=4)
def _alias_map_cached(path: str, mtime: float) -> dict[str, str]:
    table = load_aliases(Path(path))
    out = {_alias_key(a): s for a, s in zip(table["alias"], table["standard"])}
    out.update({_alias_key(s): s for s in table["standard"]})
    return out


def _alias_map() -> dict[str, str]:
    path = paths.annotations_dir() / "aliases.csv"
    return _alias_map_cached(str(path), path.stat().st_mtime) if path.exists() else {}


def romanise(name: str) -> str:
    """Standard romanisation of a (Korean) name written in any known form; unknown names unchanged.

    >>> romanise("Châng Ưi I-ông"), romanise("kim boo kyum"), romanise("Bùi Thanh Sơn")
    ('Chung Eui-yong', 'Kim Boo-kyum', 'Bùi Thanh Sơn')
    """
    return _alias_map().get(_alias_key(name), unicodedata.normalize("NFC", name))


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
    return (f"events: {parts['events']} meetings, {parts['milestones']} milestones, "
            f"{parts['aliases']} name aliases, 0 problems")
