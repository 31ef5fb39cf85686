"""How much text stands behind each meeting: sources, words and document genre.

An absence weighs little when a meeting is covered by one interview excerpt and much when it has a
full joint statement, so the reports show this next to every meeting. The genre of a source is the
manifest's ``genre`` column (``data/sources.csv``); a blank is derived from the clean text: fewer
than :data:`EXCERPT_MAX_WORDS` words is an ``excerpt``, else a ``news_report`` (a ``full_statement``
is never guessed: it is written in the manifest by someone who read the text).
"""

from __future__ import annotations

import pandas as pd

from ..tables.sources import GENRES

EXCERPT_MAX_WORDS = 300
COVERAGE_COLUMNS = ["event_id", "n_sources", "n_words", "genre", "genres"]


def document_genre(genre, n_words: int) -> str:
    """The manifest's genre if given, else derived from the length of the clean text.

    >>> document_genre(None, 120), document_genre(None, 800), document_genre("full_statement", 120)
    ('excerpt', 'news_report', 'full_statement')
    """
    if isinstance(genre, str) and genre:
        return genre
    return "excerpt" if n_words < EXCERPT_MAX_WORDS else "news_report"


def meeting_coverage(corpus: pd.DataFrame, manifest: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per meeting: ``n_sources`` (documents, same-event duplicates included), ``n_words`` (of
    the clean texts, summed), ``genre`` (the most complete one: full statement, then news report,
    then excerpt) and ``genres`` (every source's, e.g. 'news_report+news_report').

    ``corpus`` has ``doc_id, event_id, text`` (:func:`vnkr.load_corpus`); ``manifest`` ``doc_id,
    genre`` (:func:`vnkr.load_manifest`; without it every genre is derived).
    """
    given = {} if manifest is None else dict(zip(manifest["doc_id"], manifest["genre"]))
    docs = corpus.assign(n_words=corpus["text"].str.split().str.len().astype(int))
    docs["genre"] = [document_genre(given.get(d), n) for d, n in zip(docs["doc_id"], docs["n_words"])]
    rows = []
    for event, g in docs.sort_values("doc_id").groupby("event_id", sort=True):
        rows.append(
            {
                "event_id": event,
                "n_sources": len(g),
                "n_words": int(g["n_words"].sum()),
                "genre": min(g["genre"], key=GENRES.index),
                "genres": "+".join(g["genre"]),
            }
        )
    return pd.DataFrame(rows, columns=COVERAGE_COLUMNS)
