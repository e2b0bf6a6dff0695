# The two commands a fresh machine needs: `make run` and `make test`.
# Each creates .venv and installs tidings and what it needs from this folder's pyproject.toml.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
CORPORA ?= ../shared/corpora
PORT ?= 8000

.PHONY: run test eval eval-heldout check-data bench bench-large dedup-ecb case2021 clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $(STAMP)

## run: print the bundled example's events, store it, and serve the workbench on 127.0.0.1
run: $(STAMP)
	$(BIN)/tidings extract examples/putin-belarus-loan.txt --published 2020-09-14
	$(BIN)/tidings ingest examples/putin-belarus-loan.txt --published 2020-09-14 --db tidings.db --no-progress
	$(BIN)/tidings serve --db tidings.db --host 127.0.0.1 --port $(PORT)

## test: the test suite
test: $(STAMP)
	$(BIN)/python -m pytest

## eval: score the development gold (texts read from $(CORPORA))
eval: $(STAMP)
	$(BIN)/tidings eval gold/dev.jsonl --texts $(CORPORA)

## eval-heldout: the held-back third (never tuned on)
eval-heldout: $(STAMP)
	$(BIN)/tidings eval gold/heldout.jsonl --texts $(CORPORA)

## bench: throughput against bare spaCy, memory, API latency on a million events
bench: $(STAMP)
	$(BIN)/python benchmarks/run.py --corpora $(CORPORA)

## bench-large: the same, plus a timed run over Reuters-21578
bench-large: $(STAMP)
	$(BIN)/python benchmarks/run.py --corpora $(CORPORA) --reuters

## dedup-ecb: pairwise precision and recall of cross-article merges on ECB+
dedup-ecb: $(STAMP)
	$(BIN)/python benchmarks/dedup_ecb.py --corpora $(CORPORA)

## case2021: event types found on the CASE 2021 snippets never read (the held half)
case2021: $(STAMP)
	$(BIN)/python benchmarks/case2021.py --corpora $(CORPORA) --output benchmarks/case2021.json

check-data: $(STAMP)
	$(BIN)/tidings check-data

clean:
	rm -rf $(VENV) build *.egg-info src/*.egg-info .pytest_cache
