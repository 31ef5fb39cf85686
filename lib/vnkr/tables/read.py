"""Reading inputs at the boundary: one decoder, one CSV reader with line numbers, one problems table.

Every file enters the program here: bytes are decoded as UTF-8 (a BOM is tolerated), line endings
become ``\\n`` and text is normalised to NFC, once. Messages name the file as the user sees it
(:func:`shown_path`) and the 1-based line, so an editor can jump to it.

>>> decode(b"Ho\\xcc\\x80a bi\\xcc\\x80nh\\r\\n", "x.txt") == "Hòa bình\\n"
True
"""

from __future__ import annotations

import csv
import io
import unicodedata
from pathlib import Path

import pandas as pd
import pandera.pandas as pa

from .. import paths
from ..errors import DataError, Problem

PROBLEM_COLUMNS = ["file", "line", "reason", "severity"]


def shown_path(path: str | Path) -> str:
    """A path as messages show it: relative to the repository when inside it (``data/events.csv``)."""
    path = Path(path)
    try:
        return str(path.resolve().relative_to(paths.ROOT))
    except ValueError:
        return str(path)


def decode(data: bytes, name: str) -> str:
    """Bytes of one file -> NFC text with ``\\n`` line endings, or DataError naming the file and the
    line of the first bad byte (empty, binary or not UTF-8)."""
    if not data.strip():
        raise DataError(Problem(name, None, f"empty file ({len(data)} bytes)"))
    if b"\x00" in data:
        offset = data.index(b"\x00")
        raise DataError(
            Problem(
                name,
                data[:offset].count(b"\n") + 1,
                f"binary file (NUL byte at offset {offset}); expected UTF-8 text",
            )
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise DataError(
            Problem(
                name,
                line,
                (
                    f"not UTF-8: byte 0x{data[exc.start]:02x} at offset {exc.start} cannot be decoded "
                    "(a legacy encoding such as Windows-1258?); re-save the file as UTF-8"
                ),
            )
        ) from None
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    if not text.strip():
        raise DataError(Problem(name, None, "empty file (whitespace only)"))
    return text


def read_text(path: str | Path) -> str:
    """Read one text file (a raw article): UTF-8 (BOM tolerated), NFC, ``\\n`` line endings; DataError
    if it is missing, empty, binary or not UTF-8, naming the file and the line where decoding failed."""
    path = Path(path)
    if not path.exists():
        raise DataError(Problem(shown_path(path), None, "file not found"))
    return decode(path.read_bytes(), shown_path(path))


def read_csv(path: str | Path, required: list[str]) -> tuple[pd.DataFrame, list[Problem]]:
    """A curated CSV as strings (stripped, blanks as ``''``) with a ``line`` column: the 1-based line
    where each record starts (the header is line 1). Blank lines are skipped; a record with the wrong
    number of fields is a Problem, not a row. Raises DataError when the file cannot be read or its
    header lacks a ``required`` column.

    >>> import tempfile, os
    >>> with tempfile.TemporaryDirectory() as d:
    ...     p = Path(d, "t.csv"); _ = p.write_text('a,b\\n1,"x\\ny"\\n\\n2,z\\n', encoding="utf-8")
    ...     frame, problems = read_csv(p, ["a"])
    >>> frame[["a", "line"]].values.tolist(), problems
    ([['1', 2], ['2', 5]], [])
    """
    path = Path(path)
    text = read_text(path) if path.exists() and path.stat().st_size else ""
    shown = shown_path(path)
    if not path.exists():
        raise DataError(Problem(shown, None, "file not found"))
    reader = csv.reader(io.StringIO(text, newline=""))
    header = [h.strip() for h in next(reader, [])]
    if not header:
        raise DataError(Problem(shown, None, "empty file (expected a header row)"))
    missing = [c for c in required if c not in header]
    if missing:
        raise DataError(
            Problem(shown, 1, f"missing column(s) {', '.join(missing)} (expected {', '.join(required)})")
        )
    records, problems = [], []
    line = reader.line_num + 1
    for fields in reader:
        start, line = line, reader.line_num + 1
        if not any(f.strip() for f in fields):
            continue
        if len(fields) != len(header):
            problems.append(Problem(shown, start, f"{len(fields)} fields, expected {len(header)}"))
            continue
        records.append({**{h: f.strip() for h, f in zip(header, fields)}, "line": start})
    frame = pd.DataFrame(records, columns=header + ["line"])
    frame[header] = frame[header].astype(object).fillna("")
    frame["line"] = frame["line"].astype("int64")
    return frame, problems


def check_rows(
    frame: pd.DataFrame, stages: pa.DataFrameSchema | list[pa.DataFrameSchema], shown: str
) -> list[Problem]:
    """Run pandera schemas over a table read by :func:`read_csv`: one Problem per failing row and rule,
    at the row's line. ``stages`` run in order, each on the rows that passed the ones before (a row
    without a date is not also told its date is malformed). A rule's ``error`` is a template filled
    from the failing row (``"duplicate theme {theme!r}"``), so the message names the offending value.

    >>> frame = pd.DataFrame({"code": ["ok", "Bad"], "line": [2, 3]})
    >>> schema = pa.DataFrameSchema({"code": pa.Column(str, pa.Check.str_matches("^[a-z]+$",
    ...                              error="code {code!r} is not lower case"))})
    >>> [str(p) for p in check_rows(frame, schema, "t.csv")]
    ["t.csv:3: code 'Bad' is not lower case"]
    """
    out: list[Problem] = []
    for schema in stages if isinstance(stages, list) else [stages]:
        rows = good_rows(frame, out)
        try:
            schema.validate(rows, lazy=True)
        except pa.errors.SchemaErrors as err:
            seen = set()
            for case in err.failure_cases.itertuples(index=False):
                if case.index is None or pd.isna(case.index) or (int(case.index), str(case.check)) in seen:
                    continue
                seen.add((int(case.index), str(case.check)))
                row = rows.loc[int(case.index)]
                out.append(Problem(shown, int(row["line"]), str(case.check).format(**row)))
    return sorted(out, key=lambda p: p.line)


def filled(column: str) -> pa.Check:
    """A rule: the field is not blank (message ``missing <column>``)."""
    return pa.Check(lambda s: s.str.len() > 0, error=f"missing {column}")


def good_rows(frame: pd.DataFrame, problems: list[Problem]) -> pd.DataFrame:
    """The rows of ``frame`` no problem points at."""
    bad = {p.line for p in problems}
    return frame[~frame["line"].isin(bad)].reset_index(drop=True)


def problems_frame(problems: list[Problem]) -> pd.DataFrame:
    """Problems as a table ``file, line, reason, severity`` (line is a nullable integer)."""
    out = pd.DataFrame([p.as_dict() for p in problems], columns=PROBLEM_COLUMNS)
    out["line"] = out["line"].astype("Int64")
    return out


def finish(df: pd.DataFrame, problems: list[Problem], strict: bool):
    """What a loader returns: ``df`` (raising DataError on any problem) when ``strict``, else
    ``(df, problems table)``."""
    if strict:
        if problems:
            raise DataError(problems)
        return df
    return df, problems_frame(problems)
