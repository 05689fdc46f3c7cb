# newsline: two commands set everything up on a fresh machine.
#   make build   creates .venv, installs newsline and its dependencies, builds content/ into build/
#   make test    installs the test tools (and Debian's chromium when missing), runs every test

PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
PIP    := $(PY) -m pip --disable-pip-version-check -q
CORPORA ?= ../shared/corpora

.PHONY: build test serve check eval bench bench-build clean chromium assets

$(VENV)/.installed: pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PIP) install -e .
	touch $@

$(VENV)/.test-installed: $(VENV)/.installed
	$(PIP) install -e '.[test]'
	touch $@

# plotly.js's partial bundle (scatter and bar) from npm; without npm the build falls back to the
# full bundle inside the plotly package and says so.
node_modules/.installed: package.json package-lock.json
	@if command -v npm >/dev/null 2>&1; then \
	  npm ci --no-audit --no-fund --loglevel=error && touch $@; \
	else echo "warning: npm not found; the site will ship plotly's full bundle"; fi

assets: node_modules/.installed

build: $(VENV)/.installed assets
	$(PY) -m newsline build

serve: $(VENV)/.installed assets
	$(PY) -m newsline serve

check: $(VENV)/.installed
	$(PY) -m newsline check

# Debian's chromium for the browser tests; no tool downloads a browser of its own.
chromium:
	@test -x /usr/bin/chromium || { \
	  echo "installing Debian's chromium for the browser tests"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; }

test: $(VENV)/.test-installed assets chromium
	$(PY) -m pytest -q

eval: $(VENV)/.installed
	$(PY) scripts/eval.py $(CORPORA)

bench: $(VENV)/.installed
	$(PY) scripts/bench_tagger.py $(CORPORA)

# whole builds of 100, 1,000 and 10,000 synthetic articles, beside Pelican (SIZES=100,1000 for fewer)
SIZES ?= 100,1000,10000
bench-build: $(VENV)/.installed
	$(PY) scripts/bench_build.py --sizes $(SIZES)

clean:
	rm -rf build .build-* .cache
