# Briefing: `make run` opens the app on a demo store; `make test` runs every test headless.
# Both create .venv on first use and reinstall only when pyproject.toml changes.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
DEMO_STORE := var/demo-store.sqlite
BRIEFING := $(BIN)/briefing --store $(DEMO_STORE)

TS := $(wildcard resources/translations/*.ts)
QM := $(TS:.ts=.qm)

.PHONY: run test bench lint fuzz translations package clean

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	@touch $(STAMP)

# the interface's translations, compiled from the Qt Linguist sources
translations: $(QM)
resources/translations/%.qm: resources/translations/%.ts $(STAMP)
	@$(BIN)/pyside6-lrelease -silent $< -qm $@

run: $(STAMP) $(QM)
	@$(BRIEFING) demo > /dev/null
	@if [ "$$(uname -s)" = Linux ] && [ -z "$$DISPLAY" ] && [ -z "$$WAYLAND_DISPLAY" ]; then \
	  echo "No display (DISPLAY and WAYLAND_DISPLAY are unset): exporting the demo packs to out/ instead of opening the app."; \
	  $(BRIEFING) export-all out; \
	else \
	  $(BRIEFING); \
	fi

test: $(STAMP) $(QM)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

# property-based tests with 2,000 examples per target (the default run tries a few dozen)
fuzz: $(STAMP)
	BRIEFING_FUZZ=1 QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q tests/fuzz --hypothesis-show-statistics

# a self-contained app in dist/briefing (PyInstaller; the spec is packaging/briefing.spec)
package: $(STAMP) $(QM)
	@$(BIN)/python -m pip install --quiet --disable-pip-version-check 'pyinstaller>=6.10'
	PYTHON=$(BIN)/python bash packaging/build_bundle.sh
	bash packaging/check_bundle.sh

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m benchmarks

# ruff, then mypy (strict on briefing.core, lenient elsewhere: pyproject.toml [tool.mypy])
lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/mypy

clean:
	rm -rf $(VENV) out var build dist .pytest_cache
