"""The report runner: every notebook executed with papermill into ``reports/`` as .ipynb + HTML.

``python -m vnkr report`` (what ``make report`` calls) runs the numbered notebooks in
``notebooks/`` headlessly, in one process, with up to ``--jobs`` kernels at once, exports each
executed notebook to a self-contained HTML page (figures inlined, code hidden unless
``--show-code``, no script loaded from a CDN) and writes ``reports/index.html`` listing every report
with its parameters, run time and status. A failing notebook does not stop the others: its page shows
the error, the index marks it failed and the command exits non-zero.

Example (runs kernels, so it is shown, not doctested)::

    from vnkr.report.runner import run_notebooks
    results = run_notebooks(names=["01"], params={"lang": "vi"})
    results[0]["status"], results[0]["html_path"]   # ('ok', .../reports/01_timeline.vi.html)
"""
from __future__ import annotations

import argparse
import ast
import html
import json
import shutil
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor, as_completed
from datetime import datetime, timezone
from importlib.metadata import version
from pathlib import Path
from typing import Any

import nbformat
import papermill as pm
import yaml
from nbconvert import HTMLExporter
from papermill.exceptions import PapermillExecutionError
from traitlets.config import Config

from .. import paths
from .index import write_index

KERNEL_NAME = "python3"
TEMPLATE_DIR = Path(__file__).resolve().parent / "templates"
DEFAULT_LANG = "en"

VERSION = version("vnkr")


# ---------------------------------------------------------------- notebook discovery & parameters
def list_notebooks(names: list[str] | None = None, nb_dir: Path | None = None) -> list[Path]:
    """The numbered notebooks (``NN_name.ipynb``) in reading order, optionally filtered.

    A name matches by stem (``01_timeline``), number (``01``) or title part (``timeline``).
    An unknown name raises ``ValueError`` listing what exists.
    """
    nb_dir = nb_dir or paths.notebooks_dir()
    found = sorted(p for p in nb_dir.glob("[0-9][0-9]_*.ipynb"))
    if not names:
        return found
    chosen = []
    for name in names:
        hits = [p for p in found if name in {p.stem, p.stem[:2], p.stem[3:], p.name}]
        if not hits:
            raise ValueError(
                f"no notebook named {name!r} in {nb_dir} (have: {', '.join(p.stem for p in found)})"
            )
        chosen += [h for h in hits if h not in chosen]
    return sorted(chosen)


def declared_parameters(notebook: Path) -> dict[str, Any]:
    """Names and default values of the notebook's ``parameters`` cell (via papermill)."""
    declared = pm.inspect_notebook(str(notebook))
    out = {}
    for name, info in declared.items():
        default = info.get("default")
        try:
            out[name] = ast.literal_eval(default) if default is not None else None
        except (ValueError, SyntaxError):
            out[name] = default
    return out


def _output_stem(notebook: Path, params: dict[str, Any]) -> str:
    lang = params.get("lang", DEFAULT_LANG)
    return notebook.stem if lang == DEFAULT_LANG else f"{notebook.stem}.{lang}"


# ---------------------------------------------------------------- HTML export
_local = threading.local()


def _exporter(show_code: bool, lang: str):
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


def _notebook_title(nb) -> str:
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            for line in cell.source.splitlines():
                if line.startswith("# "):
                    return line[2:].strip()
    return "vnkr report"


def export_html(nb, html_path: Path, *, show_code: bool, lang: str, footer: str) -> Path:
    """Write ``nb`` as a self-contained HTML page; cell ids made stable so two runs compare equal."""
    for cell in nb.cells:
        if "injected-parameters" in cell.get("metadata", {}).get("tags", []):
            cell["id"] = "injected-parameters"
    nb.metadata["title"] = _notebook_title(nb)
    body, _ = _exporter(show_code, lang).from_notebook_node(nb, resources={"vnkr_footer": footer})
    html_path.write_text(body, encoding="utf-8")
    return html_path


def _failure_page(html_path: Path, name: str, error: str, lang: str) -> None:
    html_path.write_text(
        f"<!DOCTYPE html><html lang=\"{html.escape(lang)}\"><head><meta charset=\"utf-8\">"
        f"<title>{html.escape(name)}: failed</title></head><body>"
        f"<h1>{html.escape(name)} failed before producing a notebook</h1>"
        f"<pre>{html.escape(error)}</pre></body></html>",
        encoding="utf-8",
    )


# ---------------------------------------------------------------- execution
def _execute(notebook: Path, out_ipynb: Path, params: dict, ipc_dir: str, slot: int) -> None:
    # IPC sockets need no TCP ports, so parallel kernel starts cannot race for a port.
    config = Config({"KernelManager": {"transport": "ipc", "ip": f"{ipc_dir}/k{slot}"}})
    pm.execute_notebook(
        str(notebook),
        str(out_ipynb),
        parameters=params,
        kernel_name=KERNEL_NAME,
        language="python",
        progress_bar=False,
        log_output=False,
        request_save_on_cell_execute=False,
        shutdown_kernel="immediate",
        record_timing=False,
        config=config,
    )


def _run_one(notebook: Path, params: dict, out_dir: Path, show_code: bool, ipc_dir: str,
             slot: int, footer_base: str, effective: dict | None = None) -> dict:
    stem = _output_stem(notebook, params)
    out_ipynb, out_html = out_dir / f"{stem}.ipynb", out_dir / f"{stem}.html"
    out_ipynb.unlink(missing_ok=True)
    lang = str((effective or params).get("lang", DEFAULT_LANG))
    t0 = time.perf_counter()
    error = None
    for attempt in (1, 2):
        try:
            _execute(notebook, out_ipynb, params, ipc_dir, slot)
            error = None
            break
        except PapermillExecutionError as exc:  # a cell raised: the output notebook shows where
            error = f"{exc.ename}: {exc.evalue} (cell {exc.exec_count})"
            break
        except Exception as exc:  # timeout, dead kernel, kernel start failure: no output file
            error = f"{type(exc).__name__}: {exc}"
            if attempt == 1 and "kernel" in str(exc).lower() and "died" in str(exc).lower():
                continue  # a kernel that died while starting is retried once
            break
    seconds = time.perf_counter() - t0
    shown = effective if effective is not None else params
    footer = f"{footer_base} Parameters: {json.dumps(shown, ensure_ascii=False, sort_keys=True, default=str)}."
    if out_ipynb.exists():
        nb = nbformat.read(out_ipynb, as_version=4)
        export_html(nb, out_html, show_code=show_code, lang=lang,
                    footer=footer)
    else:
        _failure_page(out_html, notebook.stem, error or "no output", lang)
    return {
        "name": notebook.stem,
        "notebook": notebook,
        "params": params,
        "status": "ok" if error is None else "failed",
        "seconds": round(seconds, 2),
        "html_path": out_html,
        "ipynb_path": out_ipynb if out_ipynb.exists() else None,
        "error": error,
    }


def run_notebooks(
    names: list[str] | None = None,
    params: dict[str, Any] | None = None,
    jobs: int = 2,
    show_code: bool = False,
    out_dir: Path | None = None,
    langs: list[str] | None = None,
    progress: bool = True,
    nb_dir: Path | None = None,
) -> list[dict]:
    """Execute notebooks with papermill and export them to HTML; returns one dict per run.

    ``params`` are passed to every notebook that declares them; a name no selected notebook declares
    is an error (papermill itself would only warn and silently use the default). ``langs`` runs each
    notebook once per language (``lang`` parameter). Each result has ``name, params, status
    ('ok'|'failed'), seconds, html_path, ipynb_path, error``.
    """
    params = dict(params or {})
    notebooks = list_notebooks(names, nb_dir)
    if not notebooks:
        raise ValueError(f"no notebooks found in {nb_dir or paths.notebooks_dir()}")
    declared = {nb: declared_parameters(nb) for nb in notebooks}
    known = set().union(*declared.values())
    unknown = sorted(set(params) - known)
    if unknown:
        raise ValueError(
            f"unknown parameter(s) {', '.join(unknown)}; the selected notebooks declare: "
            f"{', '.join(sorted(known))}"
        )
    out_dir = Path(out_dir) if out_dir else paths.reports_dir()
    out_dir.mkdir(parents=True, exist_ok=True)
    runs = []
    for nb in notebooks:
        for lang in langs or [None]:
            p = {k: v for k, v in params.items() if k in declared[nb]}
            if lang is not None and "lang" in declared[nb]:
                p["lang"] = lang
            effective = {**declared[nb], **p}
            runs.append((nb, p, effective))
    footer_base = (
        f"Generated by vnkr {VERSION} on {datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC "
        f"from the data/ folder of the project. Every number traces to data/ (see README)."
    )
    ipc_dir = tempfile.mkdtemp(prefix="vnkr-")
    results: list[dict] = []
    try:
        with ThreadPoolExecutor(max_workers=max(1, jobs)) as pool:
            futures = {}
            for i, (nb, p, effective) in enumerate(runs):
                fut = pool.submit(_run_one, nb, p, out_dir, show_code, ipc_dir, i, footer_base, effective)
                futures[fut] = effective
            for done, fut in enumerate(as_completed(futures), 1):
                res = fut.result()
                res["effective_params"] = futures[fut]
                results.append(res)
                if progress:
                    mark = "ok    " if res["status"] == "ok" else "FAILED"
                    extra = f"  {res['error']}" if res["error"] else ""
                    print(f"[{done}/{len(runs)}] {mark} {res['html_path'].name:<28} "
                          f"{res['seconds']:6.1f} s{extra}", file=sys.stderr, flush=True)
    finally:
        shutil.rmtree(ipc_dir, ignore_errors=True)
    results.sort(key=lambda r: r["html_path"].name)
    return results


# ---------------------------------------------------------------- CLI
def _parse_value(text: str) -> Any:
    try:
        return yaml.safe_load(text)
    except yaml.YAMLError:
        return text


def cli(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m vnkr report", description=__doc__.split("\n\n")[0])
    ap.add_argument("--only", action="append", metavar="NAME",
                    help="run only this notebook (stem, number or name); repeatable")
    ap.add_argument("-p", "--parameter", nargs=2, action="append", metavar=("KEY", "VALUE"),
                    default=[], help="parameter passed to the notebooks (YAML value: 2021, [trade, oda])")
    ap.add_argument("-r", "--raw-parameter", nargs=2, action="append", metavar=("KEY", "VALUE"),
                    default=[], help="parameter kept as a string (codes, ids)")
    ap.add_argument("--lang", default=None,
                    help="report language(s): en, vi or en,vi (default: each notebook's default)")
    ap.add_argument("--jobs", type=int, default=2, help="notebooks executed at once (default 2)")
    ap.add_argument("--show-code", action="store_true", help="keep code cells in the HTML")
    ap.add_argument("--out", type=Path, default=None, help="output folder (default reports/)")
    ap.add_argument("--notebooks", type=Path, default=None, help="notebook folder (default notebooks/)")
    args = ap.parse_args(argv)

    params = {k: _parse_value(v) for k, v in args.parameter}
    params.update({k: v for k, v in args.raw_parameter})
    langs = [s.strip() for s in args.lang.split(",")] if args.lang else None
    for lang in langs or []:
        if lang not in {"en", "vi"}:
            ap.error(f"--lang {lang!r}: expected en or vi")
    t0 = time.perf_counter()
    try:
        results = run_notebooks(args.only, params, jobs=args.jobs, show_code=args.show_code,
                                out_dir=args.out, langs=langs, nb_dir=args.notebooks)
    except ValueError as exc:
        print(f"vnkr report: {exc}", file=sys.stderr)
        return 2
    index = write_index(results, args.out, time.perf_counter() - t0)
    failed = [r for r in results if r["status"] != "ok"]
    print(f"{len(results) - len(failed)}/{len(results)} reports ok in "
          f"{time.perf_counter() - t0:.1f} s; index: {index}", file=sys.stderr)
    return 1 if failed else 0
