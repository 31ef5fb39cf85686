"""A leaders table built from a few rows, for tests of dating by office holders. Imported by name:
``tests/`` is on ``sys.path`` (conftest)."""

from __future__ import annotations

import datetime as dt

import pandas as pd


def table(rows, checked_on="2020-01-01") -> pd.DataFrame:
    """(name, name_vi, aliases, office, term_start, term_end) rows as a leaders table."""
    return pd.DataFrame(
        [
            {
                "name": n,
                "name_vi": v,
                "aliases": a,
                "country": "XX",
                "role": o.replace("_", " "),
                "role_vi": o,
                "office": o,
                "term_start": dt.date.fromisoformat(s),
                "term_end": dt.date.fromisoformat(e) if e else None,
                "checked_on": dt.date.fromisoformat(checked_on),
            }
            for n, v, a, o, s, e in rows
        ]
    )
