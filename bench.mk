# Engine benchmarks (issue 12). Include from the project's Makefile (`include bench.mk`) or run
# `make -f bench.mk bench`. Paths are relative to this file's directory.
BENCH_DIR := $(patsubst %/,%,$(dir $(lastword $(MAKEFILE_LIST))))
BENCH_VENV := $(BENCH_DIR)/.venv-bench
BENCH_ROUNDS ?= 3
# The build directory of EngineBench (`make bench BENCH_SCRATCH=.build-bench` keeps the
# benchmark's release build apart from a shared .build), and extra run_bench.py options.
BENCH_SCRATCH ?= .build
BENCH_ARGS ?=

.PHONY: bench bench-refs bench-quick

# The Python references: Keras 3 on TensorFlow CPU, PyTorch CPU, JAX (jit), NumPy.
bench-refs: $(BENCH_VENV)/.installed

$(BENCH_VENV)/.installed:
	python3 -m venv $(BENCH_VENV)
	$(BENCH_VENV)/bin/pip install --upgrade pip
	$(BENCH_VENV)/bin/pip install numpy threadpoolctl scipy-openblas32 "jax[cpu]" tensorflow-cpu keras
	$(BENCH_VENV)/bin/pip install torch
	touch $@

# Release build, then the engine and the references interleaved; prints one table.
bench:
	cd $(BENCH_DIR) && swift build -c release --product EngineBench --scratch-path $(BENCH_SCRATCH)
	cd $(BENCH_DIR) && swift build --product handson
	cd $(BENCH_DIR) && python3 bench/run_bench.py --rounds $(BENCH_ROUNDS) \
	  --engine $(BENCH_SCRATCH)/release/EngineBench $(BENCH_ARGS)

bench-quick:
	cd $(BENCH_DIR) && swift build -c release --product EngineBench --scratch-path $(BENCH_SCRATCH)
	cd $(BENCH_DIR) && python3 bench/run_bench.py --quick \
	  --engine $(BENCH_SCRATCH)/release/EngineBench $(BENCH_ARGS)
