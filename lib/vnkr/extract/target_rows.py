"""What the rows of :func:`vnkr.extract.amounts.read_targets` settle once every amount of a report is
read: years paired with goals by 'respectively', a trade metric a goal takes from an earlier clause of
its sentence or from the figure before it, and undated restatements of a dated goal dropped."""

from __future__ import annotations

import re

from . import lexicon
from .metrics import _METRICS, TRADE_METRICS, nearest_before
from .switches import rule_on

_YEAR = r"((?:19|20)\d\d)(?!\d)"


def settle_rows(text: str, lang: str, rows: list[dict]) -> None:
    """Apply, in order, the rules that need every row of the report (see the module docstring)."""
    _respectively(text, lang, rows)
    _metric_from_sentence(text, rows)
    _metric_carried(text, rows)
    _drop_restated(rows)


def _metric_from_sentence(text: str, rows: list[dict]) -> None:
    """A goal figure whose clause names no metric takes the nearest metric word in the earlier clauses
    of its sentence when that word is trade: ``Kim ngạch hai chiều năm 2024 là 81,5 tỷ USD; hai bên đặt
    đích 150 tỷ USD vào năm 2030``, ``thương mại hai chiều đã tăng gấp 150 lần; hai nước đặt mục tiêu
    đạt 100 tỷ USD vào năm 2023``. The figure's own clause must hold a goal word: a figure that is a
    target only by the agreement of an earlier clause (``They agreed to … $150 billion by 2030; the
    figure was $87.7 billion in 2022``) is left alone. A nearer word of another metric (``vốn FDI``)
    keeps it unnamed (rule ``metric_from_sentence``)."""
    if not rule_on("metric_from_sentence"):
        return
    for r in rows:
        if r["metric"] != "other" or r["kind"] != "target" or r["_sentence"] >= r["start"]:
            continue
        if not lexicon.cue("goal", r["lang"]).search(text, r["start"], r["_at"][0]):
            continue  # '…; the figure was $87.7 billion in 2022': no goal word of its own
        nearest = nearest_before(text, r["lang"], r["_sentence"], r["start"])
        if nearest in TRADE_METRICS:
            r["metric"] = nearest


def _metric_carried(text: str, rows: list[dict]) -> None:
    """A goal figure whose clause names no metric up to the next comma takes the metric of the figure
    just before it when that one is trade and stands in the previous sentence: ``Trade between them
    totaled $61.5 billion last year. … he and his host are aiming for $100 billion by 2020``; a second
    goal of the same clause then takes it too (``… hướng tới 100 tỷ USD vào năm 2023 và 150 tỷ USD vào
    năm 2030, đồng thời tạo thuận lợi cho hàng xuất khẩu``: the exports after the comma are another
    matter) (rule ``metric_carried_over``)."""
    if not rule_on("metric_carried_over"):
        return
    for prev, r in zip(rows, rows[1:]):
        if not (
            r["metric"] == "other"
            and r["kind"] == "target"
            and r["unit"] == prev["unit"] == "USD bn"
            and prev["metric"] in TRADE_METRICS
        ):
            continue
        tail = re.match(r"(?:[^,;.!?\n]|[.,](?=\d))*", text[r["_at"][1] : r["end"]]).group()
        own = text[r["start"] : r["_at"][0]] + " " + tail
        if any(lexicon.cue(f"metric_{m}", r["lang"]).search(own) for m in _METRICS):
            continue
        same_clause = prev["kind"] == "target" and prev["start"] == r["start"]
        if same_clause or (
            text.count("\n", prev["end"], r["start"]) <= 2
            and 1 <= len(re.findall(r"[.!?\n](?:\s|$)", text[prev["end"] : r["start"]])) <= 2
        ):
            r["metric"] = prev["metric"]


def _respectively(text: str, lang: str, rows: list[dict]) -> None:
    """``goals of USD 100 billion and USD 150 billion, for 2023 and 2030 respectively`` / ``lần lượt
    … 100 tỷ USD và 150 tỷ USD vào năm 2023 và 2030``: as many years after the last amount of a clause
    as it has targets, with a 'respectively' word in the clause, pair up in order."""
    if not rule_on("respectively_pairs"):
        return
    clauses: dict[tuple[int, int], list[dict]] = {}
    for r in rows:
        if r["kind"] in ("target", "request"):
            clauses.setdefault((r["start"], r["end"]), []).append(r)
    for (a, b), found in clauses.items():
        if len(found) < 2 or not lexicon.cue("respectively", lang).search(text, a, b):
            continue
        last = text.rfind(found[-1]["amount_text"], a, b) + len(found[-1]["amount_text"])
        years = [int(y) for y in re.findall(rf"(?<!\d){_YEAR}(?!\d)", text[last:b])]
        if len(years) == len(found):
            for r, y in zip(found, years):
                r["deadline_year"] = y


def _drop_restated(rows: list[dict]) -> None:
    """A target without a deadline whose value and metric a dated target of the same text states
    (a headline ``Hướng tới 150 tỷ USD`` above ``150 tỷ USD vào năm 2030``) is that target restated."""
    if not rule_on("undated_restatement"):
        return
    dated = {
        (r["value"], r["metric"]) for r in rows if r["kind"] == "target" and r["deadline_year"] is not None
    }
    rows[:] = [
        r
        for r in rows
        if not (r["kind"] == "target" and r["deadline_year"] is None and (r["value"], r["metric"]) in dated)
    ]
