"""The manifest ``data/sources.csv``: one row per raw file, with its hash and what the text cannot tell.

:func:`vnkr.load_corpus` refuses a raw file without a row, a row without a file and a hash mismatch;
this module only reads the table.
"""
from __future__ import annotations

from pathlib import Path

import pandas as pd

from .. import paths
from .read import finish, read_csv

MANIFEST_COLUMNS = ["doc_id", "file", "sha256", "outlet", "title", "original_name", "note"]


def load_manifest(path: str | Path | None = None) -> pd.DataFrame:
    """``data/sources.csv``: one row per raw file (doc_id, file, sha256, outlet, title, original_name,
    note) as strings with blanks as NA, and the ``line`` of each row. DataError if a column is missing."""
    path = Path(path) if path else paths.data_dir() / "sources.csv"
    frame, problems = read_csv(path, MANIFEST_COLUMNS)
    frame[MANIFEST_COLUMNS] = frame[MANIFEST_COLUMNS].replace({"": pd.NA})
    return finish(frame, problems, strict=True)
