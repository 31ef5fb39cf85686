"""What a reader sees on every built page (English and Vietnamese, index included): no untranslated
label, no developer artefact, every figure with alt text, every data link pointing at a file.

The pages come from the one run of ``built_pages`` (tests/report/test_notebooks.py); this module
holds the scanners and is imported there, so the pages are built once per test run."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

from vnkr import load_themes
from vnkr.report import labels

SEEN_TAGS = {
    "title",
    "h1",
    "h2",
    "h3",
    "h4",
    "p",
    "td",
    "th",
    "a",
    "li",
    "footer",
    "summary",
    "blockquote",
    "pre",
}


class _Reader(HTMLParser):
    """The text a reader sees, element by element, plus every <img>'s alt (None when missing)."""

    def __init__(self):
        super().__init__()
        self.texts: list[str] = []
        self.alts: list[str | None] = []
        self.hrefs: list[str] = []
        self._skip = 0
        self._stack: list[list[str]] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag in ("script", "style"):
            self._skip += 1
        if tag == "img":
            self.alts.append(attrs.get("alt"))
        if tag == "a" and attrs.get("href"):
            self.hrefs.append(attrs["href"])
        if tag in SEEN_TAGS:
            self._stack.append([])

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self._skip -= 1
        if tag in SEEN_TAGS and self._stack:
            text = " ".join("".join(self._stack.pop()).split())
            if text:
                self.texts.append(text)

    def handle_data(self, data):
        if not self._skip:
            for part in self._stack:
                part.append(data)


def read_page(path: Path) -> _Reader:
    reader = _Reader()
    reader.feed(path.read_text(encoding="utf-8"))
    return reader


# English words a Vietnamese page may carry: names shared by both languages, and the link to the
# English edition, which names its language in that language.
SAME_IN_BOTH = {"F1", "Seoul", "English"}


def english_labels() -> set[str]:
    """Every English label text that differs from its Vietnamese (templates without their fields)."""
    out: set[str] = set()
    for key, v in labels._LABELS.items():
        en, vi = v["en"], v["vi"]
        if en == vi or en in SAME_IN_BOTH or vi in SAME_IN_BOTH or "{" in en or key.startswith("phrase."):
            continue
        out.add(en)
    return out


def english_phrase_pieces() -> set[str]:
    """The fixed words (three or more) of the English ``phrase.*`` templates: what an untranslated
    evidence sentence (how a date was found, why a block was cleaned) would show."""
    pieces = set()
    for key, v in labels._LABELS.items():
        if key.startswith("phrase."):
            stripped = (p.strip(" ;,:'(") for p in re.split(r"\{\w+\}", v["en"]))
            pieces |= {p for p in stripped if len(p.split()) >= 3}
    return pieces


def untranslated(page: _Reader) -> list[str]:
    """Elements of a Vietnamese page whose whole text is an English label, or that contain an
    English label of three words or more (a heading, a rule, a reason) or the fixed words of an
    English evidence sentence."""
    english = english_labels()
    long = [e for e in english if len(e.split()) >= 3] + sorted(english_phrase_pieces())
    found = [x for x in page.texts if x in english]
    found += [f"{e!r} in {x[:80]!r}" for x in page.texts for e in long if e in x]
    return found


def snake_codes() -> set[str]:
    """Codes of the pipeline a reader must never see (snake_case: theme, kind, status, rule, reason)."""
    codes = {k.split(".", 1)[-1] for k in labels._LABELS} | set(labels._REASONS)
    codes |= set(load_themes()["theme"])
    return {c for c in codes if re.fullmatch(r"[a-z]+(_[a-z0-9]+)+", c)}


ARTEFACTS = [
    re.compile(p)
    for p in (
        r"<NA>",
        r"\bnull\b",
        r"\bNaN\b",
        r"\bNone\b",
        r"No description has been provided",
        r"\{\s*\"",
        r"\"\s*:\s*[\[\"{0-9]",
    )
]


def artefacts(page: _Reader) -> list[str]:
    found = []
    codes = snake_codes()
    for text in page.texts + [a for a in page.alts if a]:
        found += [f"{rx.pattern} in {text[:80]!r}" for rx in ARTEFACTS if rx.search(text)]
        found += [
            f"code {w!r} in {text[:80]!r}"
            for w in re.findall(r"\b[a-z0-9]+(?:_[a-z0-9]+)+\b", text)
            if w in codes
        ]
    return found


def missing_alt(page: _Reader) -> int:
    return sum(1 for alt in page.alts if not alt or not alt.strip())
