"""Stage 1, ingest: raw article bytes -> one clean, dated, de-duplicated document per row."""
