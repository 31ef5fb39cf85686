"""The notebooks in notebooks/ are the source analysts edit in JupyterLab. They carry no outputs except
those of the cells nbval compares: cells marked ``# NBVAL_CHECK_OUTPUT`` with ``"keep_output": true``
and an execution count (nbval never compares a stored cell without one)."""

from __future__ import annotations

import importlib.util
import subprocess
import sys

import nbformat
import pytest
from vnkr.paths import ROOT

NOTEBOOKS = sorted((ROOT / "notebooks").glob("[0-9][0-9]_*.ipynb"))
_spec = importlib.util.spec_from_file_location("strip_notebooks", ROOT / "tools" / "strip_notebooks.py")
strip_notebooks = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(strip_notebooks)

FIX = "run `make checked-outputs` (re-records the checks and strips every other output)"


def problems(nb) -> list[str]:
    found = []
    for i, cell in enumerate(nb.cells):
        if cell.cell_type != "code":
            continue
        keep, checked = strip_notebooks.keeps_output(cell), strip_notebooks.is_checked(cell)
        if not keep and (cell.outputs or cell.execution_count is not None):
            found.append(f"cell {i}: outputs or an execution count but no keep_output")
        if keep and not checked:
            found.append(f"cell {i}: keep_output without a '# NBVAL_CHECK_OUTPUT' line")
        if checked and not keep:
            found.append(f"cell {i}: '# NBVAL_CHECK_OUTPUT' without keep_output (stripped at commit)")
        if keep and (cell.execution_count is None or not cell.outputs):
            found.append(f"cell {i}: keep_output but no execution count or output (nbval skips it)")
    return found


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebook_stores_only_the_outputs_nbval_checks(path):
    nb = nbformat.read(path, as_version=4)
    assert problems(nb) == [], f"{path.name}: {FIX}"
    assert sum(strip_notebooks.keeps_output(c) for c in nb.cells) >= 1


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_the_commit_filter_leaves_a_source_notebook_unchanged(path):
    nb = nbformat.read(path, as_version=nbformat.NO_CONVERT)
    assert strip_notebooks.strip(nb) == nb, f"{path.name}: {FIX}"


def _executed_notebook():
    checked = nbformat.v4.new_code_cell(
        "# NBVAL_CHECK_OUTPUT\nprint(1)",
        execution_count=2,
        metadata={"keep_output": True},
        outputs=[nbformat.v4.new_output("stream", text="1\n")],
    )
    other = nbformat.v4.new_code_cell(
        "1 + 1",
        execution_count=3,
        metadata={"scrolled": True},
        outputs=[nbformat.v4.new_output("execute_result", {"text/plain": "2"}, execution_count=3)],
    )
    return nbformat.v4.new_notebook(cells=[checked, other])


def test_strip_keeps_checked_outputs_with_their_count_and_strips_the_rest():
    nb = strip_notebooks.strip(_executed_notebook())
    checked, other = nb.cells
    assert checked.execution_count == 2 and checked.outputs[0]["text"] == "1\n"
    assert other.execution_count is None and other.outputs == [] and "scrolled" not in other.metadata
    assert problems(nb) == []


def test_the_checks_catch_a_stray_output_and_an_unmarked_kept_cell():
    nb = _executed_notebook()
    nb.cells[0].source = "print(1)  # NBVAL_CHECK_OUTPUT"  # not a whole line: nbval ignores it
    nb.cells[0].execution_count = None
    assert len(problems(nb)) == 3


def test_git_filter_command_strips_stdin_to_stdout(tmp_path):
    raw = nbformat.writes(_executed_notebook())
    out = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "strip_notebooks.py")],
        input=raw,
        text=True,
        capture_output=True,
        check=True,
    ).stdout
    assert problems(nbformat.reads(out, as_version=4)) == []
