# The two commands a new user runs: `make run` and `make test`.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test bench screenshots lint system-deps clean-venv

$(STAMP): pyproject.toml constraints.txt
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -c constraints.txt -e '.[test]'
	@touch $(STAMP)

# Opens the desktop app on the demo vault (fictional data; its passphrase is on the unlock screen).
run: $(STAMP)
	$(BIN)/liaison --demo

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

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
