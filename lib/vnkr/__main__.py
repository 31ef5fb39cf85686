"""Command line: ``python -m vnkr {validate,build,evaluate,report,add,remove,review}``.

``make bench`` and ``make browser-check`` run ``benchmarks/bench.py`` and ``tools/browser_check.py``,
which live outside the library.
"""

from __future__ import annotations

import sys

from . import validate
from .curate import add, review
from .extract import evaluate
from .report import processed, runner

COMMANDS = {
    "validate": validate.cli,
    "build": processed.cli,
    "evaluate": evaluate.cli,
    "report": runner.cli,
    "add": add.cli,
    "remove": review.remove_cli,
    "review": review.cli,
}


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or argv[0] in {"-h", "--help"} or argv[0] not in COMMANDS:
        print("usage: python -m vnkr {" + ",".join(COMMANDS) + "} [options]", file=sys.stderr)
        return 0 if argv and argv[0] in {"-h", "--help"} else 2
    return int(COMMANDS[argv[0]](argv[1:]) or 0)


if __name__ == "__main__":
    sys.exit(main())
