# sitrep: `make demo` and `make test` are all a fresh machine needs (python3 only).
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
SITREP := $(VENV)/bin/sitrep
STAMP := $(VENV)/.installed

.PHONY: install demo test bench lint clean data data-check

# The web map's npm packages, pinned: Leaflet (pan and zoom), its clustering plug-in, Natural Earth outlines.
# Served by sitrep itself from $(VENV)/npm (src/sitrep/serve/vendor.py); without npm the map is a static SVG.
NPM_PACKAGES := leaflet@1.9.4 leaflet.markercluster@1.5.3 world-atlas@2.0.2

$(STAMP): pyproject.toml Makefile
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[test,scale]'
	-command -v npm >/dev/null && npm install --silent --no-audit --no-fund --prefix $(VENV)/npm $(NPM_PACKAGES)
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

# Derived tables and models, rebuilt from ../shared/eval/train in a fixed order (docs/models.md). data-check
# rebuilds them and fails if a committed file differs. The place tables are derived against the base gazetteer
# (GeoNames and places.yaml only), so none feeds its own input. Not yet included: train_role_model (its
# committed model predates the actor tables; docs/models.md says what retraining it costs).
SHARED ?= ../shared
DERIVED := src/sitrep/data/admin_names.json src/sitrep/data/dataset_places.json src/sitrep/data/country_codes.json \
	src/sitrep/data/truecase.json \
	src/sitrep/data/actor_names.json src/sitrep/data/news_groups.json src/sitrep/data/actor_kb.json src/sitrep/data/models
# OpenBLAS picks its kernels by CPU; an AVX-512 machine sums in another order than an AVX2 one and the models differ in
# their last digits. One kernel everywhere (x86-64 with AVX2 or newer) makes the rebuild byte for byte on both.
data: export OPENBLAS_CORETYPE = Haswell
data: install
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[train]'
	$(PY) train/derive_admin_names.py $(SHARED)/eval/train
	$(PY) train/derive_places.py $(SHARED)/eval/train
	$(PY) train/derive_country_codes.py
	$(PY) train/derive_truecase.py $(SHARED)/eval/train
	$(PY) train/derive_actor_names.py $(SHARED)/eval/train
	$(PY) train/derive_news_groups.py $(SHARED)/eval/train
	$(PY) train/build_actor_kb.py $(SHARED)/eval/train
	$(PY) train/train_classifiers.py $(SHARED)/eval/train
	$(PY) train/train_unidentified_names.py $(SHARED)/eval/train
	$(PY) train/train_text_country.py $(SHARED)/eval/train
	$(PY) train/train_news_models.py $(SHARED)/eval/train
	$(PY) train/train_keyed_events.py $(SHARED)/eval/train

data-check: data
	git diff --exit-code --stat -- $(DERIVED) || (echo "derived data differs from what the scripts build"; exit 1)

bench: install
	$(PY) benchmarks/run.py

lint: install
	$(PY) -m ruff check src tests benchmarks

clean:
	rm -rf $(VENV) sitrep.duckdb sitrep.duckdb.wal .pytest_cache
