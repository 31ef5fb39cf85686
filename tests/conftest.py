"""Shared test set-up: a headless matplotlib backend, paths to the project's data, and the benchmark
and browser-check scripts (which live outside the package) importable by name."""
from __future__ import annotations

import os
import sys

os.environ.setdefault("MPLBACKEND", "Agg")

import pytest

from vnkr import paths

sys.path[:0] = [str(paths.ROOT / "benchmarks"), str(paths.ROOT / "tools")]


@pytest.fixture(scope="session")
def raw_dir():
    return paths.raw_dir()
