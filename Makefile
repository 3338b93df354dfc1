# sitrep: `make demo` and `make test` are all a fresh machine needs (python3 only).
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
SITREP := $(VENV)/bin/sitrep
STAMP := $(VENV)/.installed

.PHONY: install demo test bench lint clean

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[test]'
	# Natural Earth country outlines for the offline map (npm registry package; the map works without it)
	-command -v npm >/dev/null && npm install --silent --no-audit --no-fund --prefix $(VENV)/npm world-atlas@2.0.2
	touch $(STAMP)

install: $(STAMP)

demo: install
	$(SITREP) gazetteer
	$(SITREP) ingest examples/reports
	$(SITREP) extract
	$(SITREP) events --limit 20
	@echo "Browse it: $(SITREP) serve   (then open http://127.0.0.1:8000/)"

test: install
	$(PY) -m pytest -q

bench: install
	$(PY) benchmarks/run.py

lint: install
	$(PY) -m ruff check src tests benchmarks

clean:
	rm -rf $(VENV) sitrep.duckdb sitrep.duckdb.wal .pytest_cache
