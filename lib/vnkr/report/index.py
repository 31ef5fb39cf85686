"""``reports/index.html`` and ``index.vi.html``, rebuilt from ``reports/manifest.json``.

The manifest keeps the last result of every page (one entry per notebook and language), so a run
with ``--only`` updates its own entries and the index still lists the others. A reader sees, per
report, the question it answers, its headline finding and when it was built; seconds, parameters
and notebook files sit in a folded "build details" section. A failed run keeps the last good page
linked and links its failure page beside it.
"""

from __future__ import annotations

import html
import json
from pathlib import Path

from .. import paths
from .display import describe_parameters
from .labels import t
from .pages import atomic_write, index_name, page_name

MANIFEST = "manifest.json"
LANGS = ("en", "vi")


def read_manifest(out_dir: Path | None = None) -> dict[str, dict]:
    """Page key (``01_timeline.vi``) -> its last result; empty when nothing was built yet."""
    path = Path(out_dir or paths.reports_dir()) / MANIFEST
    if not path.exists():
        return {}
    return json.loads(path.read_text(encoding="utf-8"))


def update_manifest(results: list[dict], out_dir: Path | None = None) -> dict[str, dict]:
    """Merge this run's results into the manifest (others kept); a failure keeps the last good build."""
    out_dir = Path(out_dir or paths.reports_dir())
    manifest = read_manifest(out_dir)
    for r in results:
        previous = manifest.get(r["key"], {})
        entry = {
            k: r.get(k)
            for k in (
                "name",
                "lang",
                "status",
                "seconds",
                "built_at",
                "title",
                "question",
                "headline",
                "page",
                "failed_page",
                "error",
            )
        }
        entry["params"] = r.get("effective_params", r.get("params", {}))
        entry["ipynb"] = r["ipynb_path"].name if r.get("ipynb_path") else previous.get("ipynb")
        if r["status"] != "ok":  # the reader keeps the last good page and what it said
            for k in ("title", "question", "headline", "built_at"):
                entry[k] = previous.get(k) or entry[k]
            entry["failed_at"] = r.get("built_at")
        manifest[r["key"]] = entry
    atomic_write(
        out_dir / MANIFEST,
        json.dumps(manifest, ensure_ascii=False, indent=1, sort_keys=True, default=str) + "\n",
    )
    return manifest


def _entries(manifest: dict[str, dict], lang: str) -> list[dict]:
    return sorted((e for e in manifest.values() if e.get("lang") == lang), key=lambda e: e["name"])


def _report_block(e: dict, lang: str) -> str:
    esc = html.escape
    title = esc(e.get("title") or e["name"])
    head = f'<a href="{esc(e["page"])}">{title}</a>' if e.get("page") else title
    parts = [f'<section class="report"><h2>{head}</h2>']
    if e.get("question"):
        parts.append(f'<p class="question">{esc(e["question"])}</p>')
    if e.get("headline"):
        parts.append(
            f'<p class="headline"><strong>{esc(t("index_finding", lang))}:</strong> {esc(e["headline"])}</p>'
        )
    built = e.get("built_at")
    if built and e.get("page"):
        parts.append(f'<p class="built">{esc(t("index_built", lang))} {esc(built)}</p>')
    if e.get("status") != "ok":
        link = (
            f' <a href="{esc(e["failed_page"])}">{esc(t("index_failure_page", lang))}</a>'
            if e.get("failed_page")
            else ""
        )
        parts.append(
            f'<p class="failed"><strong>{esc(t("index_last_run_failed", lang))}</strong> '
            f"({esc(e.get('failed_at') or '')}).{link}</p>"
        )
    parts.append("</section>")
    return "".join(parts)


def _details(entries: list[dict], lang: str) -> str:
    esc = html.escape
    heads = "".join(
        f"<th>{esc(t(k, lang))}</th>"
        for k in ("index_page", "status", "index_seconds", "parameters", "index_notebook", "index_error")
    )
    rows = []
    for e in entries:
        nb = f'<a href="{esc(e["ipynb"])}">{esc(e["ipynb"])}</a>' if e.get("ipynb") else "—"
        rows.append(
            f'<tr class="{"ok" if e.get("status") == "ok" else "failed"}">'
            f"<td>{esc(e['name'])}</td><td>{esc(t('index_status_' + str(e.get('status')), lang))}</td>"
            f'<td class="num">{float(e.get("seconds") or 0):.1f}</td>'
            f"<td>{esc(describe_parameters(e.get('params') or {}, lang, prefix=False))}</td>"
            f"<td>{nb}</td><td>{esc(e.get('error') or '')}</td></tr>"
        )
    return (
        f'<details class="build"><summary>{esc(t("index_build_details", lang))}</summary>'
        f"<table><thead><tr>{heads}</tr></thead><tbody>{''.join(rows)}</tbody></table></details>"
    )


_CSS = """<style>
 body { font-family: system-ui, sans-serif; max-width: 60em; margin: 2em auto; padding: 0 1em; color: #222; }
 section.report { border-bottom: 1px solid #ddd; padding: .3em 0 .8em 0; }
 section.report h2 { font-size: 1.15em; margin: .6em 0 .3em 0; }
 p.built { color: #555; font-size: .85em; } p.failed { color: #a00; }
 details.build { margin-top: 2em; font-size: .85em; color: #444; }
 table { border-collapse: collapse; width: 100%; }
 th, td { border-bottom: 1px solid #ddd; padding: .3em .5em; text-align: left; vertical-align: top; }
 td.num { text-align: right; } tr.failed { background: #fde8e8; }
</style>"""


def index_html(manifest: dict[str, dict], lang: str) -> str:
    """The index page in ``lang`` (every string escaped)."""
    esc = html.escape
    entries = _entries(manifest, lang)
    other = "vi" if lang == "en" else "en"
    blocks = "\n".join(_report_block(e, lang) for e in entries) or f"<p>{esc(t('no_rows', lang))}</p>"
    return f"""<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{esc(t("index_title", lang))}</title>
{_CSS}</head><body>
<nav><a href="{index_name(other)}" hreflang="{other}" lang="{other}">{esc(t("nav_other_language", lang))}</a></nav>
<h1>{esc(t("index_title", lang))}</h1>
<p>{esc(t("index_intro", lang))}</p>
{blocks}
{_details(entries, lang)}
</body></html>
"""


def write_index(out_dir: Path | None = None) -> Path:
    """Write ``index.html`` and ``index.vi.html`` from the manifest; returns the English index."""
    out_dir = Path(out_dir or paths.reports_dir())
    manifest = read_manifest(out_dir)
    for lang in LANGS:
        atomic_write(out_dir / index_name(lang), index_html(manifest, lang))
    return out_dir / index_name("en")


__all__ = ["read_manifest", "update_manifest", "write_index", "index_html", "page_name"]
