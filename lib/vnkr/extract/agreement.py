"""A second, blind reading of part of the phrasing set: how far two readers agree, and the rules
against each of them.

``tests/phrasing/second_reading.yaml`` holds, for a random sample of development cases, the labels
(``expect``) that a second reader wrote from the text alone, without seeing the first writer's labels.
Scoring the second reader as if it were an extractor against the first writer gives the agreement of
two careful readers on the same texts: the ceiling of any score of the rules against one writer's
labels. Each entry carries the fingerprint of the text it was read from, so a case whose text was
edited afterwards is reported instead of being compared with labels of another text.

- :func:`text_fingerprint` is that fingerprint;
- :func:`load_second_reading` reads the file against the cases it labels (file:line errors);
- :func:`agreement_lines` prints, per language, the second reader against the writer, the rules
  against the writer and the rules against the second reader, on the same cases.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path

from ..errors import DataError, Problem
from .devset import HEADER, parse_expect, predict, score_cases, score_line, yaml_list_with_lines

FINGERPRINT_CHARS = 16
COMPARISONS = (
    ("second reader vs writer", "reading", "writer"),
    ("rules vs writer", "rules", "writer"),
    ("rules vs second reader", "rules", "reading"),
)


def text_fingerprint(text: str) -> str:
    """The first 16 hex digits of the SHA-256 of the text (UTF-8) a reading was made from.

    >>> text_fingerprint("Sáng 27/10, hai bên nhất trí.")
    '0e423bc1085a0687'
    """
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:FINGERPRINT_CHARS]


def load_second_reading(path: str | Path, cases: list[dict]) -> dict[str, dict]:
    """The second reader's labels, ``{case id: expect}`` in :func:`vnkr.extract.devset.load_cases`'s
    form, for entries ``{id, text_sha256, expect}`` of ``path``.

    Raises :class:`vnkr.errors.DataError` naming the file and line of every entry that is not a
    mapping with these keys, names a case not in ``cases`` or one already read, was read from a text
    that has since changed (fingerprint differs), or has a malformed target.
    """
    shown = str(path)
    entries = yaml_list_with_lines(path, "{id, text_sha256, expect} entries")
    by_id = {c["id"]: c for c in cases}
    readings: dict[str, dict] = {}
    problems: list[Problem] = []
    for line, raw in entries:

        def bad(reason: str, line: int = line, raw=raw) -> None:  # bound now: called within this entry
            name = raw.get("id", "?") if isinstance(raw, dict) else "?"
            problems.append(Problem(shown, line, f"entry {name}: {reason}"))

        if not isinstance(raw, dict) or set(raw) != {"id", "text_sha256", "expect"}:
            bad("expected exactly the keys id, text_sha256 and expect")
            continue
        case = by_id.get(raw["id"])
        if case is None:
            bad("no case of the phrasing set has this id")
        elif raw["id"] in readings:
            bad("this case is read twice")
        elif str(raw["text_sha256"]) != text_fingerprint(case["text"]):
            bad(
                f"the case's text has changed since it was read (fingerprint {raw['text_sha256']}, "
                f"text now {text_fingerprint(case['text'])}): read it again or remove the entry"
            )
        else:
            readings[raw["id"]] = parse_expect(raw["expect"], bad)
    if problems:
        raise DataError(problems)
    return readings


def agreement_lines(
    cases: list[dict], readings: dict[str, dict], extract: Callable[[dict], dict] | None = None
) -> list[str]:
    """Printable figures on the cases that were read twice, per language then all: the second reader
    scored against the writer, and ``extract`` (default the rules, run once per case) against each."""
    extract = extract or predict
    chosen = [c for c in cases if c["id"] in readings]
    found = {c["id"]: extract(c) for c in chosen}
    labels = {
        "writer": chosen,
        "reading": [{**c, "expect": readings[c["id"]]} for c in chosen],
    }
    answers = {"reading": lambda c: readings[c["id"]], "rules": lambda c: found[c["id"]]}
    width = 5 + max(len(name) for name, _, _ in COMPARISONS) + 2
    lines = [f"agreement: {len(chosen)} cases read twice", f"  {'lang  compared':<{width}}{HEADER}"]
    for lang in ("vi", "en", None):
        for name, answer, truth in COMPARISONS:
            s = score_cases(labels[truth], lang, answers[answer])
            if s["cases"]:
                lines.append(score_line(f"{lang or 'all':<5} {name}", s, width))
    return lines
