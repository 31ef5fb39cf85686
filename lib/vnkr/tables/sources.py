"""The manifest ``data/sources.csv``: one row per raw file, with its hash and what the text cannot tell.

:func:`vnkr.load_corpus` refuses a raw file without a row, a row without a file and a hash mismatch.
A document's raw text is always found through the manifest's ``file`` column (:func:`raw_path`),
never from its ``doc_id``: the two are independent.
"""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd

from .. import paths
from ..errors import DataError, Problem
from .read import finish, read_csv, read_text, shown_path

MANIFEST_COLUMNS = ["doc_id", "file", "sha256", "outlet", "title", "original_name", "note"]
# What a user knows of a report beyond its text; blank allowed, and a manifest without the columns
# still loads. ``published`` is the publication date (the year of an in-text 'Chiều 5-9'), ``url``
# the address, whose date stamp serves when ``published`` is blank.
OPTIONAL_COLUMNS = ["url", "published", "genre"]
# What kind of document a source is, so a reader can weigh an absence: the full text of a joint
# statement, a news report of a meeting, or an excerpt (an interview, a few paragraphs). A blank is
# derived from the length of the clean text (see vnkr.analysis.coverage).
GENRES = ("full_statement", "news_report", "excerpt")
PUBLISHED_RE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _check_optional(frame: pd.DataFrame, shown: str) -> list[Problem]:
    problems = []
    for line, url, published in zip(frame["line"], frame["url"], frame["published"]):
        if url and not url.startswith(("http://", "https://")):
            problems.append(Problem(shown, int(line), f"url {url!r} is not an http(s):// address"))
        if published and (
            not PUBLISHED_RE.fullmatch(published)
            or pd.isna(pd.to_datetime(published, format="%Y-%m-%d", errors="coerce"))
        ):
            problems.append(
                Problem(
                    shown, int(line), f"published {published!r} is not a date (expected YYYY-MM-DD, or blank)"
                )
            )
    problems += [
        Problem(
            shown,
            int(line),
            f"genre {g!r} is not one of {', '.join(GENRES)} (or blank: derived from the text's length)",
        )
        for line, g in zip(frame["line"], frame["genre"])
        if g and g not in GENRES
    ]
    return problems


def load_manifest(path: str | Path | None = None) -> pd.DataFrame:
    """``data/sources.csv``: one row per raw file (doc_id, file, sha256, outlet, title, original_name,
    note, and the optional url, published and genre) as strings with blanks as NA, and the ``line`` of
    each row. DataError if a column is missing, or naming the line of a malformed url or published date
    or a genre not in :data:`GENRES`."""
    path = Path(path) if path else paths.data_dir() / "sources.csv"
    frame, problems = read_csv(path, MANIFEST_COLUMNS)
    for col in OPTIONAL_COLUMNS:
        if col not in frame:
            frame[col] = ""
    problems += _check_optional(frame, shown_path(path))
    columns = MANIFEST_COLUMNS + OPTIONAL_COLUMNS
    frame[columns] = frame[columns].replace({"": pd.NA})
    return finish(frame, problems, strict=True)


def raw_files() -> dict[str, Path]:
    """``doc_id`` -> path of its raw file in ``data/raw`` (from the manifest's ``file`` column)."""
    manifest = load_manifest()
    return {
        d: paths.raw_dir() / Path(f).name
        for d, f in zip(manifest["doc_id"], manifest["file"])
        if pd.notna(d) and pd.notna(f)
    }


def raw_path(doc_id: str) -> Path:
    """The raw file of ``doc_id``, through the manifest; DataError if the manifest has no such row."""
    found = raw_files().get(doc_id)
    if found is None:
        raise DataError(
            Problem(
                shown_path(paths.data_dir() / "sources.csv"), None, f"no manifest row for doc_id {doc_id!r}"
            )
        )
    return found


def read_raw(doc_id: str) -> str:
    """The raw article of ``doc_id`` as text (found through the manifest; see :func:`read_text`)."""
    return read_text(raw_path(doc_id))


def known_doc_ids() -> set[str]:
    """Document ids of the corpus: manifest rows whose raw file exists."""
    return {d for d, p in raw_files().items() if p.exists()}
