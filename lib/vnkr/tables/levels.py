"""Meeting levels as data: ``data/levels.csv`` maps an event kind or an office to a level.

A meeting's level lets the reports compare like with like (a summit with summits). The kind decides
when it can (a state visit is a summit, foreign ministers' talks are ministerial); otherwise (a phone
call, an official visit) the office the Vietnamese participant held on the date, from
``data/annotations/leaders.csv``, decides; a person holding several offices gets the highest level
(:data:`LEVELS` order). A meeting no row can place is a problem naming the file and line, never a
guess.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pandera.pandas as pa

from .. import paths
from ..errors import Problem
from .leaders import load_leaders
from .read import check_rows, finish, read_csv, shown_path

LEVELS = ("summit", "head_of_government", "ministerial", "parliamentary", "party")
LEVEL_COLUMNS = ["match", "value", "level", "note"]

SCHEMA = pa.DataFrameSchema(
    {
        "match": pa.Column(
            str, pa.Check.isin(["kind", "office"], error="match {match!r} is not 'kind' or 'office'")
        ),
        "value": pa.Column(str, pa.Check(lambda s: s.ne(""), error="missing value")),
        "level": pa.Column(
            str, pa.Check.isin(LEVELS, error="level {level!r} is not one of " + ", ".join(LEVELS))
        ),
    },
    checks=[pa.Check(lambda d: ~d.duplicated(["match", "value"]), error="duplicate {match} {value!r}")],
)


def load_levels(path: str | Path | None = None) -> pd.DataFrame:
    """``data/levels.csv``: ``match`` ('kind' or 'office'), ``value``, ``level`` (one of
    :data:`LEVELS`), ``note``; DataError naming file and line for an unknown level or a duplicate."""
    path = Path(path) if path else paths.data_dir() / "levels.csv"
    frame, problems = read_csv(path, LEVEL_COLUMNS)
    problems += check_rows(frame, SCHEMA, shown_path(path))
    return finish(frame, problems, strict=True)


def offices_on(name: str, date, leaders: pd.DataFrame) -> list[str]:
    """Offices ``name`` (any spelling in leaders.csv) held on ``date``.

    >>> leaders = pd.DataFrame({"name": ["A"], "name_vi": ["Á"], "aliases": [""], "office": ["president"],
    ...     "term_start": [pd.Timestamp("2020-01-01").date()], "term_end": [pd.NA]})
    >>> offices_on("Á", pd.Timestamp("2021-05-01"), leaders)
    ['president']
    """
    day = pd.Timestamp(date).date()
    out = []
    for r in leaders.itertuples(index=False):
        names = {r.name, r.name_vi, *str(r.aliases or "").split("|")}
        if name in names and r.term_start <= day and (pd.isna(r.term_end) or day <= r.term_end):
            out.append(str(r.office))
    return out


def derive_levels(
    events: pd.DataFrame, shown: str, levels: pd.DataFrame | None = None, leaders: pd.DataFrame | None = None
) -> tuple[list[str], list[Problem]]:
    """The level of each meeting (``kind``, ``vn_leader``, ``kr_leader``, ``event_date``, ``line``)
    and a Problem for each row no kind or office row of ``data/levels.csv`` places."""
    levels = load_levels() if levels is None else levels
    leaders = load_leaders() if leaders is None else leaders
    by_kind = dict(
        zip(levels.loc[levels["match"].eq("kind"), "value"], levels.loc[levels["match"].eq("kind"), "level"])
    )
    by_office = dict(
        zip(
            levels.loc[levels["match"].eq("office"), "value"],
            levels.loc[levels["match"].eq("office"), "level"],
        )
    )
    out, problems = [], []
    for r in events.itertuples(index=False):
        level = by_kind.get(r.kind)
        if level is None:
            offices = offices_on(r.vn_leader, r.event_date, leaders) or offices_on(
                r.kr_leader, r.event_date, leaders
            )
            found = [by_office[o] for o in offices if o in by_office]
            level = min(found, key=LEVELS.index) if found else None
        if level is None:
            problems.append(
                Problem(
                    shown,
                    int(r.line),
                    (
                        f"cannot derive the meeting level: kind {r.kind!r} has no row in data/levels.csv and "
                        f"{r.vn_leader!r} holds no office listed there on {pd.Timestamp(r.event_date):%Y-%m-%d} "
                        "(data/annotations/leaders.csv)"
                    ),
                )
            )
        out.append(level or "")
    return out, problems
