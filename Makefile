# elearn — the two commands a newcomer needs: `make run` and `make test`.
PYTHON ?= python3.11
VENV   ?= .venv
PY     := $(VENV)/bin/python
PIP    := $(VENV)/bin/pip
HOST   ?= 127.0.0.1:8000
# The suite runs in parallel (pytest-xdist): one worker per core. Serial: make test PYTEST_ARGS=-n0
PYTEST_ARGS ?= -n auto

.PHONY: run test install install-test messages migrate demo lint format ci clean bench deployment-test

# Stamps: a step already done is skipped until what it depends on changes, so a second `make run`
# starts in seconds. `make clean` (or deleting .make/) starts over.
STAMPS     := .make
MIGRATIONS := $(wildcard */migrations/0*.py */*/migrations/0*.py)
PO_FILES   := $(wildcard elearn/locale/*/LC_MESSAGES/*.po elearn/locale_vendor/*/*/LC_MESSAGES/*.po)
DEMO_CODE  := $(wildcard home/demo.py courses/builders.py courses/demo/*.py courses/demo/content/*.py)
# One demo stamp per database: the SQLite file by default, else the DATABASE_URL.
DB_KEY     := $(if $(DATABASE_URL),$(shell printf '%s' '$(DATABASE_URL)' | md5sum | cut -c1-8),sqlite)
ifeq ($(DATABASE_URL)$(wildcard db.sqlite3),)
$(shell rm -f $(STAMPS)/demo-sqlite)
endif

$(VENV)/bin/activate:
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "Python 3.11 is required ($(PYTHON) not found)"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip

$(STAMPS)/install: requirements.txt | $(VENV)/bin/activate
	@echo "==> Cài thư viện Python (lần đầu: vài phút)…"
	$(PIP) install --quiet -r requirements.txt
	@mkdir -p $(STAMPS) && touch $@

$(STAMPS)/install-test: requirements.txt requirements-test.txt | $(VENV)/bin/activate
	@echo "==> Cài thư viện Python cho kiểm thử…"
	$(PIP) install --quiet -r requirements-test.txt
	@mkdir -p $(STAMPS) && touch $@ $(STAMPS)/install

$(STAMPS)/messages: $(PO_FILES) | $(STAMPS)/install
	@echo "==> Biên dịch bản dịch…"
	$(PY) manage.py compilemessages --ignore=$(VENV) --ignore=node_modules -v0
	@touch $@

$(STAMPS)/demo-$(DB_KEY): $(MIGRATIONS) $(DEMO_CODE) $(STAMPS)/install $(STAMPS)/messages
	@echo "==> Tạo cơ sở dữ liệu (migrate; lần đầu: 1–2 phút)…"
	$(PY) manage.py migrate --noinput -v0
	@echo "==> Dựng dữ liệu mẫu (lần đầu: khoảng 1 phút)…"
	$(PY) manage.py load_demo
	@touch $@

install: $(STAMPS)/install
install-test: $(STAMPS)/install-test
messages: $(STAMPS)/messages

migrate: $(STAMPS)/install
	$(PY) manage.py migrate --noinput -v0

demo: migrate messages
	$(PY) manage.py load_demo

## (1) Set up and serve the site with demo content on SQLite (a second run skips what is done): the
## web server and the task worker (elearn/ops/management/commands/run.py); Ctrl+C stops both.
run: $(STAMPS)/demo-$(DB_KEY)
	@echo "==> Mở http://$(HOST)/ (Ctrl+C để dừng)"
	$(PY) manage.py run $(HOST)

## (2) Set up and run the whole test suite.
test: $(STAMPS)/install-test $(STAMPS)/messages
	$(PY) manage.py makemigrations --check --dry-run -v0
	$(PY) -m pytest $(PYTEST_ARGS)

## Two gunicorn app servers behind haproxy, PostgreSQL, Redis, S3 (moto) and a task worker (~2 min).
deployment-test: install-test messages
	DEPLOYMENT_TEST=1 $(PY) -m pytest tests/deployment -q -n0

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
	rm -rf $(VENV) $(STAMPS) db.sqlite3 staticfiles .test-media .bench .pagecache .sessions
