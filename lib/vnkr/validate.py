"""``python -m vnkr validate``: run every data check and print one line per dataset.

Each dataset's module exposes ``validate() -> str`` (a one-line summary) and raises
:class:`vnkr.errors.DataError` listing every problem. Exit status is non-zero if any check fails.
"""
from __future__ import annotations

import importlib
import sys

from .errors import DataError

CHECKS = ("corpus", "events", "commitments", "trade", "targets")


def run_checks(modules: tuple[str, ...] = CHECKS) -> list[tuple[str, bool, str]]:
    """Run each module's ``validate()``; returns ``(module, ok, message)`` per dataset."""
    results = []
    for name in modules:
        try:
            module = importlib.import_module(f"vnkr.{name}")
            check = getattr(module, "validate", None)
            if check is None:
                results.append((name, False, "no validate() defined"))
                continue
            results.append((name, True, str(check())))
        except DataError as exc:
            results.append((name, False, f"{len(exc.problems)} problem(s):\n  " +
                            "\n  ".join(str(p) for p in exc.problems)))
    return results


def cli(argv: list[str] | None = None) -> int:
    results = run_checks()
    for name, ok, message in results:
        print(f"{'ok  ' if ok else 'FAIL'} {name:<12} {message}")
    return 0 if all(ok for _, ok, _ in results) else 1


if __name__ == "__main__":  # pragma: no cover
    sys.exit(cli())
