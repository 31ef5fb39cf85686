"""The extractor against the curated record: counts on hand-made records, and the CLI."""

from __future__ import annotations

import re

import pandas as pd
import vnkr
from vnkr.extract import evaluate


# ---------------------------------------------------------------- evaluation
def test_evaluation_counts_matched_missed_and_spurious_records():
    text = "Hai bên nhất trí mở rộng thương mại; tăng cường đầu tư."
    documents = pd.DataFrame({"doc_id": ["d"], "event_id": ["e"], "text": [text]})
    curated = pd.DataFrame(
        {
            "event_id": ["e", "e"],
            "doc_id": ["d", "d"],
            "quote": ["mở rộng thương mại", "hợp tác y tế"],  # the second is not in the text
            "themes": ["trade", "health_covid"],
            "kind": ["commitment", "commitment"],
        }
    )
    found = ["mở rộng thương mại", "tăng cường đầu tư"]
    extracted = pd.DataFrame(
        {
            "doc_id": ["d", "d"],
            "event_id": ["e", "e"],
            "start": [text.index(q) for q in found],
            "end": [text.index(q) + len(q) for q in found],
            "quote": found,
            "themes": ["trade", "investment"],
            "kind": ["commitment", "commitment"],
        }
    )
    result = vnkr.evaluate_extraction(curated, extracted, documents)
    assert {k: result["spans"][k] for k in ("tp", "fp", "fn")} == {"tp": 1, "fp": 1, "fn": 1}
    assert {k: result["themes"][k] for k in ("tp", "fp", "fn")} == {"tp": 1, "fp": 1, "fn": 1}
    assert result["themes"]["precision"] == result["themes"]["recall"] == result["themes"]["f1"] == 0.5
    assert result["spans_kind_themes"]["tp"] == 1 and result["unlocated"] == 1


def test_a_span_with_the_wrong_kind_matches_but_does_not_count_as_fully_right():
    text = "Hai bên nhất trí mở rộng thương mại."
    q = "mở rộng thương mại"
    documents = pd.DataFrame({"doc_id": ["d"], "event_id": ["e"], "text": [text]})
    curated = pd.DataFrame(
        {"event_id": ["e"], "doc_id": ["d"], "quote": [q], "themes": ["trade"], "kind": ["request"]}
    )
    extracted = pd.DataFrame(
        {
            "doc_id": ["d"],
            "event_id": ["e"],
            "start": [text.index(q)],
            "end": [text.index(q) + len(q)],
            "quote": [q],
            "themes": ["trade"],
            "kind": ["commitment"],
        }
    )
    result = vnkr.evaluate_extraction(curated, extracted, documents)
    assert result["spans"]["tp"] == 1 and result["spans_kind_themes"]["tp"] == 0


def test_extractor_agrees_with_the_record_it_was_written_against():
    """A consistency check, not held-out accuracy: the rules were written on these same articles."""
    result = vnkr.evaluate_extraction()
    assert result["themes"]["f1"] >= 0.9  # the target
    assert result["unlocated"] == 0  # cleaning keeps every curated quote


def test_span_match_needs_half_of_the_longer_span():
    assert evaluate._match_spans([(0, 10)], [(5, 15)]) == [(0, 0)]
    assert evaluate._match_spans([(0, 10)], [(6, 30)]) == []


def test_evaluate_command_prints_the_figures_evaluate_extraction_computes(capsys):
    assert evaluate.cli([]) == 0
    out = capsys.readouterr().out
    themes = vnkr.evaluate_extraction()["themes"]
    printed = re.search(r"^themes\s+(\S+)\s+(\S+)\s+(\S+)\s+(\d+)\s+(\d+)\s+(\d+)$", out, re.M).groups()
    assert printed == (
        f"{themes['precision']:.3f}",
        f"{themes['recall']:.3f}",
        f"{themes['f1']:.3f}",
        str(themes["tp"]),
        str(themes["fp"]),
        str(themes["fn"]),
    )
