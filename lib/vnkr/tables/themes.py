"""The theme taxonomy ``data/themes.csv``: each theme mapped to a Comparative Agendas Project major
topic, with the Vietnamese (``patterns``) and English (``patterns_en``) keyword patterns the extractor
matches (see :mod:`vnkr.extract.themes` and :mod:`vnkr.extract.scope`).

``themes`` cells elsewhere are always a '|'-joined string of codes in taxonomy order
(``'trade|investment'``), so tables stay one value per CSV cell; :func:`theme_list` splits one.
"""

from __future__ import annotations

import re
from pathlib import Path

import pandera.pandas as pa

from .. import paths
from .read import check_rows, filled, finish, good_rows, read_csv, shown_path

THEME_COLUMNS = ["theme", "label_en", "label_vi", "cap_major", "patterns", "description"]


def theme_list(value) -> list[str]:
    """Theme codes of a cell: ``'trade|oda'`` → ``['trade', 'oda']`` (lists pass through)."""
    if isinstance(value, (list, tuple, set)):
        return [str(v) for v in value]
    if isinstance(value, str):
        return [v.strip() for v in value.split("|") if v.strip()]
    return []


def split_patterns(patterns: str) -> list[str]:
    """Split a cell of regex alternatives at the top-level '|' only (an inner ``(?:a|b)`` or ``[|]``
    stays whole); used for theme patterns and the extraction word lists.

    >>> split_patterns("đầu tư|doanh nghiệp (?:hàn|việt)")
    ['đầu tư', 'doanh nghiệp (?:hàn|việt)']
    """
    out, depth, cur, escaped, in_class = [], 0, [], False, False
    for ch in patterns:
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            out.append("".join(cur))
            cur = []
            continue
        cur.append(ch)
    out.append("".join(cur))
    return [p.strip() for p in out if p.strip()]


def _bad_patterns(patterns: str) -> str:
    """The first pattern of a cell that is not a valid regex, with the reason ('' if all compile)."""
    for pattern in split_patterns(patterns):
        try:
            re.compile(pattern)
        except re.error as exc:
            return f"{pattern!r} ({exc})"
    return ""


STAGES = [
    pa.DataFrameSchema({c: pa.Column(str, filled(c)) for c in THEME_COLUMNS}),
    pa.DataFrameSchema(
        {
            "theme": pa.Column(
                str,
                [
                    pa.Check.str_matches(
                        r"^[a-z][a-z0-9_]*$", error="theme code {theme!r} is not snake_case"
                    ),
                    pa.Check(lambda s: ~s.duplicated(), error="duplicate theme {theme!r}"),
                ],
            ),
            "cap_major": pa.Column(
                str,
                pa.Check.str_matches(
                    r"^\d{1,2} \S",
                    error=(
                        "cap_major {cap_major!r} should be '<CAP major topic code> <name>', e.g. '18 Foreign Trade'"
                    ),
                ),
            ),
            "_bad_pattern": pa.Column(
                str, pa.Check(lambda s: s.eq(""), error="pattern {_bad_pattern} is not a valid regex")
            ),
        }
    ),
]


def load_themes(path: Path | None = None, strict: bool = True):
    """The theme taxonomy: ``theme, label_en, label_vi, cap_major, patterns, description, line``.

    Checked per row: every field present, code in ``snake_case`` and unique, ``cap_major`` starting
    with a CAP major-topic number, each '|'-separated pattern a valid regex. ``strict=False``
    returns ``(rows, problems)``.
    """
    path = Path(path) if path else paths.data_dir() / "themes.csv"
    frame, problems = read_csv(path, THEME_COLUMNS)
    frame["_bad_pattern"] = frame["patterns"].map(_bad_patterns)
    problems += check_rows(frame, STAGES, shown_path(path))
    return finish(good_rows(frame, problems)[THEME_COLUMNS + ["line"]], problems, strict)
