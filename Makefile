# AssoDesk — every target sets itself up: on a fresh machine `make run` and `make test` are enough.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
QM     := resources/translations/assodesk_fr.qm
DEMO   := .cache/demo.assodesk
export QT_QPA_PLATFORM ?=

.PHONY: run test lint bench demo translations clean help dist-check screenshots-treasury

help:
	@echo "make run    - set up, then open AssoDesk on a demo association"
	@echo "make test   - set up, then run the tests"
	@echo "make lint   - ruff, import-linter (layering), mypy on domain and services"
	@echo "make bench  - timed scenarios (100k transactions, cold start)"
	@echo "make dist-check - frozen app + installer, self-test and wine round trip (installer/)"

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || \
	  (echo "AssoDesk needs Python 3.11 or newer (found: $$($(PYTHON) --version))"; exit 1)
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

# .qm files are built, never committed.
$(QM): $(STAMP) $(wildcard resources/translations/*.ts)
	$(BIN)/python scripts/i18n.py build

translations: $(QM)

$(DEMO): $(STAMP)
	mkdir -p .cache
	$(BIN)/assodesk demo $(DEMO) --force

demo: $(DEMO)

run: $(QM) $(DEMO)
	$(BIN)/assodesk $(DEMO)

test: $(QM)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check desk tests benchmarks scripts
	$(BIN)/ruff format --check desk tests benchmarks scripts
	$(BIN)/lint-imports
	$(BIN)/mypy desk/domain desk/services

bench: $(QM)
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/run.py

# Treasury entry form and ledger, French and Arabic, into docs/screenshots/ (look at them).
screenshots-treasury: $(QM)
	QT_QPA_PLATFORM=offscreen $(BIN)/python scripts/screenshots_treasury.py

# Frozen bundle, its self-test, the NSIS installer and a silent install/uninstall under wine;
# installs nsis/wine (as root) and the [dist] extra itself. See scripts/dist_check.sh.
dist-check: $(QM)
	bash scripts/dist_check.sh

clean:
	rm -rf $(VENV) .cache build dist resources/translations/*.qm
