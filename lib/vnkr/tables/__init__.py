"""The curated tables: reading and validating every CSV the pipeline starts from, with file:line errors.

The lowest layer: it imports nothing from the stages above it.
"""
