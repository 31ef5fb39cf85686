"""The processed CSVs: lists flattened to one value per cell, empty tables of any dtype written."""

from __future__ import annotations

import pandas as pd
from vnkr.report.processed import _flatten


def test_lists_become_bar_joined_strings():
    out = _flatten(pd.DataFrame({"themes": [["trade", "oda"], "energy"]}))
    assert out["themes"].tolist() == ["trade|oda", "energy"]


def test_an_empty_table_with_a_date_column_is_flattened():
    empty = pd.DataFrame({"event_date": pd.Series([], dtype="datetime64[ns]")})
    assert _flatten(empty).empty
