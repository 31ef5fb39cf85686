"""Running per-document work on every CPU for large corpora, with results in input order.

Workers are forked, so they inherit what the parent already loaded (taxonomy, leaders index) and
nothing is pickled but the inputs and results. Fork is only safe in a single-threaded process: a
Jupyter kernel or a threaded server has other threads (and Python >= 3.12 warns), so work there runs
serially. Below ``MIN_ITEMS`` starting workers costs more than it saves.

>>> map_chunks(lambda xs: [x * 2 for x in xs], [1, 2, 3])
[2, 4, 6]
"""

from __future__ import annotations

import multiprocessing as mp
import os
import threading
from collections.abc import Callable, Sequence
from typing import TypeVar

from . import paths

T = TypeVar("T")
R = TypeVar("R")

MIN_ITEMS = 2000


def workers_available() -> int:
    """How many worker processes may be forked here (1 = run serially)."""
    if "fork" not in mp.get_all_start_methods() or threading.active_count() != 1:
        return 1
    return min(os.cpu_count() or 1, 8)


def map_chunks(
    func: Callable[[list[T]], list[R]], items: Sequence[T], min_items: int | None = None
) -> list[R]:
    """``func`` maps a chunk (list) of items to a list of results, one per item; returns the results of
    all items in order, computed in forked workers when there are at least ``min_items`` items."""
    items = list(items)
    n_proc = workers_available()
    with paths.pinned_stamps():  # each data file is looked at once per run (forked workers inherit it)
        if len(items) < (MIN_ITEMS if min_items is None else min_items) or n_proc < 2:
            return func(items)
        size = -(-len(items) // (n_proc * 4))  # several chunks per worker even out their loads
        with mp.get_context("fork").Pool(n_proc) as pool:
            parts = pool.map(func, [items[i : i + size] for i in range(0, len(items), size)])
    return [r for part in parts for r in part]


def corpus_rows(
    func: Callable[[list], list[list[R]]], corpus, items: list | None = None
) -> tuple[list, list, list[R]]:
    """Apply a per-text row extractor to every ``text`` of a corpus frame (via :func:`map_chunks`)
    and flatten: ``(doc_ids, event_ids, rows)``, one id pair per row, rows in corpus order.
    ``items`` (one per document) replaces the texts as what ``func`` receives."""
    per_doc = map_chunks(func, list(corpus["text"]) if items is None else items)
    doc_ids, event_ids, rows = [], [], []
    for doc_id, event_id, found in zip(corpus["doc_id"], corpus["event_id"], per_doc):
        doc_ids += [doc_id] * len(found)
        event_ids += [event_id] * len(found)
        rows += found
    return doc_ids, event_ids, rows
