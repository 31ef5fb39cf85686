"""``python -m vnkr validate``: run every data check and print one line per dataset.

Each check returns a one-line summary and raises :class:`vnkr.errors.DataError` listing every
problem. Exit status is non-zero if any check fails.
"""

from __future__ import annotations

import sys
from collections.abc import Callable

from .errors import DataError
from .extract import targets
from .ingest import corpus
from .tables import commitments, events, meetings, trade

CHECKS: dict[str, Callable[[], str]] = {
    "corpus": corpus.validate,
    "events": events.validate,
    "commitments": commitments.validate,
    "trade": trade.validate,
    "targets": targets.validate,
    "meetings": meetings.validate,
}


def run_checks(checks: dict[str, Callable[[], str]] = CHECKS) -> list[tuple[str, bool, str]]:
    """Run each check; returns ``(dataset, ok, message)`` per dataset."""
    results = []
    for name, check in checks.items():
        try:
            results.append((name, True, str(check())))
        except DataError as exc:
            results.append(
                (
                    name,
                    False,
                    f"{len(exc.problems)} problem(s):\n  " + "\n  ".join(str(p) for p in exc.problems),
                )
            )
    return results


def cli(argv: list[str] | None = None) -> int:
    results = run_checks()
    for name, ok, message in results:
        print(f"{'ok  ' if ok else 'FAIL'} {name:<12} {message}")
    return 0 if all(ok for _, ok, _ in results) else 1


if __name__ == "__main__":  # pragma: no cover
    sys.exit(cli())
