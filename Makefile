# The two commands a new user runs: `make run` and `make test`.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test test-fresh soak bench screenshots lint system-deps package frozen-requirements \
        flatpak-sources icons clean-venv

# A virtual environment with Liaison (editable) and its test tools. Where `python3 -m venv` is missing (a
# fresh Debian has no python3-venv), it is installed first when this user can (root or sudo).
$(STAMP): pyproject.toml constraints.txt
	@$(BIN)/python -m pip --version >/dev/null 2>&1 || { rm -rf $(VENV); \
	  $(PYTHON) -m venv $(VENV) 2>/dev/null || { bash packaging/install-system-deps.sh --venv && $(PYTHON) -m venv $(VENV); }; }
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -c constraints.txt -e '.[test]'
	@touch $(STAMP)

# Opens the desktop app on the demo vault (fictional data; its passphrase is on the unlock screen).
run: $(STAMP)
	$(BIN)/liaison --demo

# Installs the Debian packages the tests use when this user can (root or sudo without a password); otherwise
# names them, and the tests that need them are skipped with the package named.
test: $(STAMP)
	@bash packaging/install-system-deps.sh --if-possible
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

# `make test` as on a fresh machine: a copy of the checkout, a new virtual environment, an empty HOME, no
# fonts, and PATH without the optional programs (.ci/fresh_env.py).
test-fresh:
	$(PYTHON) .ci/fresh_env.py -- make test

# The proof suite's long version (issue 17): every kill point, random kills, more disk-full limits, more
# Hypothesis examples and fuzzing rounds. Figures are printed at the end and kept in soak-figures.json.
soak: $(STAMP)
	LIAISON_SOAK=1 LIAISON_PROOF_FIGURES=soak-figures.json QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest \
		tests/proof -p no:cacheprovider -o addopts="-ra --strict-markers" --timeout 7200

bench: $(STAMP)
	$(BIN)/python -m bench

screenshots: $(STAMP)
	xvfb-run -a -s "-screen 0 1600x1000x24" $(BIN)/python -m ui.screenshots screenshots

lint: $(STAMP)
	$(BIN)/ruff check liaison ui tests bench

system-deps:
	bash packaging/install-system-deps.sh

# The frozen one-folder application under dist/ (PyInstaller, from hash-pinned packages), self-checked.
package:
	PYTHON=$(PYTHON) bash packaging/build-package.sh

# Pin what the frozen build installs, with the SHA-256 of every platform's files (needs uv, from PyPI).
frozen-requirements:
	uv pip compile --quiet --universal --python-version 3.11 --generate-hashes --annotation-style line \
	  --custom-compile-command "make frozen-requirements" \
	  pyproject.toml packaging/requirements-frozen.in -o packaging/requirements-frozen.txt

# The Flatpak's Python dependencies (files and SHA-256) from packaging/requirements-frozen.txt.
flatpak-sources:
	$(PYTHON) packaging/flatpak/generate-sources.py

# The icon's PNG sizes, .ico and .icns from resources/icons/liaison.svg.
icons: $(STAMP)
	$(BIN)/python packaging/icons/render.py

clean-venv:
	rm -rf $(VENV)
