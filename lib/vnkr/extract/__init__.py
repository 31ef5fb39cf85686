"""Stage 2, extract: clean documents -> commitment, agreement and target records (rules, not a model)."""
