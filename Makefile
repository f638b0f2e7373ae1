# The two commands a new user runs: `make run` and `make test`.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test soak bench screenshots lint system-deps clean-venv

$(STAMP): pyproject.toml constraints.txt
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -c constraints.txt -e '.[test]'
	@touch $(STAMP)

# Opens the desktop app on the demo vault (fictional data; its passphrase is on the unlock screen).
run: $(STAMP)
	$(BIN)/liaison --demo

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

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

clean-venv:
	rm -rf $(VENV)
