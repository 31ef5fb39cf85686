"""The report runner: every notebook executed with papermill, exported as the reader's edition.

``python -m vnkr report`` (what ``make report`` calls) checks the parameters against the data first
(:mod:`vnkr.report.params`: a bad value is one line and exit status 2, nothing written), then runs the
numbered notebooks in ``notebooks/`` headlessly, in one process, with up to ``--jobs`` kernels at
once, each in a scratch folder. A good run replaces its page atomically (:mod:`vnkr.report.pages`:
one language per page, checks hidden, code hidden unless ``--show-code``, no script from a CDN); a
failed run writes ``<stem>.<lang>.failed.html`` beside the good page and never over it. The results
are merged into ``reports/manifest.json`` and both indexes are rebuilt from it
(:mod:`vnkr.report.index`), so ``--only`` keeps the other reports listed. The command exits 1 if a
notebook failed.

Example (runs kernels, so it is shown, not doctested)::

    from vnkr.report.runner import run_notebooks
    results = run_notebooks(names=["01"], params={"lang": "vi"})
    results[0]["status"], results[0]["html_path"]   # ('ok', .../reports/01_timeline.vi.html)
"""

from __future__ import annotations

import argparse
import ast
import os
import shutil
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor, as_completed
from datetime import UTC, datetime
from importlib.metadata import version
from pathlib import Path
from typing import Any

import nbformat
import papermill as pm
import yaml
from papermill.exceptions import PapermillExecutionError
from traitlets.config import Config

from .. import paths
from ..errors import DataError
from .display import describe_parameters
from .index import update_manifest, write_index
from .labels import t
from .pages import (
    export_html,
    failed_name,
    failure_page,
    notebook_abstract,
    notebook_headline,
    notebook_title,
    page_name,
    reader_cells,
)
from .params import ParameterError, check_parameters
from .processed import build_processed

KERNEL_NAME = "python3"
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


def _execute_with_retry(notebook: Path, out_ipynb: Path, params: dict, ipc_dir: str, slot: int) -> str | None:
    """Run one notebook; the error in one line, or None."""
    for attempt in (1, 2):
        try:
            _execute(notebook, out_ipynb, params, ipc_dir, slot)
            return None
        except PapermillExecutionError as exc:  # a cell raised: the output notebook shows where
            return f"{exc.ename}: {exc.evalue} (cell {exc.exec_count})"
        except Exception as exc:  # timeout, dead kernel, kernel start failure: no output file
            error = f"{type(exc).__name__}: {exc}"
            if attempt == 1 and "kernel" in str(exc).lower() and "died" in str(exc).lower():
                continue  # a kernel that died while starting is retried once
            return error
    return error


def _run_one(
    notebook: Path,
    params: dict,
    out_dir: Path,
    show_code: bool,
    ipc_dir: str,
    slot: int,
    built_at: str,
    effective: dict | None = None,
) -> dict:
    """Execute one notebook in a scratch folder; only a successful run replaces its page (atomically),
    a failed one writes ``<stem>.<lang>.failed.html`` beside it."""
    effective = effective if effective is not None else params
    lang = str(effective.get("lang", DEFAULT_LANG))
    key = _output_stem(notebook, params)
    good, failed = out_dir / page_name(notebook.stem, lang), out_dir / failed_name(notebook.stem, lang)
    scratch = Path(ipc_dir) / f"{slot}-{notebook.name}"
    t0 = time.perf_counter()
    error = _execute_with_retry(notebook, scratch, params, ipc_dir, slot)
    seconds = time.perf_counter() - t0
    footer = " ".join(
        [t("footer_built", lang).format(version=VERSION, when=built_at), describe_parameters(effective, lang)]
    )
    nb = reader_cells(nbformat.read(scratch, as_version=4), lang) if scratch.exists() else None
    title = notebook_title(nb) if nb is not None else notebook.stem
    if error is None:
        export_html(nb, good, show_code=show_code, lang=lang, footer=footer, stem=notebook.stem)
        shutil.copyfile(scratch, scratch.with_suffix(".copy"))
        os.replace(scratch.with_suffix(".copy"), out_dir / f"{key}.ipynb")
        failed.unlink(missing_ok=True)
    elif nb is not None:
        export_html(nb, failed, show_code=True, lang=lang, footer=footer, stem=notebook.stem)
    else:
        failure_page(failed, notebook.stem, title, error, lang)
    return {
        "key": key,
        "name": notebook.stem,
        "lang": lang,
        "notebook": notebook,
        "params": params,
        "effective_params": effective,
        "status": "ok" if error is None else "failed",
        "seconds": round(seconds, 2),
        "built_at": built_at,
        "title": title,
        "question": notebook_abstract(nb) if nb is not None else "",
        "headline": notebook_headline(nb) if nb is not None and error is None else "",
        "html_path": good if error is None else failed,
        "page": good.name if good.exists() else None,
        "failed_page": failed.name if error is not None else None,
        "ipynb_path": out_dir / f"{key}.ipynb" if error is None else None,
        "error": error,
    }


def copy_processed(out_dir: Path) -> Path:
    """Put the CSVs behind the figures and tables in ``reports/data/`` (from ``data/processed/``, which
    ``vnkr build`` writes), so the pages' data links work when ``reports/`` is opened from disk."""
    target = Path(out_dir) / "data"
    target.mkdir(parents=True, exist_ok=True)
    source = paths.processed_dir()
    found = sorted(source.glob("*.csv")) if source.is_dir() else []
    if not found:  # `vnkr build` not run yet (a fresh clone, a test): build them in place
        try:
            build_processed(target)
        except DataError as exc:  # the notebooks will report the problem; the links stay empty
            print(f"vnkr report: data/processed not built: {exc.problems[0]}", file=sys.stderr)
    for csv in found:
        tmp = target / f".{csv.name}.tmp"
        shutil.copyfile(csv, tmp)
        os.replace(tmp, target / csv.name)
    return target


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
    check_parameters(params, {nb.stem: d for nb, d in declared.items()})
    for lang in langs or []:
        check_parameters({"lang": lang}, {nb.stem: d for nb, d in declared.items() if "lang" in d})
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
    built_at = f"{datetime.now(UTC):%Y-%m-%d %H:%M} UTC"
    copy_processed(out_dir)
    ipc_dir = tempfile.mkdtemp(prefix="vnkr-")
    results: list[dict] = []
    try:
        with ThreadPoolExecutor(max_workers=max(1, jobs)) as pool:
            futures = {}
            for i, (nb, p, effective) in enumerate(runs):
                fut = pool.submit(_run_one, nb, p, out_dir, show_code, ipc_dir, i, built_at, effective)
                futures[fut] = effective
            for done, fut in enumerate(as_completed(futures), 1):
                res = fut.result()
                results.append(res)
                if progress:
                    mark = "ok    " if res["status"] == "ok" else "FAILED"
                    extra = f"  {res['error']}" if res["error"] else ""
                    print(
                        f"[{done}/{len(runs)}] {mark} {res['html_path'].name:<28} "
                        f"{res['seconds']:6.1f} s{extra}",
                        file=sys.stderr,
                        flush=True,
                    )
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
    ap.add_argument(
        "--only",
        action="append",
        metavar="NAME",
        help="run only this notebook (stem, number or name); repeatable",
    )
    ap.add_argument(
        "-p",
        "--parameter",
        nargs=2,
        action="append",
        metavar=("KEY", "VALUE"),
        default=[],
        help="parameter passed to the notebooks (YAML value: 2021, [trade, oda])",
    )
    ap.add_argument(
        "-r",
        "--raw-parameter",
        nargs=2,
        action="append",
        metavar=("KEY", "VALUE"),
        default=[],
        help="parameter kept as a string (codes, ids)",
    )
    ap.add_argument(
        "--lang", default=None, help="report language(s): en, vi or en,vi (default: each notebook's default)"
    )
    ap.add_argument("--jobs", type=int, default=2, help="notebooks executed at once (default 2)")
    ap.add_argument("--show-code", action="store_true", help="keep code cells in the HTML")
    ap.add_argument("--out", type=Path, default=None, help="output folder (default reports/)")
    ap.add_argument("--notebooks", type=Path, default=None, help="notebook folder (default notebooks/)")
    args = ap.parse_args(argv)

    params = {k: _parse_value(v) for k, v in args.parameter}
    params.update({k: v for k, v in args.raw_parameter})
    langs = [s.strip() for s in args.lang.split(",")] if args.lang else None
    t0 = time.perf_counter()
    try:
        results = run_notebooks(
            args.only,
            params,
            jobs=args.jobs,
            show_code=args.show_code,
            out_dir=args.out,
            langs=langs,
            nb_dir=args.notebooks,
        )
    except (ParameterError, ValueError) as exc:  # nothing has run and nothing was written
        print(f"vnkr report: {exc}", file=sys.stderr)
        return 2
    update_manifest(results, args.out)
    index = write_index(args.out)
    failed = [r for r in results if r["status"] != "ok"]
    print(
        f"{len(results) - len(failed)}/{len(results)} reports ok in "
        f"{time.perf_counter() - t0:.1f} s; index: {index}",
        file=sys.stderr,
    )
    return 1 if failed else 0
