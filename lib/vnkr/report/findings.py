"""What the reports say: headline sentences computed from the data, and the tables shaped for reading.

The notebooks call these so that no sentence with a number in it is ever typed into a notebook: a
figure title such as "USD 100 bn by 2023 missed" is produced here from the tables of the other
modules, in English or Vietnamese. Functions are pure: DataFrames in, DataFrames or strings out.
"""
from __future__ import annotations

from typing import Iterable

import pandas as pd

from ..analysis.balance import balance_change, trade_balance
from ..tables.themes import load_themes, theme_list
from ..tables.trade import annual_series
from .corpus import (cleaning_log_view, cleaning_summary, corpus_caption, corpus_overview,  # noqa: F401
                     dating_table, duplicates, shown_date as _shown_date)
from .labels import reason_text, t, t_value

# ---------------------------------------------------------------- corpus



# ---------------------------------------------------------------- timeline


def _in_years(df: pd.DataFrame, start_year: int | None, end_year: int | None,
              col: str = "event_date") -> pd.DataFrame:
    """Rows whose year (of a date column, or an integer ``year`` column) lies in the range."""
    years = df[col] if col == "year" else pd.to_datetime(df[col]).dt.year
    mask = pd.Series(True, index=df.index)
    if start_year is not None:
        mask &= years >= start_year
    if end_year is not None:
        mask &= years <= end_year
    return df[mask]


def timeline_sources(timeline: pd.DataFrame) -> list[str]:
    """The caption sources of the timeline: the articles and each milestone's page."""
    urls = sorted({u for u in timeline.get("source_url", pd.Series(dtype=str)).dropna() if str(u).strip()})
    return ["articles in data/raw (see data/sources.csv)"] + urls


def events_table(events: pd.DataFrame, lang: str = "en", start_year: int | None = None,
                 end_year: int | None = None) -> pd.DataFrame:
    """Meetings with leaders, place, relationship level and source documents, in date order."""
    title = "title_vi" if lang == "vi" else "title_en"
    cols = ["event_date", "kind", "level", title, "vn_leader", "vn_role", "kr_leader", "kr_role",
            "location", "relationship_level", "doc_ids"]
    ev = _in_years(events, start_year, end_year).sort_values("event_date")
    out = ev[[c for c in cols if c in ev]].copy()
    out["event_date"] = [_shown_date(d, p) for d, p in zip(ev["event_date"], ev.get("date_precision", ["day"] * len(ev)))]
    for col in ("kind", "level", "relationship_level"):
        if col in out:
            out[col] = out[col].map(lambda code: t(code, lang))
    if "doc_ids" in out:  # the CSV keeps '|' between ids; readers get a list
        out["doc_ids"] = out["doc_ids"].map(lambda v: ", ".join(str(v).split("|")) if isinstance(v, str) else v)
    for col in ("vn_role", "kr_role", "location"):  # words, not names: translated by the labels
        if col in out:
            out[col] = out[col].map(lambda v, c=col: t_value(c, v, lang) if isinstance(v, str) else v)
    return out.reset_index(drop=True)


def milestones_table(timeline: pd.DataFrame, lang: str = "en", start_year: int | None = None,
                     end_year: int | None = None) -> pd.DataFrame:
    """Milestones (not meetings) with the page that states each."""
    title = "title_vi" if lang == "vi" else "title_en"
    ms = _in_years(timeline[timeline["kind"].eq("milestone")], start_year, end_year)
    cols = [c for c in ["event_date", title, "source_url"] if c in ms]
    out = ms.sort_values("event_date")[cols].copy()
    if "date_precision" in ms:
        out["event_date"] = [_shown_date(d, p) for d, p in zip(ms["event_date"], ms["date_precision"])]
    return out.reset_index(drop=True)


# ---------------------------------------------------------------- commitments


def theme_labels(themes: pd.DataFrame, lang: str = "en") -> dict[str, str]:
    """Theme code -> label in ``lang``, from the taxonomy (:func:`vnkr.load_themes`)."""
    return dict(zip(themes["theme"], themes["label_vi" if lang == "vi" else "label_en"]))


def event_labels(events: pd.DataFrame, lang: str = "en") -> dict[str, str]:
    """Event id -> short two-line label for axes: date and kind of meeting."""
    out = {}
    for row in events.itertuples(index=False):
        date = _shown_date(row.event_date, getattr(row, "date_precision", "day"))
        out[row.event_id] = f"{date}\n{t(row.kind, lang)}"
    return out


def event_titles(events: pd.DataFrame, lang: str = "en") -> dict[str, str]:
    """Event id -> one-line heading: date and full title."""
    title = "title_vi" if lang == "vi" else "title_en"
    return {row.event_id: f"{_shown_date(row.event_date, getattr(row, 'date_precision', 'day'))} — "
                          f"{getattr(row, title)}" for row in events.itertuples(index=False)}


def commitments_in_range(commitments: pd.DataFrame, start_year: int | None, end_year: int | None,
                         themes: Iterable[str] | None = None) -> pd.DataFrame:
    """Curated commitments (:func:`vnkr.load_commitments`, with ``event_date``) of meetings within the
    years, and touching ``themes`` if given."""
    c = _in_years(commitments, start_year, end_year).sort_values(["event_date"], kind="stable")
    if themes:
        wanted = set(themes)
        c = c[c["themes"].map(lambda v: bool(wanted & set(theme_list(v))))]
    return c.reset_index(drop=True)


def commitment_sources(commitments: pd.DataFrame, max_listed: int = 8) -> list[str]:
    """The caption source of the commitment figures: the record and the documents quoted (named up to
    ``max_listed``, else counted: the table below the figure names each)."""
    docs = sorted(set(commitments["doc_id"]))
    quoted = ", ".join(docs) if len(docs) <= max_listed else f"{len(docs)} documents in data/raw"
    return [f"data/annotations/commitments.csv (quotes from {quoted})"]


def unreviewed(commitments: pd.DataFrame, lang: str = "en") -> tuple[int, pd.DataFrame]:
    """How many commitment rows are machine drafts (``review='draft'``), and the rows with a
    ``review`` marker column in ``lang`` (drafts visibly marked, curated rows 'reviewed').

    >>> n, rows = unreviewed(pd.DataFrame({"quote": ["a", "b"], "review": ["checked", "draft"]}))
    >>> n, rows["review"].tolist()
    (1, ['reviewed', '✎ machine draft, not yet reviewed'])
    """
    review = commitments["review"] if "review" in commitments else pd.Series("checked", index=commitments.index)
    return int(review.eq("draft").sum()), commitments.assign(review=review.map(lambda c: t(c, lang)))


def unreviewed_note(commitments: pd.DataFrame, lang: str = "en") -> str:
    """The sentence the page shows about drafts ('' when every row is reviewed)."""
    n, _ = unreviewed(commitments, lang)
    return t("unreviewed_note", lang).format(n=n) if n else ""


def agreements_table(agreements: pd.DataFrame, start_year: int | None = None,
                     end_year: int | None = None, lang: str = "en") -> pd.DataFrame:
    """Signed documents (:func:`vnkr.load_agreements`, with ``event_date``) within the years; theme
    names in ``lang``."""
    a = _in_years(agreements, start_year, end_year)
    cols = [c for c in ["event_id", "quote", "parties", "themes", "doc_id"] if c in a]
    out = a[cols].copy()
    if "themes" in out:
        names = theme_labels(load_themes(), lang)
        out["themes"] = out["themes"].map(lambda v: ", ".join(names.get(c, c) for c in theme_list(v)))
    return out.reset_index(drop=True)


def evaluation_table(evaluation, lang: str | None = None) -> pd.DataFrame:
    """The extractor's precision/recall/F1 as a table (accepts a DataFrame or a dict of dicts); with
    ``lang``, each level is named in words."""
    if isinstance(evaluation, pd.DataFrame):
        out = evaluation.reset_index(drop=True)
    else:
        out = pd.DataFrame([{"level": level, **scores} for level, scores in evaluation.items()
                            if isinstance(scores, dict)])
    if lang is not None and "level" in out:
        out["level"] = out["level"].map(lambda v: t(f"level.{v}", lang))
    return out


# ---------------------------------------------------------------- trade


def annual_both(trade: pd.DataFrame, start_year: int | None = None, end_year: int | None = None) -> pd.DataFrame:
    """Full-year rows of both reporters (kept apart by the ``reporter`` column), within the years."""
    parts = [annual_series(trade, r) for r in ("KR", "VN")]
    out = pd.concat(parts, ignore_index=True)
    return _in_years(out, start_year, end_year, "year").reset_index(drop=True)


def _fmt_bn(v: float) -> str:
    return f"{v:,.1f}"


def trade_headline(goals: pd.DataFrame, lang: str = "en") -> str:
    """Figure title from the goal table: the fate of each distinct target (value, deadline)."""
    parts = []
    seen = set()
    for r in goals.sort_values(["deadline_year", "value_busd"], na_position="first").itertuples(index=False):
        key = (r.value_busd, None if pd.isna(r.deadline_year) else int(r.deadline_year))
        if key in seen or pd.isna(r.deadline_year):
            continue
        seen.add(key)
        value, year = _fmt_bn(r.value_busd).rstrip("0").rstrip("."), int(r.deadline_year)
        status = t(r.status, lang)
        if r.status in {"met", "missed"} and pd.notna(r.latest_value_busd):
            detail = f"{_fmt_bn(r.latest_value_busd)} ({int(r.latest_year)}, {r.reporter})"
        elif r.status in {"on_track", "off_track"} and pd.notna(r.required_cagr):
            detail = (f"cần {r.required_cagr:.1%}/năm" if lang == "vi" else f"needs {r.required_cagr:.1%}/yr")
        else:
            detail = goal_reason(r._asdict(), lang)
        if lang == "vi":
            parts.append(f"{value} tỷ USD vào {year}: {status} — {detail}")
        else:
            parts.append(f"USD {value} bn by {year}: {status} — {detail}")
    return "; ".join(parts) or t("no_rows", lang)


def trade_sources(trade: pd.DataFrame, goals: pd.DataFrame | None = None) -> list[str]:
    out = ["data/external/trade_vn_kr.csv (source organisation and URL per row)"]
    if goals is not None:
        out.append("targets quoted from the articles (data/raw)")
    return out


def goal_reason(row, lang: str = "en") -> str:
    """The sentence behind a goal's status (:func:`vnkr.goal_status` row: ``reason_code`` and numbers),
    in ``lang``.

    >>> goal_reason({"reason_code": "missed_short_by", "reporter": "KR", "deadline_year": 2023,
    ...              "latest_value_busd": 79.43, "gap_busd": 20.57, "gap_pct": 0.2057, "value_busd": 100.0})
    'KR 2023 (deadline year): 79.43 bn, short by 20.57 bn (20.6%) of the 100 bn target'
    """
    row = dict(row)
    reporter = row.get("reporter")
    row["who"] = reporter if isinstance(reporter, str) and reporter else t("this_reporter", lang)
    reached = row.get("year_reached_at_historical")
    row["at_pace"] = (t("never_reached", lang) if reached is None or pd.isna(reached)
                      else t("reached_in", lang).format(year=int(reached)))
    for col in ("deadline_year", "latest_year", "as_of_year", "history_years"):
        if row.get(col) is not None and not pd.isna(row[col]):
            row[col] = int(row[col])
    return reason_text(row["reason_code"], lang).format(**row)


def goal_table_view(goals: pd.DataFrame, lang: str | None = None) -> pd.DataFrame:
    """The goal table for reading: percentages as percent, status and reason in ``lang`` (codes when
    ``lang`` is None)."""
    cols = ["event_id", "value_busd", "deadline_year", "reporter", "latest_year", "latest_value_busd",
            "gap_busd", "gap_pct", "required_cagr", "historical_cagr", "status", "reason", "quote"]
    out = goals.assign(reason=[goal_reason(r, lang or "en") for r in goals.to_dict("records")])
    out = out[[c for c in cols if c in out]].copy()
    for c in ("gap_pct", "required_cagr", "historical_cagr"):
        if c in out:
            out[c] = out[c] * 100
    if lang is not None and "status" in out:
        out["status"] = out["status"].map(lambda code: t(code, lang))
    return out.reset_index(drop=True)


def requests_table(history: pd.DataFrame) -> pd.DataFrame:
    """The one-sided requests the target history left out (:func:`vnkr.target_history`), verbatim,
    so nothing is dropped silently."""
    return pd.DataFrame({"quote": history.attrs.get("requests", [])}, columns=["quote"])


def distinct_goals(goals: pd.DataFrame, max_rows: int = 12) -> pd.DataFrame:
    """The goal table for reading at many meetings: past ``max_rows`` rows, one row per distinct target
    (value, deadline), judged as its latest statement, with ``event_id`` naming the first and last
    meetings that stated it and how many did (e.g. '2022-02-03 … 2023-11-10 (12)')."""
    if len(goals) <= max_rows:
        return goals
    rows = []
    for _, g in goals.sort_values("event_date").groupby(["value_busd", "deadline_year"], dropna=False, sort=False):
        last = g.iloc[-1].copy()
        first_id, last_id = str(g["event_id"].iloc[0]), str(g["event_id"].iloc[-1])
        last["event_id"] = first_id if len(g) == 1 else f"{first_id} … {last_id} ({len(g)})"
        rows.append(last)
    return pd.DataFrame(rows).sort_values(["value_busd", "deadline_year"], na_position="first").reset_index(drop=True)


def balance_both(trade: pd.DataFrame, start_year: int | None = None, end_year: int | None = None) -> pd.DataFrame:
    """Balance, exports and imports of both reporters per year (:func:`vnkr.trade_balance`)."""
    parts = [trade_balance(trade, r).assign(reporter=r) for r in ("KR", "VN")]
    out = pd.concat(parts, ignore_index=True)
    cols = [c for c in ["year", "reporter", "vn_exports_busd", "vn_imports_busd", "balance_busd",
                        "export_import_ratio"] if c in out]
    out = out[cols]
    return _in_years(out, start_year, end_year, "year").sort_values(["reporter", "year"]).reset_index(drop=True)


def balance_headline(trade: pd.DataFrame, reporter: str, lang: str = "en", start_year: int | None = None,
                     end_year: int | None = None) -> str:
    """Both measures of Vietnam's balance from the first to the last year with both parts (within the
    years): the deficit in USD and the export/import ratio; 'more balanced' only when both agree
    (:func:`vnkr.balance_change`)."""
    b = balance_both(trade, start_year, end_year)
    change = balance_change(b[b["reporter"] == reporter])
    if change["verdict"] == "no_data":
        return t("no_data", lang)
    return t("balance_headline", lang).format(**{**change, "verdict": t(change["verdict"], lang)}, reporter=reporter)


def target_history_headline(history: pd.DataFrame, lang: str = "en") -> str:
    """Each target value with the deadlines stated for it, in the order of the meetings that stated
    them: e.g. 'USD 100 bn: none stated (2021-07-22) → 2023 (2022-12) · USD 150 bn: 2030 (2022-12)'."""
    if history.empty:
        return t("no_rows", lang)
    parts = []
    for value, g in history.sort_values("event_date").groupby("value_busd", sort=True):
        steps, last = [], None
        for r in g.itertuples(index=False):
            deadline = t("no_deadline", lang) if pd.isna(r.deadline_year) else str(int(r.deadline_year))
            if deadline != last:
                steps.append(f"{deadline} ({pd.Timestamp(r.event_date):%Y-%m})")
            last = deadline
        parts.append(t("target_value", lang).format(value=f"{value:g}") + ": " + " → ".join(steps))
    return t("target_history_title", lang) + " " + " · ".join(parts)


def trade_sources_table(trade: pd.DataFrame, start_year: int | None = None, end_year: int | None = None) -> pd.DataFrame:
    cols = [c for c in ["year", "period", "reporter", "total_busd", "vn_exports_busd", "vn_imports_busd",
                        "source_org", "source_url", "note"] if c in trade]
    out = trade[cols]
    return (_in_years(out, start_year, end_year, "year")
            .sort_values(["year", "reporter", "period"]).reset_index(drop=True))
