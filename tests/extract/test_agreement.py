"""The second reading: loading it against the cases it labels, and the three comparisons, on tiny
hand-made sets (the shipped reading is checked only for invariants)."""

from __future__ import annotations

import pytest
from vnkr import paths
from vnkr.errors import DataError
from vnkr.extract import evaluate
from vnkr.extract.agreement import agreement_lines, load_second_reading, text_fingerprint
from vnkr.extract.devset import load_cases
from vnkr.tables.themes import load_themes

PHRASING = paths.ROOT / "tests" / "phrasing"


def case(id_, lang, text, date, themes, targets=()):
    return {
        "id": id_,
        "lang": lang,
        "text": text,
        "expect": {"event_date": date, "targets": list(targets), "themes": sorted(themes)},
    }


CASES = [
    case(
        "a", "vi", "Sáng 5/9, hai bên nhất trí hợp tác thương mại.", "2024-09-05", ["trade"], [(150.0, 2030)]
    ),
    case("b", "vi", "Hai bên ký bản ghi nhớ về năng lượng.", None, ["energy", "investment"]),
    case("c", "en", "On March 21 they agreed on labour.", "2024-03-21", ["labour"]),
    case("d", "en", "Not read twice.", None, []),
]


def write_reading(tmp_path, entries: str):
    path = tmp_path / "second.yaml"
    path.write_text(entries, encoding="utf-8")
    return path


def entry(c, expect: str, fingerprint: str | None = None) -> str:
    return (
        f"- id: {c['id']}\n  text_sha256: {fingerprint or text_fingerprint(c['text'])}\n  expect: {expect}\n"
    )


def test_the_fingerprint_is_the_start_of_the_texts_sha256():
    # sha256 of the empty string starts with e3b0c44298fc1c14 (FIPS 180-2 test vector)
    assert text_fingerprint("") == "e3b0c44298fc1c14"
    assert text_fingerprint("hòa") != text_fingerprint("hoà")


def test_a_reading_loads_in_the_form_of_the_cases_expect(tmp_path):
    path = write_reading(
        tmp_path,
        entry(
            CASES[0],
            "{event_date: 2024-09-05, targets: [{value_busd: 150, deadline_year: 2030}], themes: [trade]}",
        )
        + entry(CASES[1], "{event_date: 2024-09, targets: [], themes: [energy, energy]}"),
    )
    readings = load_second_reading(path, CASES)
    assert readings == {
        "a": {"event_date": "2024-09-05", "targets": [(150.0, 2030)], "themes": ["trade"]},
        "b": {"event_date": "2024-09", "targets": [], "themes": ["energy"]},
    }


@pytest.mark.parametrize(
    ("entries", "message"),
    [
        (
            "- id: zz\n  text_sha256: 0\n  expect: {}\n",
            r"second.yaml:1: entry zz: no case of the phrasing set has this id",
        ),
        (
            entry(CASES[0], "{}") + entry(CASES[0], "{}"),
            r"second.yaml:4: entry a: this case is read twice",
        ),
        (
            entry(CASES[2], "{}", fingerprint="0123456789abcdef"),
            r"second.yaml:1: entry c: the case's text has changed since it was read",
        ),
        (
            "- id: a\n  expect: {}\n",
            r"second.yaml:1: entry a: expected exactly the keys id, text_sha256 and expect",
        ),
        (
            entry(CASES[0], "{targets: [{value_busd: lots}]}"),
            r"second.yaml:1: entry a: target .* needs value_busd",
        ),
        ("a: 1\n", r"second.yaml:1: expected a list"),
    ],
)
def test_a_bad_reading_names_its_file_line_and_reason(tmp_path, entries, message):
    with pytest.raises(DataError, match=message):
        load_second_reading(write_reading(tmp_path, entries), CASES)


def test_the_three_comparisons_are_worked_out_on_the_same_cases(tmp_path):
    readings = {
        "a": {"event_date": "2024-09-05", "targets": [(150.0, 2030)], "themes": ["trade"]},
        "b": {"event_date": None, "targets": [], "themes": ["energy"]},  # misses investment
        "c": {"event_date": "2024-03", "targets": [], "themes": ["labour"]},  # month only
    }
    rules = {
        "a": {"event_date": "2024-09-05", "targets": [], "themes": ["trade", "labour"]},
        "b": {"event_date": None, "targets": [], "themes": ["energy"]},
        "c": {"event_date": "2024-03", "targets": [], "themes": []},
        "d": {"event_date": None, "targets": [], "themes": ["trade"]},  # not read twice: never scored
    }
    lines = agreement_lines(CASES, readings, lambda c: rules[c["id"]])
    rows = {}
    for line in lines[2:]:
        words = line.split()
        label_end = next(i for i, w in enumerate(words) if w.isdigit())
        rows[" ".join(words[:label_end])] = words[label_end:]
    # vi, reader vs writer: dates 2/2, targets 1/1, themes tp 2 fp 0 fn 1 -> P 1, R 2/3, F1 0.8
    assert rows["vi second reader vs writer"] == [
        "2",
        "1.000",
        "1.000",
        "1.000",
        "1.000",
        "1.000",
        "0.667",
        "0.800",
        "0.933",
    ]
    # vi, rules vs writer: targets missed (P 0 of 0 -> 0, R 0), themes tp 2 fp 1 fn 1
    assert rows["vi rules vs writer"] == [
        "2",
        "1.000",
        "0.000",
        "0.000",
        "0.000",
        "0.667",
        "0.667",
        "0.667",
        "0.556",
    ]
    # vi, rules vs second reader: themes tp 2 fp 1 fn 0
    assert rows["vi rules vs second reader"][5:8] == ["0.667", "1.000", "0.800"]
    # en: the reader gives the month where the writer gives the day; the rules agree with the reader
    assert rows["en second reader vs writer"][:2] == ["1", "0.000"]
    assert rows["en rules vs second reader"][:2] == ["1", "1.000"]
    assert lines[0] == "agreement: 3 cases read twice"


def test_the_shipped_second_reading_matches_the_texts_and_the_theme_codes():
    cases = load_cases(PHRASING / "dev.yaml")
    readings = load_second_reading(PHRASING / "second_reading.yaml", cases)
    codes = set(load_themes()["theme"])
    assert readings and {c["lang"] for c in cases if c["id"] in readings} == {"vi", "en"}
    assert {t for r in readings.values() for t in r["themes"]} <= codes


def test_every_expected_theme_of_the_phrasing_sets_is_in_the_taxonomy():
    codes = set(load_themes()["theme"])
    for name in ("dev.yaml", "frozen.yaml"):
        unknown = {
            (c["id"], t) for c in load_cases(PHRASING / name) for t in c["expect"]["themes"] if t not in codes
        }
        assert unknown == set(), name


def test_evaluate_prints_the_agreement_per_language(capsys, monkeypatch):
    monkeypatch.setattr(
        evaluate, "agreement_lines", lambda cases, readings: ["  vi    second reader vs writer"]
    )
    assert evaluate.cli(["--sets", "agreement", "--details"]) == 0
    out = capsys.readouterr().out
    assert "== agreement:" in out and "second reader vs writer" in out
    assert "where the readers differ" in out
