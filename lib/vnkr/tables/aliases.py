"""Names: Korean names appear in Vietnamese transliteration (``Châng Ưi I-ông``);
``data/annotations/aliases.csv`` maps each written form to its standard romanisation (:func:`romanise`).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from pathlib import Path

import pandera.pandas as pa

from .. import paths
from .read import check_rows, filled, finish, good_rows, read_csv, shown_path

ALIAS_COLUMNS = ["alias", "standard", "lang", "source"]
SCHEMA = pa.DataFrameSchema(
    {c: pa.Column(str, filled(c)) for c in ("alias", "standard", "lang")},
    checks=[
        pa.Check(lambda d: d["standard"].eq(d["_first"]), error="alias {alias!r} already maps to {_first!r}")
    ],
)


def _alias_key(name: str) -> str:
    """Spelling-insensitive key: NFC, casefold, hyphens and runs of spaces as one space."""
    name = unicodedata.normalize("NFC", str(name)).casefold()
    return re.sub(r"[\s\-‐–]+", " ", name).strip()


def load_aliases(path: Path | None = None, strict: bool = True):
    """The alias table ``alias, standard, lang, source`` (one written form of a name per row).

    Checked: fields present, no alias mapped to two standards. ``strict=False`` returns
    ``(rows, problems)``.
    """
    path = Path(path) if path else paths.annotations_dir() / "aliases.csv"
    frame, problems = read_csv(path, ALIAS_COLUMNS)
    frame["_key"] = frame["alias"].map(_alias_key)
    frame["_first"] = frame.groupby("_key")["standard"].transform("first")
    problems += check_rows(frame, SCHEMA, shown_path(path))
    return finish(good_rows(frame, problems)[ALIAS_COLUMNS + ["line"]], problems, strict)


@functools.lru_cache(maxsize=4)
def _alias_map_cached(path: str, mtime: float) -> dict[str, str]:
    table = load_aliases(Path(path))
    out = {_alias_key(a): s for a, s in zip(table["alias"], table["standard"])}
    out.update({_alias_key(s): s for s in table["standard"]})
    return out


def _alias_map() -> dict[str, str]:
    where = paths.stamp("annotations/aliases.csv", _where)
    return _alias_map_cached(*where) if where else {}


def _where() -> tuple[str, float] | None:
    path = paths.annotations_dir() / "aliases.csv"
    return (str(path), path.stat().st_mtime) if path.exists() else None


def romanise(name: str) -> str:
    """Standard romanisation of a (Korean) name written in any known form (case, hyphens, spacing and
    Unicode normalisation do not matter); unknown names are returned unchanged, in NFC."""
    return _alias_map().get(_alias_key(name), unicodedata.normalize("NFC", name))
