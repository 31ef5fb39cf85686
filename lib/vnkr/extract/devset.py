"""Scoring the extractions on the phrasing sets (``tests/phrasing/dev.yaml``, ``frozen.yaml``): texts
written in our own words from real reports, each with the expected meeting date, trade targets and
committed themes (see ``tests/phrasing/README.md``).

- :func:`load_cases` reads a set into plain dicts and checks its shape (file:line errors);
- :func:`predict` runs the library on one case: the event date (``None`` when it refuses), the
  targets (``extract_targets`` rows of kind ``target`` in USD bn, as ``(value_busd, deadline_year)``)
  and the themes (``extract_commitments`` rows of every kind except :data:`NOT_COMMITMENT_KINDS`);
- :func:`score_cases` compares, per case and in total: date accuracy (exact match of the expected
  ``YYYY-MM-DD`` or ``YYYY-MM`` string; an expected ``null`` is right when the tool refuses),
  precision/recall/F1 of target pairs and of theme codes (micro-averaged: counts summed over cases;
  each case's pairs compared as a set, so a figure restated in a headline and the body counts once),
  and ``overall`` = mean of date accuracy, targets F1 and themes F1.

Scoring is pure: pass ``extract`` (a function of a case) to score another extractor or a fake one.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pandas as pd
import yaml

from .. import paths
from ..errors import DataError, Problem
from ..ingest.cleaning import clean_text
from ..ingest.dates import DateNotFound, date_article
from ..tables.themes import theme_list
from .amounts import TRADE_METRICS
from .commitments import extract_commitments
from .targets import extract_targets

NOT_COMMITMENT_KINDS = {"request"}  # one-sided asks are not commitments; every other kind is
DATE_REFUSED = None
TARGET_VALUE_DECIMALS = 3


def _iso(value) -> str | None:
    """``event_date`` as written in the YAML (PyYAML reads 2025-10-27 as a date, 2022-07 as a str)."""
    if value is None:
        return None
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value).strip()


def load_cases(path: str | Path) -> list[dict]:
    """The cases of one phrasing set, each ``{id, lang, text, url, published, categories, line,
    expect: {event_date, targets: [(value_busd, deadline_year)], themes: [codes]}}``.

    ``published`` is an ISO string or None; ``line`` is the case's line in the file. Raises
    :class:`vnkr.errors.DataError` naming the file and line of every malformed case.
    """
    shown = str(path)
    cases, problems, seen = [], [], set()
    for line, raw in yaml_list_with_lines(path, "cases"):

        def bad(reason: str, line: int = line, raw=raw) -> None:  # bound now: called within this case
            problems.append(
                Problem(shown, line, f"case {raw.get('id', '?') if isinstance(raw, dict) else '?'}: {reason}")
            )

        if not isinstance(raw, dict):
            bad("expected a mapping")
            continue
        missing = [k for k in ("id", "lang", "text", "expect") if k not in raw]
        if missing:
            bad(f"missing {missing}")
            continue
        if raw["id"] in seen:
            bad("duplicate id")
        seen.add(raw["id"])
        if raw["lang"] not in ("vi", "en"):
            bad(f"lang {raw['lang']!r} is not vi or en")
        cases.append(
            {
                "id": raw["id"],
                "lang": raw["lang"],
                "text": raw["text"],
                "url": raw.get("url"),
                "published": _iso(raw.get("published")),
                "categories": list(raw.get("categories") or []),
                "line": line,
                "expect": parse_expect(raw["expect"], bad),
            }
        )
    if problems:
        raise DataError(problems)
    return cases


def yaml_list_with_lines(path: str | Path, what: str) -> list[tuple[int, object]]:
    """The items of a YAML file holding one list, each with the line it starts on; raises
    :class:`vnkr.errors.DataError` (line 1: ``expected a list of {what}``) for anything else."""
    source = Path(path).read_text(encoding="utf-8")
    nodes, data = yaml.compose(source), yaml.safe_load(source)
    if not isinstance(data, list) or nodes is None:
        raise DataError(Problem(str(path), 1, f"expected a list of {what}"))
    return [(node.start_mark.line + 1, raw) for node, raw in zip(nodes.value, data)]


def parse_expect(expect: dict | None, bad: Callable[[str], None]) -> dict:
    """One case's ``expect`` mapping as the scorer compares it: ``{event_date: ISO str or None,
    targets: [(value_busd, deadline_year)], themes: sorted codes}``; ``bad(reason)`` is called for
    each malformed target (which is left out).

    >>> parse_expect({"event_date": "2022-07", "targets": [{"value_busd": 150, "deadline_year": 2030}],
    ...               "themes": ["trade", "energy", "trade"]}, print)
    {'event_date': '2022-07', 'targets': [(150.0, 2030)], 'themes': ['energy', 'trade']}
    >>> parse_expect({"targets": [{"value": 5}]}, print)["targets"]
    target {'value': 5} needs value_busd (number) and deadline_year (year or null)
    []
    """
    expect = expect if isinstance(expect, dict) else {}
    targets = []
    for t in expect.get("targets") or []:
        try:
            targets.append(
                (
                    round(float(t["value_busd"]), TARGET_VALUE_DECIMALS),
                    None if t.get("deadline_year") is None else int(t["deadline_year"]),
                )
            )
        except (KeyError, TypeError, ValueError):
            bad(f"target {t!r} needs value_busd (number) and deadline_year (year or null)")
    return {
        "event_date": _iso(expect.get("event_date")),
        "targets": targets,
        "themes": sorted(set(expect.get("themes") or [])),
    }


def predict(case: dict) -> dict:
    """What the library reads from one case: ``{event_date, targets, themes}`` in the form of
    ``case['expect']``; ``event_date`` is None when dating refuses (DateNotFound/DataError)."""
    with paths.pinned_stamps():  # each word list looked at once for the case
        return _predict(case)


def _predict(case: dict) -> dict:
    try:
        event_date = date_article(case["text"], case.get("url"), case.get("published")).event_id
    except (DateNotFound, DataError, ValueError):
        event_date = DATE_REFUSED
    rows = extract_commitments(case["text"])
    themes = sorted(
        {
            t
            for ts, kind in zip(rows["themes"], rows["kind"])
            if kind not in NOT_COMMITMENT_KINDS
            for t in theme_list(ts)
        }
    )
    # trade targets as the reports count them: USD two-way trade, exports or imports (not loans or ODA),
    # read with the publication date the user gave (relative deadlines, projections)
    # (without a publication date, the meeting date read above dates 'next year', as in the corpus)
    reference = case.get("published") or (event_date if event_date and len(event_date) == 10 else None)
    # on the clean text, as the corpus holds it (vnkr.ingest.corpus): no related-story headline, no footer
    found = extract_targets(clean_text(case["text"])[0], published=reference)
    targets = [
        (round(float(v), TARGET_VALUE_DECIMALS), None if pd.isna(d) else int(d))
        for v, unit, kind, metric, d in zip(
            found["value"], found["unit"], found["kind"], found["metric"], found["deadline_year"]
        )
        if kind == "target" and unit == "USD bn" and metric in TRADE_METRICS
    ]
    return {"event_date": event_date, "targets": targets, "themes": themes}


def prf(tp: int, fp: int, fn: int) -> dict:
    """Precision, recall and F1 from counts. With nothing expected and nothing found all three are
    1.0 (nothing missed, nothing wrongly claimed); otherwise an empty denominator gives 0.0.

    >>> prf(2, 1, 1)["f1"]
    0.6666666666666666
    """
    if tp + fp + fn == 0:
        return {"precision": 1.0, "recall": 1.0, "f1": 1.0, "tp": 0, "fp": 0, "fn": 0}
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": p, "recall": r, "f1": f, "tp": tp, "fp": fp, "fn": fn}


def _counts(expected: list, found: list) -> tuple[int, int, int]:
    """tp, fp, fn of two multisets (the scorer passes sets: a figure restated counts once)."""
    e, f = Counter(expected), Counter(found)
    tp = sum((e & f).values())
    return tp, sum(f.values()) - tp, sum(e.values()) - tp


def score_cases(
    cases: list[dict], lang: str | None = None, extract: Callable[[dict], dict] | None = None
) -> dict:
    """Scores of ``extract`` (default :func:`predict`) on ``cases`` (only those of ``lang`` if given).

    Returns ``{cases, date: {correct, total, accuracy}, targets: prf, themes: prf, overall,
    per_case: [{id, lang, date_ok, expected, found}]}``; with no case, the figures are None.

    >>> case = {"id": "x", "lang": "vi", "expect": {"event_date": "2025-08-11", "targets": [(150.0, 2030)],
    ...         "themes": ["trade", "energy"]}}
    >>> fake = lambda c: {"event_date": "2025-08-11", "targets": [(150.0, 2030), (100.0, 2023)], "themes": ["trade"]}
    >>> s = score_cases([case], extract=fake)
    >>> s["date"]["accuracy"], round(s["targets"]["precision"], 2), s["themes"]["recall"], round(s["overall"], 3)
    (1.0, 0.5, 0.5, 0.778)
    """
    extract = extract or predict
    chosen = [c for c in cases if lang is None or c["lang"] == lang]
    if not chosen:
        return {"cases": 0, "date": None, "targets": None, "themes": None, "overall": None, "per_case": []}
    correct, t_counts, th_counts, per_case = 0, [0, 0, 0], [0, 0, 0], []
    for case in chosen:
        exp, got = case["expect"], extract(case)
        date_ok = got["event_date"] == exp["event_date"]
        correct += date_ok
        for acc, counts in (
            (t_counts, _counts(list(set(exp["targets"])), list(set(got["targets"])))),
            (th_counts, _counts(sorted(set(exp["themes"])), sorted(set(got["themes"])))),
        ):
            for i, n in enumerate(counts):
                acc[i] += n
        per_case.append(
            {"id": case["id"], "lang": case["lang"], "date_ok": date_ok, "expected": exp, "found": got}
        )
    date = {"correct": correct, "total": len(chosen), "accuracy": correct / len(chosen)}
    targets, themes = prf(*t_counts), prf(*th_counts)
    return {
        "cases": len(chosen),
        "date": date,
        "targets": targets,
        "themes": themes,
        "overall": (date["accuracy"] + targets["f1"] + themes["f1"]) / 3,
        "per_case": per_case,
    }


def report_lines(name: str, cases: list[dict], extract: Callable[[dict], dict] | None = None) -> list[str]:
    """Printable figures of one set, per language then all: date accuracy, targets and themes P/R/F1,
    overall. Runs the extractor once per case."""
    extract = extract or predict
    cache: dict[str, dict] = {}

    def once(case: dict) -> dict:
        if case["id"] not in cache:
            cache[case["id"]] = extract(case)
        return cache[case["id"]]

    lines = [
        f"{name}: {len(cases)} cases",
        f"  {'lang':<5}{HEADER}",
    ]
    for lang in ("vi", "en", None):
        s = score_cases(cases, lang, once)
        if s["cases"]:
            lines.append(score_line(lang or "all", s))
    return lines


HEADER = f"{'n':>4}{'date acc':>10}{'targets P':>11}{'R':>6}{'F1':>6}{'themes P':>10}{'R':>6}{'F1':>6}{'overall':>9}"


def score_line(label: str, s: dict, width: int = 5) -> str:
    """One printed row of :func:`score_cases` figures under :data:`HEADER`, after ``label``."""
    t, th = s["targets"], s["themes"]
    return (
        f"  {label:<{width}}{s['cases']:>4}{s['date']['accuracy']:>10.3f}{t['precision']:>11.3f}"
        f"{t['recall']:>6.3f}{t['f1']:>6.3f}{th['precision']:>10.3f}{th['recall']:>6.3f}{th['f1']:>6.3f}"
        f"{s['overall']:>9.3f}"
    )


def case_failures(cases: list[dict], extract: Callable[[dict], dict] | None = None) -> list[str]:
    """One line per wrong field of each case: the wrong date (expected, found), the targets and the
    themes missed (``-``) and spuriously found (``+``). Cases with every field right give no line.

    >>> case = {"id": "x", "lang": "en", "expect": {"event_date": "2024-07-01", "targets": [(150.0, 2030)],
    ...         "themes": ["trade", "energy"]}}
    >>> fake = lambda c: {"event_date": None, "targets": [(150.0, 2030)], "themes": ["trade", "labour"]}
    >>> print("\\n".join(case_failures([case], fake)))
      x: date expected 2024-07-01, found None (refused)
      x: themes -['energy'] +['labour']
    """
    extract = extract or predict
    out = []
    for c in cases:
        got, exp = extract(c), c["expect"]
        if got["event_date"] != exp["event_date"]:
            note = " (refused)" if got["event_date"] is None else ""
            out.append(f"  {c['id']}: date expected {exp['event_date']}, found {got['event_date']}{note}")
        for field in ("targets", "themes"):
            e, f = Counter(set(exp[field])), Counter(set(got[field]))
            missed, spurious = sorted((e - f).elements(), key=str), sorted((f - e).elements(), key=str)
            if missed or spurious:
                out.append(f"  {c['id']}: {field} -{missed} +{spurious}")
    return out


def category_failures(cases: list[dict], extract: Callable[[dict], dict] | None = None) -> list[str]:
    """Per phrasing category (the cases' ``categories`` tags): how many of its cases have a wrong date,
    wrong targets or wrong themes. Names no text, so it can be printed for the held-out set.

    >>> cases = [{"id": "a", "lang": "en", "categories": ["en_weekday"], "expect": {"event_date": "2024-07-01",
    ...           "targets": [], "themes": []}}]
    >>> fake = lambda c: {"event_date": "2024-06-24", "targets": [], "themes": []}
    >>> category_failures(cases, fake)
    ['  en_weekday: 1 case(s); wrong date 1, targets 0, themes 0']
    """
    extract = extract or predict
    tally: dict[str, list[int]] = {}
    for c in cases:
        got, exp = extract(c), c["expect"]
        wrong = [
            got["event_date"] != exp["event_date"],
            set(got["targets"]) != set(exp["targets"]),
            set(got["themes"]) != set(exp["themes"]),
        ]
        for cat in c.get("categories") or ["(none)"]:
            t = tally.setdefault(cat, [0, 0, 0, 0])
            t[0] += 1
            for i, w in enumerate(wrong, start=1):
                t[i] += w
    return [
        f"  {cat}: {n} case(s); wrong date {d}, targets {t}, themes {th}"
        for cat, (n, d, t, th) in sorted(tally.items())
        if d or t or th
    ]
