"""Mutation check of the extraction rules: delete each rule in turn and see that a test notices.

Two kinds of deletion:

* every data row of the extraction word lists (``data/lexicon/stance.csv`` and ``amounts.csv``) — the tool copies ``data/`` to a temporary folder, drops that
  one line and points ``VNKR_DATA_DIR`` at the copy;
* every named rule of ``lib/vnkr/extract`` — each ``rule_on("name")`` branch, found by reading the
  source, is switched off with ``VNKR_DISABLED_RULES=name``.

Each deletion first runs the stage's fast tests (the files in ``FAST``, which write their own small
texts) inside this process with ``pytest.main`` — the word lists and the theme matchers are cached by
file path and mtime and rules are read from the environment at each call, so nothing stale survives a
deletion. A deletion those tests do not notice is re-run in a fresh process over the whole stage
(``pytest -q -x tests/extract``, which includes the corpus tests). One still not noticed is a
*survivor*: a rule without a test, or a row the others make redundant. Prints one line per deletion
and a summary; exits 1 if anything survived.

    .venv/bin/python tools/mutate_rules.py            # everything (a few minutes)
    .venv/bin/python tools/mutate_rules.py --only rules
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXTRACT = ROOT / "lib" / "vnkr" / "extract"
FAST = [
    "tests/extract/test_stance.py",
    "tests/extract/test_target_reading.py",
    "tests/extract/test_commitment_scope.py",
    "tests/extract/test_lexicon.py",
]
STAGE = ["tests/extract"]


def named_rules() -> list[str]:
    """Every ``rule_on("name")`` in the extraction stage, in order of appearance."""
    names: list[str] = []
    for path in sorted(EXTRACT.glob("*.py")):
        for name in re.findall(r'rule_on\("([a-z_]+)"\)', path.read_text(encoding="utf-8")):
            if name not in names:
                names.append(name)
    return names


def lexicon_rows() -> list[tuple[str, int, str]]:
    """(file name, line number, the line) of every data row of the word lists."""
    rows = []
    for path in (ROOT / "data" / "lexicon" / name for name in ("stance.csv", "amounts.csv")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if number > 1 and line.strip():
                rows.append((path.name, number, line))
    return rows


def _noticed(env: dict) -> bool:
    """True when the tests fail under ``env`` (the deletion was noticed): the fast tests in this
    process, then, if they pass, the whole stage in a fresh one."""
    import contextlib
    import io

    import pytest

    # VNKR_TEST_DATA_DIR is the test suite's seed copy of the data: cleared, so each run copies the
    # data folder of this deletion instead of reusing the copy an earlier run made
    saved = {k: os.environ.get(k) for k in ("VNKR_DATA_DIR", "VNKR_DISABLED_RULES", "VNKR_TEST_DATA_DIR")}
    os.environ.pop("VNKR_TEST_DATA_DIR", None)
    os.environ.update({k: v for k, v in env.items() if k in saved})
    try:
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            code = pytest.main(["-q", "-x", "-p", "no:cacheprovider", *[str(ROOT / f) for f in FAST]])
    finally:
        for k, v in saved.items():
            os.environ.pop(k, None) if v is None else os.environ.__setitem__(k, v)
    if code != 0:
        return True
    proc = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-x", "-p", "no:cacheprovider", *STAGE],
        cwd=ROOT,
        env={**{k: v for k, v in os.environ.items() if k != "VNKR_TEST_DATA_DIR"}, **env},
        capture_output=True,
        text=True,
    )
    return proc.returncode != 0


def delete_row(file: str, number: int) -> bool:
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "data"
        shutil.copytree(ROOT / "data", data, ignore=shutil.ignore_patterns("processed"))
        path = data / "lexicon" / file
        lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
        del lines[number - 1]
        path.write_text("".join(lines), encoding="utf-8")
        return _noticed({"VNKR_DATA_DIR": str(data)})


def delete_rule(name: str) -> bool:
    return _noticed({"VNKR_DISABLED_RULES": name})


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--only", choices=["rules", "lexicon"], help="delete only rules or only word-list rows")
    args = ap.parse_args(argv)
    jobs = []
    if args.only != "lexicon":
        jobs += [(f"rule {name}", delete_rule, (name,)) for name in named_rules()]
    if args.only != "rules":
        jobs += [
            (f"{file}:{number} {line[:60]}", delete_row, (file, number))
            for file, number, line in lexicon_rows()
        ]
    survivors = []
    os.chdir(ROOT)
    for label, fn, fargs in jobs:  # one at a time: the in-process runs share os.environ
        noticed = fn(*fargs)
        print(f"{'killed  ' if noticed else 'SURVIVED'}  {label}", flush=True)
        if not noticed:
            survivors.append(label)
    n_rules = sum(1 for label, *_ in jobs if label.startswith("rule "))
    print(
        f"\ndeleted {len(jobs)} ({n_rules} named rules, {len(jobs) - n_rules} word-list rows); "
        f"survivors: {len(survivors)}"
    )
    for label in sorted(survivors):
        print(f"  survivor: {label}")
    return 1 if survivors else 0


if __name__ == "__main__":
    sys.exit(main())
