# The two commands a newcomer needs: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
INSTALLED := $(VENV)/.installed
MANAGE := $(BIN)/python manage.py
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: install run test lint format check browser-deps proxy-deps validator-deps serve bench screenshots clean

$(INSTALLED): requirements.lock
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet --requirement requirements.lock
	touch $(INSTALLED)

install: $(INSTALLED)

run: install
	$(MANAGE) migrate --noinput
	$(MANAGE) load_demo
	$(MANAGE) ensure_admin
	@echo "Serving http://$(HOST):$(PORT)/ (admin at /admin/). Ctrl-C stops."
	@$(MANAGE) run_worker --interval 10 & worker=$$!; \
		trap 'kill $$worker 2>/dev/null' EXIT INT TERM; \
		$(MANAGE) runserver $(HOST):$(PORT)

lint: install
	$(BIN)/ruff format --check .
	$(BIN)/ruff check .
	$(BIN)/lint-imports --no-cache

format: install
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

check: install
	DJANGO_SETTINGS_MODULE=skintruth.settings.test $(MANAGE) check
	DJANGO_SETTINGS_MODULE=skintruth.settings.test $(MANAGE) makemigrations --check --dry-run

browser-deps:
	@bash scripts/install-browser.sh

proxy-deps:
	@bash scripts/install-proxy.sh

validator-deps:
	@bash scripts/install-validator.sh

test: install lint check browser-deps proxy-deps validator-deps
	$(BIN)/pytest -n 2 --dist loadfile

serve: install proxy-deps
	$(BIN)/python -m deploy.serve

bench: install proxy-deps
	$(BIN)/python -m bench.run

screenshots: install browser-deps
	bash scripts/take-screenshots.sh

clean:
	rm -rf $(VENV) var static
