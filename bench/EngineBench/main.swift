import Foundation
import Tensors

/// EngineBench: the engine's side of `make bench`. Prints one JSON line per run (the schema of
/// the Python references in bench/refs), and appends it to `--out` when given.
///   --mode peak    FMA peak (AVX-512 / AVX2, 1 thread and all cores)
///   --mode sgemm   SGEMM GFLOP/s of `BLAS.sgemm` (the engine's kernels or the BLAS library, as
///                  chosen; `TENSORS_GEMM=blas` for the library) for 1024³ and the W1–W4 shapes
///   --mode train   train --workload (mlp, deep, mlp-nesterov-clip, mlp-bn-nadam,
///                  mlp-dropout-rmsprop, autoencoder) at --batch for --epochs through `Model.fit`
///                  (`--api stack`: mlp/deep on the bespoke `DenseStack` loop), then evaluate
func emit(_ object: [String: Any], to path: String) throws {
    let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
    let line = String(decoding: data, as: UTF8.self)
    print(line)
    if !path.isEmpty {
        if !FileManager.default.fileExists(atPath: path) {
            _ = FileManager.default.createFile(atPath: path, contents: nil)
        }
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        handle.seekToEndOfFile()
        handle.write((line + "\n").data(using: .utf8)!)
        handle.closeFile()
    }
}

do {
    let options = try Options(Array(CommandLine.arguments.dropFirst()))
    // Default: the engine splits work over two threads itself, BLAS runs single-threaded.
    // --threads 1: everything on one thread. --blas-threads N: no engine splitting, BLAS on N.
    if options.blasThreads > 0 {
        Parallelism.isEnabled = false
        BLAS.threadCount = options.blasThreads
    } else if options.threads == 1 {
        Parallelism.isEnabled = false
        BLAS.threadCount = 1
    } else if options.mode == "train" {
        Parallelism.isEnabled = true
    }
    if options.minimumWork > 0 { Parallelism.minimumWork = options.minimumWork }
    Parallelism.adaptive = options.adaptive
    // --gemm-limit N: the engine's kernels for products up to N FLOPs (0: for every size).
    if options.gemmLimit >= 0 {
        BLAS.engineKernelLimit = options.gemmLimit == 0 ? Int.max : options.gemmLimit
    }
    switch options.mode {
    case "peak":
        let results = Peak.measure(seconds: options.seconds)
        for r in results {
            try emit(
                ["framework": "peak", "isa": r.isa, "threads": r.threads, "gflops": r.gflops],
                to: options.out)
        }
    case "sgemm":
        for s in GEMMBench.shapes {
            let g = GEMMBench.measure(s, seconds: options.seconds)
            try emit(
                [
                    "framework": "sgemm-engine", "shape": s.name, "gflops": g,
                    "threads": BLAS.threadCount, "blas": BLAS.configuration,
                ], to: options.out)
        }
    case "train":
        let result =
            options.api == "stack" ? try Training.run(options) : try FitTraining.run(options)
        try emit(result, to: options.out)
    default:
        throw BenchError.usage("unknown mode \(options.mode)")
    }
} catch {
    FileHandle.standardError.write("EngineBench: \(error)\n".data(using: .utf8)!)
    exit(1)
}
