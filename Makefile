# One command sets up and runs each job; see README.md.
VENV ?= .venv
PYTHON ?= python3
BIN = $(VENV)/bin

.PHONY: setup demo run test check lint i18n bench clean

$(BIN)/intakebot: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e ".[dev]"
	touch $@

setup: $(BIN)/intakebot

demo: setup          ## the whole bot in the terminal (no token needed)
	$(BIN)/intakebot demo

run: setup           ## the Telegram bot (needs BOT_TOKEN)
	$(BIN)/intakebot run

test: setup          ## the whole test suite
	$(BIN)/pytest

lint: setup
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(BIN)/intakebot i18n check

check: lint test     ## what CI runs

i18n: setup          ## extract msgids and bring every catalog in step
	$(BIN)/python -c "from bot.i18n_check import update_catalogs; update_catalogs()"

bench: setup         ## the benchmark (prints figures)
	$(BIN)/python -m bench

clean:
	rm -rf $(VENV) data .pytest_cache .mypy_cache .ruff_cache
