"""Report language: titles, axis labels and table headers in English (``en``) or Vietnamese (``vi``).

The labels live in one data file, ``labels.csv`` (``key,en,vi``) beside this module, which serves
both languages. Quotes from the articles are never translated: they stay in the original Vietnamese.
A key missing from a language falls back to English and is listed by :func:`missing_keys` (a test
fails on any), so a new label cannot silently appear untranslated.

>>> t("event_date", "vi")
'Ngày sự kiện'
>>> header(["event_date", "unknown_column"], "vi")
['Ngày sự kiện', 'unknown_column']
"""

from __future__ import annotations

import csv
import re
import unicodedata
from collections.abc import Callable, Iterable
from pathlib import Path

LANGS = ("en", "vi")

LABELS_CSV = Path(__file__).resolve().with_name("labels.csv")


def _read_labels(path: Path = LABELS_CSV) -> dict[str, dict[str, str]]:
    """``labels.csv`` (``key,en,vi``, one row per label; ``reason.<code>`` rows are the sentences of
    the goal table) as key -> {lang: text}, NFC-normalised; a duplicated key is an error."""
    out: dict[str, dict[str, str]] = {}
    with path.open(encoding="utf-8", newline="") as fh:
        for line, row in enumerate(csv.DictReader(fh), start=2):
            key = row["key"]
            if key in out:
                raise ValueError(f"{path}:{line}: duplicate label key {key!r}")
            out[key] = {lang: unicodedata.normalize("NFC", row.get(lang) or "") for lang in LANGS}
    return out


_ALL = _read_labels()
_LABELS: dict[str, dict[str, str]] = {k: v for k, v in _ALL.items() if not k.startswith("reason.")}
# Why a trade goal has its status, one sentence per ``reason_code`` of :func:`vnkr.goal_status`;
# the fields are that function's numbers (``who`` = the reporter, ``at_pace`` = when the target is
# reached at the historical growth), filled by :func:`vnkr.report.trade_findings.goal_reason`.
_REASONS: dict[str, dict[str, str]] = {
    k[len("reason.") :]: v for k, v in _ALL.items() if k.startswith("reason.")
}
_REASONS["off_track"] = _REASONS["on_track"]


def reason_text(code: str, lang: str = "en") -> str:
    """The sentence template for a goal's ``reason_code`` in ``lang`` (fields in braces).

    >>> reason_text("no_data", "vi")
    'không có số liệu {who} đến năm {as_of_year}'
    """
    if lang not in LANGS:
        raise ValueError(f"lang={lang!r}: expected one of {LANGS}")
    return _REASONS[code][lang]


def t(key: str, lang: str = "en") -> str:
    """The label for ``key`` in ``lang`` (``en`` or ``vi``); unknown keys are returned unchanged."""
    if lang not in LANGS:
        raise ValueError(f"lang={lang!r}: expected one of {LANGS}")
    entry = _LABELS.get(key)
    if entry is None:
        return key
    return entry.get(lang) or entry["en"]


def _template_regex(template: str) -> re.Pattern:
    parts = re.split(r"\{(\w+)\}", template)  # text, field, text, field, ...
    return re.compile("".join(re.escape(p) if i % 2 == 0 else f"(?P<{p}>.+?)" for i, p in enumerate(parts)))


# English sentences the lower stages write (date evidence, cleaning reasons, source lines) and their
# translation: ``phrase.*`` labels whose English text is a template; most specific first.
_PHRASES = [(key, _template_regex(v["en"])) for key, v in _LABELS.items() if key.startswith("phrase.")]
_PHRASES.sort(key=lambda kv: -len(kv[1].pattern))
_PART_START = re.compile(
    r"; (?=in-text |header |page clock |day \d|year \d|date '|see |the day is |the named "
    r"office holders|the page clock's year )"
)


def localize(text: str, lang: str = "en", value: Callable[[str], str] | None = None) -> str:
    """An English phrase from the pipeline (parts joined by '; ') in ``lang``, by the ``phrase.*``
    labels; ``value`` translates the fields it carries (e.g. office titles). A part without a label
    stays as it is, and the page-scan test finds it.

    >>> localize("in-text 'Ngày 23/6' with year from byline 23/06/2021", "vi")
    "ngày trong bài 'Ngày 23/6', năm lấy từ dòng ngày đăng 23/06/2021"
    """
    if lang == "en" or not isinstance(text, str):
        return text
    return "; ".join(_localize_part(part, lang, value) for part in _PART_START.split(text))


def _localize_part(part: str, lang: str, value: Callable[[str], str] | None, depth: int = 0) -> str:
    """One part by the most specific phrase it matches; its fields (an anchor such as "byline
    23/06/2021 ('…')") are phrases too, translated the same way."""
    for key, rx in _PHRASES:
        m = rx.fullmatch(part)
        if m:
            fields = {
                k: _localize_part(v, lang, value, depth + 1) if depth < 2 else v
                for k, v in m.groupdict().items()
            }
            return _LABELS[key][lang].format(**fields)
    return value(part) if value else part


def t_value(column: str, value: str, lang: str = "en") -> str:
    """A value of a data column shown to readers (``vn_role``, ``location``…) in ``lang``: the label
    ``<column>.<value>`` if there is one, else the value itself (proper names stay)."""
    entry = _LABELS.get(f"{column}.{value}")
    return entry[lang] if entry and entry.get(lang) else value


_EVENT_ID = re.compile(r"(\d{4}-\d{2}(?:-\d{2})?)-([a-z_]+?)(?:-(\d+))?")


def event_text(event_id: str, lang: str = "en") -> str:
    """A meeting id (``date-kind``, ``-2`` for a second one) as readers see it: the date and the kind
    in ``lang``; anything else unchanged.

    >>> event_text("2022-12-state_visit", "vi"), event_text("2021-06-23-foreign_ministers_talks", "en")
    ('2022-12, thăm cấp Nhà nước', "2021-06-23, foreign ministers' talks")
    """
    m = _EVENT_ID.fullmatch(event_id) if isinstance(event_id, str) else None
    if not m:
        return event_id
    date, kind, n = m.groups()
    return f"{date}, {t(kind, lang)}" + (f" ({n})" if n else "")


def header(columns: Iterable[str], lang: str = "en") -> list[str]:
    """Translate column names for display."""
    return [t(str(c), lang) for c in columns]


def missing_keys(lang: str) -> list[str]:
    """Keys without a label (or goal-reason sentence) in ``lang``."""
    return sorted(k for table in (_LABELS, _REASONS) for k, v in table.items() if not v.get(lang))
