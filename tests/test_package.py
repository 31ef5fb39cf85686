"""The public API: every name `vnkr` promises resolves, and the CLI lists its commands."""

from __future__ import annotations

import subprocess
import sys

import vnkr


def test_every_exported_name_resolves_to_a_callable():
    missing = [name for name in vnkr.__all__ if not callable(getattr(vnkr, name, None))]
    assert missing == []


def test_cli_without_command_prints_usage_and_fails():
    proc = subprocess.run([sys.executable, "-m", "vnkr"], capture_output=True, text=True)
    assert proc.returncode == 2 and "validate" in proc.stderr and "report" in proc.stderr


def test_validate_cli_passes_on_the_project_data():
    proc = subprocess.run([sys.executable, "-m", "vnkr", "validate"], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    checks = [line.split()[:2] for line in proc.stdout.splitlines()]
    assert checks == [
        ["ok", name] for name in ("corpus", "events", "commitments", "trade", "targets", "meetings")
    ]


# ---------------------------------------------------------------- shape of the package
import ast  # noqa: E402
from pathlib import Path  # noqa: E402

PACKAGE = Path(vnkr.__file__).resolve().parent
STAGES = ["tables", "ingest", "extract", "analysis", "report"]  # lowest first
BASE = {"vnkr.paths", "vnkr.errors", "vnkr.parallel"}  # below every stage


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path) -> set[str]:
    """vnkr modules imported by ``path`` (relative imports resolved; ``from x import y`` counts y
    when y is itself a module)."""
    name = _module_name(path)
    package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
    out = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            out |= {a.name for a in node.names if a.name.startswith("vnkr")}
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                base = ".".join(
                    package.split(".")[: len(package.split(".")) - node.level + 1] + ([base] if base else [])
                )
            if not base.startswith("vnkr"):
                continue
            for alias in node.names:
                candidate = f"{base}.{alias.name}"
                out.add(candidate if _is_module(candidate) else base)
    return out - {name}


def _is_module(name: str) -> bool:
    rel = Path(*name.split(".")[1:])
    return (PACKAGE / rel).with_suffix(".py").exists() or (PACKAGE / rel / "__init__.py").exists()


def _graph() -> dict[str, set[str]]:
    return {_module_name(p): _imports(p) for p in PACKAGE.rglob("*.py")}


def _rank(module: str) -> int:
    """0 for the base modules, 1.. for the stages in order, len(STAGES) + 1 for the package's top
    level (the lazy API, the CLI and ``validate``, which sit above every stage)."""
    if module in BASE:
        return 0
    parts = module.split(".")
    if len(parts) > 1 and parts[1] in STAGES:
        return STAGES.index(parts[1]) + 1
    return len(STAGES) + 1


def test_imports_point_down_the_stages():
    graph = _graph()
    upward = sorted(
        f"{m} -> {d}" for m, deps in graph.items() for d in deps if d in graph and _rank(d) > _rank(m)
    )
    assert upward == []
    # and no cycle, inside a stage either: depth-first search for a back edge
    state: dict[str, int] = {}

    def visit(m: str, trail: list[str]) -> None:
        state[m] = 1
        for d in sorted(graph.get(m, ())):
            if d not in graph or d == "vnkr":
                continue
            assert state.get(d) != 1, "import cycle: " + " -> ".join(trail + [m, d])
            if d not in state:
                visit(d, trail + [m])
        state[m] = 2

    for m in sorted(graph):
        if m not in state:
            visit(m, [])


def test_imports_inside_functions_are_only_for_optional_dependencies():
    inside = []
    for path in PACKAGE.rglob("*.py"):
        for fn in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(fn, (ast.FunctionDef, ast.AsyncFunctionDef)):
                inside += [
                    f"{path.relative_to(PACKAGE)}:{n.lineno}"
                    for n in ast.walk(fn)
                    if isinstance(n, (ast.Import, ast.ImportFrom))
                ]
    assert inside == []


def test_no_module_is_over_400_lines():
    sizes = {
        str(p.relative_to(PACKAGE)): len(p.read_text(encoding="utf-8").splitlines())
        for p in PACKAGE.rglob("*.py")
    }
    assert {name: n for name, n in sizes.items() if n > 400} == {}
