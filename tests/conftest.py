"""Shared test set-up: a headless matplotlib backend and paths to the project's data."""
from __future__ import annotations

import os

os.environ.setdefault("MPLBACKEND", "Agg")

import pytest

from vnkr import paths


@pytest.fixture(scope="session")
def raw_dir():
    return paths.raw_dir()
