# elearn — the two commands a newcomer needs: `make run` and `make test`.
PYTHON ?= python3.11
VENV   ?= .venv
PY     := $(VENV)/bin/python
PIP    := $(VENV)/bin/pip
HOST   ?= 127.0.0.1:8000
# The suite runs in parallel (pytest-xdist): one worker per core. Serial: make test PYTEST_ARGS=-n0
PYTEST_ARGS ?= -n auto

.PHONY: run test install install-test messages migrate demo lint format ci clean bench

$(VENV)/bin/activate:
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "Python 3.11 is required ($(PYTHON) not found)"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip

install: $(VENV)/bin/activate
	$(PIP) install --quiet -r requirements.txt

install-test: $(VENV)/bin/activate
	$(PIP) install --quiet -r requirements-test.txt

messages: install
	$(PY) manage.py compilemessages --ignore=$(VENV) --ignore=node_modules -v0

migrate: install
	$(PY) manage.py migrate --noinput -v0

demo: migrate messages
	$(PY) manage.py load_demo

## (1) Set up and serve the site with demo content on SQLite.
run: demo
	$(PY) manage.py runserver $(HOST)

## (2) Set up and run the whole test suite.
test: install-test messages
	$(PY) manage.py makemigrations --check --dry-run -v0
	$(PY) -m pytest $(PYTEST_ARGS)

## Style and architecture: ruff, and the import contracts of docs/architecture.md.
lint: install-test
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/lint-imports

format: install-test
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

## Every page under gunicorn with production settings, as a ratio to a trivial view (docs/performance.md).
## SQLite in .bench/; PostgreSQL + Redis when DATABASE_URL / REDIS_URL are set. Needs wrk (apt-get install wrk).
bench: install messages
	$(PY) tests/benchmarks/bench_pages.py $(BENCH_ARGS)

clean:
	rm -rf $(VENV) db.sqlite3 staticfiles .test-media .bench .pagecache
