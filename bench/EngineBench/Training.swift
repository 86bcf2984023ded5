import Foundation
import Tensors

/// Trains a workload for `epochs` epochs (the first is a warm-up, reported apart), then measures
/// validation accuracy and the test-set evaluation time, like the references.
enum Training {
    static func run(_ options: Options) throws -> [String: Any] {
        var data = try FashionData.load()
        if options.workload == "deep" { data.standardize() }
        var stack = try StackModel.make(workload: options.workload, seed: options.seed)
        var generator = RandomGenerator(seed: options.seed &+ 1)
        let n = data.trainY.count
        let pixels = FashionData.pixels
        let batch = options.batch
        var batchX = [Float](repeating: 0, count: batch * pixels)
        var batchY = [Int32](repeating: 0, count: batch)
        var epochSeconds: [Double] = []
        var losses: [Double] = []
        var rss: [Int] = []
        for _ in 0..<options.epochs {
            let start = Date()
            let order = generator.permutation(n)
            var total = 0.0
            data.trainX.withUnsafeBufferPointer { x in
                batchX.withUnsafeMutableBufferPointer { bx in
                    batchY.withUnsafeMutableBufferPointer { by in
                        for first in stride(from: 0, to: n, by: batch) {
                            let rows = min(batch, n - first)
                            for r in 0..<rows {
                                let i = order[first + r]
                                (bx.baseAddress! + r * pixels).update(
                                    from: x.baseAddress! + i * pixels, count: pixels)
                                by[r] = data.trainY[i]
                            }
                            let loss = stack.trainStep(
                                inputs: bx.baseAddress!, labels: by.baseAddress!, rows: rows,
                                learningRate: options.learningRate)
                            total += Double(loss) * Double(rows)
                        }
                    }
                }
            }
            epochSeconds.append(Date().timeIntervalSince(start))
            losses.append(total / Double(n))
            rss.append(residentMegabytes())
        }
        let valid = try Tensor(shape: [data.validY.count, pixels], scalars: data.validX)
        data.validX = []
        let validation = try stack.evaluate(
            inputs: valid, labels: data.validY, batchSize: options.evalBatch)
        let test = try Tensor(shape: [data.testY.count, pixels], scalars: data.testX)
        data.testX = []
        var evalSeconds: [Double] = []
        var testAccuracy: Float = 0
        if options.evalRepeats > 0 {
            _ = try stack.evaluate(inputs: test, labels: data.testY, batchSize: options.evalBatch)
            for _ in 0..<options.evalRepeats {
                let start = Date()
                testAccuracy = try stack.evaluate(
                    inputs: test, labels: data.testY, batchSize: options.evalBatch
                ).accuracy
                evalSeconds.append(Date().timeIntervalSince(start))
            }
        }
        let timed = Array(epochSeconds.dropFirst())
        let median = timed.isEmpty ? nil : Statistics.median(timed)
        let flops = StackModel.flops(workload: options.workload)
        var result: [String: Any] = [
            "framework": "engine", "workload": options.workload, "batch": batch,
            "lr": Double(options.learningRate), "seed": options.seed,
            "threads_requested": options.threads, "epochs_total": options.epochs,
            "warmup_epoch_s": epochSeconds.first ?? 0, "epoch_s": timed,
            "train_loss": losses, "val_acc": Double(validation.accuracy),
            "eval_s": evalSeconds, "test_acc": Double(testAccuracy),
            "peak_rss_mb": peakResidentMegabytes(), "rss_mb_per_epoch": rss,
            "thread_info": [
                "blas_threads": BLAS.threadCount, "blas": BLAS.configuration,
                "engine_parallel": Parallelism.isEnabled,
            ],
        ]
        if let median {
            result["median_epoch_s"] = median
            result["samples_per_s"] = Double(n) / median
            result["train_gflops_per_s"] = flops.train * Double(n) / median / 1e9
        }
        if !evalSeconds.isEmpty {
            result["eval_samples_per_s"] = 10_000 / Statistics.median(evalSeconds)
            result["eval_gflops_per_s"] =
                flops.forward * 10_000 / Statistics.median(evalSeconds) / 1e9
        }
        return result
    }

    /// The resident set size now (VmRSS), in MB; 0 where /proc is unavailable.
    static func residentMegabytes() -> Int { procStatus("VmRSS:") }

    /// The peak resident set size (VmHWM), in MB.
    static func peakResidentMegabytes() -> Int { procStatus("VmHWM:") }

    private static func procStatus(_ key: String) -> Int {
        guard let text = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else {
            return 0
        }
        for line in text.split(separator: "\n") where line.hasPrefix(key) {
            let kb = Int(line.split(separator: " ").dropFirst().first ?? "") ?? 0
            return kb / 1024
        }
        return 0
    }
}

/// Medians of repeated timings.
enum Statistics {
    static func median(_ values: [Double]) -> Double {
        let s = values.sorted()
        guard !s.isEmpty else { return 0 }
        return s.count % 2 == 1 ? s[s.count / 2] : (s[s.count / 2 - 1] + s[s.count / 2]) / 2
    }
}
