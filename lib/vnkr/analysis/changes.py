"""What each commitment adds, and the history of the trade targets, in terms a reader can check.

Per commitment (:func:`commitment_changes`), against the meetings before it: ``new_instrument`` (a
signed document, or a USD target whose value and deadline no earlier meeting stated),
``new_theme`` (at least one of its themes no earlier meeting reported) or ``same_theme_again``
(every theme was reported before: the theme, not necessarily the commitment, comes again).

The target history (:func:`target_history`) lists each two-way trade target (value, deadline) by
the meeting that stated it. A one-sided request (``đề nghị Hàn Quốc …``) is not a target: rows the
extractor gives another kind than ``target`` are left out, and until it marks requests itself
(issue 12) a target whose clause opens with a request verb is left out here, with its reason kept.
"""

from __future__ import annotations

import re

import pandas as pd

from ..extract.targets import extract_targets
from ..tables.themes import theme_list

CHANGES = ("new_instrument", "new_theme", "same_theme_again")
REQUEST_CUES = re.compile(r"\b(?:đề\s+nghị|kiến\s+nghị|đề\s+xuất|yêu\s+cầu)\b", re.IGNORECASE)
HISTORY_COLUMNS = [
    "event_id",
    "event_date",
    "value_busd",
    "deadline_year",
    "source",
    "quote",
    "doc_id",
    "source_url",
]


def is_request(text: str) -> bool:
    """Whether the text (a clause up to its amount) carries a one-sided request verb.

    >>> is_request("đề nghị Hàn Quốc ... nâng kim ngạch lên"), is_request("nâng kim ngạch lên")
    (True, False)
    """
    return bool(REQUEST_CUES.search(text))


def quoted_targets(quote: str) -> list[tuple[float, int | None]]:
    """USD-billion targets (value, deadline year or None) stated in one quote, requests excluded.

    >>> quoted_targets("phấn đấu nâng kim ngạch lên 150 tỷ USD vào năm 2030")
    [(150.0, 2030)]
    """
    found = extract_targets(quote)
    found = found[found["kind"].eq("target") & found["unit"].eq("USD bn")]
    return [
        (float(r.value), None if pd.isna(r.deadline_year) else int(r.deadline_year))
        for r in found.itertuples(index=False)
        if not _request_row(str(r.quote), str(r.amount_text))
    ]


def commitment_changes(commitments: pd.DataFrame) -> list[str]:
    """Per commitment (``event_id, event_date, themes, kind, quote``), one of :data:`CHANGES`.

    >>> df = pd.DataFrame({"event_id": ["a", "b", "b", "b"], "event_date": pd.to_datetime(["2021", "2022", "2022", "2022"]),
    ...     "themes": ["trade", "trade", "trade|energy", "trade"], "kind": ["commitment"] * 3 + ["agreement_signed"],
    ...     "quote": ["x", "y", "z", "Bản ghi nhớ"]})
    >>> commitment_changes(df)
    ['new_theme', 'same_theme_again', 'new_theme', 'new_instrument']
    """
    seen_themes: set[str] = set()
    seen_targets: set[tuple] = set()
    out = [""] * len(commitments)
    order = commitments.assign(pos=range(len(commitments))).sort_values(
        ["event_date", "event_id"], kind="stable"
    )
    for _, rows in order.groupby(["event_date", "event_id"], sort=False):
        themes_here, targets_here = set(), set()
        for r in rows.itertuples(index=False):
            themes = set(theme_list(r.themes))
            # a one-sided request states no target, whatever figure it quotes
            targets = set() if r.kind == "request" else set(quoted_targets(str(r.quote)))
            if r.kind == "agreement_signed" or targets - seen_targets:
                out[r.pos] = "new_instrument"
            elif themes - seen_themes:
                out[r.pos] = "new_theme"
            else:
                out[r.pos] = "same_theme_again"
            themes_here |= themes
            targets_here |= targets
        seen_themes |= themes_here
        seen_targets |= targets_here
    return out


def target_history(
    found: pd.DataFrame, corpus: pd.DataFrame, external: pd.DataFrame | None = None
) -> pd.DataFrame:
    """Each two-way trade target (value, deadline) by the meeting that stated it, in date order.

    ``found`` is :func:`vnkr.extract_targets_corpus` output (``doc_id, value, unit, metric, kind,
    deadline_year, quote, start``), ``corpus`` gives each document's ``event_id, event_date``;
    ``external`` (:func:`vnkr.load_external_targets`) adds restatements outside the corpus with their
    URL (``source='external'``). One row per meeting and target, the first quote kept. Rows that are
    not targets (actual figures, requests) are left out; ``.attrs['requests']`` lists the requests.
    """
    info = corpus.drop_duplicates("doc_id").set_index("doc_id")
    rows = found[
        found["kind"].eq("target") & found["unit"].eq("USD bn") & found["metric"].eq("two_way_trade")
    ]
    req_mask = pd.Series(
        [_request_row(str(q), str(a)) for q, a in zip(rows["quote"], rows["amount_text"])],
        index=rows.index,
        dtype=bool,
    )
    kept = rows[~req_mask].assign(
        event_id=lambda d: d["doc_id"].map(info["event_id"]),
        event_date=lambda d: d["doc_id"].map(info["event_date"]),
        value_busd=lambda d: d["value"],
        source="corpus",
        source_url=None,
    )
    out = kept[HISTORY_COLUMNS]
    if external is not None and len(external):
        ext = external[external["metric"].eq("two_way_trade")]
        out = pd.concat(
            [out, ext.assign(source="external", quote=ext["evidence"], doc_id=None)[HISTORY_COLUMNS]],
            ignore_index=True,
        )
    out = out.assign(
        event_date=pd.to_datetime(out["event_date"]), deadline_year=out["deadline_year"].astype("Int64")
    )
    out = (
        out.sort_values(["event_date", "event_id", "doc_id"], na_position="last")
        .drop_duplicates(["event_id", "value_busd", "deadline_year"])
        .reset_index(drop=True)
    )
    out.attrs["requests"] = rows[req_mask]["quote"].tolist()
    return out


def _request_row(quote: str, amount_text: str) -> bool:
    """A request verb comes before the amount in the clause that states it."""
    at = quote.find(amount_text)
    return is_request(quote[: at if at >= 0 else len(quote)])


_AMOUNT = re.compile(r"\d[\d.,]*\s*(?:tỷ|tỉ)\s+(?:USD|US\$|đô)", re.IGNORECASE)


def drop_requests(stated: pd.DataFrame) -> pd.DataFrame:
    """Stated targets (:func:`vnkr.stated_targets`) without the one-sided requests: rows of another
    kind than ``target`` if the column is there, and rows whose quote has a request verb before its
    first USD amount. The requests left out are in ``.attrs['requests']`` (their quotes).

    >>> s = pd.DataFrame({"quote": ["đề nghị Hàn Quốc ... lên 100 tỷ USD", "nâng lên 150 tỷ USD vào năm 2030"]})
    >>> drop_requests(s)["quote"].tolist()
    ['nâng lên 150 tỷ USD vào năm 2030']
    """

    def request(q: str) -> bool:
        m = _AMOUNT.search(q)
        return is_request(q[: m.start()] if m else q)

    mask = pd.Series([request(str(q)) for q in stated["quote"]], index=stated.index, dtype=bool)
    if "kind" in stated:
        mask |= stated["kind"].ne("target")
    out = stated[~mask].reset_index(drop=True)
    out.attrs["requests"] = stated.loc[mask, "quote"].tolist()
    return out
