# Two entry points for a fresh machine (Python 3.11+ and the package registries):
#   make demo   installs into .venv and checks the bundled articles offline into demo.db
#   make test   installs into .venv (with test extras) and runs the test suite
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
DEMO_DB ?= demo.db

.PHONY: demo test install browser bench clean

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	@touch $(STAMP)

install: $(STAMP)

# The demo never touches the network: HTTP is answered from fixtures/http/.
# Exit code 1 means "findings at or above --fail-on", which the demo expects.
demo: $(STAMP)
	@rm -f $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm
	$(BIN)/factcheck --db $(DEMO_DB) --replay fixtures/http check fixtures/articles/ || test $$? -eq 1
	@echo
	@echo "Stored in $(DEMO_DB); explore it with: $(BIN)/sqlite-utils tables $(DEMO_DB) --counts"

# Headless Chromium renders the HTML report in one test; install it when missing (Debian, as root).
browser:
	@command -v chromium >/dev/null 2>&1 || { [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1 && \
		(apt-get update -qq >/dev/null 2>&1; DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null 2>&1) \
		|| echo "chromium not installed: the browser test will be skipped"; }

test: $(STAMP) browser
	$(BIN)/python -m pytest

bench: $(STAMP)
	$(BIN)/python benchmarks/run.py

clean:
	rm -rf $(VENV) *.egg-info build dist .pytest_cache .hypothesis $(DEMO_DB)*
