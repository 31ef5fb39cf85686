"""Report pages: the reader's edition of an executed notebook, written so a good page is never lost.

* one language per page: markdown cells tagged ``lang-en`` / ``lang-vi`` are kept only on their
  language's page (untagged cells are on both);
* checks stay checks: cells marked ``# NBVAL_CHECK_OUTPUT`` or tagged ``remove_cell`` / ``nbval-check``
  are run by nbval but never shown to readers;
* every page links the index and its other language;
* files are written to a temporary name and renamed (:func:`atomic_write`), and a failed run writes
  ``<stem>.<lang>.failed.html`` next to the good page instead of over it.

>>> page_name("02_commitments", "vi"), page_name("02_commitments", "en"), failed_name("02_commitments", "en")
('02_commitments.vi.html', '02_commitments.html', '02_commitments.en.failed.html')
"""

from __future__ import annotations

import html
import os
import re
import tempfile
import threading
from pathlib import Path

import nbformat
from nbconvert import HTMLExporter

from .labels import t

TEMPLATE_DIR = Path(__file__).resolve().parent / "templates"
DEFAULT_LANG = "en"
HIDDEN_TAGS = {"remove_cell", "nbval-check"}
_CHECK_RE = re.compile(r"^# NBVAL_CHECK_OUTPUT\s*$", re.M)


def page_name(stem: str, lang: str) -> str:
    """The reader's page of notebook ``stem`` in ``lang`` (English keeps the bare name)."""
    return f"{stem}.html" if lang == DEFAULT_LANG else f"{stem}.{lang}.html"


def failed_name(stem: str, lang: str) -> str:
    """Where a failed run's page goes: beside the good page, never over it."""
    return f"{stem}.{lang}.failed.html"


def index_name(lang: str) -> str:
    return page_name("index", lang)


def atomic_write(path: Path, data: str | bytes) -> Path:
    """Write ``path`` through a temporary file in the same folder and an atomic rename, so a reader
    (or a crash) never sees half a page."""
    path = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data.encode("utf-8") if isinstance(data, str) else data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


# ---------------------------------------------------------------- what a reader sees
def _is_hidden(cell, lang: str) -> bool:
    tags = set(cell.get("metadata", {}).get("tags", []))
    if tags & HIDDEN_TAGS:
        return True
    if cell.cell_type == "code" and _CHECK_RE.search(cell.source):
        return True
    other = {f"lang-{x}" for x in ("en", "vi") if x != lang}
    return bool(tags & other)


def reader_cells(nb, lang: str):
    """``nb`` with only the cells a reader of ``lang`` sees (checks and the other language removed)."""
    nb = nbformat.from_dict(nb)
    nb.cells = [c for c in nb.cells if not _is_hidden(c, lang)]
    return nb


def notebook_title(nb) -> str:
    """The first ``# `` heading of a markdown cell (call on :func:`reader_cells` for one language)."""
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            for line in cell.source.splitlines():
                if line.startswith("# "):
                    return line[2:].strip()
    return "vnkr"


def notebook_abstract(nb) -> str:
    """The paragraph after the title: the question the report answers."""
    for cell in nb.cells:
        if cell.cell_type == "markdown" and cell.source.lstrip().startswith("# "):
            parts = [p.strip() for p in cell.source.split("\n\n")[1:] if p.strip()]
            return " ".join(parts[0].split()) if parts else ""
    return ""


def notebook_headline(nb) -> str:
    """The report's first finding: the alt text of its first figure, else its first table caption."""
    caption_re = re.compile(r'<p class="vnkr-caption vnkr-finding">(.*?)</p>', re.S)
    for cell in nb.cells:
        for out in cell.get("outputs", []):
            alt = out.get("metadata", {}).get("image/png", {}).get("alt")
            if alt:
                return alt
            m = caption_re.search(str(out.get("data", {}).get("text/html", "")))
            if m:
                return html.unescape(m.group(1))
    return ""


# ---------------------------------------------------------------- HTML export
_local = threading.local()


def _exporter(show_code: bool, lang: str) -> HTMLExporter:
    """One HTMLExporter per thread and setting: the first export costs ~0.3 s, later ones ~0.02 s."""
    cache = getattr(_local, "exporters", None)
    if cache is None:
        cache = _local.exporters = {}
    key = (show_code, lang)
    if key not in cache:
        cache[key] = HTMLExporter(
            template_name="vnkr",
            extra_template_basedirs=[str(TEMPLATE_DIR)],
            exclude_input=not show_code,
            exclude_input_prompt=not show_code,
            exclude_output_prompt=True,
            language_code=lang,
        )
    return cache[key]


def nav_links(stem: str, lang: str) -> list[dict]:
    """The links at the top of every page: the index, and the same report in the other language."""
    other = "vi" if lang == "en" else "en"
    return [
        {"href": index_name(lang), "text": t("nav_index", lang), "hreflang": ""},
        {"href": page_name(stem, other), "text": t("nav_other_language", lang), "hreflang": other},
    ]


def export_html(
    nb, html_path: Path, *, show_code: bool, lang: str, footer: str, stem: str | None = None
) -> Path:
    """Write the reader's edition of ``nb`` as a self-contained page, atomically; cell ids made
    stable so two runs compare equal."""
    nb = reader_cells(nb, lang)
    for cell in nb.cells:
        if "injected-parameters" in cell.get("metadata", {}).get("tags", []):
            cell["id"] = "injected-parameters"
    nb.metadata["title"] = notebook_title(nb)
    stem = stem or Path(html_path).name.split(".")[0]
    resources = {
        "vnkr_footer": footer,
        "vnkr_nav": nav_links(stem, lang),
        "vnkr_data_word": t("data_csv", lang),
    }
    body, _ = _exporter(show_code, lang).from_notebook_node(nb, resources=resources)
    return atomic_write(html_path, body)


def failure_page(html_path: Path, stem: str, title: str, error: str, lang: str) -> Path:
    """A short page for a run that left no notebook (timeout, dead kernel), in ``lang``."""
    nav = "".join(
        f'<a href="{html.escape(link["href"])}">{html.escape(link["text"])}</a> '
        for link in nav_links(stem, lang)
    )
    return atomic_write(
        html_path,
        (
            f'<!DOCTYPE html><html lang="{html.escape(lang)}"><head><meta charset="utf-8">'
            f"<title>{html.escape(title)}: {html.escape(t('failed', lang))}</title></head><body>"
            f"<nav>{nav}</nav><h1>{html.escape(title)}: {html.escape(t('failed', lang))}</h1>"
            f"<pre>{html.escape(error)}</pre></body></html>"
        ),
    )
