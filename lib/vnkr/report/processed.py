"""``data/processed/``: the project's tables as plain CSV files anyone can reuse.

``python -m vnkr build`` (run by ``make report`` before the notebooks) writes every table the reports
are made of. The files are byte-for-byte reproducible from ``data/`` (sorted rows, fixed float format,
``\\n`` line endings), which the determinism test checks by building twice.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from collections.abc import Callable
from pathlib import Path

import pandas as pd

from .. import paths
from ..analysis.comparison import compare_commitments
from ..analysis.goals import trade_goal_table
from ..errors import DataError
from ..extract.agreements import load_agreements
from ..extract.commitments import extract_commitments_corpus
from ..extract.targets import extract_targets_corpus, stated_targets
from ..ingest.corpus import cleaning_log, load_corpus
from ..tables.commitments import load_commitments
from ..tables.events import load_timeline
from ..tables.trade import load_trade


def _flatten(df: pd.DataFrame) -> pd.DataFrame:
    """Lists become '|'-joined strings so the CSV stays one value per cell."""
    out = df.copy()
    for col in out.columns:
        if any(isinstance(v, (list, tuple, set)) for v in out[col]):  # (an empty column maps to its dtype)
            out[col] = out[col].map(
                lambda v: "|".join(map(str, v)) if isinstance(v, (list, tuple, set)) else v
            )
    return out


def _tables() -> dict[str, Callable[[], pd.DataFrame]]:
    return {
        "corpus.csv": lambda: load_corpus(),
        "cleaning_log.csv": lambda: cleaning_log(),
        "timeline.csv": lambda: load_timeline(),
        "commitments.csv": lambda: load_commitments(),
        "commitments_extracted.csv": lambda: extract_commitments_corpus(load_corpus()),
        "comparison.csv": lambda: compare_commitments(),
        "agreements.csv": lambda: load_agreements(),
        "targets_stated.csv": lambda: stated_targets(),
        "targets_extracted.csv": lambda: extract_targets_corpus(load_corpus()),
        "trade.csv": lambda: load_trade(),
        "trade_goals_KR.csv": lambda: trade_goal_table(reporter="KR"),
        "trade_goals_VN.csv": lambda: trade_goal_table(reporter="VN"),
    }


def build_processed(out_dir: Path | None = None) -> dict[str, Path]:
    """Write every processed table to ``out_dir`` (default ``data/processed``); returns name -> path."""
    out_dir = Path(out_dir) if out_dir else paths.processed_dir()
    out_dir.mkdir(parents=True, exist_ok=True)
    written = {}
    for name, make in _tables().items():
        df = _flatten(make())
        path = out_dir / name
        df.to_csv(path, index=False, lineterminator="\n", float_format="%.6g", date_format="%Y-%m-%d")
        written[name] = path
    return written


def digest(files: dict[str, Path]) -> dict[str, str]:
    """sha256 of each written file (what the determinism test compares)."""
    return {name: hashlib.sha256(Path(p).read_bytes()).hexdigest() for name, p in files.items()}


def cli(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m vnkr build", description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, default=None)
    args = ap.parse_args(argv)
    try:
        files = build_processed(args.out)
    except DataError as exc:  # the same lines as `vnkr validate`: one per problem, file:line, no traceback
        for problem in exc.problems:
            print(f"vnkr build: {problem}", file=sys.stderr)
        return 1
    for name, path in files.items():
        n = sum(1 for _ in open(path, encoding="utf-8")) - 1
        print(f"{name:<28} {n:5d} rows  {path}", file=sys.stderr)
    return 0
