"""Large corpora run in forked workers: the results must be exactly those of a serial run."""

from __future__ import annotations

import pandas as pd
import vnkr
from vnkr import parallel


def _squares(xs):
    return [x * x for x in xs]


def test_map_chunks_keeps_input_order_across_workers():
    items = list(range(5000))
    assert parallel.map_chunks(_squares, items, min_items=1) == [x * x for x in items]


def test_extractors_give_the_same_frame_in_workers_as_serially(monkeypatch):
    corpus = pd.concat([vnkr.load_corpus()] * 40, ignore_index=True)  # 200 documents
    serial_c = vnkr.extract_commitments_corpus(corpus)
    serial_t = vnkr.extract_targets_corpus(corpus)
    monkeypatch.setattr(parallel, "MIN_ITEMS", 1)
    if parallel.workers_available() < 2:  # pragma: no cover - single-CPU or threaded runner
        import pytest

        pytest.skip("no worker processes can be forked here")
    pd.testing.assert_frame_equal(vnkr.extract_commitments_corpus(corpus), serial_c)
    pd.testing.assert_frame_equal(vnkr.extract_targets_corpus(corpus), serial_t)
    assert len(serial_c) == 40 * len(vnkr.extract_commitments_corpus(vnkr.load_corpus()))
