"""Switching a named extraction rule off, for the mutation check (``tools/mutate_rules.py``)."""

from __future__ import annotations

import os


def rule_on(name: str) -> bool:
    """False when ``name`` is listed in ``$VNKR_DISABLED_RULES`` (comma-separated): the mutation
    check switches rules off one at a time to see that a test notices."""
    return name not in os.environ.get("VNKR_DISABLED_RULES", "").split(",")
