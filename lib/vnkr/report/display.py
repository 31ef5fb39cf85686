"""Showing tables and text in notebooks safely: article text is web content, hence untrusted.

Every string that reaches the HTML of a report goes through :func:`html.escape` here, so a raw
article containing ``<script>`` or ``<img onerror=…>`` shows as inert text. Notebooks never call
``display(HTML(...))`` on their own.

>>> html_table(pd.DataFrame({"quote": ["<script>alert(1)</script>"]}))[:60]  # doctest: +ELLIPSIS
'<table class="vnkr-table">...'
>>> "<script>" in html_table(pd.DataFrame({"quote": ["<script>alert(1)</script>"]}))
False
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from typing import Any

import pandas as pd
from IPython.display import display as ipython_display

from ..tables.themes import load_themes
from .labels import event_text, header, t

_CSS = (
    "<style>table.vnkr-table{border-collapse:collapse;font-size:.9em;margin:.5em 0 1em 0;"
    "table-layout:auto;max-width:100%}"
    "table.vnkr-table th,table.vnkr-table td{border-bottom:1px solid #ddd;padding:.3em .5em;"
    "text-align:left !important;vertical-align:top;overflow-wrap:break-word;max-width:40em}"
    "table.vnkr-table td.num{text-align:right !important;font-variant-numeric:tabular-nums;"
    "white-space:nowrap}"
    ".vnkr-caption{color:#555;font-size:.85em;margin:.2em 0 1em 0}</style>"
)


def _cell(value: Any, float_format: str) -> tuple[str, bool]:
    if value is None or (not isinstance(value, (list, tuple, dict)) and pd.isna(value)):
        return "—", False
    if isinstance(value, float):
        return float_format.format(value), True
    if isinstance(value, (int,)) and not isinstance(value, bool):
        return str(value), True
    if isinstance(value, pd.Timestamp):
        return value.strftime("%Y-%m-%d"), False
    if isinstance(value, (list, tuple)):
        return ", ".join(str(v) for v in value), False
    return str(value), False


def html_table(
    df: pd.DataFrame,
    lang: str = "en",
    float_format: str = "{:,.2f}",
    caption: str | None = None,
    csv: str | list[str] | None = None,
) -> str:
    """Render ``df`` as an HTML table with every header and cell escaped; headers in ``lang``.
    ``caption`` states the finding under the table; ``csv`` names the file of ``data/processed`` behind
    it, linked as ``data/<csv>`` (the runner copies those files into ``reports/data/``)."""
    heads = "".join(f"<th>{html.escape(h)}</th>" for h in header(df.columns, lang))
    rows = []
    events = [c in ("event_id", "duplicate_event_id") for c in df.columns]  # ids carry kind codes
    for record in df.itertuples(index=False, name=None):
        cells = []
        for value, is_event in zip(record, events):
            text, numeric = _cell(event_text(value, lang) if is_event else value, float_format)
            cls = ' class="num"' if numeric else ""
            cells.append(f"<td{cls}>{html.escape(text)}</td>")
        rows.append("<tr>" + "".join(cells) + "</tr>")
    if not rows:
        rows.append(
            f'<tr><td colspan="{max(1, len(df.columns))}">{html.escape(t("no_rows", lang))}</td></tr>'
        )
    cap = f'<p class="vnkr-caption vnkr-finding">{html.escape(caption)}</p>' if caption else ""
    return (
        f'<table class="vnkr-table"><thead><tr>{heads}</tr></thead><tbody>'
        + "".join(rows)
        + "</tbody></table>"
        + cap
        + data_link(csv, lang)
    )


def data_link(csv: str | Iterable[str] | None, lang: str = "en") -> str:
    """``Data: <a href="data/x.csv">x.csv</a>`` under a table or figure ('' when there is no file).

    >>> data_link("trade.csv", "vi")
    '<p class="vnkr-data">Dữ liệu (CSV): <a href="data/trade.csv">trade.csv</a></p>'
    """
    names = [csv] if isinstance(csv, str) else list(csv or [])
    if not names:
        return ""
    links = ", ".join(f'<a href="data/{html.escape(n)}">{html.escape(n)}</a>' for n in names)
    return f'<p class="vnkr-data">{html.escape(t("data_csv", lang))}: {links}</p>'


class SafeHTML:
    """An object Jupyter renders as HTML; built only from escaped pieces by this module."""

    def __init__(self, body: str):
        self._body = body

    def _repr_html_(self) -> str:
        return _CSS + self._body

    def __repr__(self) -> str:  # plain-text fallback, e.g. in a terminal
        return self._body


def show_table(
    df: pd.DataFrame,
    lang: str = "en",
    caption: str | None = None,
    float_format: str = "{:,.2f}",
    csv: str | list[str] | None = None,
) -> SafeHTML:
    """Return ``df`` as an escaped HTML table for display in a notebook (``csv``: its data file)."""
    return SafeHTML(html_table(df, lang, float_format, caption, csv))


def show_text(text: str, tag: str = "p") -> SafeHTML:
    """Escaped paragraph (or other simple tag) of untrusted text."""
    if tag not in {"p", "blockquote", "h3", "h4", "pre"}:
        raise ValueError(f"tag {tag!r} not allowed")
    return SafeHTML(f"<{tag}>{html.escape(text)}</{tag}>")


def _param_value(name: str, value: Any, lang: str) -> str:
    if value is None:
        return t("param_all", lang)
    if isinstance(value, bool):
        return t("yes" if value else "no", lang)
    if isinstance(value, (list, tuple)):
        themes = load_themes() if name == "themes" else None
        names = dict(zip(themes["theme"], themes[f"label_{lang}"])) if themes is not None else {}
        return ", ".join(names.get(str(v), t(str(v), lang)) for v in value)
    if name == "lang":
        return t(f"lang_{value}", lang)
    if name == "reporter":
        return t(f"reporter_{value}", lang)
    if name == "level":
        return t(str(value), lang)
    return str(value)


def describe_parameters(params: dict[str, Any], lang: str = "en", prefix: bool = True) -> str:
    """The parameters of a run in words, for readers (no JSON, no ``null``, no codes).

    >>> describe_parameters({"start_year": 2021, "themes": None, "include_external": False}, "vi")
    'Tham số của lần chạy này: từ năm 2021; chủ đề: tất cả; mục tiêu ngoài kho dữ liệu: không.'
    """
    parts = []
    for k, v in params.items():
        template = t(f"param_{k}", lang)
        template = (
            f"{k}: {{value}}" if template == f"param_{k}" else template
        )  # a new parameter, not yet labelled
        parts.append(template.format(value=_param_value(k, v, lang)))
    body = "; ".join(parts)
    return f"{t('parameters', lang)}: {body}." if prefix else body


def show_parameters(params: dict[str, Any], lang: str = "en") -> SafeHTML:
    """One line stating the parameters a report was run with (so a reader can reproduce it)."""
    return SafeHTML(f'<p class="vnkr-caption">{html.escape(describe_parameters(params, lang))}</p>')


def display(*objs) -> None:
    """Show objects in the notebook (IPython's display), for loops that show several tables."""
    ipython_display(*objs)
