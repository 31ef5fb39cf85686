"""Quantitative targets and figures stated in the articles: ``100 tỷ USD vào năm 2023`` and the like.

:func:`extract_targets` finds every money amount in a Vietnamese or English text (the language is
detected), converts it to billions, and tells a goal both sides set (``nâng kim ngạch … lên 100 tỷ USD
vào năm 2023``, ``agreed to boost trade to $150 billion by 2030``) from a reported figure, a one-sided
request and a projection; the rules and their word lists are in :mod:`vnkr.extract.amounts` and
``data/lexicon/amounts.csv``. Each row keeps the clause that states it as a verbatim span, so
``text[start:end] == quote``. :func:`stated_targets` runs it over the corpus and keeps one row per
distinct target per meeting, however many articles repeat it.

    >>> extract_targets("nâng kim ngạch lên 100 tỷ USD vào năm 2023")[["value", "kind", "deadline_year"]].values.tolist()
    [[100.0, 'target', 2023]]
"""

from __future__ import annotations

import unicodedata

import numpy as np
import pandas as pd

from .. import parallel
from ..errors import DataError, Problem
from ..ingest.corpus import load_corpus
from .amounts import COLUMNS, read_targets


def extract_targets(text: str, published=None) -> pd.DataFrame:
    """Every money amount in ``text`` with its metric, kind, deadline or year (rules of
    :func:`vnkr.extract.amounts.read_targets`).

    Columns: ``value`` (in billions of ``unit``: 'USD bn', or 'VND bn' for ``đồng`` — never mixed),
    ``metric`` (two_way_trade, exports, imports, oda, investment, third_party, other), ``kind`` (target | actual |
    request | projection), ``deadline_year`` (targets and requests, as written), ``year`` (the other
    kinds), ``quote`` = ``text[start:end]`` (the clause), ``amount_text``, ``implausible`` and
    ``implausible_reason`` (a deadline before the publication or before 1992, reported as written),
    ``lang``. ``published`` (a date or 'YYYY-MM-DD', optional) dates relative deadlines (``in five
    years``) and tells an actual from a projection. Never raises on str input; returns an empty frame
    when nothing is found.

    >>> extract_targets("Năm 2024, kim ngạch song phương đạt 81,5 tỷ USD.")[["value", "kind", "year"]].values.tolist()
    [[81.5, 'actual', 2024]]
    """
    return _frame(_target_rows(text, published))


def extract_targets_corpus(corpus: pd.DataFrame) -> pd.DataFrame:
    """Every money amount of every article of a corpus, as one frame: ``doc_id, event_id`` then the
    columns of :func:`extract_targets` (same rules), rows in corpus order.

    ``corpus`` has ``doc_id, event_id, text`` (:func:`vnkr.load_corpus` output) and, when present,
    ``event_date``: it dates relative deadlines (``next year``) as ``published`` does in
    :func:`extract_targets`. One frame for the
    whole corpus instead of one per article: at 10,000 articles the per-article constructor cost
    dominated the extraction.

    >>> corpus = pd.DataFrame({"doc_id": ["a"], "event_id": ["e"], "text": ["nâng kim ngạch lên 100 tỷ USD vào năm 2023"]})
    >>> extract_targets_corpus(corpus)[["doc_id", "value", "deadline_year"]].values.tolist()
    [['a', 100.0, 2023]]
    """
    # the meeting date dates relative deadlines ('next year') and tells an actual from a projection,
    # as the publication date does for one article (a report follows its meeting within days)
    dates = corpus["event_date"] if "event_date" in corpus else [None] * len(corpus)
    items = [(text, None if pd.isna(d) else pd.Timestamp(d).date()) for text, d in zip(corpus["text"], dates)]
    doc_ids, event_ids, rows = parallel.corpus_rows(_rows_of_texts, corpus, items)
    out = _frame(rows)
    # str, as a scalar doc_id assigned to a per-article frame would be
    out.insert(0, "event_id", pd.Series(event_ids, dtype="str", index=out.index))
    out.insert(0, "doc_id", pd.Series(doc_ids, dtype="str", index=out.index))
    return out


def _rows_of_texts(items: list[tuple[str, object]]) -> list[list[dict]]:
    """:func:`_target_rows` of each ``(text, reference date)`` (the unit of work of a worker process)."""
    return [_target_rows(text, when) for text, when in items]


def _target_rows(text: str, published=None) -> list[dict]:
    """The rows of :func:`extract_targets` as plain dicts (no frame: the corpus builds one for all)."""
    if not isinstance(text, str) or not text or not any(ch.isdigit() for ch in text):
        return []
    found = read_targets(unicodedata.normalize("NFC", text), published)
    rows = found.astype(object).where(found.notna(), None).to_dict("records")
    return rows


_TEXT_COLUMNS = ("unit", "metric", "kind", "quote", "amount_text", "implausible_reason", "lang")


def _frame(rows: list[dict]) -> pd.DataFrame:
    """The rows as a frame with the documented dtypes, built column by column in one constructor.

    Per-document cost matters (the bench runs 10,000 articles): a list-of-dicts constructor followed
    by ``astype`` costs ~1.3 ms, typed columns ~0.4 ms. Text columns stay ``object`` as before.
    """
    if not rows:
        return _EMPTY.copy()
    data = {"value": np.array([r["value"] for r in rows], dtype=float)}
    for col in _TEXT_COLUMNS:
        data[col] = pd.Series([r[col] for r in rows], dtype=object)
    for col in ("deadline_year", "year"):
        values = [r[col] for r in rows]
        missing = np.array([v is None for v in values], dtype=bool)
        data[col] = pd.arrays.IntegerArray(
            np.array([0 if v is None else v for v in values], dtype=np.int64), missing
        )
    for col in ("start", "end"):
        data[col] = np.array([r[col] for r in rows], dtype=np.int64)
    data["implausible"] = np.array([bool(r["implausible"]) for r in rows], dtype=bool)
    return pd.DataFrame(data, columns=COLUMNS)


_EMPTY = pd.DataFrame([], columns=COLUMNS).astype(
    {
        "value": float,
        "unit": object,
        "metric": object,
        "kind": object,
        "deadline_year": "Int64",
        "year": "Int64",
        "quote": object,
        "start": int,
        "end": int,
        "amount_text": object,
        "implausible": bool,
        "implausible_reason": object,
        "lang": object,
    }
)


STATED_COLUMNS = [
    "event_id",
    "event_date",
    "doc_id",
    "doc_ids",
    "value_busd",
    "deadline_year",
    "metric",
    "quote",
    "start",
    "end",
    "n_mentions",
]


def stated_targets(corpus: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per distinct USD target (metric, value, deadline) stated at each event in the corpus.

    ``corpus`` has ``doc_id, event_id, event_date, text, duplicate_of`` (default
    :func:`vnkr.load_corpus`). Articles of the same event — duplicates or not — repeating a target
    give one row: ``doc_ids`` lists them all (';'-joined), ``doc_id``/``quote``/``start``/``end`` come
    from the first original (non-duplicate) article, ``n_mentions`` counts the mentions. VND amounts
    and actual figures are not targets and are left out.

    >>> corpus = pd.DataFrame({"doc_id": ["a", "b"], "event_id": ["e", "e"], "event_date": pd.to_datetime(["2022-12-05"] * 2),
    ...     "duplicate_of": [None, "a"], "text": ["nâng kim ngạch lên 150 tỷ USD vào năm 2030."] * 2})
    >>> stated_targets(corpus)[["doc_ids", "value_busd", "deadline_year", "n_mentions"]].values.tolist()
    [['a;b', 150.0, 2030, 2]]
    """
    corpus = load_corpus() if corpus is None else corpus
    found = extract_targets_corpus(corpus)
    found = found[(found["kind"] == "target") & (found["unit"] == "USD bn")]
    if found.empty:
        return pd.DataFrame(columns=STATED_COLUMNS)
    info = corpus.assign(doc_id=corpus["doc_id"].astype(str)).drop_duplicates("doc_id").set_index("doc_id")
    dup = info["duplicate_of"] if "duplicate_of" in info else pd.Series(pd.NA, index=info.index)
    found = found.assign(
        event_id=found["doc_id"].map(info["event_id"]),
        event_date=found["doc_id"].map(info["event_date"]),
        is_duplicate=found["doc_id"].map(lambda d: isinstance(dup[d], str) and dup[d] != ""),
    )
    allt = found.rename(columns={"value": "value_busd"})
    # an event without an id still must not merge with another: fall back to the document
    allt["group"] = allt["event_id"].where(allt["event_id"].notna(), "doc:" + allt["doc_id"].astype(str))
    allt = allt.sort_values(["is_duplicate", "doc_id", "start"], kind="stable")
    rows = []
    for _, g in allt.groupby(["group", "metric", "value_busd", "deadline_year"], dropna=False, sort=False):
        first = g.iloc[0]
        rows.append(
            {
                "event_id": first["event_id"],
                "event_date": first["event_date"],
                "doc_id": first["doc_id"],
                "doc_ids": ";".join(sorted(g["doc_id"].astype(str).unique())),
                "value_busd": first["value_busd"],
                "deadline_year": first["deadline_year"],
                "metric": first["metric"],
                "quote": first["quote"],
                "start": int(first["start"]),
                "end": int(first["end"]),
                "n_mentions": len(g),
            }
        )
    out = pd.DataFrame(rows, columns=STATED_COLUMNS)
    out["deadline_year"] = out["deadline_year"].astype("Int64")
    return out.sort_values(
        ["event_date", "event_id", "value_busd", "deadline_year"], na_position="first", ignore_index=True
    )


def validate() -> str:
    """One-line summary of the targets stated in the corpus; DataError if a quote is not verbatim."""
    corpus = load_corpus()
    stated = stated_targets(corpus)
    texts = corpus.set_index("doc_id")["text"]
    problems = [
        Problem(f"doc {r.doc_id}", None, f"target quote is not text[{r.start}:{r.end}]")
        for r in stated.itertuples(index=False)
        if texts[r.doc_id][r.start : r.end] != r.quote
    ]
    if problems:
        raise DataError(problems)
    trade = stated[stated["metric"] == "two_way_trade"]
    return (
        f"targets: {len(stated)} stated targets ({len(trade)} two-way trade) at "
        f"{stated['event_id'].nunique()} events, 0 problems"
    )
