"""The shipped data (``data/`` or the user's ``VNKR_DATA_DIR``), whatever articles it holds: invariants
only, never counts. ``vnkr validate`` checks every manifest sha256 against its raw file, every quote
verbatim in its article, every theme code in the taxonomy, every meeting's documents in the manifest."""

from __future__ import annotations

import os
import subprocess
import sys

from conftest import REPO_DATA


def test_every_dataset_of_the_shipped_data_validates():
    env = {**os.environ, "VNKR_DATA_DIR": str(REPO_DATA)}
    proc = subprocess.run([sys.executable, "-m", "vnkr", "validate"], capture_output=True, text=True, env=env)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert all(line.startswith("ok") for line in proc.stdout.splitlines())
