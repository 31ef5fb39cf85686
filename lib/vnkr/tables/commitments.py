"""The curated record ``data/annotations/commitments.csv``: every commitment of every meeting.

Each row is one commitment with the exact quote from its raw article, its theme codes and kind, as
commitment trackers record them (the G7/G20 Research Group's compliance reports, the Comparative
Agendas Project's topic coding). What each row adds compared with earlier meetings is derived, never
typed (:func:`vnkr.commitment_changes`).
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pandera.pandas as pa

from .. import paths
from ..errors import DataError, Problem
from .events import load_events
from .read import check_rows, filled, finish, good_rows, read_csv, shown_path
from .sources import read_raw
from .themes import load_themes, theme_list

COMMITMENT_COLUMNS = ["event_id", "doc_id", "quote", "themes", "kind", "gloss_en"]
KINDS = ("commitment", "agreement_signed", "request")
# 'draft': written by ``vnkr add`` from the extractor, not yet read by a person; 'checked': curated.
# A file without the column is all curated. Drafts of a document with checked rows are superseded.
REVIEW = ("draft", "checked")


def load_commitments(path: Path | None = None, strict: bool = True):
    """The record of every commitment of every meeting, checked row by row.

    Columns: ``event_id, doc_id, quote, themes, kind, gloss_en, review`` (``checked``: curated;
    ``draft``: machine-drafted by ``vnkr add``, dropped when a checked row of the same document
    exists), ``line`` plus ``event_date``. Each row is checked: fields
    present, event in ``data/events.csv``, document belonging to that event, quote occurring
    verbatim in the raw document (after NFC), theme codes in ``data/themes.csv``, a known kind.
    Every failure is a Problem with file, CSV line and reason; ``strict=False`` returns
    ``(good rows, problems)`` instead of raising :class:`DataError`.

    """
    path = Path(path) if path else paths.annotations_dir() / "commitments.csv"
    frame, problems = read_csv(path, COMMITMENT_COLUMNS)
    if "review" not in frame:
        frame["review"] = "checked"
    events, taxonomy = load_events(), load_themes()
    problems += check_rows(
        _commitment_facts(frame, events, list(taxonomy["theme"])), STAGES, shown_path(path)
    )
    df = superseded_drafts_dropped(good_rows(frame, problems)[COMMITMENT_COLUMNS + ["review", "line"]])
    df["themes"] = df["themes"].map(lambda v: _ordered(theme_list(v), list(taxonomy["theme"])))
    dates = events.set_index("event_id")["event_date"]
    df.insert(1, "event_date", pd.to_datetime(df["event_id"].map(dates)))
    df = df.sort_values(["event_date", "line"], kind="stable").reset_index(drop=True)
    return finish(df, problems, strict)


STAGES = [
    pa.DataFrameSchema({c: pa.Column(str, filled(c)) for c in COMMITMENT_COLUMNS}),
    pa.DataFrameSchema(
        {
            "kind": pa.Column(
                str, pa.Check.isin(KINDS, error="kind {kind!r} is not one of " + ", ".join(KINDS))
            ),
            "review": pa.Column(
                str, pa.Check.isin(REVIEW, error="review {review!r} is not one of " + ", ".join(REVIEW))
            ),
        },
        checks=[
            pa.Check(
                lambda d: d["_known_event"], error="unknown event_id {event_id!r} (not in data/events.csv)"
            ),
            pa.Check(
                lambda d: d["_doc_event"].ne(""),
                error="unknown doc_id {doc_id!r} (no event in data/events.csv lists it)",
            ),
            pa.Check(
                lambda d: d["_doc_event"].isin(["", "?"]) | d["_doc_event"].eq(d["event_id"]),
                error="doc_id {doc_id!r} belongs to event {_doc_event!r}, not {event_id!r}",
            ),
            pa.Check(
                lambda d: d["_unknown_themes"].eq(""),
                error="unknown theme code(s) {_unknown_themes} (see data/themes.csv)",
            ),
            pa.Check(lambda d: d["_quote_found"].ne("unreadable"), error="cannot read data/raw/{doc_id}.txt"),
            pa.Check(
                lambda d: d["_quote_found"].ne("no"),
                error="quote not found verbatim in data/raw/{doc_id}.txt: {_quote_head!r}…",
            ),
        ],
    ),
]


def _commitment_facts(frame: pd.DataFrame, events: pd.DataFrame, codes: list[str]) -> pd.DataFrame:
    """The facts the record's rules need, as columns: whether the event exists, which event lists the
    document ('' if none), theme codes not in the taxonomy, whether the quote is in the raw text."""
    doc_event = {d: e for e, ids in zip(events["event_id"], events["doc_ids"]) for d in ids.split("|")}
    texts: dict[str, str | None] = {}
    for doc in set(frame["doc_id"]):
        try:
            texts[doc] = read_raw(doc)
        except DataError:
            texts[doc] = None
    frame["_known_event"] = frame["event_id"].isin(set(doc_event.values()))
    frame["_doc_event"] = frame["doc_id"].map(doc_event).fillna("")
    frame["_unknown_themes"] = [
        ", ".join(c for c in theme_list(v) if c not in codes) for v in frame["themes"]
    ]
    frame["_quote_found"] = [
        "unreadable" if texts[d] is None else ("yes" if q in texts[d] else "no")
        for d, q in zip(frame["doc_id"], frame["quote"])
    ]
    frame["_quote_head"] = frame["quote"].str[:60]
    return frame


def superseded_drafts_dropped(rows: pd.DataFrame) -> pd.DataFrame:
    """Curated rows win: the draft rows of a document that also has checked rows are left out.

    >>> rows = pd.DataFrame({"doc_id": ["a", "a", "b"], "review": ["checked", "draft", "draft"]})
    >>> superseded_drafts_dropped(rows)["review"].tolist()
    ['checked', 'draft']
    """
    curated = set(rows.loc[rows["review"].eq("checked"), "doc_id"])
    return rows[~(rows["review"].eq("draft") & rows["doc_id"].isin(curated))].reset_index(drop=True)


def _ordered(codes: list[str], taxonomy: list[str]) -> str:
    order = {c: i for i, c in enumerate(taxonomy)}
    return "|".join(sorted(dict.fromkeys(codes), key=lambda c: order.get(c, len(order))))


# ---------------------------------------------------------------- validate
def validate() -> str:
    """One-line summary of the themes and the curated commitments; raises DataError on any problem."""
    themes, problems = load_themes(strict=False)
    rows, bad = load_commitments(strict=False)
    problems = pd.concat([problems, bad], ignore_index=True)
    if len(problems):
        raise DataError([Problem(**r) for r in problems.to_dict("records")])
    missing = sorted(set(load_events()["event_id"]) - set(rows["event_id"]))
    if missing:
        raise DataError(
            Problem(
                "data/annotations/commitments.csv",
                None,
                f"no commitment recorded for event(s) {', '.join(missing)} (add them "
                "with exact quotes, or draft them with `python -m vnkr add`)",
            )
        )
    n_agreements = int(rows["kind"].eq("agreement_signed").sum())
    n_draft = int(rows["review"].eq("draft").sum())
    return (
        f"commitments: {len(rows) - n_draft} curated, {n_draft} draft ({n_agreements} signed documents) over "
        f"{rows['event_id'].nunique()} events, {len(themes)} themes, 0 problems"
    )
