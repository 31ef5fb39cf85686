"""Shared test set-up: a headless matplotlib backend, the scripts outside the package importable by
name, and the data every test runs on.

Tests never read the repository's ``data/`` directly: at start-up each pytest process copies it to a
temporary folder keeping only the seed documents below (manifest rows, raw files, meetings,
commitments), and points ``VNKR_DATA_DIR`` at the copy. Unit tests and the nbval-checked notebook
cells (the kernels inherit the environment) therefore assert on the same small corpus however many
articles a user adds; tests of the shipped data (``tests/test_shipped_data.py``) read ``REPO_DATA``
and check invariants only.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("MPLBACKEND", "Agg")

import pytest
import vnkr
from vnkr import paths
from vnkr.tables.write import csv_records, rewrite_records

sys.path[:0] = [str(paths.ROOT / "benchmarks"), str(paths.ROOT / "tools"), str(Path(__file__).parent)]

from seeds import SEED_DOCS  # noqa: E402 (tests/ is on the path only from the line above)

REPO_DATA = paths.data_dir()


def _keep_records(path: Path, keep) -> None:
    header, header_text, records = csv_records(path)
    rewrite_records(path, header_text, header, [raw for rec, raw in records if keep(rec)])


def seed_copy(source: Path, target: Path, docs: frozenset[str] = SEED_DOCS) -> Path:
    """Copy the data folder ``source`` to ``target`` with only the documents ``docs``: other manifest
    rows and their raw files, meetings that list other documents, and their commitments are left out,
    and so is the calendar of known meetings (a test of dating writes its own)."""
    shutil.copytree(source, target, ignore=shutil.ignore_patterns("processed", "known_meetings.csv"))
    (target / "processed").mkdir(exist_ok=True)
    files = {}
    header, _, records = csv_records(target / "sources.csv")
    for rec, _ in records:
        files[rec["doc_id"]] = Path(rec["file"]).name
    for doc, name in files.items():
        if doc not in docs:
            (target / "raw" / name).unlink(missing_ok=True)
    _keep_records(target / "sources.csv", lambda r: r["doc_id"] in docs)
    _keep_records(target / "events.csv", lambda r: set(r["doc_ids"].split("|")) <= docs)
    _keep_records(
        target / "annotations" / "commitments.csv",
        lambda r: r["doc_id"] in docs and r.get("review", "checked") == "checked",
    )
    return target


def pytest_configure(config):
    if os.environ.get("VNKR_TEST_DATA_DIR"):  # set once by the first process; xdist workers inherit it
        os.environ["VNKR_DATA_DIR"] = os.environ["VNKR_TEST_DATA_DIR"]
        return
    target = Path(tempfile.mkdtemp(prefix="vnkr-seed-")) / "data"
    seed_copy(paths.data_dir(), target)  # the data folder of this run (the mutation check moves it)
    os.environ["VNKR_TEST_DATA_DIR"] = os.environ["VNKR_DATA_DIR"] = str(target)


@pytest.fixture(scope="session")
def raw_dir():
    return paths.raw_dir()


@pytest.fixture
def data_copy_of(tmp_path):
    """A function copying the test data (the seed corpus) to ``tmp_path/data``; returns the path."""

    def copy(name: str = "data") -> Path:
        target = tmp_path / name
        shutil.copytree(paths.data_dir(), target)
        return target

    return copy


@pytest.fixture(scope="module")
def curated():
    """The curated commitments record of the seed copy."""
    return vnkr.load_commitments()
