"""Re-record the checks (`make checked-outputs`): execute each source notebook at its default
parameters and keep ONLY the outputs of the cells marked ``# NBVAL_CHECK_OUTPUT`` (nbval compares
those). Those cells get ``"keep_output": true`` in their metadata, so the nbstripout filter of
`make hooks` keeps their outputs and execution counts; every other cell is stripped, and every other
edit (cells added or changed in JupyterLab, parameters) is left as it is.

The notebooks run on the same seed-only copy of ``data/`` that ``make test`` gives nbval
(``tests/conftest.py``: the five seed documents), so the stored checks hold whatever articles a user
has added to the corpus.

Usage: python tools/store_checked_outputs.py [notebooks/01_timeline.ipynb ...]
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

import nbformat
from nbclient import NotebookClient

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "tools"), str(ROOT / "tests")]
from conftest import seed_copy  # noqa: E402  (the test suite's seed-only copy of data/)
from strip_notebooks import is_checked, strip  # noqa: E402
from vnkr import paths  # noqa: E402

NB_DIR = Path(__file__).resolve().parents[1] / "notebooks"


def store(path: Path) -> int:
    nb = nbformat.read(path, as_version=4)
    NotebookClient(
        nb,
        timeout=600,
        kernel_name="python3",
        record_timing=False,
        resources={"metadata": {"path": str(path.parent)}},
    ).execute()
    kept = 0
    for cell in nb.cells:
        if cell.cell_type != "code":
            continue
        if is_checked(cell):
            cell.metadata["keep_output"] = True
            kept += 1
        else:
            cell.metadata.pop("keep_output", None)
    nbformat.write(strip(nb), path)
    return kept


if __name__ == "__main__":
    targets = [Path(p) for p in sys.argv[1:]] or sorted(NB_DIR.glob("[0-9][0-9]_*.ipynb"))
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["VNKR_DATA_DIR"] = str(seed_copy(paths.data_dir(), Path(tmp) / "data"))
        for p in targets:
            print(f"{p.name}: {store(p)} checked cell(s) stored")
