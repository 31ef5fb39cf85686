"""Where the project's data lives, independent of the current working directory.

Notebooks run from ``notebooks/`` under nbval and from the repository root under papermill, so
every path is resolved from this file, never from the cwd. This is the one place they resolve:
``VNKR_DATA_DIR`` overrides the data folder for every dataset (raw, annotations, external, processed
and the tables at its top; tests and the benchmark point it at temporary data), ``VNKR_REPORTS_DIR``
the folder the reports are written to.
"""

from __future__ import annotations

import os
from pathlib import Path

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
