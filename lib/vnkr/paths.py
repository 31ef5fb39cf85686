"""Where the project's data lives, independent of the current working directory.

Notebooks run from ``notebooks/`` under nbval and from the repository root under papermill, so
every path is resolved from this file, never from the cwd. This is the one place they resolve:
``VNKR_DATA_DIR`` overrides the data folder for every dataset (raw, annotations, external, processed
and the tables at its top; tests and the benchmark point it at temporary data), ``VNKR_REPORTS_DIR``
the folder the reports are written to.
"""

from __future__ import annotations

import contextlib
import contextvars
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")

ROOT = Path(__file__).resolve().parents[2]


def data_dir() -> Path:
    """The ``data/`` folder: ``$VNKR_DATA_DIR`` if set, else the repository's own."""
    env = os.environ.get("VNKR_DATA_DIR")
    return Path(env) if env else ROOT / "data"


def lexicon_dir() -> Path:
    """The word lists the rules use: ``$VNKR_DATA_DIR/lexicon`` when that folder has one (a user's own
    vocabulary), else the repository's ``data/lexicon`` (a corpus kept elsewhere needs none of its own)."""
    own = data_dir() / "lexicon"
    return own if own.is_dir() else ROOT / "data" / "lexicon"


def raw_dir() -> Path:
    return data_dir() / "raw"


def annotations_dir() -> Path:
    return data_dir() / "annotations"


def external_dir() -> Path:
    return data_dir() / "external"


def processed_dir() -> Path:
    return data_dir() / "processed"


def reports_dir() -> Path:
    """The ``reports/`` folder: ``$VNKR_REPORTS_DIR`` if set, else the repository's own."""
    env = os.environ.get("VNKR_REPORTS_DIR")
    return Path(env) if env else ROOT / "reports"


def notebooks_dir() -> Path:
    return ROOT / "notebooks"


# (path, mtime) answers given once per key inside pinned_stamps(); None outside it
_PINNED: contextvars.ContextVar[dict | None] = contextvars.ContextVar("vnkr_pinned_stamps", default=None)


def stamp(key: str, look: Callable[[], T]) -> T:
    """``look()``: where a data file is and when it was last modified, which the readers' caches key on
    so that a file edited in place is read again. Inside :func:`pinned_stamps` it is asked once per
    ``key``, and later calls get that first answer.

    >>> with pinned_stamps():
    ...     first = stamp("x", lambda: 1)
    ...     second = stamp("x", lambda: 2)
    >>> first, second, stamp("x", lambda: 3)
    (1, 1, 3)
    """
    pinned = _PINNED.get()
    if pinned is None:
        return look()
    if key not in pinned:
        pinned[key] = look()
    return pinned[key]


@contextlib.contextmanager
def pinned_stamps() -> Iterator[None]:
    """Look at each data file once for the whole block: a corpus run asks for the word lists and the
    taxonomy thousands of times per document, and a ``stat`` per question cost about a tenth of the
    run. A file edited during the block is read again by the next block. Blocks nest (the outermost
    one decides)."""
    if _PINNED.get() is not None:
        yield
        return
    token = _PINNED.set({})
    try:
        yield
    finally:
        _PINNED.reset(token)
