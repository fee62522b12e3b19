# wirecoder: `make run` codes the bundled sample corpus, `make test` runs the tests.
# Each target creates .venv and installs what it needs, pinned by requirements.lock.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
DB     ?= wirecoder.duckdb
CORPUS ?= corpus
PIP    := $(BIN)/python -m pip install --quiet --disable-pip-version-check -c requirements.lock

.PHONY: run test eval bench lint lock clean
BENCH_DOCS ?= 400

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed: $(BIN)/python pyproject.toml requirements.lock
	$(PIP) -e .
	touch $@

$(VENV)/.installed-dev: $(VENV)/.installed
	$(PIP) -e '.[dev]'
	touch $@

run: $(VENV)/.installed
	$(BIN)/wirecoder code $(CORPUS) --db $(DB) --quiet --out /dev/null
	$(BIN)/wirecoder summary $(DB)

test: $(VENV)/.installed-dev
	$(BIN)/python -m pytest

eval: $(VENV)/.installed
	$(BIN)/wirecoder eval ../shared/eval/azertac-fr.jsonl
	$(BIN)/wirecoder eval eval/team-fr.jsonl
	$(BIN)/wirecoder eval eval/team-en.jsonl
	$(BIN)/wirecoder eval eval/team-fr-b.jsonl
	$(BIN)/wirecoder eval eval/team-en-b.jsonl
	$(BIN)/wirecoder eval eval/holdout-fr.jsonl
	$(BIN)/wirecoder eval eval/holdout-en.jsonl
	$(BIN)/wirecoder eval eval/holdout-fr-c.jsonl
	$(BIN)/wirecoder eval eval/holdout-en-c.jsonl
	$(BIN)/wirecoder eval ../shared/eval/plover-gsr-en.jsonl
	$(BIN)/wirecoder eval ../shared/eval/plover-gsr-en.jsonl --conventions cameo
	$(BIN)/wirecoder eval ../shared/eval/geo-lgl-en.jsonl

bench: $(VENV)/.installed
	$(BIN)/python benchmarks/throughput.py --docs $(BENCH_DOCS)
	$(BIN)/python benchmarks/throughput.py --docs $(BENCH_DOCS) --french
	$(BIN)/python benchmarks/geo_lgl.py

lint: $(VENV)/.installed-dev
	$(BIN)/ruff check src tests benchmarks

lock: $(VENV)/.installed-dev
	{ echo "# Pinned versions of every dependency, tested together (pip constraints file)."; \
	  echo "# Regenerate after changing pyproject.toml: make lock"; \
	  $(BIN)/pip freeze --exclude-editable | grep -vi '^wirecoder'; } > requirements.lock

clean:
	rm -rf $(VENV) $(DB) $(DB).wal
