"""Strip notebook outputs the way the repository stores notebooks: nbstripout, except that the cells
marked ``"keep_output": true`` (the ``# NBVAL_CHECK_OUTPUT`` cells) keep their outputs AND their
execution count. Plain nbstripout nulls every count, and nbval never compares a stored cell whose
execution_count is null, so the checks would silently switch off.

    python tools/strip_notebooks.py < in.ipynb > out.ipynb   # git clean filter (`make hooks`)
    python tools/strip_notebooks.py notebooks/*.ipynb         # strip in place
    python tools/strip_notebooks.py --check notebooks/*.ipynb # exit 1 if any would change
"""

from __future__ import annotations

import copy
import io
import sys
import warnings
from pathlib import Path

import nbformat
from nbstripout import strip_output

MARK = "# NBVAL_CHECK_OUTPUT"
# nbstripout's default metadata keys (its CLI adds them; the library function does not)
EXTRA_KEYS = [
    "metadata.signature",
    "metadata.widgets",
    "cell.metadata.collapsed",
    "cell.metadata.ExecuteTime",
    "cell.metadata.execution",
    "cell.metadata.heading_collapsed",
    "cell.metadata.hidden",
    "cell.metadata.scrolled",
]


def is_checked(cell) -> bool:
    """A code cell nbval compares: the marker must be a whole line (see NOTES, nbval)."""
    return cell.cell_type == "code" and any(line.strip() == MARK for line in cell.source.splitlines())


def keeps_output(cell) -> bool:
    return cell.cell_type == "code" and cell.metadata.get("keep_output") is True


def strip(nb):
    """Return a stripped copy of ``nb``; cell ids are kept (no renumbering churn in diffs)."""
    nb = strip_output(
        copy.deepcopy(nb), keep_output=False, keep_count=True, keep_id=True, extra_keys=EXTRA_KEYS
    )
    for cell in nb.cells:
        if cell.cell_type == "code" and not keeps_output(cell):
            cell.execution_count = None
    return nb


def _read(stream):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", category=UserWarning)
        return nbformat.read(stream, as_version=nbformat.NO_CONVERT)


def _dumps(nb) -> str:
    buf = io.StringIO()
    nbformat.write(nb, buf)
    return buf.getvalue()


def main(argv: list[str]) -> int:
    check = "--check" in argv
    paths = [Path(a) for a in argv if a != "--check"]
    if not paths:
        sys.stdout.write(_dumps(strip(_read(sys.stdin))))
        return 0
    changed = []
    for path in paths:
        before = path.read_text(encoding="utf-8")
        after = _dumps(strip(_read(io.StringIO(before))))
        if after != before:
            changed.append(path)
            if not check:
                path.write_text(after, encoding="utf-8")
    for path in changed:
        print(f"{path}: {'would be stripped' if check else 'stripped'}", file=sys.stderr)
    return 1 if check and changed else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
