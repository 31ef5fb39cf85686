"""The trade table: schema (file:line errors) and what is derived from each row, nothing more."""

from __future__ import annotations

import pandas as pd
import pytest
from vnkr import annual_series, load_trade
from vnkr.errors import DataError
from vnkr.tables.trade import validate

HEADER = (
    "year,period,reporter,source_org,vn_exports_busd,vn_imports_busd,total_busd,source_url,note,evidence\n"
)
GOOD = "2022,FY,KR,MOTIE,26.72,60.98,87.7,https://example.org/a,,\n"


@pytest.fixture(scope="module")
def trade():
    return load_trade()


def write_csv(tmp_path, *rows: str):
    path = tmp_path / "trade.csv"
    path.write_text(HEADER + "".join(rows), encoding="utf-8")
    return path


def problems_of(path) -> list[str]:
    with pytest.raises(DataError) as exc:
        load_trade(path)
    return [str(p) for p in exc.value.problems]


# ---------------------------------------------------------------- the shipped file


def test_shipped_trade_file_loads_and_keeps_its_columns(trade):
    for column in [
        "year",
        "period",
        "reporter",
        "source_org",
        "vn_exports_busd",
        "vn_imports_busd",
        "total_busd",
        "source_url",
        "note",
        "evidence",
    ]:
        assert column in trade
    assert len(trade) == 20  # 20 data lines in data/external/trade_vn_kr.csv
    assert trade["source_url"].str.match(r"https?://").all()


def test_total_is_derived_from_parts_only_where_blank_and_marked(trade):
    kr2015 = trade[(trade.year == 2015) & (trade.reporter == "KR")].iloc[0]
    assert kr2015.total_busd == pytest.approx(9.8 + 27.8)  # total blank in the CSV
    assert kr2015.total_derived
    kr2018 = trade[(trade.year == 2018) & (trade.reporter == "KR")].iloc[0]
    assert kr2018.total_busd == pytest.approx(19.643 + 48.622)
    kr2023 = trade[(trade.year == 2023) & (trade.reporter == "KR")].iloc[0]
    assert kr2023.total_busd == 79.43 and not kr2023.total_derived  # stated, kept as stated


def test_missing_values_are_never_filled(trade):
    # 2020 VN states exports 19.1 and total 66 but not imports: imports stay blank (no 66 - 19.1)
    vn2020 = trade[(trade.year == 2020) & (trade.reporter == "VN")].iloc[0]
    assert pd.isna(vn2020.vn_imports_busd) and pd.isna(vn2020.balance_busd)
    # 2017 KR states imports only: no total, no balance
    kr2017 = trade[(trade.year == 2017) & (trade.reporter == "KR")].iloc[0]
    assert pd.isna(kr2017.total_busd) and not kr2017.total_derived


def test_balance_is_exports_minus_imports(trade):
    kr2023 = trade[(trade.year == 2023) & (trade.reporter == "KR")].iloc[0]
    assert kr2023.balance_busd == pytest.approx(25.94 - 53.49)


def test_validate_summarises_in_one_line():
    summary = validate()
    assert summary.startswith("trade: 20 rows") and "\n" not in summary and "0 problems" in summary


# ---------------------------------------------------------------- schema rejects malformed rows


def test_negative_value_is_rejected_with_its_line(tmp_path):
    msgs = problems_of(write_csv(tmp_path, GOOD, "2023,FY,KR,KITA,-1,53.49,,https://example.org/b,,\n"))
    assert any(":3:" in m and "vn_exports_busd must not be negative" in m for m in msgs)


def test_missing_source_url_is_rejected_with_its_line(tmp_path):
    msgs = problems_of(write_csv(tmp_path, "2023,FY,KR,KITA,25.94,53.49,79.43,,,\n", GOOD))
    assert any(":2:" in m and "source_url must be an http(s) URL" in m for m in msgs)


def test_unknown_reporter_is_rejected_with_its_line(tmp_path):
    msgs = problems_of(
        write_csv(
            tmp_path, GOOD, GOOD.replace("2022", "2023"), "2024,FY,JP,JETRO,1,2,3,https://example.org/c,,\n"
        )
    )
    assert any(":4:" in m and "reporter must be VN or KR" in m for m in msgs)


def test_total_that_does_not_match_its_parts_is_rejected(tmp_path):
    # 25.94 + 53.49 = 79.43; 80.0 is 0.57 off, beyond the ±0.15 rounding allowance
    msgs = problems_of(write_csv(tmp_path, "2023,FY,KR,KITA,25.94,53.49,80.0,https://example.org/b,,\n"))
    assert any(":2:" in m and "total_busd must equal" in m and "79.43" in m for m in msgs)


def test_rounding_within_tolerance_is_accepted(tmp_path):
    # 31.8 + 62.8 = 94.6 against a published 94.5: a rounding difference of 0.1, as in 2025 KR
    t = load_trade(write_csv(tmp_path, "2025,FY,KR,KITA,31.8,62.8,94.5,https://example.org/d,,\n"))
    assert t["total_busd"].tolist() == [94.5]


def test_duplicate_key_is_rejected_naming_both_lines(tmp_path):
    msgs = problems_of(write_csv(tmp_path, GOOD, GOOD))
    assert any(
        ":3:" in m and "duplicate (year, period, reporter)" in m and "first at line 2" in m for m in msgs
    )


def test_non_numeric_value_is_rejected_with_its_line(tmp_path):
    msgs = problems_of(
        write_csv(
            tmp_path,
            GOOD,
            "2023,FY,KR,KITA,25.94,53.49,79,43,https://x.org,,\n",
            "2021,FY,VN,MOIT,21.9,abc,,https://example.org/e,,\n",
        )
    )
    assert any(":3:" in m and "fields, expected 10" in m for m in msgs)  # the unquoted 79,43
    assert any(":4:" in m and "vn_imports_busd must be a number" in m and "'abc'" in m for m in msgs)


def test_every_problem_is_reported_not_just_the_first(tmp_path):
    msgs = problems_of(
        write_csv(
            tmp_path,
            GOOD,
            "2023,FY,KR,KITA,-1,53.49,,https://example.org/b,,\n",
            "2024,XX,KR,KITA,1,2,3,ftp://example.org,,\n",
        )
    )
    lines = {m.split(":")[1] for m in msgs}
    assert {"3", "4"} <= lines
    assert any("period must be" in m for m in msgs) and any("source_url" in m for m in msgs)


def test_error_names_the_file(tmp_path):
    msgs = problems_of(write_csv(tmp_path, "2023,FY,KR,KITA,-1,53.49,,https://example.org/b,,\n"))
    assert all(m.startswith(str(tmp_path / "trade.csv")) for m in msgs)


def test_line_numbers_count_physical_lines_of_quoted_multiline_fields(tmp_path):
    note = '"a note\nover two lines"'
    msgs = problems_of(
        write_csv(
            tmp_path,
            f"2022,FY,KR,MOTIE,26.72,60.98,87.7,https://e.org/a,{note},\n",
            "2023,FY,ZZ,KITA,1,2,3,https://e.org/b,,\n",
        )
    )
    assert any(m.split(":")[1] == "4" and "reporter" in m for m in msgs)


# ---------------------------------------------------------------- series


def test_annual_series_never_mixes_reporters_and_drops_partial_years(trade):
    vn = annual_series(trade, "VN")
    assert set(vn["reporter"]) == {"VN"} and set(vn["period"]) == {"FY"}
    assert 2023 not in set(vn["year"])  # no VN figure for 2023: absent, not borrowed from KR
    assert "H1" in set(annual_series(trade, "VN", include_partial=True)["period"])


def test_annual_series_rejects_unknown_reporter(trade):
    with pytest.raises(ValueError, match="reporter"):
        annual_series(trade, "JP")
