# The two commands a newcomer needs: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
INSTALLED := $(VENV)/.installed
MANAGE := $(BIN)/python manage.py
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: install run test test-full lint format check browser-deps proxy-deps validator-deps serve bench screenshots lock clean

# The fast tier: unit and integration tests against the database, with no
# browser and no server of their own. The full tier adds what starts real
# programs: Chromium, the audits, nginx, gunicorn, redis-server (pyproject.toml
# names the markers).
FAST_TIER := not browser and not system

$(INSTALLED): requirements.lock
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet --requirement requirements.lock
	touch $(INSTALLED)

install: $(INSTALLED)

# requirements.lock from pyproject.toml (its dev extra included), by pip-tools
# in a venv of its own. Versions already locked are kept: to move one, run
# `make lock LOCK_ARGS=--upgrade-package=NAME` (or --upgrade for all).
LOCK_TOOLS := var/lock-tools
lock:
	test -x $(LOCK_TOOLS)/bin/pip-compile || { $(PYTHON) -m venv $(LOCK_TOOLS) && \
		$(LOCK_TOOLS)/bin/pip install --quiet pip-tools==7.7.0; }
	CUSTOM_COMPILE_COMMAND="make lock" $(LOCK_TOOLS)/bin/pip-compile --quiet \
		--extra dev --strip-extras --no-emit-index-url --no-emit-find-links \
		$(LOCK_ARGS) --output-file requirements.lock pyproject.toml

# One public address for links in pages, feeds and emails (see README).
run: export SITE_URL = http://$(HOST):$(PORT)
run: install
	$(MANAGE) migrate --noinput
	$(MANAGE) load_demo
	$(MANAGE) sync_site_url
	$(MANAGE) ensure_admin
	@echo "Serving $$SITE_URL/ (admin at /admin/). Ctrl-C stops."
	@# The worker is restarted whenever it exits; Ctrl-C stops it with the server.
	@( trap 'kill $$child 2>/dev/null; exit 0' TERM; \
		while :; do \
			$(MANAGE) run_worker --interval 10 & child=$$!; wait $$child; \
			echo "Worker exited (status $$?); restarting it in 5 s."; sleep 5; \
		done ) & worker=$$!; \
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

test: install lint check
	$(BIN)/pytest -n 2 --dist loadfile -m "$(FAST_TIER)"

# Every test, both tiers, on the database in DATABASE_URL (SQLite by default).
test-full: install browser-deps proxy-deps validator-deps
	$(BIN)/pytest -n 2 --dist loadfile $(PYTEST_ARGS)

serve: install proxy-deps
	$(BIN)/python -m deploy.serve

bench: install proxy-deps
	$(BIN)/python -m bench.run

screenshots: install browser-deps
	bash scripts/take-screenshots.sh

clean:
	rm -rf $(VENV) var static
