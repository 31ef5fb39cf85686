"""Real-browser check of the rendered reports: ``python tools/browser_check.py`` (``make browser-check``).

Opens every ``reports/*.html`` (``index.html`` included) as a ``file://`` URL in headless Chromium —
Debian's ``/usr/bin/chromium`` driven by Playwright's Python package; nothing is downloaded — and
checks what a reader would see: no console errors or uncaught page errors, every ``<img>`` loaded
(``naturalWidth > 0``), and a full-page screenshot written to ``reports/screenshots/<name>.png``.
Every request that is not ``file://``/``data:``/``blob:`` is aborted, so a report that tries to reach
the network (a CDN script, a tracking pixel) is caught offline and listed as a finding; if the blocked
request leaves a console error behind, the page fails. ``make browser-check`` (run by ``.ci/run``)
installs ``chromium`` and ``playwright`` first.

    >>> page_failures({"images_total": 2, "images_loaded": 1, "console_errors": [],
    ...                "blocked_requests": [], "error": None})
    ['1 of 2 images did not load']
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from vnkr import paths

CHROMIUM = "/usr/bin/chromium"
# Flags that keep a headless run quiet, sandbox-free for containers, and off the network: no QUIC,
# no first-run, no background updates/sync that would phone home.
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
LOCAL_SCHEMES = ("file:", "data:", "blob:", "about:")

# Runs in the page: bring lazy images into view so they load, wait (bounded) for each to settle,
# then report every image's URL and natural width.
_IMAGES_JS = """
async (timeoutMs) => {
  const imgs = Array.from(document.images);
  for (const img of imgs) { if (img.loading === 'lazy') img.loading = 'eager'; }
  const settle = img => img.complete ? Promise.resolve() :
      new Promise(r => { img.addEventListener('load', r); img.addEventListener('error', r); });
  await Promise.race([Promise.all(imgs.map(settle)),
                      new Promise(r => setTimeout(r, timeoutMs))]);
  return imgs.map(img => ({src: (img.currentSrc || img.src || '').slice(0, 120),
                           naturalWidth: img.naturalWidth}));
}
"""


def report_pages(reports_dir: Path) -> list[Path]:
    """The HTML pages to check: every ``*.html`` directly in ``reports_dir``, sorted by name.

    >>> report_pages(Path("/nonexistent"))
    []
    """
    return sorted(p for p in Path(reports_dir).glob("*.html") if p.is_file())


def is_local_url(url: str) -> bool:
    """True for URLs a self-contained report may load (``file:``, ``data:``, ``blob:``, ``about:``).

    >>> is_local_url("file:///work/reports/index.html"), is_local_url("https://cdnjs.cloudflare.com/x.js")
    (True, False)
    """
    return url.lower().startswith(LOCAL_SCHEMES)


def page_failures(result: dict) -> list[str]:
    """Why a checked page fails (empty list: it passes). Blocked requests alone are findings, not failures.

    ``result`` has ``images_total``, ``images_loaded``, ``console_errors`` (list of str),
    ``blocked_requests`` (list of URLs) and ``error`` (str or None: the page could not be checked).
    """
    reasons = []
    if result.get("error"):
        reasons.append(f"could not be checked: {result['error']}")
    missing = result["images_total"] - result["images_loaded"]
    if missing:
        reasons.append(f"{missing} of {result['images_total']} images did not load")
    n_errors = len(result["console_errors"])
    if n_errors:
        reasons.append(f"{n_errors} console error(s)")
    return reasons


def summary_line(name: str, result: dict) -> str:
    """One printed line per page: verdict, images ok/total, console errors, blocked requests.

    >>> summary_line("01_timeline.html", {"images_total": 3, "images_loaded": 3, "console_errors": [],
    ...               "blocked_requests": [], "error": None})
    'ok      01_timeline.html              images 3/3  console errors 0  blocked requests 0'
    """
    verdict = "FAILED" if page_failures(result) else "ok"
    return (
        f"{verdict:<7} {name:<29} images {result['images_loaded']}/{result['images_total']}  "
        f"console errors {len(result['console_errors'])}  "
        f"blocked requests {len(result['blocked_requests'])}"
    )


def check_page(context, html_path: Path, screenshot_path: Path, timeout_ms: int = 30_000) -> dict:
    """Load one page in a Playwright browser ``context``; collect images, console errors, blocked URLs."""
    result = {
        "images_total": 0,
        "images_loaded": 0,
        "images": [],
        "console_errors": [],
        "blocked_requests": [],
        "error": None,
        "screenshot": None,
    }
    page = context.new_page()

    def on_console(msg):
        if msg.type == "error":
            loc = msg.location or {}
            where = f" ({loc.get('url', '')}:{loc.get('lineNumber', '')})" if loc.get("url") else ""
            result["console_errors"].append(f"console.error: {msg.text}{where}")

    def on_route(route):
        url = route.request.url
        if is_local_url(url):
            route.continue_()
        else:
            result["blocked_requests"].append(url)
            route.abort()

    page.on("console", on_console)
    page.on("pageerror", lambda exc: result["console_errors"].append(f"uncaught: {exc}"))
    page.route("**/*", on_route)
    try:
        page.goto(html_path.resolve().as_uri(), wait_until="load", timeout=timeout_ms)
        images = page.evaluate(_IMAGES_JS, min(timeout_ms, 10_000))
        result["images"] = images
        result["images_total"] = len(images)
        result["images_loaded"] = sum(1 for i in images if i["naturalWidth"] > 0)
        screenshot_path.parent.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(screenshot_path), full_page=True, timeout=timeout_ms)
        result["screenshot"] = screenshot_path
    except Exception as exc:  # a page that cannot load or render is reported, the others still run
        result["error"] = f"{type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}"
    finally:
        page.close()
    return result


def check_pages(
    html_paths: list[Path], screenshot_dir: Path, chromium: str = CHROMIUM, timeout_ms: int = 30_000
) -> dict[Path, dict]:
    """Check each page in one headless Chromium; returns ``{html_path: result}`` (see :func:`check_page`)."""
    from playwright.sync_api import sync_playwright

    results = {}
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=chromium, headless=True, args=CHROMIUM_ARGS)
        try:
            # a fresh context per page: no cache or storage carried from one report to the next
            for html_path in html_paths:
                context = browser.new_context(
                    viewport={"width": 1280, "height": 900}, service_workers="block"
                )
                try:
                    shot = Path(screenshot_dir) / f"{html_path.name.removesuffix('.html')}.png"
                    results[html_path] = check_page(context, html_path, shot, timeout_ms)
                finally:
                    context.close()
        finally:
            browser.close()
    return results


def cli(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python tools/browser_check.py", description=__doc__.split("\n\n")[0])
    ap.add_argument("--reports", type=Path, default=None, help="folder of HTML pages (default reports/)")
    ap.add_argument(
        "--screenshots", type=Path, default=None, help="where screenshots go (default <reports>/screenshots/)"
    )
    ap.add_argument("--chromium", default=CHROMIUM, help=f"browser executable (default {CHROMIUM})")
    ap.add_argument("--timeout", type=float, default=30.0, help="seconds allowed per page (default 30)")
    args = ap.parse_args(argv)

    reports = args.reports or paths.reports_dir()
    screenshots = args.screenshots or reports / "screenshots"
    pages = report_pages(reports)
    if not pages:
        print(f"browser-check: no *.html in {reports} (run `make report` first)", file=sys.stderr)
        return 1
    if not Path(args.chromium).exists():
        print(f"browser-check: {args.chromium} not found (Debian: apt-get install chromium)", file=sys.stderr)
        return 1
    try:
        import playwright  # noqa: F401
    except ImportError:
        print(
            "browser-check: the playwright package is missing (pip install -e '.[browser]')", file=sys.stderr
        )
        return 1

    results = check_pages(pages, screenshots, args.chromium, int(args.timeout * 1000))
    n_failed = 0
    for html_path, result in results.items():
        print(summary_line(html_path.name, result))
        failures = page_failures(result)
        n_failed += bool(failures)
        for reason in failures:
            print(f"    fails: {reason}")
        for msg in result["console_errors"]:
            print(f"    {msg}")
        for img in result["images"]:
            if img["naturalWidth"] <= 0:
                print(f"    image not loaded: {img['src']}")
        for url in result["blocked_requests"]:
            print(f"    blocked (not file://): {url}")
    n_blocked = sum(len(r["blocked_requests"]) for r in results.values())
    print(
        f"browser-check: {len(results) - n_failed}/{len(results)} pages ok, "
        f"{n_blocked} external request(s) blocked; screenshots in {screenshots}"
    )
    return 1 if n_failed else 0


if __name__ == "__main__":
    sys.exit(cli())
