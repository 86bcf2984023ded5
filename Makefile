# HandsOn: `make render` builds the site in output/, `make test` runs every test and chapter.
SWIFT ?= swift
HANDSON = .build/release/handson

.PHONY: all render test check build release bootstrap clean fuzz

all: render

bootstrap:
	@scripts/bootstrap

build: bootstrap
	$(SWIFT) build

release: bootstrap
	$(SWIFT) build -c release --product handson

render: release
	$(HANDSON) render

test: bootstrap
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

check: release
	$(HANDSON) check

clean:
	rm -rf .build output/*.html output/*.css
