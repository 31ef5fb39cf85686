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
    # tables: the curated CSVs, read and validated
    "load_manifest": "tables.sources",
    "load_leaders": "tables.leaders",
    "load_events": "tables.events",
    "load_milestones": "tables.events",
    "load_timeline": "tables.events",
    "load_aliases": "tables.aliases",
    "romanise": "tables.aliases",
    "load_themes": "tables.themes",
    "theme_list": "tables.themes",
    "load_commitments": "tables.commitments",
    "load_trade": "tables.trade",
    "annual_series": "tables.trade",
    "load_external_targets": "tables.external",
    "read_text": "tables.read",
    # ingest: raw text -> clean dated documents
    "clean_text": "ingest.cleaning",
    "find_duplicates": "ingest.duplicates",
    "load_corpus": "ingest.corpus",
    "parse_article": "ingest.corpus",
    "detect_language": "ingest.language",
    "cleaning_log": "ingest.corpus",
    # extract: documents -> records
    "extract_commitments": "extract.commitments",
    "extract_commitments_corpus": "extract.commitments",
    "load_agreements": "extract.agreements",
    "extract_targets": "extract.targets",
    "extract_targets_corpus": "extract.targets",
    "stated_targets": "extract.targets",
    "evaluate_extraction": "extract.evaluate",
    # analysis: records -> comparison and goal tables
    "compare_commitments": "analysis.comparison",
    "comparison_matrix": "analysis.comparison",
    "compare_by_year": "analysis.comparison",
    "commitment_changes": "analysis.changes",
    "target_history": "analysis.changes",
    "meeting_coverage": "analysis.coverage",
    "balance_change": "analysis.balance",
    "load_levels": "tables.levels",
    "required_cagr": "analysis.goals",
    "historical_cagr": "analysis.goals",
    "project": "analysis.goals",
    "year_reached": "analysis.goals",
    "goal_status": "analysis.goals",
    "trade_goal_table": "analysis.goals",
    "trade_balance": "analysis.balance",
    # report: tables -> pages and processed CSVs
    "build_processed": "report.processed",
    "run_notebooks": "report.runner",
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
