"""Corpus loader: raw Vietnamese news pages -> one clean, dated, de-duplicated row per document.

CONTRACT (implemented by issue 2; other modules rely on these names):
- load_corpus(raw_dir=None, manifest=None, strict=True) -> DataFrame, or (DataFrame, problems
  DataFrame[file, line, reason, severity]) when strict=False. Columns at least: doc_id, file, sha256,
  outlet, title, event_id, event_date (datetime64), date_precision ('day'|'month'), date_source,
  text (cleaned, NFC), n_chars_raw, n_chars_clean, duplicate_of.
- parse_article(text, name) -> dict with the same per-document fields (no manifest needed).
- clean_text(text) -> (clean_text, removed_blocks list[dict]) ; idempotent on clean text.
- cleaning_log(raw_dir=None) -> DataFrame[doc_id, file, line_start, line_end, rule, reason, text].
- load_manifest(path=None) -> DataFrame of data/sources.csv.
- load_leaders() -> DataFrame of data/annotations/leaders.csv.
- read_text(path) -> str: decode UTF-8 (BOM ok), NFC, \n line endings; DataError on bad bytes.
"""
from __future__ import annotations
