"""The benchmark's synthetic corpus is a fair input: it loads without problems, and the loader finds
exactly the date the generator wrote into each article."""

from __future__ import annotations

import re

import bench
import pandas as pd
import vnkr
from vnkr.tables.sources import MANIFEST_COLUMNS


def test_synthetic_articles_load_cleanly_with_the_dates_written_into_them(tmp_path):
    seeds = bench.seed_material(vnkr.load_corpus(), vnkr.load_leaders())
    columns = MANIFEST_COLUMNS
    raw, manifest, n_bytes = bench.write_synthetic_corpus(40, tmp_path, seeds, columns)
    corpus, problems = vnkr.load_corpus(raw, manifest=manifest, strict=False)
    assert len(corpus) == 40 and n_bytes > 40 * 500
    assert problems[problems["severity"] == "error"].empty, problems.to_string()
    for row in corpus.itertuples(index=False):
        text = (raw / f"{row.doc_id}.txt").read_text(encoding="utf-8")
        m = re.search(r"^ date (\d{4}-\d{2}-\d{2})|(\d{2})/(\d{2})/(\d{4})", text, re.M)
        written = (
            pd.Timestamp(m.group(1))
            if m.group(1)
            else pd.Timestamp(f"{m.group(4)}-{m.group(3)}-{m.group(2)}")
        )
        if m.group(1) and "in-text" not in row.date_source:
            # a header alone is the publication date: its month dates the meeting (a day may come
            # from a same-event twin that gives one)
            assert row.event_date.to_period("M") == written.to_period("M"), (row.doc_id, row.date_source)
            continue
        assert row.event_date == written, (row.doc_id, row.date_source)
