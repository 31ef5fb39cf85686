"""The theme × meeting comparison and its statuses."""

from __future__ import annotations

import pandas as pd
import pytest
import vnkr


# ---------------------------------------------------------------- comparison
@pytest.mark.parametrize("source", ["curated", "extracted"])
def test_covid_cooperation_appears_only_in_2021(source):
    c = vnkr.compare_commitments(themes=["health_covid"], source=source)
    present = c[c["n_commitments"] > 0]
    assert set(present["event_date"].dt.year) == {2021}
    # one silent article is never "dropped": with 3 same-level meetings required, these are not reported
    assert c["status"].tolist() == ["first_reported", "reported_again", "not_reported", "not_reported"]


@pytest.mark.parametrize("source", ["curated", "extracted"])
def test_semiconductors_and_ai_first_appear_in_2025(source):
    c = vnkr.compare_commitments(themes=["semiconductors_ai"], source=source)
    assert c["status"].tolist() == ["not_reported", "not_reported", "not_reported", "first_reported"]
    assert c["event_id"].tolist() == [
        "2021-06-23-foreign_ministers_talks",
        "2021-07-22-phone_call",
        "2022-12-state_visit",
        "2025-08-11-state_visit",
    ]


@pytest.mark.parametrize("source", ["curated", "extracted"])
def test_trade_appears_at_every_meeting(source):
    c = vnkr.compare_commitments(themes=["trade"], source=source)
    assert (c["n_commitments"] > 0).all() and len(c) == 4
    assert c["status"].tolist() == ["first_reported"] + ["reported_again"] * 3


def test_status_rules_on_a_hand_made_record():
    records = pd.DataFrame(
        {
            "event_id": ["2021-06-23-foreign_ministers_talks", "2022-12-state_visit"],
            "themes": ["oda", "oda|finance"],
        }
    )
    c = vnkr.compare_commitments(records=records)
    m = vnkr.comparison_matrix(c)
    assert m.loc["oda"].tolist() == ["first_reported", "not_reported", "reported_again", "not_reported"]
    assert m.loc["finance"].tolist() == ["not_reported", "not_reported", "first_reported", "not_reported"]
    assert set(m.index) == {"oda", "finance"}  # themes never present are left out unless asked for
    asked = vnkr.compare_commitments(themes=["energy"], records=records)
    assert set(asked["status"]) == {"not_reported"}


def test_year_window_keeps_the_history_of_earlier_meetings():
    c = vnkr.compare_commitments(themes=["trade"], start_year=2022)
    assert c["event_id"].tolist() == ["2022-12-state_visit", "2025-08-11-state_visit"]
    assert c["status"].tolist() == ["reported_again", "reported_again"]  # trade was already there in 2021


def test_unknown_theme_in_the_comparison_is_an_error():
    with pytest.raises(ValueError, match="unknown theme code"):
        vnkr.compare_commitments(themes=["tourism_only"])


def test_a_theme_only_requested_is_not_reported_as_committed():
    records = pd.DataFrame(
        {
            "event_id": ["2021-06-23-foreign_ministers_talks", "2022-12-state_visit"],
            "themes": ["oda", "oda|finance"],
            "kind": ["commitment", "request"],
        }
    )
    m = vnkr.comparison_matrix(vnkr.compare_commitments(records=records))
    assert m.loc["oda"].tolist()[:3] == ["first_reported", "not_reported", "not_reported"]
    assert "finance" not in m.index
