"""The manifest ``data/sources.csv``: one row per raw file, with its hash and what the text cannot tell.

:func:`vnkr.load_corpus` refuses a raw file without a row, a row without a file and a hash mismatch;
this module only reads the table.
"""
from __future__ import annotations

from pathlib import Path

import pandas as pd

import re

from .. import paths
from ..errors import Problem
from .read import finish, read_csv, shown_path

MANIFEST_COLUMNS = ["doc_id", "file", "sha256", "outlet", "title", "original_name", "note"]
# What a user knows of a report beyond its text; blank allowed, and a manifest without the columns
# still loads. ``published`` is the publication date (the year of an in-text 'Chiều 5-9'), ``url``
# the address, whose date stamp serves when ``published`` is blank.
OPTIONAL_COLUMNS = ["url", "published"]
PUBLISHED_RE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _check_optional(frame: pd.DataFrame, shown: str) -> list[Problem]:
    problems = []
    for line, url, published in zip(frame["line"], frame["url"], frame["published"]):
        if url and not url.startswith(("http://", "https://")):
            problems.append(Problem(shown, int(line), f"url {url!r} is not an http(s):// address"))
        if published and (not PUBLISHED_RE.fullmatch(published)
                          or pd.isna(pd.to_datetime(published, format="%Y-%m-%d", errors="coerce"))):
            problems.append(Problem(shown, int(line), f"published {published!r} is not a date "
                                                      "(expected YYYY-MM-DD, or blank)"))
    return problems


def load_manifest(path: str | Path | None = None) -> pd.DataFrame:
    """``data/sources.csv``: one row per raw file (doc_id, file, sha256, outlet, title, original_name,
    note, and the optional url and published) as strings with blanks as NA, and the ``line`` of each
    row. DataError if a column is missing, or naming the line of a malformed url or published date."""
    path = Path(path) if path else paths.data_dir() / "sources.csv"
    frame, problems = read_csv(path, MANIFEST_COLUMNS)
    for col in OPTIONAL_COLUMNS:
        if col not in frame:
            frame[col] = ""
    problems += _check_optional(frame, shown_path(path))
    columns = MANIFEST_COLUMNS + OPTIONAL_COLUMNS
    frame[columns] = frame[columns].replace({"": pd.NA})
    return finish(frame, problems, strict=True)
