# The front door. `make report` and `make test` are all a new user needs (see README).
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.vnkr-installed
JOBS   ?= 2

.PHONY: env report test lab validate evaluate bench browser-check notebooks clean

env: $(STAMP)

# Create the environment if missing (or when the dependency list changed), install the package
# editable, and build matplotlib's font cache once so parallel kernels never race to build it.
$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e .
	$(PY) -c "import matplotlib.pyplot"
	$(PY) -m jupyter kernelspec list | grep -q python3
	touch $(STAMP)

report: env
	$(PY) -m vnkr build
	$(PY) -m vnkr report --lang en,vi --jobs $(JOBS)

test: env
	$(PY) -m pytest -n $(JOBS) --dist loadscope --nbval-lax --nbval-current-env \
		--nbval-sanitize-with tests/nbval_sanitize.cfg --doctest-modules tests notebooks lib

lab: env
	$(PY) -m jupyter lab notebooks

validate: env
	$(PY) -m vnkr validate

evaluate: env
	$(PY) -m vnkr evaluate

bench: env
	$(PY) benchmarks/bench.py

# Opens every rendered report in headless Chromium (Debian's package) and screenshots it.
browser-check: env
	command -v chromium >/dev/null || (apt-get update -qq && apt-get install -y -qq chromium >/dev/null)
	$(PY) -m pip install --quiet -e '.[browser]'
	test -f reports/index.html || $(MAKE) report
	$(PY) tools/browser_check.py

# Maintainers: regenerate notebooks/ from tools/build_notebooks.py, then store the outputs of the
# cells nbval checks (every other output stays stripped).
notebooks: env
	$(PY) tools/build_notebooks.py
	$(PY) tools/store_checked_outputs.py

clean:
	rm -rf reports/*.html reports/*.ipynb reports/screenshots data/processed/*.csv
