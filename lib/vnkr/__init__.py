"""vnkr: Vietnam–South Korea high-level meetings 2021–2025, from news text to auditable tables.

The public API is re-exported here and loaded lazily, so ``import vnkr`` is cheap and a notebook
pays only for the modules it uses::

    import vnkr
    corpus = vnkr.load_corpus()           # one row per article, dated and cleaned
    vnkr.compare_commitments()            # theme × meeting matrix
    vnkr.trade_goal_table(reporter="KR")  # stated targets against actual trade
"""
from __future__ import annotations

import importlib

__version__ = "0.1.0"

# public name -> module that defines it
_EXPORTS = {
    # corpus
    "load_corpus": "corpus",
    "parse_article": "corpus",
    "clean_text": "corpus",
    "cleaning_log": "corpus",
    "load_manifest": "corpus",
    "load_leaders": "corpus",
    "read_text": "corpus",
    "find_duplicates": "corpus",
    # events
    "load_events": "events",
    "load_milestones": "events",
    "load_timeline": "events",
    "load_aliases": "events",
    "romanise": "events",
    # commitments
    "load_themes": "commitments",
    "extract_commitments": "commitments",
    "extract_commitments_corpus": "commitments",
    "load_commitments": "commitments",
    "load_agreements": "commitments",
    "compare_commitments": "commitments",
    "evaluate_extraction": "commitments",
    "comparison_matrix": "commitments",
    "theme_list": "commitments",
    # targets
    "extract_targets": "targets",
    "extract_targets_corpus": "targets",
    "stated_targets": "targets",
    # trade
    "load_trade": "trade",
    "annual_series": "trade",
    "required_cagr": "trade",
    "historical_cagr": "trade",
    "project": "trade",
    "year_reached": "trade",
    "goal_status": "trade",
    "trade_balance": "trade",
    "trade_goal_table": "trade",
    "load_external_targets": "trade",
    # outputs
    "build_processed": "processed",
    "run_notebooks": "report",
    # errors
    "DataError": "errors",
    "Problem": "errors",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str):
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'vnkr' has no attribute {name!r}")
    value = getattr(importlib.import_module(f"vnkr.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_EXPORTS))
