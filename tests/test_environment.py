"""environment.yml (conda) and pyproject.toml (pip) must list the same packages and bounds."""
from __future__ import annotations

import re
import tomllib

import yaml

from vnkr.paths import ROOT


def _norm(req: str) -> tuple[str, str]:
    m = re.match(r"^\s*([A-Za-z0-9_.\-]+)\s*(.*)$", req)
    return m.group(1).lower().replace("_", "-"), m.group(2).replace(" ", "")


def test_conda_environment_lists_the_same_packages_as_pyproject():
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    pip_deps = dict(_norm(r) for r in pyproject["project"]["dependencies"])
    env = yaml.safe_load((ROOT / "environment.yml").read_text(encoding="utf-8"))
    conda_deps = {}
    for dep in env["dependencies"]:
        if isinstance(dep, dict):
            for pip_req in dep.get("pip", []):
                if not pip_req.startswith("-e"):
                    conda_deps.update([_norm(pip_req)])
        else:
            name, spec = _norm(dep)
            if name not in {"python", "pip"}:
                conda_deps[name] = spec
    assert conda_deps == pip_deps


def test_conda_environment_installs_the_package_itself():
    env = yaml.safe_load((ROOT / "environment.yml").read_text(encoding="utf-8"))
    pip_section = next(d["pip"] for d in env["dependencies"] if isinstance(d, dict))
    assert "-e ." in pip_section
    assert "conda-forge" in env["channels"]
