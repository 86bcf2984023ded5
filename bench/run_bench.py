"""Runs the engine and the Python references interleaved and prints one side-by-side table.

Each round runs every tool once per workload, in a rotating order, so slow drifts of this
shared machine hit every tool alike; the table reports medians over rounds (and over the timed
epochs inside each run: the first epoch of every run is a warm-up and is excluded).

  W1  mlp 784-300-100-10 ReLU, batch 32, SGD(0.01)      (val accuracy after --w1-epochs epochs)
  W2  the same at batch 256
  W3  100 x Dense(100) SELU, LeCun-normal, standardized inputs, batch 32, SGD(0.001)
  W4  evaluate the 10,000 test images at batch 1024 (timed after the W1 runs)
  W5  the MLP with Adam(0.001)
  W6  the MLP with SGD(0.01, momentum 0.9, Nesterov), clipnorm 1.0
  W7  BatchNormalization after the input and each hidden layer, Nadam(0.001)
  W8  Dropout(0.2) after each hidden layer, RMSprop(0.001)
  W9  autoencoder 784-100-30-100-784, sigmoid output, MSE, Adam(0.001)   (val MSE, not accuracy)
(bench/refs/workloads.py holds the models.) The `engine` rows train through `Model.fit` of the
NeuralNetwork API, as a reader does; `stack` is the bespoke `DenseStack` loop (W1-W3 only), and
engine1t / engineblas / enginesob are that loop on one thread / on the BLAS libraries.

Every tool runs with OPENBLAS_CORETYPE and OPENBLAS_L2_SIZE removed from its environment (a
machine may set them, forcing OpenBLAS's older kernels on every library that bundles it), so each
library picks its kernels for this CPU; the table prints which ones NumPy's OpenBLAS chose.

Usage: python bench/run_bench.py [--rounds 3] [--tools engine,jax,torch,numpy,keras] [--quick]
       [--engine PATH]  (default: .build/release/EngineBench, or $ENGINE_BENCH)
"""
import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
ENGINE = os.environ.get("ENGINE_BENCH", os.path.join(ROOT, ".build", "release", "EngineBench"))
PY = os.path.join(ROOT, ".venv-bench", "bin", "python")
N_TRAIN = 55000

p = argparse.ArgumentParser()
p.add_argument("--rounds", type=int, default=3)
p.add_argument("--tools", default="engine,cell,stack,jax,torch,numpy,keras",
               help="engine: Model.fit of the NeuralNetwork API (the engine's own AVX-512 kernels "
                    "where the CPU has them, split over two threads by size); cell: W1 as a "
                    "chapter cell run by `handson run` (bench/cell/w1.md.in; seconds per epoch "
                    "from whole runs of 1 and N epochs); stack: the bespoke "
                    "DenseStack loop (W1-W3); engine1t: that loop on one thread; engineblas: that "
                    "loop with every product on the linked BLAS (Debian OpenBLAS); enginesob: as "
                    "engineblas with scipy-openblas32's kernels")
p.add_argument("--engine", default="", help="the EngineBench executable (default: the one the "
               "--from file's run used, else .build/release/EngineBench or $ENGINE_BENCH)")
p.add_argument("--handson", default=os.path.join(ROOT, ".build", "debug", "handson"),
               help="the handson executable of the `cell` tool (the build `make render` uses)")
p.add_argument("--cell-epochs", type=int, default=4,
               help="the `cell` tool runs its chapter with 1 and with this many epochs")
p.add_argument("--workloads", default="W1,W3,W5,W6,W7,W8,W9")
p.add_argument("--w1-epochs", type=int, default=5)
p.add_argument("--w2-epochs", type=int, default=3)
p.add_argument("--w3-epochs", type=int, default=2)
p.add_argument("--wx-epochs", type=int, default=3, help="epochs of W5-W9 (the first a warm-up)")
p.add_argument("--out", default=os.path.join(ROOT, "bench", "results.jsonl"))
p.add_argument("--quick", action="store_true", help="1 round, 2 epochs each (smoke test)")
p.add_argument("--from", dest="from_file", default="",
               help="print the table from the training results saved in this file (an "
                    "interrupted run's --out); peak and SGEMM are measured once now")
args = p.parse_args()
if not args.engine and args.from_file:
    # The executable the saved run measured, for the probes printed with its table.
    for line in open(args.from_file):
        # Saved relative to the checkout (no machine's own paths in saved results).
        saved = json.loads(line).get("engine_path", "")
        args.engine = os.path.join(ROOT, saved) if saved else ""
        break
ENGINE = args.engine or ENGINE
# One environment for every tool, without the variables that force OpenBLAS's kernels.
CLEAN_ENV = {k: v for k, v in os.environ.items()
             if k not in ("OPENBLAS_CORETYPE", "OPENBLAS_L2_SIZE")}
REMOVED = sorted(k for k in ("OPENBLAS_CORETYPE", "OPENBLAS_L2_SIZE") if k in os.environ)
if args.quick:
    args.rounds, args.w1_epochs, args.w2_epochs, args.w3_epochs, args.wx_epochs = 1, 2, 2, 2, 2
tools = args.tools.split(",")
have_refs = os.path.exists(PY)
if not have_refs:
    tools = [t for t in tools if t in ("engine", "cell")]
    print("(no .venv-bench: run `make bench-refs` for the Python references)", file=sys.stderr)

WORKLOADS = {
    "W1": dict(workload="mlp", batch=32, lr=0.01, epochs=args.w1_epochs, eval=3),
    "W2": dict(workload="mlp", batch=256, lr=0.01, epochs=args.w2_epochs, eval=0),
    "W3": dict(workload="deep", batch=32, lr=0.001, epochs=args.w3_epochs, eval=0),
    "W5": dict(workload="mlp", batch=32, lr=0.001, epochs=args.wx_epochs, eval=0,
               extra=["--optimizer", "adam"]),
    "W6": dict(workload="mlp-nesterov-clip", batch=32, lr=0.01, epochs=args.wx_epochs, eval=0),
    "W7": dict(workload="mlp-bn-nadam", batch=32, lr=0.001, epochs=args.wx_epochs, eval=0),
    "W8": dict(workload="mlp-dropout-rmsprop", batch=32, lr=0.001, epochs=args.wx_epochs, eval=0),
    "W9": dict(workload="autoencoder", batch=32, lr=0.001, epochs=args.wx_epochs, eval=0),
}
STACK_TOOLS = ("stack", "engine1t", "engineblas", "enginesob")


def applies(tool, w):
    """Whether `tool` has workload `w`: the DenseStack loop and NumPy only plain-SGD MLPs,
    the chapter cell only W1."""
    if tool == "cell":
        return w["workload"] == "mlp" and w["batch"] == 32 and not w.get("extra")
    if tool in STACK_TOOLS or tool == "numpy":
        return w["workload"] in ("mlp", "deep") and not w.get("extra")
    return True


SOB = next((os.path.join(d, "libscipy_openblas.so") for d, _, fs in
            os.walk(os.path.join(ROOT, ".venv-bench")) if "libscipy_openblas.so" in fs
            and d.endswith(os.path.join("scipy_openblas32", "lib"))), None)
if not SOB and "enginesob" in tools:
    tools.remove("enginesob")


def run_json(cmd, cwd=None, env=None):
    proc = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True,
                          env=dict(CLEAN_ENV, **(env or {})))
    lines = [l for l in proc.stdout.splitlines() if l.startswith("{")]
    if proc.returncode != 0 or not lines:
        print(f"FAILED: {' '.join(cmd)}\n{proc.stderr[-2000:]}", file=sys.stderr)
        return []
    return [json.loads(l) for l in lines]


def run_cell(w):
    """W1 as a reader runs it: bench/cell/w1.md.in with 1 and with --cell-epochs epochs, each
    a whole `handson run` process; seconds per epoch from the difference of the wall times, so
    start-up, loading the data and compiling the model cancel out."""
    if not os.path.exists(args.handson):
        print(f"FAILED: no {args.handson} (run `make build`)", file=sys.stderr)
        return []
    template = open(os.path.join(HERE, "cell", "w1.md.in")).read()
    times, rss = {}, 0
    for epochs in (1, args.cell_epochs):
        path = os.path.join(HERE, "cell", f".w1-{epochs}.md")
        with open(path, "w") as f:
            f.write(template.replace("EPOCHS", str(epochs)))
        start = time.time()
        proc = subprocess.Popen([args.handson, "run", path], stdout=subprocess.DEVNULL,
                                stderr=subprocess.PIPE, env=CLEAN_ENV)
        _, status, usage = os.wait4(proc.pid, 0)
        times[epochs] = time.time() - start
        rss = max(rss, usage.ru_maxrss // 1024)
        os.remove(path)
        if status != 0:
            print(f"FAILED: handson run {path}\n{proc.stderr.read().decode()[-2000:]}",
                  file=sys.stderr)
            return []
    per_epoch = (times[args.cell_epochs] - times[1]) / (args.cell_epochs - 1)
    return [dict(framework="cell", api="cell", epoch_s=[per_epoch], median_epoch_s=per_epoch,
                 peak_rss_mb=rss, eval_s=[])]


def train_cmd(tool, w):
    common = ["--workload", w["workload"], "--batch", str(w["batch"]), "--lr", str(w["lr"]),
              "--epochs", str(w["epochs"]), "--eval-repeats", str(w["eval"]), "--seed", "42"]
    common += w.get("extra", [])
    stack = [ENGINE, "--mode", "train", "--api", "stack"]
    if tool == "engine":
        return [ENGINE, "--mode", "train", "--api", "fit"] + common, None, None
    if tool == "stack":
        return stack + common, None, None
    if tool == "engine1t":
        return stack + ["--threads", "1"] + common, None, None
    if tool == "engineblas":
        return stack + common, None, {"TENSORS_GEMM": "blas"}
    if tool == "enginesob":
        return stack + common, None, {"TENSORS_BLAS_LIBRARY": SOB}
    return [PY, f"bench_{tool}.py"] + common, os.path.join(HERE, "refs"), None


def median_range(xs):
    return statistics.median(xs), min(xs), max(xs)


results = {}  # (workload, tool) -> list of result dicts
sgemm = []
peaks = []
started = time.time()
NAMES = {"cell": "cell", "engine": "engine", "pytorch": "torch", "jax": "jax", "numpy": "numpy", "keras": "keras"}
if args.from_file:
    for line in open(args.from_file):
        res = json.loads(line)
        tool = NAMES.get(res["framework"], res["framework"])
        if tool == "engine" and res.get("api") != "fit":
            tool = "stack"
            info = res.get("thread_info", {})
            if "scipy" in info.get("blas", ""):
                tool = "enginesob"
            elif not info.get("engine_parallel", True):
                tool = "engine1t"
            elif "engine" not in info.get("blas", ""):
                tool = "engineblas"
        results.setdefault((res["bench_workload"], tool), []).append(res)
    args.rounds = max(r["round"] for rs in results.values() for r in rs) + 1
for r in range(1 if args.from_file else args.rounds):
    peaks += run_json([ENGINE, "--mode", "peak", "--seconds", "0.3"])
    for name in ([] if args.from_file else args.workloads.split(",")):
        order = tools[r % len(tools):] + tools[:r % len(tools)]
        for tool in order:
            if not applies(tool, WORKLOADS[name]):
                continue
            if tool == "cell":
                runs = run_cell(WORKLOADS[name])
            else:
                runs = run_json(*train_cmd(tool, WORKLOADS[name]))
            for res in runs:
                results.setdefault((name, tool), []).append(res)
                with open(args.out, "a") as f:
                    f.write(json.dumps(dict(res, bench_workload=name, round=r,
                                            engine_path=os.path.relpath(ENGINE, ROOT))) + "\n")
    sgemm += [dict(x, lib="engine kernels (1 thr; 1024^3: Debian OpenBLAS)") for x in
              run_json([ENGINE, "--mode", "sgemm", "--threads", "1", "--seconds", "0.2"])]
    sgemm += [dict(x, lib="engine kernels forced (1 thr)") for x in
              run_json([ENGINE, "--mode", "sgemm", "--threads", "1", "--seconds", "0.2",
                        "--gemm-limit", "0"])]
    sgemm += [dict(x, lib="Debian OpenBLAS (1 thr)") for x in
              run_json([ENGINE, "--mode", "sgemm", "--threads", "1", "--seconds", "0.2"],
                       env={"TENSORS_GEMM": "blas"})]
    sgemm += [dict(x, lib="Debian OpenBLAS (2 thr)") for x in
              run_json([ENGINE, "--mode", "sgemm", "--blas-threads", "2", "--seconds", "0.2"],
                       env={"TENSORS_GEMM": "blas"})]
    if SOB:
        for t in ("1", "2"):
            sgemm += [dict(x, lib=f"scipy-openblas32 ({t} thr)") for x in
                      run_json([ENGINE, "--mode", "sgemm", "--blas-threads", t, "--seconds", "0.2"],
                               env={"TENSORS_BLAS_LIBRARY": SOB})]
    if have_refs:
        for lib in ("numpy", "torch"):
            tmp = os.path.join(ROOT, "bench", f".sgemm_{lib}.jsonl")
            if os.path.exists(tmp):
                os.remove(tmp)
            subprocess.run([PY, os.path.join(HERE, "refs", "sgemm_bench.py"), "--lib", lib,
                            "--out", tmp], capture_output=True, env=CLEAN_ENV)
            if os.path.exists(tmp):
                for line in open(tmp):
                    x = json.loads(line)
                    name = "1024^3" if x["shape"].startswith("square") else x["shape"]
                    sgemm.append({"lib": f"{lib} ({'scipy-openblas' if lib == 'numpy' else 'torch'})",
                                  "shape": name, "gflops": x["gflops_best"]})

# --- the machine's limits measured in this run
fma = max((x["gflops"] for x in peaks), default=float("nan"))
fma1 = max((x["gflops"] for x in peaks if x["threads"] == 1), default=float("nan"))
best_by_lib = {}
for x in sgemm:
    if x["shape"] == "1024^3":
        best_by_lib[x["lib"]] = max(best_by_lib.get(x["lib"], 0), x["gflops"])
best_sgemm = max(best_by_lib.values(), default=float("nan"))
best_lib = max(best_by_lib, key=best_by_lib.get) if best_by_lib else "?"

cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), "?")
print(f"machine: {cpu}, {os.cpu_count()} cores, {platform.system()} {platform.release()}; "
      f"{args.rounds} rounds interleaved, {time.time() - started:.0f} s")
if REMOVED:
    print(f"removed from every tool's environment: {', '.join(REMOVED)}")
if have_refs:
    probe = subprocess.run([PY, "-c", "import numpy, threadpoolctl; print(', '.join("
                            "f\"{d['internal_api']} {d.get('version')} {d.get('architecture')}\" "
                            "for d in threadpoolctl.threadpool_info()))"],
                           capture_output=True, text=True, env=CLEAN_ENV)
    print(f"NumPy's BLAS (threadpoolctl): {probe.stdout.strip() or probe.stderr.strip()[-200:]}")
print(f"FMA peak (measured): {fma:.0f} GFLOP/s all cores, {fma1:.0f} GFLOP/s one core; "
      f"best SGEMM 1024^3: {best_sgemm:.0f} GFLOP/s ({best_lib})")
for lib, g in sorted(best_by_lib.items()):
    print(f"  SGEMM 1024^3 {lib}: {g:.0f} GFLOP/s")
print()
hdr = (f"{'workload':8} {'tool':10} {'s/epoch median [range]':>26} {'samples/s':>10} "
       f"{'val':>8} {'GFLOP/s':>8} {'%SGEMM':>7} {'%FMA':>6} {'vs engine':>9} {'RSS MB':>7}")
print(hdr)
print("-" * len(hdr))
REFS = ("jax", "torch", "keras", "numpy")
summary = []
medians = {}
for name in args.workloads.split(","):
    eng = results.get((name, "engine"))
    eng_med = statistics.median([e for r in eng for e in r["epoch_s"]]) if eng else None
    medians[name] = eng_med
    for tool in tools:
        if not applies(tool, WORKLOADS[name]):
            continue
        rs = results.get((name, tool))
        if not rs:
            print(f"{name:8} {tool:10} {'(failed)':>26}")
            continue
        epochs = [e for r in rs for e in r["epoch_s"]]
        med, lo, hi = median_range(epochs)
        gf = (rs[0].get("train_gflops_per_s") or 0) * (rs[0].get("median_epoch_s") or med) / med
        if WORKLOADS[name]["workload"] == "autoencoder":
            vals = [r.get("val_mse") for r in rs if r.get("val_mse") is not None]
        else:
            vals = [r.get("val_acc") for r in rs if r.get("val_acc") is not None]
        acc = f"{statistics.median(vals):8.4f}" if vals else f"{'':8}"
        ratio = f"{med / eng_med:8.2f}x" if eng_med else ""
        rss = max((r.get("peak_rss_mb") or 0) for r in rs)
        print(f"{name:8} {tool:10} {med:9.3f} [{lo:6.3f}-{hi:6.3f}] {N_TRAIN / med:10.0f} "
              f"{acc} {gf:8.1f} {100 * gf / best_sgemm:6.0f}% {100 * gf / fma:5.0f}% {ratio} "
              f"{rss if rss else '':>7}")
    refs = [(statistics.median([e for r in results[(name, t)] for e in r["epoch_s"]]), t)
            for t in tools if t in REFS and results.get((name, t))]
    if eng_med and refs:
        best, who = min(refs)
        summary.append(f"{name}: engine (Model.fit) {eng_med:.3f} s/epoch, fastest reference "
                       f"{who} {best:.3f} s -> {best / eng_med:.2f}x")
print("\nTargets: the engine at least 1.3x faster than the fastest reference; W5-W8 at most "
      "1.5x W1's s/epoch; peak RSS under 400 MB.")
for line in summary:
    print("  " + line)
if medians.get("W1"):
    print("  W5-W8 / W1 (engine, same run): " + ", ".join(
        f"{w} {medians[w] / medians['W1']:.2f}x" for w in ("W5", "W6", "W7", "W8")
        if medians.get(w)))
if "W1" in args.workloads:
    eng = results.get(("W1", "engine"))
    eng_med = statistics.median([e for r in eng for e in r["eval_s"]]) if eng else None
    for tool in tools:
        rs = results.get(("W1", tool))
        if not rs or not rs[0].get("eval_s"):
            continue
        evals = [e for r in rs for e in r["eval_s"]]
        med, lo, hi = median_range(evals)
        fwd = 2 * (784 * 300 + 300 * 100 + 100 * 10) * 10000 / 1e9
        ratio = f"{med / eng_med:8.2f}x" if eng_med else ""
        print(f"{'W4':8} {tool:10} {med:9.4f} [{lo:6.4f}-{hi:6.4f}] {10000 / med:10.0f} "
              f"{statistics.median([r['test_acc'] for r in rs]):8.4f} {fwd / med:8.1f} "
              f"{100 * fwd / med / best_sgemm:6.0f}% {100 * fwd / med / fma:5.0f}% {ratio}")
print("\nW4 row: seconds per evaluate() of the 10,000 test images (not per epoch), test accuracy.")
print("'vs engine': the tool's median time divided by the engine's (above 1 = engine faster).")
for lib in sorted({x["lib"] for x in sgemm}):
    rows = [x for x in sgemm if x["lib"] == lib and x["shape"] != "1024^3"]
    if rows:
        print(f"SGEMM {lib}: " + ", ".join(
            f"{x['shape']} {x['gflops']:.0f}" for x in rows[:len(rows) // args.rounds or None]))
eng = results.get(("W1", "engine"))
if eng:
    print(f"engine W1 peak RSS {max(r['peak_rss_mb'] for r in eng)} MB; "
          f"RSS per epoch {eng[0]['rss_mb_per_epoch']} MB")
