"""environment.yml (conda) must list the packages of pyproject.toml that a conda user needs (the
library's dependencies and the `test` and `lab` groups) with the same lower bounds, and uv.lock must
be the lock of this pyproject.toml."""

from __future__ import annotations

import re
import tomllib

import pytest
import yaml
from vnkr.paths import ROOT

CONDA_GROUPS = ("test", "lab")  # `browser` is CI-only (playwright drives Debian's chromium)


def _norm(req: str) -> tuple[str, str]:
    m = re.match(r"^\s*([A-Za-z0-9_.\-]+)\s*(.*)$", req)
    return m.group(1).lower().replace("_", "-"), m.group(2).replace(" ", "")


@pytest.fixture(scope="module")
def pyproject():
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def conda():
    return yaml.safe_load((ROOT / "environment.yml").read_text(encoding="utf-8"))


def _conda_deps(env) -> dict[str, str]:
    deps = {}
    for dep in env["dependencies"]:
        if isinstance(dep, dict):
            deps.update(_norm(r) for r in dep.get("pip", []) if not r.startswith("-e"))
        else:
            name, spec = _norm(dep)
            if name not in {"python", "pip"}:
                deps[name] = spec
    return deps


def test_conda_environment_lists_the_runtime_test_and_lab_packages_with_their_bounds(pyproject, conda):
    wanted = dict(_norm(r) for r in pyproject["project"]["dependencies"])
    for group in CONDA_GROUPS:
        wanted.update(_norm(r) for r in pyproject["dependency-groups"][group])
    assert _conda_deps(conda) == wanted


def test_every_requirement_has_a_lower_bound(pyproject):
    reqs = list(pyproject["project"]["dependencies"])
    for group in pyproject["dependency-groups"].values():
        reqs += group
    assert [r for r in reqs if ">=" not in r] == []


def test_conda_environment_installs_the_package_itself_on_a_supported_python(pyproject, conda):
    pip_section = next(d["pip"] for d in conda["dependencies"] if isinstance(d, dict))
    assert "-e ." in pip_section
    assert "conda-forge" in conda["channels"]
    assert f"python{pyproject['project']['requires-python']}" in conda["dependencies"]


def test_test_tools_are_not_runtime_dependencies(pyproject):
    runtime = {_norm(r)[0] for r in pyproject["project"]["dependencies"]}
    assert runtime.isdisjoint({"pytest", "nbval", "hypothesis", "pytest-xdist", "ruff", "jupyterlab"})


def test_uv_lock_pins_every_package_of_pyproject(pyproject):
    lock = tomllib.loads((ROOT / "uv.lock").read_text(encoding="utf-8"))
    pinned = {p["name"] for p in lock["package"]}
    declared = {_norm(r)[0] for r in pyproject["project"]["dependencies"]}
    for group in pyproject["dependency-groups"].values():
        declared |= {_norm(r)[0] for r in group}
    assert declared <= pinned
    assert lock["requires-python"] == pyproject["project"]["requires-python"]
