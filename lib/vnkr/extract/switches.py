"""Switching a named extraction rule off, for the mutation check (``tools/mutate_rules.py``)."""

from __future__ import annotations

import functools
import os


def rule_on(name: str) -> bool:
    """False when ``name`` is listed in ``$VNKR_DISABLED_RULES`` (comma-separated): the mutation
    check switches rules off one at a time to see that a test notices.

    >>> os.environ["VNKR_DISABLED_RULES"] = "a,b"
    >>> rule_on("a"), rule_on("c")
    (False, True)
    >>> del os.environ["VNKR_DISABLED_RULES"]
    >>> rule_on("a")
    True
    """
    return name not in _disabled(os.environ.get("VNKR_DISABLED_RULES", ""))


@functools.lru_cache(maxsize=8)
def _disabled(listed: str) -> frozenset[str]:
    """The names of one value of the variable (asked tens of thousands of times per corpus)."""
    return frozenset(listed.split(","))
