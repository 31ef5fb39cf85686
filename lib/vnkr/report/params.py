"""Report parameters checked before any notebook runs: types, ranges against the data, allowed values.

papermill injects whatever it is given, so a bad value used to fail deep inside a notebook
(``-p start_year abc`` as a TypeError, ``-p start_year 2026`` as ``KeyError: 'theme'``) after the
good page had been replaced. :func:`check_parameters` refuses it first, in one line that names the
parameter, what it got and what is allowed; the runner exits 2 and writes nothing.

>>> check_parameters({"lang": "fr"}, {"01_x": {"lang": "en"}})
Traceback (most recent call last):
...
vnkr.report.params.ParameterError: -p lang: got 'fr'; allowed: en, vi
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pandas as pd

from ..extract.targets import stated_targets
from ..tables.events import load_events, load_timeline
from ..tables.themes import load_themes
from ..tables.trade import load_trade

LANGS = ("en", "vi")
REPORTERS = ("KR", "VN")


class ParameterError(ValueError):
    """A parameter value the reports cannot use; the message is one line for the command line."""


def _years(values) -> tuple[int, int] | None:
    years = [int(y) for y in values if pd.notna(y)]
    return (min(years), max(years)) if years else None


def _timeline_years() -> tuple[int, int] | None:
    return _years(pd.to_datetime(load_timeline()["event_date"]).dt.year)


def _meeting_years() -> tuple[int, int] | None:
    return _years(pd.to_datetime(load_events()["event_date"]).dt.year)


def _trade_years() -> tuple[int, int] | None:
    # the axis runs from the first trade figure to the last target deadline (targets run to 2030)
    trade = _years(load_trade()["year"])
    deadlines = _years(stated_targets().get("deadline_year", pd.Series(dtype=float)))
    if trade is None:
        return deadlines
    return (trade[0], max(trade[1], deadlines[1] if deadlines else trade[1]))


# Which data each report's years range over, by the name after the number (``01_timeline``).
YEAR_DOMAINS: dict[str, Callable[[], tuple[int, int] | None]] = {
    "timeline": _timeline_years,
    "commitments": _meeting_years,
    "trade_goal": _trade_years,
}


def _show(value: Any) -> str:
    return f"{value!r} ({type(value).__name__})" if not isinstance(value, str) else repr(value)


def _fail(name: str, value: Any, allowed: str) -> ParameterError:
    return ParameterError(f"-p {name}: got {_show(value)}; allowed: {allowed}")


def _check_year(name: str, value: Any, domain: tuple[int, int] | None) -> None:
    if isinstance(value, bool) or not isinstance(value, int):
        span = f"{domain[0]}..{domain[1]}" if domain else "a year"
        raise _fail(name, value, f"an integer year ({span})")
    if domain and not domain[0] <= value <= domain[1]:
        raise _fail(name, value, f"a year the data covers, {domain[0]}..{domain[1]}")


def _check_themes(value: Any) -> None:
    if value is None:
        return
    codes = sorted(load_themes()["theme"])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value) or not value:
        raise _fail("themes", value, f"a list of theme codes such as '[{codes[0]}, {codes[1]}]', or null")
    unknown = [v for v in value if v not in codes]
    if unknown:
        raise _fail("themes", unknown[0], "theme codes of data/themes.csv: " + ", ".join(codes))


def _check_generic(name: str, value: Any, default: Any) -> None:
    """A parameter without a rule of its own must at least have its default's type."""
    if default is None:
        return
    if isinstance(default, bool):
        ok = isinstance(value, bool)
    elif isinstance(default, float):
        ok = isinstance(value, (int, float)) and not isinstance(value, bool)
    else:
        ok = isinstance(value, type(default)) and not (
            isinstance(value, bool) and not isinstance(default, bool)
        )
    if not ok:
        raise _fail(name, value, f"a value of type {type(default).__name__} like the default {default!r}")


def check_notebook_parameters(stem: str, params: dict[str, Any], defaults: dict[str, Any]) -> None:
    """Check the values one notebook will run with (its defaults overridden by ``params``)."""
    values = {**defaults, **params}
    domain_of = YEAR_DOMAINS.get(stem[3:]) if stem[:2].isdigit() else None
    domain = domain_of() if domain_of else None
    for name in params:
        value = values[name]
        if name == "lang":
            if value not in LANGS:
                raise _fail(name, value, ", ".join(LANGS))
        elif name == "reporter":
            if value not in REPORTERS:
                raise _fail(name, value, ", ".join(REPORTERS) + " (whose trade statistics)")
        elif name in ("start_year", "end_year"):
            _check_year(name, value, domain)
        elif name == "themes":
            _check_themes(value)
        elif name == "include_external":
            if not isinstance(value, bool):
                raise _fail(name, value, "True or False")
        else:
            _check_generic(name, value, defaults.get(name))
    start, end = values.get("start_year"), values.get("end_year")
    if (
        isinstance(start, int)
        and isinstance(end, int)
        and start > end
        and ({"start_year", "end_year"} & set(params))
    ):
        name = "start_year" if "start_year" in params else "end_year"
        raise _fail(name, values[name], f"start_year ≤ end_year (running {stem} with {start} > {end})")


def check_parameters(params: dict[str, Any], declared: dict[str, dict[str, Any]]) -> None:
    """Check ``params`` against every selected notebook (stem -> its declared defaults); raises
    :class:`ParameterError` on the first bad value. Names no notebook declares are refused too."""
    known = set().union(*declared.values()) if declared else set()
    unknown = sorted(set(params) - known)
    if unknown:
        raise ParameterError(
            f"-p {unknown[0]}: unknown parameter; the selected notebooks declare: " + ", ".join(sorted(known))
        )
    for stem, defaults in declared.items():
        check_notebook_parameters(stem, {k: v for k, v in params.items() if k in defaults}, defaults)
