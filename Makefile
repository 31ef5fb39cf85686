# The front door. `make report` and `make test` are all a new user needs (see README).
# Environments come from the committed uv.lock: `uv sync --locked` never resolves, it installs the
# pinned set (and fails if pyproject.toml and uv.lock disagree: run `make lock`).
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
JOBS   ?= 2

# uv: the one on PATH, else a private copy bootstrapped from PyPI into .venv-uv/ (no root, no
# ~/.local, no installer script from the web). Pinned so an old uv never misreads uv.lock.
UV_VERSION ?= 0.13.9
UV_BOOT    := .venv-uv/bin/uv
UV         := $(or $(shell command -v uv 2>/dev/null),$(UV_BOOT))
UV_DEP     := $(filter $(UV_BOOT),$(UV))
# Build .venv on the interpreter `$(PYTHON)` names (requires-python >= 3.11); never download one.
export UV_PYTHON ?= $(PYTHON)
export UV_PYTHON_DOWNLOADS ?= never
export UV_PROJECT_ENVIRONMENT := $(VENV)

# One stamp per dependency set, so a second `make test` runs no uv at all. --inexact: a group synced
# for one target is never uninstalled by another (report after test keeps pytest, and so on).
SYNC   := $(UV) sync --locked --inexact --quiet
LOCKED := pyproject.toml uv.lock

NB_LINT := $(wildcard lib tests tools benchmarks notebooks)

.PHONY: env env-test env-lab report test lab lint lock hooks checked-outputs validate evaluate bench add \
	browser-check clean

env: $(VENV)/.sync-default
env-test: $(VENV)/.sync-test
env-lab: $(VENV)/.sync-lab

$(UV_BOOT):
	$(PYTHON) -m venv .venv-uv
	.venv-uv/bin/python -m pip install --quiet --disable-pip-version-check 'uv==$(UV_VERSION)'

$(VENV)/.sync-default: $(LOCKED) | $(UV_DEP)
	$(SYNC)
	@$(MAKE) --no-print-directory fontcache
	touch $@

$(VENV)/.sync-test: $(LOCKED) | $(UV_DEP)
	$(SYNC) --group test
	@$(MAKE) --no-print-directory fontcache
	touch $@

$(VENV)/.sync-lab: $(LOCKED) | $(UV_DEP)
	$(SYNC) --group lab
	@$(MAKE) --no-print-directory fontcache
	touch $@

# matplotlib's font cache is built once here, so parallel kernels never race to build it; and the
# kernel the notebooks name (python3) must be the venv's.
.PHONY: fontcache
fontcache:
	$(PY) -c "import matplotlib.pyplot"
	$(PY) -m jupyter kernelspec list | grep -q python3

report: env
	$(PY) -m vnkr build
	$(PY) -m vnkr report --lang en,vi --jobs $(JOBS)

test: env-test lint
	$(PY) -m pytest -n $(JOBS) --dist loadscope --nbval-lax --nbval-current-env \
		--nbval-sanitize-with tests/nbval_sanitize.cfg --doctest-modules tests notebooks lib

# ruff lint and format check over the code and the notebooks; the first step of `make test`.
lint: env-test
	$(VENV)/bin/ruff check $(NB_LINT)
	$(VENV)/bin/ruff format --check $(NB_LINT)

# JupyterLab refuses to run as root unless told; containers and CI images often are root.
lab: env-lab
	$(PY) -m jupyter lab $(if $(filter 0,$(shell id -u)),--allow-root) notebooks

# The upgrade command: re-resolve every package to its newest version within pyproject.toml's bounds.
lock: | $(UV_DEP)
	$(UV) lock --upgrade

# Once per clone: strip notebook outputs at `git add` (keeping the cells marked keep_output) and
# diff notebooks cell by cell. Both are configured in .gitattributes; this registers the drivers.
# Paths are relative (git runs filters at the top of the work tree), so the setting also holds in
# other worktrees of the same repository, each with its own .venv.
hooks: env-test
	$(VENV)/bin/nbstripout --install --attributes .gitattributes
	git config filter.nbstripout.clean '$(PY) tools/strip_notebooks.py'
	git config diff.ipynb.textconv '$(PY) -m nbstripout -t'

# The one command that re-records checks: run each notebook at its defaults and store the outputs of
# its `# NBVAL_CHECK_OUTPUT` cells (nbval compares them); every other output is stripped.
checked-outputs: env-test
	$(PY) tools/store_checked_outputs.py

validate: env
	$(PY) -m vnkr validate

# make add FILE=report.txt URL=https://... [PUBLISHED=YYYY-MM-DD] [OUTLET=...] [TITLE=...]
add: env
	$(PY) -m vnkr add "$(FILE)" --url "$(URL)" $(if $(PUBLISHED),--published "$(PUBLISHED)") \
		$(if $(OUTLET),--outlet "$(OUTLET)") $(if $(TITLE),--title "$(TITLE)")

evaluate: env
	$(PY) -m vnkr evaluate

bench: env
	$(PY) benchmarks/bench.py

# Opens every rendered report in headless Chromium (Debian's package) and screenshots it.
browser-check: env | $(UV_DEP)
	command -v chromium >/dev/null || (apt-get update -qq && apt-get install -y -qq chromium >/dev/null)
	$(SYNC) --group browser
	test -f reports/index.html || $(MAKE) report
	$(PY) tools/browser_check.py

clean:
	rm -rf reports/*.html reports/*.ipynb reports/manifest.json reports/data reports/screenshots data/processed/*.csv
