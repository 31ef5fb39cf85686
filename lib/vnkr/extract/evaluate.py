"""How far the rule-based extractor agrees with the curated record: figures and ``python -m vnkr evaluate``.

Read the figures as a consistency check, not held-out accuracy: the rules were written against the
same articles the record quotes.
"""

from __future__ import annotations

import argparse

import pandas as pd

from .. import paths
from ..tables.commitments import load_commitments
from ..tables.themes import theme_list
from .agreement import agreement_lines, load_second_reading
from .commitments import extract_commitments_corpus, primary_documents
from .devset import case_failures, category_failures, load_cases, report_lines

PHRASING_SETS = {
    "dev": "development set (rules are written against it)",
    "frozen": "frozen set (held out: never read while writing rules)",
}

SECOND_READING = "second_reading.yaml"  # in tests/phrasing/: the blind second reading of dev cases
SPAN_OVERLAP = 0.5  # two spans match when they share ≥ 50 % of the longer one's characters


def _prf(tp: int, fp: int, fn: int) -> dict:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": p, "recall": r, "f1": f, "tp": tp, "fp": fp, "fn": fn}


def _match_spans(gold: list[tuple[int, int]], found: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Greedy one-to-one matching by overlap; a pair counts when the overlap is ≥ SPAN_OVERLAP of
    the longer span. Returns matched (gold index, found index) pairs."""
    pairs = []
    for gi, (ga, gb) in enumerate(gold):
        for fi, (fa, fb) in enumerate(found):
            overlap = min(gb, fb) - max(ga, fa)
            if overlap > 0 and overlap >= SPAN_OVERLAP * max(gb - ga, fb - fa):
                pairs.append((overlap / max(gb - ga, fb - fa), gi, fi))
    used_g, used_f, out = set(), set(), []
    for _, gi, fi in sorted(pairs, reverse=True):
        if gi not in used_g and fi not in used_f:
            used_g.add(gi)
            used_f.add(fi)
            out.append((gi, fi))
    return out


def evaluate_extraction(
    curated: pd.DataFrame | None = None,
    extracted: pd.DataFrame | None = None,
    documents: pd.DataFrame | None = None,
    duplicates: pd.DataFrame | None = None,
) -> dict:
    """Agreement of the extractor with the curated record, on the primary document of each meeting.

    Levels: ``themes`` — (event, theme) pairs; ``spans`` — commitment spans, matched one-to-one
    when they share ≥ 50 % of the longer span's characters (curated quotes are located in the
    cleaned text; one that cleaning removed counts as missed, see ``unlocated``);
    ``spans_kind_themes`` — matched spans that also agree on kind and on the full theme set;
    ``themes_duplicate_reports`` — (event, theme) pairs found in the duplicate reports of a meeting
    (a second wording the record does not quote) against the curated pairs of that meeting.
    Returns ``{level: {precision, recall, f1, tp, fp, fn}}`` plus ``unlocated`` (count).
    """
    if documents is None:
        documents = primary_documents()
        duplicates = primary_documents(duplicates=True) if duplicates is None else duplicates
    curated = load_commitments() if curated is None else curated
    extracted = extract_commitments_corpus(documents) if extracted is None else extracted
    docs = set(documents["doc_id"])
    curated = curated[curated["doc_id"].isin(docs)]
    gold_pairs = {(e, t) for e, ts in zip(curated["event_id"], curated["themes"]) for t in theme_list(ts)}
    found_pairs = {
        (e, t) for e, ts in zip(extracted["event_id"], extracted["themes"]) for t in theme_list(ts)
    }
    tp_spans = fp_spans = fn_spans = tp_full = unlocated = 0
    for doc in documents.itertuples(index=False):
        gold = curated[curated["doc_id"] == doc.doc_id]
        found = extracted[extracted["doc_id"] == doc.doc_id].reset_index(drop=True)
        gold_spans, gold_rows = [], []
        for row in gold.itertuples(index=False):
            at = doc.text.find(row.quote)
            if at < 0:
                unlocated += 1
                continue
            gold_spans.append((at, at + len(row.quote)))
            gold_rows.append(row)
        found_spans = list(zip(found["start"], found["end"]))
        matched = _match_spans(gold_spans, found_spans)
        tp_spans += len(matched)
        fp_spans += len(found_spans) - len(matched)
        fn_spans += len(gold) - len(matched)
        for gi, fi in matched:
            g, f = gold_rows[gi], found.iloc[fi]
            tp_full += int(g.kind == f["kind"] and set(theme_list(g.themes)) == set(theme_list(f["themes"])))
    n_found, n_gold = len(extracted), len(curated)
    result = {
        "themes": _prf(
            len(gold_pairs & found_pairs), len(found_pairs - gold_pairs), len(gold_pairs - found_pairs)
        ),
        "spans": _prf(tp_spans, fp_spans, fn_spans),
        "spans_kind_themes": _prf(tp_full, n_found - tp_full, n_gold - tp_full),
    }
    if duplicates is not None and len(duplicates):
        # a second wording of the same meeting, never quoted by the curated record: the extractor's
        # (event, theme) pairs there against the curated pairs of that meeting
        dup = extract_commitments_corpus(duplicates)
        events = set(duplicates["event_id"])
        gold_dup = {(e, t) for e, t in gold_pairs if e in events}
        found_dup = {(e, t) for e, ts in zip(dup["event_id"], dup["themes"]) for t in theme_list(ts)}
        result["themes_duplicate_reports"] = _prf(
            len(gold_dup & found_dup), len(found_dup - gold_dup), len(gold_dup - found_dup)
        )
    result["unlocated"] = unlocated
    return result


def evaluation_report(result: dict) -> str:
    """The figures of :func:`evaluate_extraction` as printable lines."""
    lines = [f"{'level':<26}{'precision':>10}{'recall':>8}{'F1':>7}{'tp':>5}{'fp':>5}{'fn':>5}"]
    for level, s in result.items():
        if isinstance(s, dict):
            lines.append(
                f"{level:<26}{s['precision']:>10.3f}{s['recall']:>8.3f}{s['f1']:>7.3f}"
                f"{s['tp']:>5}{s['fp']:>5}{s['fn']:>5}"
            )
    lines.append(f"curated quotes not found in the cleaned text: {result.get('unlocated', 0)}")
    if "themes_duplicate_reports" in result:
        lines.append(
            "themes_duplicate_reports: the extractor on the duplicate report(s) of a meeting, "
            "against that meeting's curated themes"
        )
    return "\n".join(lines)


def cli(argv: list[str] | None = None) -> int:
    """``python -m vnkr evaluate [--details] [--sets seeds,dev,frozen,agreement]``: (1) the extractor
    against the curated record of the seed articles, (2) the development set and (3) the frozen set of
    ``tests/phrasing/``, per language and field (date accuracy, targets and themes P/R/F1, overall), and
    (4) on the development cases read twice, the second reader and the rules against the writer."""
    ap = argparse.ArgumentParser(
        prog="python -m vnkr evaluate",
        description="Compare the rule-based extractor with data/annotations/commitments.csv "
        "and score it on the phrasing sets of tests/phrasing/",
    )
    ap.add_argument(
        "--details",
        action="store_true",
        help="list missed and spurious (event, theme) pairs of the seeds, the development set's wrong "
        "fields per case, and each phrasing set's categories with a wrong field (no text is shown)",
    )
    ap.add_argument(
        "--sets",
        default="seeds,dev,frozen,agreement",
        help="which of seeds, dev, frozen, agreement (the development cases read twice) to print "
        "(default all)",
    )
    args = ap.parse_args(argv)
    sets = [x.strip() for x in args.sets.split(",") if x.strip()]
    unknown = sorted(set(sets) - {"seeds", *PHRASING_SETS, "agreement"})
    if unknown:
        ap.error(f"unknown set(s) {unknown}; expected seeds, dev, frozen, agreement")
    if "seeds" in sets:
        _print_seeds(args.details)
    for name, title in PHRASING_SETS.items():
        if name not in sets:
            continue
        path = paths.ROOT / "tests" / "phrasing" / f"{name}.yaml"
        print(f"\n== {name}: {title}, {path.relative_to(paths.ROOT)}")
        if not path.exists():
            print("  (file not found)")
            continue
        cases = load_cases(path)
        print("\n".join(report_lines(name, cases)))
        if args.details and name == "dev":
            print("\n".join(["  wrong fields per case:"] + (case_failures(cases) or ["    none"])))
        if args.details:
            print(
                "\n".join(["  categories with a wrong field:"] + (category_failures(cases) or ["    none"]))
            )
    if "agreement" in sets:
        _print_agreement(args.details)
    return 0


def _print_agreement(details: bool) -> None:
    folder = paths.ROOT / "tests" / "phrasing"
    path = folder / SECOND_READING
    print(f"\n== agreement: a second, blind reading of development cases, {path.relative_to(paths.ROOT)}")
    if not path.exists():
        print("  (file not found)")
        return
    cases = load_cases(folder / "dev.yaml")
    readings = load_second_reading(path, cases)
    print("\n".join(agreement_lines(cases, readings)))
    if details:
        read = [c for c in cases if c["id"] in readings]
        differ = case_failures(read, lambda c: readings[c["id"]])
        print(
            "\n".join(
                ["  where the readers differ (expected = writer, found = second reader):"]
                + (differ or ["    nowhere"])
            )
        )


def _print_seeds(details: bool) -> None:
    print("== seeds: extractor vs the curated record of data/raw")
    documents, duplicates = primary_documents(), primary_documents(duplicates=True)
    curated, extracted = load_commitments(), extract_commitments_corpus(documents)
    result = evaluate_extraction(curated, extracted, documents, duplicates)
    print(
        f"extractor vs curated record: {len(extracted)} extracted, "
        f"{int(curated['doc_id'].isin(documents['doc_id']).sum())} curated, "
        f"{len(documents)} primary documents; span match = overlap ≥ {SPAN_OVERLAP:.0%} of the longer span"
    )
    print(evaluation_report(result))
    target = 0.9
    print(
        f"theme F1 {result['themes']['f1']:.3f} {'meets' if result['themes']['f1'] >= target else 'is below'} "
        f"the target of {target}"
    )
    if details:
        gold = {(e, t) for e, ts in zip(curated["event_id"], curated["themes"]) for t in theme_list(ts)}
        found = {(e, t) for e, ts in zip(extracted["event_id"], extracted["themes"]) for t in theme_list(ts)}
        print("missed pairs:  ", sorted(gold - found))
        print("spurious pairs:", sorted(found - gold))
