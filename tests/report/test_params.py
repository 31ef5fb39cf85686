"""Report parameters are checked before anything runs: one line naming the parameter, what it got
and what is allowed; exit status 2; nothing in reports/ touched."""

from __future__ import annotations

import pytest
from vnkr.report import params as checks
from vnkr.report import runner as report

BAD = [
    (["--only", "02", "-p", "start_year", "abc"], "start_year", "'abc'"),
    (["--only", "02", "-p", "start_year", "2026"], "start_year", "2026"),
    (["--only", "01", "-p", "end_year", "1800"], "end_year", "1800"),
    (
        ["--only", "02", "-p", "start_year", "2025", "-p", "end_year", "2021"],
        "start_year",
        "start_year ≤ end_year",
    ),
    (["--only", "03", "-p", "reporter", "US"], "reporter", "KR, VN"),
    (["--only", "03", "-r", "reporter", "kr"], "reporter", "'kr'"),
    (["--only", "03", "-p", "include_external", "maybe"], "include_external", "True or False"),
    (["--only", "02", "-p", "themes", "[trade, no_such_theme]"], "themes", "no_such_theme"),
    (["--only", "02", "-p", "themes", "trade"], "themes", "a list of theme codes"),
    (["-p", "lang", "fr"], "lang", "en, vi"),
    (["--lang", "fr"], "lang", "en, vi"),
    (["-p", "start_yaer", "2021"], "start_yaer", "unknown parameter"),
    (["--only", "99_nothing"], "99_nothing", "have: 00_corpus"),
]


@pytest.mark.parametrize("argv, name, detail", BAD, ids=[" ".join(b[0]) for b in BAD])
def test_a_bad_parameter_is_one_line_exit_2_and_nothing_written(tmp_path, capsys, argv, name, detail):
    out = tmp_path / "reports"
    out.mkdir()
    (out / "01_timeline.html").write_text("the good page", encoding="utf-8")
    assert report.cli(argv + ["--out", str(out)]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and name in err and detail in err, err
    assert sorted(p.name for p in out.iterdir()) == ["01_timeline.html"]
    assert (out / "01_timeline.html").read_text(encoding="utf-8") == "the good page"


def test_good_values_pass():
    declared = {"02_commitments": {"lang": "en", "start_year": 2021, "end_year": 2025, "themes": None}}
    checks.check_parameters({"lang": "vi", "start_year": 2022, "themes": ["trade"]}, declared)
    checks.check_parameters({"themes": None}, declared)


def test_a_parameter_without_its_own_rule_keeps_its_default_type():
    with pytest.raises(checks.ParameterError, match="-p top: got '5'"):
        checks.check_parameters({"top": "5"}, {"09_x": {"top": 10}})
