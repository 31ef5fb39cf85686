"""Word lists the extraction rules use, read from ``data/lexicon/{stance,amounts}.csv`` (data beside the
theme taxonomy).

Each row is one entry: ``lang`` (vi | en), ``kind`` (what the words signal: ``agree``, ``request``,
``goal``, ``scale``, …), ``pattern`` (a regular expression over NFC, case-folded text; ``|`` inside a
row lists spellings of one entry), ``value`` (a number for kinds that need one: a scale in billions,
a number word) and ``note``. Code keeps regexes only for structure (numbers, sentence and clause
borders); every word a rule looks for is a row here, so a new phrasing is a new row, not new code.

Files are read and compiled once; the cache is keyed on each file's modification time, like the theme
taxonomy, so an edited list is picked up without restarting.

    >>> bool(cue("agree", "vi").search("hai bên nhất trí"))
    True
"""

from __future__ import annotations

import csv
import functools
import os
import re
import unicodedata
from pathlib import Path

from .. import paths
from ..errors import DataError, Problem
from ..tables.themes import split_patterns

COLUMNS = ["lang", "kind", "pattern", "value", "note"]
LANGS = ("vi", "en")
# the extraction stage's lists; other stages keep their own files in data/lexicon (event_kinds.csv)
FILES = ("stance.csv", "amounts.csv")


def lexicon_dir() -> Path:
    """``data/lexicon`` (see :func:`vnkr.paths.lexicon_dir`)."""
    return paths.lexicon_dir()


@functools.lru_cache(maxsize=8)
def _paths(data_dir_env: str | None) -> tuple[str, ...]:
    """The word-list files of one data folder (resolved once: the rules ask for a cue thousands of
    times per document, and building the paths each time cost more than the matching)."""
    return tuple(str(lexicon_dir() / name) for name in FILES)


def _files() -> tuple[tuple[str, float], ...]:
    """(path, mtime) of each word list: a file edited in place is read again."""
    return paths.stamp(
        "extract.lexicon",
        lambda: tuple((p, os.stat(p).st_mtime) for p in _paths(os.environ.get("VNKR_DATA_DIR"))),
    )


@functools.lru_cache(maxsize=4)
def _rows_cached(files: tuple[tuple[str, float], ...]) -> tuple[dict, ...]:
    rows, problems = [], []
    for name, _ in files:
        path = Path(name)
        with path.open(encoding="utf-8", newline="") as fh:
            reader = csv.DictReader(fh)
            missing = [c for c in COLUMNS if c not in (reader.fieldnames or [])]
            if missing:
                problems.append(
                    Problem(f"data/lexicon/{path.name}", 1, f"missing column(s) {', '.join(missing)}")
                )
                continue
            for line, row in enumerate(reader, start=2):
                where = (f"data/lexicon/{path.name}", line)
                if None in row or None in row.values():
                    n = len(COLUMNS) + len(row.get(None) or []) - sum(v is None for v in row.values())
                    problems.append(
                        Problem(
                            *where, f"{n} fields, expected {len(COLUMNS)} (quote a field that has a comma)"
                        )
                    )
                    continue
                if row["lang"] not in LANGS:
                    problems.append(Problem(*where, f"lang {row['lang']!r} is not one of {', '.join(LANGS)}"))
                    continue
                if not row["kind"] or not row["pattern"]:
                    problems.append(Problem(*where, "expected a kind and a pattern"))
                    continue
                pattern = unicodedata.normalize("NFC", row["pattern"])
                try:
                    re.compile(pattern)
                except re.error as exc:
                    problems.append(
                        Problem(*where, f"pattern {row['pattern']!r} is not a valid regex ({exc})")
                    )
                    continue
                rows.append(
                    {
                        "lang": row["lang"],
                        "kind": row["kind"],
                        "pattern": pattern,
                        "value": float(row["value"]) if row.get("value") else None,
                        "file": path.name,
                        "line": line,
                    }
                )
    if problems:
        raise DataError(problems)
    return tuple(rows)


def entries(kind: str | None = None, lang: str | None = None) -> list[dict]:
    """Rows of the lexicon (``lang, kind, pattern, value, file, line``), optionally of one kind/language.

    >>> sorted({e["lang"] for e in entries("scale")})
    ['en', 'vi']
    """
    return [
        r
        for r in _rows_cached(_files())
        if (kind is None or r["kind"] == kind) and (lang is None or r["lang"] == lang)
    ]


def bounded(pattern: str) -> str:
    """``pattern`` as whole words: no letter or digit may touch any of its top-level alternatives
    (an alternative ending in a symbol, such as ``\\$``, may be followed by a digit).

    >>> bool(re.search(bounded("đầu tư|fdi"), "nhà đầu tư")), bool(re.search(bounded("tỉ"), "tỉnh"))
    (True, False)
    """
    return bounded_any([pattern])


def bounded_any(patterns: list[str]) -> str:
    """Several patterns as one whole-word alternation, in their order (see :func:`bounded`).

    The check before the word is written once for all alternatives: the regex engine then gives up
    at once inside a word instead of trying every alternative there, which makes the long cue and
    theme lists several times faster and matches exactly what one check per alternative would.

    >>> re.findall(bounded_any(["trade", "tỉ|fdi"]), "trade, tỉnh, fdi")
    ['trade', 'fdi']
    """
    alts = []
    for pattern in patterns:
        for alt in split_patterns(pattern):
            tail = r"(?!\w)" if alt[-1:].isalnum() or alt.endswith(")") or alt.endswith("?") else ""
            alts.append(f"(?:{alt}){tail}")
    return r"(?<![\w$])(?:" + "|".join(alts) + ")" if alts else r"(?!x)x"


@functools.lru_cache(maxsize=256)
def _cue_cached(kind: str, lang: str, files: tuple) -> re.Pattern:
    alts = [e["pattern"] for e in entries(kind, lang)]
    # longest first, so "đến hết" wins over "đến" and "two-way trade" over "trade"
    alts.sort(key=len, reverse=True)
    return re.compile(bounded_any(alts), re.IGNORECASE)


def cue(kind: str, lang: str) -> re.Pattern:
    """One compiled, case-insensitive regex matching any whole-word entry of ``kind`` in ``lang``
    (a pattern that never matches when the list is empty).

    >>> cue("request", "en").search("Son suggested that both countries …").group()
    'suggested'
    """
    return _cue_cached(kind, lang, _files())


def value_of(kind: str, lang: str, word: str) -> float | None:
    """The ``value`` of the first entry of ``kind`` whose pattern matches all of ``word``.

    >>> value_of("scale", "vi", "tỉ"), value_of("number_word", "en", "five")
    (1.0, 5.0)
    """
    word = unicodedata.normalize("NFC", word).casefold()
    for e in entries(kind, lang):
        if re.fullmatch(e["pattern"], word, re.IGNORECASE):
            return e["value"]
    return None
