import Foundation
import NeuralNetwork
import Tensors

/// Trains a workload the way a reader does: a `Sequential` of the NeuralNetwork API, compiled
/// with the workload's loss and optimizer and trained by `Model.fit` (batch `--batch`,
/// shuffled every epoch); the first epoch is a warm-up, reported apart. The workloads are those
/// of bench/refs/workloads.py.
enum FitTraining {
    /// Times each epoch of `fit`.
    final class EpochTimer: Callback {
        var started = Date()
        var seconds: [Double] = []
        var losses: [Double] = []
        var rss: [Int] = []

        override func onEpochBegin(_ epoch: Int, logs: [String: Double]) throws {
            started = Date()
        }

        override func onEpochEnd(_ epoch: Int, logs: [String: Double]) throws {
            seconds.append(Date().timeIntervalSince(started))
            losses.append(logs["loss"] ?? .nan)
            rss.append(Training.residentMegabytes())
        }
    }

    static func run(_ options: Options) throws -> [String: Any] {
        let autoencoder = options.workload == "autoencoder"
        let data = try FashionTensors.load(standardized: options.workload == "deep")
        let model = try FitWorkload.model(options.workload, seed: options.seed)
        let optimizer = try FitWorkload.optimizer(options)
        try model.compile(
            loss: autoencoder ? "mse" : "sparse_categorical_crossentropy", optimizer: optimizer,
            metrics: autoencoder ? [] : ["accuracy"])
        let timer = EpochTimer()
        let targets = autoencoder ? data.trainX : data.trainY
        let ones = options.general ? try Tensor(shape: [targets.shape[0]], repeating: 1) : nil
        try model.fit(
            data.trainX, targets, epochs: options.epochs, batchSize: options.batch,
            sampleWeight: ones, callbacks: [timer], verbose: 0)
        let fused = model.lastFitWasFused
        let validation = try model.evaluate(
            data.validX, autoencoder ? data.validX : data.validY, batchSize: options.evalBatch)
        var evalSeconds: [Double] = []
        var testMetric = 0.0
        if options.evalRepeats > 0 {
            let testTargets = autoencoder ? data.testX : data.testY
            _ = try model.evaluate(data.testX, testTargets, batchSize: options.evalBatch)
            for _ in 0..<options.evalRepeats {
                let start = Date()
                let e = try model.evaluate(data.testX, testTargets, batchSize: options.evalBatch)
                testMetric = autoencoder ? e.loss : e["accuracy"]
                evalSeconds.append(Date().timeIntervalSince(start))
            }
        }
        let timed = Array(timer.seconds.dropFirst())
        let n = data.trainX.shape[0]
        let flops = FitWorkload.flops(options.workload)
        var result: [String: Any] = [
            "framework": "engine", "api": "fit", "fused": fused, "workload": options.workload,
            "optimizer": optimizer.name, "batch": options.batch,
            "lr": Double(optimizer.learningRate), "seed": options.seed,
            "threads_requested": options.threads, "epochs_total": options.epochs,
            "warmup_epoch_s": timer.seconds.first ?? 0, "epoch_s": timed,
            "train_loss": timer.losses,
            "val_acc": autoencoder ? NSNull() : validation["accuracy"] as Any,
            "val_mse": autoencoder ? validation.loss : NSNull() as Any, "eval_s": evalSeconds,
            "test_acc": autoencoder ? NSNull() : testMetric as Any,
            "peak_rss_mb": Training.peakResidentMegabytes(), "rss_mb_per_epoch": timer.rss,
            "thread_info": [
                "blas_threads": BLAS.threadCount, "blas": BLAS.configuration,
                "engine_parallel": true,
            ],
        ]
        if !timed.isEmpty {
            let median = Statistics.median(timed)
            result["median_epoch_s"] = median
            result["samples_per_s"] = Double(n) / median
            result["train_gflops_per_s"] = flops * Double(n) / median / 1e9
        }
        return result
    }
}
