"""The public API: every name `vnkr` promises resolves, and the CLI lists its commands."""
from __future__ import annotations

import subprocess
import sys

import vnkr


def test_every_exported_name_resolves_to_a_callable():
    missing = [name for name in vnkr.__all__ if not callable(getattr(vnkr, name, None))]
    assert missing == []


def test_cli_without_command_prints_usage_and_fails():
    proc = subprocess.run([sys.executable, "-m", "vnkr"], capture_output=True, text=True)
    assert proc.returncode == 2 and "validate" in proc.stderr and "report" in proc.stderr


def test_validate_cli_passes_on_the_project_data():
    proc = subprocess.run([sys.executable, "-m", "vnkr", "validate"], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert [line.split()[0] for line in proc.stdout.splitlines()] == ["ok"] * 5
