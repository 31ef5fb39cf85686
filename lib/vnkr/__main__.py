"""Command line: ``python -m vnkr {validate,evaluate,report,bench,browser-check}``."""
from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    commands = {
        "validate": "vnkr.validate",
        "build": "vnkr.processed",
        "evaluate": "vnkr.commitments",
        "report": "vnkr.report",
        "bench": "vnkr.bench",
        "browser-check": "vnkr.browser",
    }
    if not argv or argv[0] in {"-h", "--help"} or argv[0] not in commands:
        print("usage: python -m vnkr {" + ",".join(commands) + "} [options]", file=sys.stderr)
        return 0 if argv and argv[0] in {"-h", "--help"} else 2
    import importlib

    module = importlib.import_module(commands[argv[0]])
    return int(module.cli(argv[1:]) or 0)


if __name__ == "__main__":
    sys.exit(main())
