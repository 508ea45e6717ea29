# accord — the two quick-start commands are `make demo` and `make test`.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: setup demo test browser bench clean

setup: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -c 'import sys; assert sys.version_info[:2] == (3, 11), "accord needs Python 3.11"'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

demo: setup
	$(BIN)/accord code --format table examples/sukhum_briefing.txt

test: setup browser
	$(BIN)/python -m pytest -q

# The dashboard's browser tests drive Debian's chromium (never a downloaded browser build).
# Without root (a developer's own machine) it says so and the browser tests skip with a reason.
browser:
	@if [ ! -x /usr/bin/chromium ]; then \
		if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
			(apt-get update -qq && apt-get install -y -qq --no-install-recommends chromium) \
				|| echo "could not install chromium: the browser tests will be skipped"; \
		else \
			echo "chromium is not installed (sudo apt-get install chromium): the browser tests will be skipped"; \
		fi; \
	fi

clean:
	rm -rf $(VENV) build *.egg-info src/*.egg-info
