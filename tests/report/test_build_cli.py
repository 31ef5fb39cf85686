"""`vnkr build` reports bad data like `vnkr validate`: one line per problem naming the file, exit 1,
no traceback."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

from vnkr import paths


def test_build_reports_a_data_error_in_one_line_without_a_traceback(tmp_path):
    data = tmp_path / "data"
    shutil.copytree(paths.data_dir(), data, ignore=shutil.ignore_patterns("processed"))
    raw = sorted((data / "raw").glob("*.txt"))[0]
    raw.write_bytes(raw.read_bytes() + b"\nedited after the manifest was written\n")  # hash mismatch
    env = {**os.environ, "VNKR_DATA_DIR": str(data)}
    proc = subprocess.run(
        [sys.executable, "-m", "vnkr", "build", "--out", str(tmp_path / "out")],
        capture_output=True,
        text=True,
        env=env,
    )
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert lines and all(line.startswith("vnkr build: ") for line in lines)
    assert any(raw.name in line for line in lines), proc.stderr
