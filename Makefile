# HandsOn: `make render` builds the site in output/, `make test` runs every test and chapter.
# Both use the debug build (the interpreter and the engine are compiled with -O even there), so
# the two commands share one build; `make release` is for benchmarks.
SWIFT ?= swift
HANDSON = .build/debug/handson

.PHONY: all render test check build release bootstrap clean acceptance

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
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

# The engine's long acceptance runs (about a minute): 30 epochs of the Fashion-MNIST MLP.
acceptance: bootstrap
	$(SWIFT) build --build-tests
	HANDSON_ACCEPTANCE=1 $(SWIFT) test --skip-build --filter Acceptance

check: build
	$(HANDSON) check

clean:
	rm -rf .build output/*.html output/*.css

# The engine benchmarks: `make bench-refs` (Python references in .venv-bench), `make bench`.
include bench.mk
