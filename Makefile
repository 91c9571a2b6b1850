# One-command entry points for a fresh machine with Python 3.11+.
#   make simulate   -> set up .venv, run a scripted noisy call offline (emulators) showing the seven practices
#   make test       -> set up .venv, run the test suite
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-stamp

.PHONY: setup simulate test lint bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e ".[dev,bench,telephony,azure,bots]"
	touch $(STAMP)

setup: $(STAMP)

simulate: $(STAMP)
	$(VENV)/bin/pipecat-rt-best simulate

# pytest exits 5 when no tests were collected; that is not a failure of the suite.
# Bytecode is written even where PYTHONDONTWRITEBYTECODE is set (it is on the CI image): else
# each of the six workers and every CLI the tests start compiles the pack and re-writes every
# test module's asserts from source (12.6 s of collection per worker instead of 5.7).
test: $(STAMP)
	PYTHONDONTWRITEBYTECODE= $(PY) -m pytest -n 6 --dist loadfile; rc=$$?; if [ $$rc -eq 5 ]; then rc=0; fi; exit $$rc

lint: $(STAMP)
	$(VENV)/bin/ruff check . && $(VENV)/bin/ruff format --check src tests bench pipelines examples && $(VENV)/bin/mypy

clean:
	rm -rf $(VENV)
