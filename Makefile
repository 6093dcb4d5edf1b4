# Teilhabe Desktop — the two commands: `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin

.PHONY: run test bench bench-large dist clean screenshots

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.run-installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet --editable .
	touch $@

$(VENV)/.test-installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet --editable ".[test]"
	touch $@ $(VENV)/.run-installed

$(VENV)/.dist-installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet --editable ".[dist]"
	touch $@ $(VENV)/.run-installed

## run: create .venv, install, start the app on its default database
run: $(VENV)/.run-installed
	$(BIN)/teilhabe-desktop $(ARGS)

## test: the whole suite headless, the layer contracts and ruff
test: $(VENV)/.test-installed
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest
	$(BIN)/lint-imports
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

## bench: speed and memory budgets, printed as ratios against a floor of the same run
bench: $(VENV)/.test-installed
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/run.py

## bench-large: bench_exchange with its scaling table up to 1,000,000 entries (about 15 minutes more)
bench-large: $(VENV)/.test-installed
	BENCH_LARGE=1 $(BIN)/python -m benchmarks.bench_exchange

## screenshots: docs/screenshots/ at 1366×768, 1024×700 and 1920×1080 at 150 %; docs/pdf/ from the demo persons
screenshots: $(VENV)/.test-installed
	QT_QPA_PLATFORM=offscreen $(BIN)/python tools/screenshots.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python tools/screenshots.py --size 1366x768
	QT_QPA_PLATFORM=offscreen $(BIN)/python tools/screenshots.py --size 1024x700
	QT_QPA_PLATFORM=offscreen QT_SCALE_FACTOR=1.5 $(BIN)/python tools/screenshots.py --size 1920x1080
	QT_QPA_PLATFORM=offscreen $(BIN)/python tools/docs_pdfs.py

## dist: one-folder build with PyInstaller, then its self-test
dist: $(VENV)/.dist-installed
	$(BIN)/pyinstaller --noconfirm --clean build.spec
	QT_QPA_PLATFORM=offscreen dist/teilhabe-desktop/teilhabe-desktop --selftest

clean:
	rm -rf build dist .pytest_cache
