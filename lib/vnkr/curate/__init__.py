"""Curating the corpus from the command line: ``vnkr add``, ``vnkr remove`` and ``vnkr review``.

These commands sit above every stage (they read the tables, clean and date with ingest, draft with
extract) and write the curated tables atomically (:mod:`vnkr.tables.write`).
"""
