"""Execute each source notebook at its default parameters and keep ONLY the outputs of cells marked
``# NBVAL_CHECK_OUTPUT`` (nbval compares those; a cell without a stored execution count is never
compared). Every other output is stripped, so diffs stay clean and no stale figure is committed.

Usage: python tools/store_checked_outputs.py [notebooks/01_timeline.ipynb ...]
"""
from __future__ import annotations

import sys
from pathlib import Path

import nbformat
from nbclient import NotebookClient

NB_DIR = Path(__file__).resolve().parents[1] / "notebooks"
MARK = "# NBVAL_CHECK_OUTPUT"


def is_checked(cell) -> bool:
    return cell.cell_type == "code" and any(line.strip() == MARK for line in cell.source.splitlines())


def store(path: Path) -> int:
    nb = nbformat.read(path, as_version=4)
    NotebookClient(nb, timeout=600, kernel_name="python3", record_timing=False,
                   resources={"metadata": {"path": str(path.parent)}}).execute()
    kept = 0
    for cell in nb.cells:
        if cell.cell_type != "code":
            continue
        cell.metadata.pop("execution", None)
        if is_checked(cell):
            kept += 1
        else:
            cell.outputs = []
            cell.execution_count = None
    nb.metadata.pop("widgets", None)
    nbformat.write(nb, path)
    return kept


if __name__ == "__main__":
    targets = [Path(p) for p in sys.argv[1:]] or sorted(NB_DIR.glob("[0-9][0-9]_*.ipynb"))
    for p in targets:
        print(f"{p.name}: {store(p)} checked cell(s) stored")
