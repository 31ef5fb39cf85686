"""The phrasing-set harness: loading, and scores worked out by hand on tiny case lists."""

from __future__ import annotations

from pathlib import Path

import pytest
from vnkr.errors import DataError
from vnkr.extract import evaluate
from vnkr.extract.devset import load_cases, predict, prf, score_cases


def case(id_, lang, date, targets=(), themes=()):
    return {
        "id": id_,
        "lang": lang,
        "expect": {"event_date": date, "targets": list(targets), "themes": list(themes)},
    }


CASES = [
    case("a", "vi", "2025-08-11", [(150.0, 2030), (100.0, 2023)], ["trade", "energy"]),
    case("b", "vi", None, [], ["labour"]),
    case("c", "en", "2022-07", [(150.0, 2030)], ["trade"]),
]
FOUND = {
    "a": {"event_date": "2025-08-11", "targets": [(150.0, 2030)], "themes": ["trade", "energy", "tourism"]},
    "b": {"event_date": None, "targets": [(5.0, None)], "themes": []},
    "c": {"event_date": "2022-07-13", "targets": [(150.0, 2030)], "themes": ["trade"]},
}


def fake(c):
    return FOUND[c["id"]]


def test_scores_of_a_hand_worked_example():
    s = score_cases(CASES, extract=fake)
    # dates: a right, b refused as expected, c wrong precision -> 2/3
    assert s["date"] == {"correct": 2, "total": 3, "accuracy": pytest.approx(2 / 3)}
    # targets: tp = a:150/2030 + c:150/2030 = 2; fp = b:5 = 1; fn = a:100/2023 = 1 -> P = R = F1 = 2/3
    assert (s["targets"]["tp"], s["targets"]["fp"], s["targets"]["fn"]) == (2, 1, 1)
    assert s["targets"]["f1"] == pytest.approx(2 / 3)
    # themes: tp = trade, energy, trade = 3; fp = tourism = 1; fn = labour = 1 -> F1 = 3/4
    assert s["themes"]["f1"] == pytest.approx(0.75)
    assert s["overall"] == pytest.approx((2 / 3 + 2 / 3 + 0.75) / 3)


def test_scores_per_language():
    vi, en = score_cases(CASES, "vi", fake), score_cases(CASES, "en", fake)
    assert (vi["cases"], vi["date"]["accuracy"], en["date"]["accuracy"]) == (2, 1.0, 0.0)
    # vi targets: tp 1, fp 1, fn 1 -> P = R = 0.5
    assert (vi["targets"]["precision"], vi["targets"]["recall"]) == (0.5, 0.5)
    assert en["themes"] == prf(1, 0, 0)


def test_a_target_restated_counts_once():
    # a headline and the body state the same target: one pair expected, one found
    s = score_cases(
        [case("a", "vi", None, [(150.0, 2030)])],
        extract=lambda c: {"event_date": None, "targets": [(150.0, 2030), (150.0, 2030)], "themes": []},
    )
    assert (s["targets"]["tp"], s["targets"]["fp"], s["targets"]["fn"]) == (1, 0, 0)


def test_nothing_expected_and_nothing_found_is_perfect():
    assert prf(0, 0, 0)["f1"] == 1.0 and prf(0, 1, 0)["f1"] == 0.0


def test_no_case_of_a_language_gives_no_figures():
    assert score_cases(CASES, "en", fake)["cases"] == 1
    assert score_cases(CASES[:2], "en", fake)["overall"] is None


def test_load_cases_normalises_dates_and_targets(tmp_path):
    path = tmp_path / "set.yaml"
    path.write_text(
        "- id: x-1\n  lang: vi\n  published: 2023-05-20\n  text: |\n    Tối 19-5, hội đàm.\n"
        "  expect:\n    event_date: 2023-05-19\n    targets:\n      - {value_busd: 150, deadline_year: 2030}\n"
        "    themes: [trade]\n"
        "- id: x-2\n  lang: en\n  text: t\n  expect:\n    event_date: 2022-07\n    targets: []\n    themes: []\n",
        encoding="utf-8",
    )
    a, b = load_cases(path)
    assert (a["published"], a["expect"]["event_date"], a["expect"]["targets"]) == (
        "2023-05-20",
        "2023-05-19",
        [(150.0, 2030)],
    )
    assert (b["expect"]["event_date"], b["line"]) == ("2022-07", 11)


def test_load_cases_names_the_line_of_a_bad_case(tmp_path):
    path = tmp_path / "set.yaml"
    path.write_text(
        "- id: ok\n  lang: vi\n  text: t\n  expect: {event_date: null}\n"
        "- id: bad\n  lang: fr\n  text: t\n  expect: {event_date: null}\n",
        encoding="utf-8",
    )
    with pytest.raises(DataError, match=r"set.yaml:5: case bad: lang 'fr'"):
        load_cases(path)


def test_the_development_set_loads():
    from vnkr import paths

    cases = load_cases(paths.ROOT / "tests" / "phrasing" / "dev.yaml")
    assert len(cases) >= 60 and {c["lang"] for c in cases} == {"vi", "en"}


def test_evaluate_prints_seeds_dev_and_frozen_separately_per_language(capsys):

    assert evaluate.cli(["--sets", "dev,frozen"]) == 0
    out = capsys.readouterr().out
    assert "== dev:" in out and "== frozen:" in out and "== seeds" not in out
    dev = out.split("== frozen:")[0]
    assert [
        line.split()[0]
        for line in dev.splitlines()
        if line.startswith("  ") and line.split()[0] in ("vi", "en", "all")
    ] == ["vi", "en", "all"]


def test_evaluate_refuses_an_unknown_set():

    with pytest.raises(SystemExit):
        evaluate.cli(["--sets", "dev,held-out"])


def test_targets_with_and_without_a_deadline_are_compared():
    # (100, None) and (100, 2023) differ; a missing deadline must not break the comparison
    s = score_cases(
        [case("a", "vi", None, [(100.0, None), (150.0, 2030)])],
        extract=lambda c: {"event_date": None, "targets": [(100.0, 2023), (150.0, 2030)], "themes": []},
    )
    assert (s["targets"]["tp"], s["targets"]["fp"], s["targets"]["fn"]) == (1, 1, 1)


def test_every_case_names_reports_listed_in_sources_csv():
    """Both phrasing sets cite only real reports of SOURCES.csv (ids unique, addresses kept); the
    held-out texts are loaded by the test, never printed."""
    import csv

    import yaml

    folder = Path(__file__).parents[1] / "phrasing"
    with (folder / "SOURCES.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    ids = [r["source_id"] for r in rows]
    assert len(ids) == len(set(ids))
    for name in ("dev.yaml", "frozen.yaml"):
        cases = yaml.safe_load((folder / name).read_text(encoding="utf-8")) or []
        assert all(case.get("sources") for case in cases), name
        cited = {s for case in cases for s in case["sources"]}
        assert cited <= set(ids), (name, sorted(cited - set(ids))[:5])


def test_predict_reads_targets_from_the_clean_text_as_the_corpus_does():
    body = (
        "Chiều 30/1/2026, Tổng Bí thư Tô Lâm điện đàm với Tổng thống Hàn Quốc Lee Jae Myung.\n"
        "{link}\n"
        "Hai nhà lãnh đạo nhất trí nâng kim ngạch thương mại song phương lên 120 tỷ USD vào năm 2027."
    )
    link = ">> Việt Nam, Hàn Quốc hướng tới 150 tỷ USD thương mại hai chiều vào năm 2030"
    got = predict({"id": "x", "lang": "vi", "text": body.format(link=link)})
    # another story's headline states no goal of this meeting; the meeting's own goal is read
    assert got["targets"] == [(120.0, 2027)]
    plain = predict({"id": "x", "lang": "vi", "text": body.format(link=link[3:] + ".")})
    assert sorted(plain["targets"]) == [(120.0, 2027), (150.0, 2030)]
