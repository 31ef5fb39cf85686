"""Benchmark: ``python benchmarks/bench.py`` (``make bench``). Prints figures; never asserts timing.

Two questions, each answered on this machine, in this run:

1. **Report build.** How much faster is the project's runner (:func:`vnkr.report.run_notebooks`: one
   process, papermill in threads, in-process HTML export) than the naive loop a user would write
   (per notebook, the ``papermill`` CLI then ``jupyter nbconvert --to html``), and how far is it from
   the floor (one ``papermill`` run of an empty notebook: interpreter, imports and one kernel start)?
   Every variant runs in a fresh process, so each pays its imports as ``make report`` does. Goal: the
   runner ≥ 2.5× faster than the naive loop.
2. **Corpus scale.** Synthetic corpora of 100, 1,000 and 10,000 articles, built from the seeds'
   paragraphs with varied event dates and site boilerplate, go through ``load_corpus`` +
   ``extract_commitments_corpus`` + ``extract_targets_corpus`` (one frame per corpus, not one per
   article) in a fresh process per size (so peak memory does not
   accumulate). Goal on a 2-core machine: 10,000 articles in ≤ 10 s and ≤ 1 GB, time growing no
   faster than linearly (10× the articles, ≤ 12× the time).

Outputs go to a temporary folder, never to ``reports/`` or ``data/``.

    $ python benchmarks/bench.py --runs 3 --sizes 100,1000,10000
"""

from __future__ import annotations

import argparse
import cProfile
import hashlib
import json
import os
import platform
import pstats
import random
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

import nbformat
import pandas as pd
from vnkr import paths
from vnkr.extract.commitments import extract_commitments_corpus
from vnkr.extract.targets import extract_targets_corpus
from vnkr.ingest.corpus import cleaning_log, load_corpus
from vnkr.report.runner import list_notebooks
from vnkr.tables.leaders import load_leaders
from vnkr.tables.sources import MANIFEST_COLUMNS

RUNNER_GOAL_SPEEDUP = 2.5
SCALE_GOAL_SECONDS = 10.0  # for 10,000 articles
SCALE_GOAL_MB = 1024.0  # peak resident memory for 10,000 articles
SCALE_GOAL_GROWTH = 12.0  # time(10×N) / time(N)


# ---------------------------------------------------------------- helpers
def median_or_none(values: list[float]) -> float | None:
    """Median of the measured values, ``None`` when nothing was measured.

    >>> median_or_none([3.0, 1.0, 2.0]), median_or_none([])
    (2.0, None)
    """
    return statistics.median(values) if values else None


def ratio_text(numerator: float | None, denominator: float | None) -> str:
    """``'2.84×'`` or ``'n/a'`` when either side is missing or zero.

    >>> ratio_text(10.0, 4.0), ratio_text(None, 4.0)
    ('2.50×', 'n/a')
    """
    if not numerator or not denominator:
        return "n/a"
    return f"{numerator / denominator:.2f}×"


def _timed(cmd: list[str], cwd: Path | None = None, env: dict | None = None) -> tuple[float, int, str]:
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True)
    seconds = time.perf_counter() - t0
    tail = (proc.stderr or proc.stdout or "").strip().splitlines()[-1:] if proc.returncode else []
    return seconds, proc.returncode, tail[0] if tail else ""


# ---------------------------------------------------------------- 1. report build
_RUNNER_SNIPPET = """
import json, sys
from pathlib import Path
from vnkr.report.runner import run_notebooks
res = run_notebooks(names=None, params=None, jobs=int(sys.argv[2]), show_code=False,
                    out_dir=Path(sys.argv[1]), **({"progress": False} if "progress" in
                    run_notebooks.__code__.co_varnames else {}))
print(json.dumps([{"name": r["name"], "status": r["status"], "seconds": r["seconds"],
                   "error": r["error"]} for r in res]))
"""


def _empty_notebook(path: Path) -> Path:
    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nb.metadata["language_info"] = {"name": "python"}
    nbformat.write(nb, path)
    return path


def time_runner(out_dir: Path, jobs: int) -> dict:
    """One run of ``run_notebooks`` over every notebook, in a fresh process; seconds and statuses."""
    out_dir.mkdir(parents=True, exist_ok=True)
    t0 = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-c", _RUNNER_SNIPPET, str(out_dir), str(jobs)], capture_output=True, text=True
    )
    seconds = time.perf_counter() - t0
    if proc.returncode != 0:
        tail = (proc.stderr.strip().splitlines() or ["no output"])[-1]
        return {"seconds": seconds, "ok": False, "detail": f"runner crashed: {tail}"}
    results = json.loads(proc.stdout.strip().splitlines()[-1])
    failed = [f"{r['name']}: {r['error']}" for r in results if r["status"] != "ok"]
    return {"seconds": seconds, "ok": not failed, "n": len(results), "detail": "; ".join(failed)}


def time_naive(notebooks: list[Path], out_dir: Path) -> dict:
    """The naive loop: per notebook, ``papermill`` CLI then ``jupyter nbconvert --to html``."""
    out_dir.mkdir(parents=True, exist_ok=True)
    bindir = Path(sys.executable).parent
    papermill = (
        [str(bindir / "papermill")]
        if (bindir / "papermill").exists()
        else [sys.executable, "-m", "papermill"]
    )
    failed = []
    t0 = time.perf_counter()
    for nb in notebooks:
        executed = out_dir / nb.name
        _, rc, tail = _timed(papermill + [str(nb), str(executed), "--kernel", "python3", "--no-progress-bar"])
        if rc:
            failed.append(f"{nb.stem}: papermill exit {rc} ({tail})")
        if executed.exists():  # a failed run still leaves a notebook showing the error, as in the runner
            _, rc, tail = _timed(
                [
                    sys.executable,
                    "-m",
                    "jupyter",
                    "nbconvert",
                    "--to",
                    "html",
                    "--output-dir",
                    str(out_dir),
                    str(executed),
                ]
            )
            if rc:
                failed.append(f"{nb.stem}: nbconvert exit {rc} ({tail})")
    return {
        "seconds": time.perf_counter() - t0,
        "ok": not failed,
        "n": len(notebooks),
        "detail": "; ".join(failed),
    }


def time_floor(work_dir: Path) -> dict:
    """One ``papermill`` CLI run of an empty notebook with a python3 kernelspec."""
    bindir = Path(sys.executable).parent
    papermill = (
        [str(bindir / "papermill")]
        if (bindir / "papermill").exists()
        else [sys.executable, "-m", "papermill"]
    )
    empty = _empty_notebook(work_dir / "empty.ipynb")
    seconds, rc, tail = _timed(
        papermill + [str(empty), str(work_dir / "empty.out.ipynb"), "--no-progress-bar"]
    )
    return {"seconds": seconds, "ok": rc == 0, "detail": tail}


def bench_report(runs: int, jobs: int, work_dir: Path) -> dict:
    """Median seconds of runner, naive loop and floor over ``runs`` interleaved rounds, and ratios."""
    print("\n== Report build: runner vs naive loop (papermill CLI + nbconvert CLI) vs floor ==")
    notebooks = list_notebooks()
    if not notebooks:
        print(f"   skipped: no notebooks in {paths.notebooks_dir()}")
        return {}
    print(
        f"   {len(notebooks)} notebooks ({', '.join(nb.stem for nb in notebooks)}), "
        f"runner jobs={jobs}, {runs} round(s), {os.cpu_count()} CPU(s); each variant in a fresh process"
    )
    times: dict[str, list[float]] = {"runner": [], "naive": [], "floor": []}
    any_failed = False
    for i in range(runs):
        # interleaved, so a slow moment of the machine hits every variant alike
        for name, fn in (
            ("floor", lambda d: time_floor(d)),
            ("runner", lambda d: time_runner(d, jobs)),
            ("naive", lambda d: time_naive(notebooks, d)),
        ):
            out = work_dir / f"{name}-{i}"
            out.mkdir(parents=True, exist_ok=True)
            r = fn(out)
            times[name].append(r["seconds"])
            any_failed |= not r["ok"]
            note = "" if r["ok"] else f"  (FAILED: {r['detail'][:200]})"
            print(f"   round {i + 1}  {name:<6} {r['seconds']:7.2f} s{note}", flush=True)
            shutil.rmtree(out, ignore_errors=True)
    med = {k: median_or_none(v) for k, v in times.items()}
    print(
        f"   median  runner {med['runner']:.2f} s | naive {med['naive']:.2f} s | floor {med['floor']:.2f} s"
    )
    print(
        f"   naive/runner = {ratio_text(med['naive'], med['runner'])} "
        f"(goal ≥ {RUNNER_GOAL_SPEEDUP}×: "
        f"{'met' if med['runner'] and med['naive'] / med['runner'] >= RUNNER_GOAL_SPEEDUP else 'NOT met'})"
        f"; runner/floor = {ratio_text(med['runner'], med['floor'])}"
    )
    if any_failed:
        print(
            "   CAVEAT: some notebooks failed, so these runs stopped early and the figures do not "
            "represent a full build"
        )
    return med


# ---------------------------------------------------------------- 2. corpus scale
# Site furniture of the kinds seen in Vietnamese news pages; the loader must strip it by rule.
COMMENT_FORMS = [
    "Ý kiến bình luận\nHọ và tên\nEmail\nLời bình\n\n/\n\nXác thực",
    "Gửi bình luận\nBạn đọc bình luận\nHọ tên\nEmail\nNội dung\nGửi",
    "Ý kiến bạn đọc\nĐăng nhập để bình luận\nQuy định bình luận",
]
RELATED_HEADINGS = [
    "CÓ THỂ BẠN QUAN TÂM",
    "Tin liên quan",
    "TIN LIÊN QUAN",
    "Tin cùng chuyên mục",
    "Đọc thêm",
    "Xem thêm",
]
RELATED_HEADLINES = [
    "Cà Mau, Đồng Tháp tổ chức bắn pháo hoa đón giao thừa tại nhiều điểm",
    "Gia Lai: Khai trương mô hình thương mại hai chiều vùng cao",
    "Giá vàng hôm nay tăng mạnh",
    "Thời tiết Hà Nội cuối tuần: trời rét, có mưa nhỏ",
    "Hà Nội đẩy mạnh chuyển đổi số trong cải cách hành chính",
    "Bộ đội Biên phòng bắt giữ đối tượng vận chuyển hàng cấm qua biên giới",
]
CAPTIONS = [
    "Tin ảnh: Mạnh Hùng",
    "Ảnh: TTXVN",
    "(Ảnh: VGP/Nhật Bắc)",
    "Ảnh minh họa",
    "Quang cảnh buổi hội đàm. Ảnh: Bộ Ngoại giao",
]
NAV = ["Trang chủ", "Thời sự", "Chính trị", "Đối ngoại", "Kinh tế", "Xã hội", "Video", "Podcast"]
WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]
# "sáng 22/7", "Ngày 23/6", "trưa 11/8": in-text day/month, rewritten to the synthetic event date
IN_TEXT_DATE = re.compile(r"(?i)\b(sáng|trưa|chiều|tối|ngày)\s+(\d{1,2})/(\d{1,2})(?![/\d])")
BORROWED_RULES = ("related_news", "comment_form", "site_chrome", "photo_credit", "interviewer_question")
MANIFEST_EXTRA_DEFAULTS = {"outlet": "", "title": "", "note": "synthetic benchmark article"}


def date_window(
    text: str, leaders, around: date, lo: date = date(2021, 1, 1), hi: date = date(2025, 12, 31)
) -> tuple[date, date]:
    """Dates on which every office holder named in ``text`` held office (within ``lo``–``hi``).

    ``leaders`` is ``load_leaders()`` (name, name_vi, aliases, role_vi, term_start, term_end,
    checked_on). A person named with a role title present in the text counts only in that role.
    Falls back to ``around`` ± 45 days when the terms leave no common date.
    """
    folded = text.casefold()
    start, end = lo, hi
    for _, rows in leaders.groupby("name", sort=False):
        spellings = {str(s) for col in ("name", "name_vi") for s in rows[col] if pd.notna(s)}
        spellings |= {a for s in rows["aliases"] if pd.notna(s) for a in str(s).split("|") if a}
        if not any(sp.casefold() in folded for sp in spellings if sp.strip()):
            continue
        titled = rows[[pd.notna(r) and str(r).casefold() in folded for r in rows["role_vi"]]]
        rows = titled if len(titled) else rows

        def day(v):
            return pd.Timestamp(v).date() if pd.notna(v) else None

        starts = [day(v) for v in rows["term_start"]]
        ends = [day(e) or day(c) or hi for e, c in zip(rows["term_end"], rows["checked_on"])]
        start = max(start, min(d for d in starts if d) if any(starts) else lo)
        end = min(end, max(ends))
    if not start <= around <= end:
        return around - timedelta(days=45), around + timedelta(days=45)
    return start, end


def seed_material(corpus, leaders=None) -> list[dict]:
    """Per seed document: its clean paragraphs, title, event date and the window of valid dates.

    ``corpus`` is ``load_corpus()`` of the real seeds, ``leaders`` ``load_leaders()`` (the window is
    then the span in which everyone the seed names was in office, see :func:`date_window`; without
    it, the event date ± 45 days). Short paragraphs (< 80 characters) are left out: they are
    headings or captions, and the generator adds its own furniture.
    """
    seeds = []
    for doc in corpus.itertuples(index=False):
        paras = [p.strip() for p in re.split(r"\n\s*\n|\n", doc.text) if len(p.strip()) >= 80]
        if paras:
            title = getattr(doc, "title", None)
            when = doc.event_date.date()
            window = (
                date_window(doc.text, leaders, when)
                if leaders is not None
                else (when - timedelta(days=45), when + timedelta(days=45))
            )
            seeds.append(
                {
                    "doc_id": doc.doc_id,
                    "paragraphs": paras,
                    "title": title if isinstance(title, str) and title else paras[0][:90],
                    "event_date": when,
                    "window": window,
                }
            )
    return seeds


def _shift_in_text_dates(text: str, when: date) -> str:
    return IN_TEXT_DATE.sub(lambda m: f"{m.group(1)} {when.day}/{when.month}", text)


def synthetic_article(seed: dict, rng: random.Random, extra_boilerplate: list[str]) -> str:
    """One article: the seed's paragraphs sampled and reordered, a new date, site furniture around it.

    The event date is drawn from the seed's ``window``, the dates on which the office holders the
    text names were in office (the loader checks dates against leaders' terms); it is written as a
    ``dd/mm/yyyy`` byline, or as a `` date YYYY-MM-DD`` header, and every in-text ``sáng d/m`` agrees.
    """
    lo, hi = seed["window"]
    when = lo + timedelta(days=rng.randint(0, (hi - lo).days))
    paras = seed["paragraphs"]
    body = [paras[0]] + rng.sample(paras[1:], k=max(0, min(len(paras) - 1, rng.randint(2, 12))))
    body = [_shift_in_text_dates(p, when) for p in body]
    parts: list[str] = []
    style = rng.randrange(3)
    if style == 0:  # the scraper's header opens the file, as in the seeds
        parts.append(f" date {when:%Y-%m-%d} " + body[0])
    else:
        if rng.random() < 0.5:
            parts.append("\n".join(rng.sample(NAV, k=5)))
        parts.append(seed["title"])
        if style == 1:
            byline = f"{WEEKDAYS[when.weekday()]}, {when:%d/%m/%Y} {rng.randint(6, 22):02d}:{rng.randint(0, 59):02d}"
        else:
            byline = f"PV - {rng.randint(6, 22):02d}:{rng.randint(0, 59):02d}, {when:%d/%m/%Y}"
        parts += [byline, body[0]]
    for p in body[1:]:
        parts.append(p)
        if rng.random() < 0.15:
            parts.append(rng.choice(CAPTIONS))
    if rng.random() < 0.7:
        related = [rng.choice(RELATED_HEADINGS)]
        for headline in rng.sample(RELATED_HEADLINES, k=3):
            related += [headline, headline] if rng.random() < 0.5 else [headline]  # repeated teasers
        parts.append("\n".join(related))
    if extra_boilerplate and rng.random() < 0.3:
        parts.append(rng.choice(extra_boilerplate))
    if rng.random() < 0.6:
        parts.append(rng.choice(COMMENT_FORMS))
    return "\n\n".join(parts) + "\n"


def write_synthetic_corpus(
    n_articles: int,
    out_dir: Path,
    seeds: list[dict],
    manifest_columns: list[str],
    extra_boilerplate: list[str] | None = None,
    seed: int = 20250811,
) -> tuple[Path, Path, int]:
    """Write ``n_articles`` files to ``out_dir/raw`` and their manifest; returns (raw_dir, manifest, bytes).

    The manifest has the real manifest's columns: ``doc_id``, ``file``, ``sha256`` computed from the
    bytes written, other columns left empty unless they have a default (``note`` says synthetic).
    """
    rng = random.Random(seed)
    raw = out_dir / "raw"
    raw.mkdir(parents=True, exist_ok=True)
    rows, n_bytes = [], 0
    for i in range(n_articles):
        data = synthetic_article(rng.choice(seeds), rng, extra_boilerplate or []).encode("utf-8")
        sha = hashlib.sha256(data).hexdigest()
        name = f"{i:05d}_{sha[:16]}.txt"
        (raw / name).write_bytes(data)
        n_bytes += len(data)
        row = {c: MANIFEST_EXTRA_DEFAULTS.get(c, "") for c in manifest_columns}
        row.update({"doc_id": name.removesuffix(".txt"), "file": name, "sha256": sha})
        rows.append(row)
    manifest = out_dir / "sources.csv"
    pd.DataFrame(rows, columns=manifest_columns).to_csv(manifest, index=False)
    return raw, manifest, n_bytes


def measure_pipeline(raw_dir: str, manifest: str, profile: bool = False) -> dict:
    """Run in a fresh process: load + extract over every row; seconds per stage and peak RSS (MB).

    Returns ``{load_s, commitments_s, targets_s, total_s, rows, problems, n_commitments, n_targets,
    baseline_mb, peak_mb}``; ``baseline_mb`` is the resident size after imports, before any work.
    """

    def rss_mb() -> float:  # ru_maxrss is in KiB on Linux
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    baseline = rss_mb()
    profiler = None
    if profile:
        profiler = cProfile.Profile()
        profiler.enable()
    cpu0 = time.process_time()
    t0 = time.perf_counter()
    loaded = load_corpus(Path(raw_dir), manifest=Path(manifest), strict=False)
    corpus, problems = loaded if isinstance(loaded, tuple) else (loaded, [])
    t1 = time.perf_counter()
    n_commitments = len(extract_commitments_corpus(corpus))
    t2 = time.perf_counter()
    n_targets = len(extract_targets_corpus(corpus))
    t3 = time.perf_counter()
    cpu_s = time.process_time() - cpu0
    out = {
        "cpu_s": cpu_s,
        "load_s": t1 - t0,
        "commitments_s": t2 - t1,
        "targets_s": t3 - t2,
        "total_s": t3 - t0,
        "rows": len(corpus),
        "problems": len(problems),
        "errors": int((problems["severity"] == "error").sum()) if len(problems) else 0,
        "n_commitments": n_commitments,
        "n_targets": n_targets,
        "baseline_mb": baseline,
        "peak_mb": rss_mb(),
        "duplicates": int(corpus["duplicate_of"].fillna("").astype(str).ne("").sum())
        if "duplicate_of" in corpus
        else None,
    }
    if len(problems):  # the commonest reasons, numbers masked so that alike messages group
        reasons = (
            problems["severity"]
            + ": "
            + problems["reason"].astype(str).str.replace(r"\d+", "N", regex=True).str.slice(0, 160)
        )
        out["top_problems"] = [f"{n} × {r}" for r, n in reasons.value_counts().head(4).items()]
    if profiler is not None:
        profiler.disable()
        stats = pstats.Stats(profiler)
        rows = sorted(stats.stats.items(), key=lambda kv: kv[1][3], reverse=True)  # cumulative time
        out["hotspots"] = [
            {"where": f"{Path(f).name}:{fn} (line {ln})", "cum_s": round(v[3], 3), "self_s": round(v[2], 3)}
            for (f, ln, fn), v in rows
            if "vnkr" in f and not f.endswith("bench.py")
        ][:15]
        self_rows = sorted(stats.stats.items(), key=lambda kv: kv[1][2], reverse=True)
        out["self_hotspots"] = [
            {"where": f"{Path(f).name}:{fn} (line {ln})", "self_s": round(v[2], 3)}
            for (f, ln, fn), v in self_rows
        ][:10]
    return out


_CHILD_SNIPPET = """
import json, sys
sys.path.insert(0, {bench_dir!r})
from bench import measure_pipeline
print(json.dumps(measure_pipeline(sys.argv[1], sys.argv[2], profile=sys.argv[3] == "1")))
"""


def bench_corpus(sizes: list[int], work_dir: Path, profile: bool = False) -> dict:
    """Generate each synthetic corpus, measure it in a fresh process, print a table and the goals."""
    print(
        "\n== Corpus scale: load_corpus + extract_commitments_corpus + extract_targets_corpus "
        "(one frame per corpus) =="
    )
    seeds_corpus = load_corpus()
    try:
        leaders = load_leaders()
    except Exception as exc:  # without terms the dates stay near each seed's own
        print(f"   note: no leaders table ({type(exc).__name__}: {exc}); dates within ±45 days of each seed")
        leaders = None
    seeds = seed_material(seeds_corpus, leaders)
    manifest_columns = MANIFEST_COLUMNS
    extra = []
    try:
        log = cleaning_log()
        # furniture only: bylines, page clocks and captions carry dates and leaders' names of
        # another seed, which would (rightly) make the loader date the article by them
        keep = log["rule"].isin(BORROWED_RULES)
        extra = sorted({t for t in log.loc[keep, "text"].astype(str) if 2 <= len(t) <= 2000})
    except Exception as exc:  # the generator has its own furniture; the seeds' is a bonus
        print(f"   note: no cleaning log to borrow boilerplate from ({type(exc).__name__}: {exc})")
    for sd in seeds:
        print(
            f"   seed {sd['doc_id']}: event {sd['event_date']}, synthetic dates {sd['window'][0]} – "
            f"{sd['window'][1]}"
        )
    print(
        f"   built from {len(seeds)} seed articles ({sum(len(s['paragraphs']) for s in seeds)} "
        f"paragraphs), {len(extra)} real boilerplate blocks; each size measured in a fresh process"
    )
    print(
        f"   {'articles':>8} {'raw MB':>7} {'rows':>6} {'errors':>6} {'warns':>5} {'dups':>5} {'load s':>7} "
        f"{'commit s':>8} {'target s':>8} {'total s':>7} {'cpu s':>6} {'MB/s':>6} {'peak MB':>7} {'base MB':>7}"
    )
    results = {}
    for n in sizes:
        size_dir = work_dir / f"corpus-{n}"
        raw, manifest, n_bytes = write_synthetic_corpus(n, size_dir, seeds, manifest_columns, extra)
        proc = subprocess.run(
            [
                sys.executable,
                "-c",
                _CHILD_SNIPPET.format(bench_dir=str(Path(__file__).resolve().parent)),
                str(raw),
                str(manifest),
                "1" if profile and n == max(sizes) else "0",
            ],
            capture_output=True,
            text=True,
            env={**os.environ, "MPLBACKEND": "Agg"},
        )
        shutil.rmtree(size_dir, ignore_errors=True)
        if proc.returncode != 0:
            tail = "\n      ".join(proc.stderr.strip().splitlines()[-6:])
            print(f"   {n:>8} FAILED:\n      {tail}")
            continue
        r = json.loads(proc.stdout.strip().splitlines()[-1])
        r["raw_mb"] = n_bytes / 1e6
        results[n] = r
        print(
            f"   {n:>8} {r['raw_mb']:7.1f} {r['rows']:>6} {r['errors']:>6} {r['problems'] - r['errors']:>5} "
            f"{r['duplicates'] if r['duplicates'] is not None else '-':>5} {r['load_s']:7.2f} "
            f"{r['commitments_s']:8.2f} {r['targets_s']:8.2f} {r['total_s']:7.2f} "
            f"{r['cpu_s']:6.2f} {r['raw_mb'] / r['total_s']:6.2f} {r['peak_mb']:7.0f} {r['baseline_mb']:7.0f}",
            flush=True,
        )
        for line in r.get("top_problems", []):
            print(f"            {line}")
        for h in r.get("hotspots", []):
            print(f"            profile (cumulative) {h['cum_s']:7.2f} s  {h['where']}")
        for h in r.get("self_hotspots", []):
            print(f"            profile (self)       {h['self_s']:7.2f} s  {h['where']}")
    _print_scale_goals(results)
    return results


def _print_scale_goals(results: dict) -> None:
    if 10_000 in results:
        r = results[10_000]
        ok = r["total_s"] <= SCALE_GOAL_SECONDS and r["peak_mb"] <= SCALE_GOAL_MB
        print(
            f"   10,000 articles: {r['total_s']:.2f} s, peak {r['peak_mb']:.0f} MB "
            f"(goal ≤ {SCALE_GOAL_SECONDS:.0f} s and ≤ {SCALE_GOAL_MB:.0f} MB: {'met' if ok else 'NOT met'})"
        )
    sizes = sorted(results)
    for small, big in zip(sizes, sizes[1:]):
        growth = results[big]["total_s"] / results[small]["total_s"]
        factor = big / small
        goal = SCALE_GOAL_GROWTH * factor / 10
        print(
            f"   growth time({big})/time({small}) = {growth:.2f} for {factor:.0f}× the articles "
            f"(goal ≤ {goal:.0f}: {'met' if growth <= goal else 'NOT met'})"
        )


# ---------------------------------------------------------------- CLI
def cli(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python benchmarks/bench.py", description=__doc__.split("\n\n")[0])
    ap.add_argument("--runs", type=int, default=3, help="rounds of the report build (median; default 3)")
    ap.add_argument("--jobs", type=int, default=2, help="runner jobs (default 2, as make report)")
    ap.add_argument("--sizes", default="100,1000,10000", help="corpus sizes (default 100,1000,10000)")
    ap.add_argument("--skip-report", action="store_true", help="skip the report-build benchmark")
    ap.add_argument("--skip-corpus", action="store_true", help="skip the corpus-scale benchmark")
    ap.add_argument(
        "--profile",
        action="store_true",
        help="cProfile the largest corpus size and print the hotspots (file:function)",
    )
    args = ap.parse_args(argv)
    try:
        sizes = [int(s.replace("_", "")) for s in args.sizes.split(",") if s.strip()]
    except ValueError:
        ap.error(f"--sizes {args.sizes!r}: expected comma-separated integers, e.g. 100,1000,10000")

    print(
        f"vnkr bench: Python {platform.python_version()}, {platform.machine()}, "
        f"{os.cpu_count()} CPU(s), {time.strftime('%Y-%m-%d %H:%M')}, "
        f"load average {os.getloadavg()[0]:.2f} (other work on the machine slows every figure)"
    )
    with tempfile.TemporaryDirectory(prefix="vnkr-bench-") as tmp:
        work = Path(tmp)
        if not args.skip_report:
            bench_report(max(1, args.runs), args.jobs, work / "report")
        if not args.skip_corpus:
            bench_corpus(sizes, work / "corpus", profile=args.profile)
    print(f"\nload average at the end {os.getloadavg()[0]:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(cli())
