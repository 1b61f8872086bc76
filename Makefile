# Every target bootstraps .venv on first use, so a fresh clone needs only Python 3.11 and make.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
SPEC   := spec/openapi.yaml
GEN    := generated/soundcloud_async_generated
PKG    := soundcloud_async

.PHONY: redis-server help install generate check-generated spec-lint upstream spec-diff lint fmt typecheck test fresh-project docs docs-serve check demo bench build clean

help: ## list the targets
	@grep -E '^[a-z-]+:.*##' $(MAKEFILE_LIST) | sed 's/:.*##/\t/'

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP) ## create .venv with the package and the pinned tools

generate: $(STAMP) ## regenerate $(GEN) from $(SPEC) (pinned generator + ruff, zero warnings)
	$(BIN)/python tools/generate.py

check-generated: generate ## fail when generated/ or docs/reference/methods.md differs from what the spec produces
	git diff --exit-code -- generated docs/reference/methods.md
	test -z "$$(git status --porcelain -- generated docs/reference/methods.md)"

spec-lint: $(STAMP) ## validate the OpenAPI document
	$(BIN)/openapi-spec-validator $(SPEC)

# SoundCloud's published spec is an input we track, not a default: name the file, its release tag
# and commit (e.g. make upstream UPSTREAM=../api/openapi/api.yaml UPSTREAM_TAG=2026-07-19
# UPSTREAM_COMMIT=<sha>). CI compares against the committed spec/upstream/contract.yaml.
upstream: $(STAMP) ## rewrite spec/upstream/contract.yaml from SoundCloud's api.yaml (UPSTREAM=, UPSTREAM_TAG=, UPSTREAM_COMMIT=)
	@test -n "$(UPSTREAM)" || { echo "usage: make upstream UPSTREAM=path/to/api.yaml UPSTREAM_TAG=<tag> UPSTREAM_COMMIT=<sha>"; exit 2; }
	@test -n "$(UPSTREAM_TAG)" -a -n "$(UPSTREAM_COMMIT)" || { echo "make upstream: UPSTREAM_TAG and UPSTREAM_COMMIT are required"; exit 2; }
	$(BIN)/python tools/upstream.py "$(UPSTREAM)" --tag "$(UPSTREAM_TAG)" --commit "$(UPSTREAM_COMMIT)"

spec-diff: $(STAMP) ## compare $(SPEC) with SoundCloud's contract; fails on differences spec/deviations.yaml does not list
	$(BIN)/python tools/spec_diff.py

lint: $(STAMP) ## ruff format check + lint on handwritten code
	$(BIN)/ruff format --check .
	$(BIN)/ruff check .

fmt: $(STAMP) ## format and autofix
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

typecheck: $(STAMP) ## mypy --strict on the handwritten package, the typing tests and the examples
	$(BIN)/mypy $(PKG) tests/typing examples

# The Redis tests need a real redis-server: install Debian's when missing and we can (root on
# Debian, as in CI). Quiet and idempotent; without it the tests skip, or fail under CI=true.
redis-server:
	@command -v redis-server >/dev/null 2>&1 || { [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1 \
		&& { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq redis-server; } >/dev/null 2>&1; } \
		|| echo "redis-server not installed: the Redis tests will skip (fail under CI=true)"

test: $(STAMP) redis-server ## the offline test suite (installs redis-server when it can)
	$(BIN)/pytest -q

docs: $(STAMP) ## build the documentation site into site/ (warnings are errors)
	NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs build --strict --quiet

docs-serve: $(STAMP) ## serve the documentation site on http://127.0.0.1:8000 with live reload
	NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs serve --dev-addr 127.0.0.1:8000

# The README as a new user meets it: the built wheel in a new virtualenv, its snippets verbatim
# in an empty project (pytest, worker, app under uvicorn, mypy --strict). About a minute.
fresh-project: build ## install the wheel with [testing,fastapi] in a new venv and run the README there
	SOUNDCLOUD_ASYNC_WHEEL="$$(ls dist/*.whl)" $(BIN)/pytest -q -p no:randomly -m fresh_project tests/docs/test_fresh_project.py

check: spec-lint check-generated lint typecheck build fresh-project docs spec-diff test ## everything CI runs (tests last: their summary closes the log)

demo: $(STAMP) ## guided tour against the embedded fake SoundCloud
	$(BIN)/python -m examples.tour

bench: $(STAMP) redis-server ## ratios against raw httpx (section 8: Redis, needs redis-server)
	$(BIN)/python -m bench

build: $(STAMP) ## wheel + sdist; in a clean venv: the core wheel imports, then "[cli]" gives `soundcloud`
	rm -rf dist
	$(BIN)/python -m build --quiet
	rm -rf .build-venv && $(PYTHON) -m venv .build-venv
	.build-venv/bin/python -m pip install --quiet dist/*.whl
	cd / && $(CURDIR)/.build-venv/bin/python -c "import soundcloud_async; print('wheel imports', soundcloud_async.__version__)"
	.build-venv/bin/python -m pip install --quiet "$$(ls dist/*.whl)[cli]"
	cd / && $(CURDIR)/.build-venv/bin/soundcloud --help | grep -q "Exit codes" && $(CURDIR)/.build-venv/bin/soundcloud --version

clean: ## remove build and test artefacts
	rm -rf dist site .build-venv .pytest_cache .mypy_cache .ruff_cache
