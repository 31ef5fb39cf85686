"""The manifest ``data/sources.csv``: one row per raw file, with its hash and what the text cannot tell.

:func:`vnkr.load_corpus` refuses a raw file without a row, a row without a file and a hash mismatch;
this module only reads the table.
"""
from __future__ import annotations

from pathlib import Path

import pandas as pd

from .. import paths
from ..errors import Problem
from .read import finish, read_csv, shown_path

MANIFEST_COLUMNS = ["doc_id", "file", "sha256", "outlet", "title", "original_name", "note"]
# What kind of document a source is, so a reader can weigh an absence: the full text of a joint
# statement, a news report of a meeting, or an excerpt (an interview, a few paragraphs). Optional
# column; a blank is derived from the length of the clean text (see vnkr.analysis.coverage).
GENRES = ("full_statement", "news_report", "excerpt")


def load_manifest(path: str | Path | None = None) -> pd.DataFrame:
    """``data/sources.csv``: one row per raw file (doc_id, file, sha256, outlet, title, original_name,
    note, genre) as strings with blanks as NA, and the ``line`` of each row. DataError if a column is missing."""
    path = Path(path) if path else paths.data_dir() / "sources.csv"
    frame, problems = read_csv(path, MANIFEST_COLUMNS)
    if "genre" not in frame:
        frame["genre"] = ""
    problems += [Problem(shown_path(path), int(line), f"genre {g!r} is not one of {', '.join(GENRES)} "
                         "(or blank: derived from the text's length)")
                 for line, g in zip(frame["line"], frame["genre"]) if g and g not in GENRES]
    frame[MANIFEST_COLUMNS + ["genre"]] = frame[MANIFEST_COLUMNS + ["genre"]].replace({"": pd.NA})
    return finish(frame, problems, strict=True)
