import Tensors
import Testing

@testable import NeuralNetwork

/// The general fused path of `fit` (``FusedNetworkTraining``) against the autodiff path, which
/// a sample weight of ones forces (same loss, same gradients): every optimizer and clipping
/// mode, batch normalization, dropout, frozen layers and an MSE head, over several steps.
@Suite struct FusedNetworkTrainingTests {
    typealias Build = () throws -> (Model, Tensor, Tensor)

    /// Blobs with 6 features, 3 classes.
    static func data() throws -> (Tensor, Tensor) {
        let d = try SyntheticData.blobs(
            count: 96, centerCount: 3, features: 6, standardDeviation: 0.8, seed: 4)
        return (d.x, Tensor(d.labels.map(Float.init)))
    }

    static func glorot(_ seed: UInt64) -> VarianceScaling {
        VarianceScaling.glorotUniform(seed: seed)
    }

    /// 6-12-8-3 with optional normalization, dropout and a frozen first layer.
    static func classifier(
        batchNorm: Bool = false, dropout: Bool = false, frozen: Bool = false
    ) throws -> (Model, Tensor, Tensor) {
        var layers: [any Layer] = [try Input(shape: [6])]
        if batchNorm { layers.append(try BatchNormalization()) }
        let first = try Dense(12, activation: .relu, kernelInitializer: glorot(1))
        first.trainable = !frozen
        layers.append(first)
        if batchNorm { layers.append(try BatchNormalization()) }
        if dropout { layers.append(try Dropout(rate: 0.25, seed: 7)) }
        layers.append(try Dense(8, activation: .tanh, kernelInitializer: glorot(2)))
        if batchNorm { layers.append(try BatchNormalization(momentum: 0.9)) }
        if dropout { layers.append(try Dropout(rate: 0.25, seed: 8)) }
        layers.append(try Dense(3, activation: .softmax, kernelInitializer: glorot(3)))
        let (x, y) = try data()
        return (try Sequential(layers), x, y)
    }

    /// 6-4-6 with a sigmoid output, trained to reproduce its (rescaled) inputs.
    static func autoencoder() throws -> (Model, Tensor, Tensor) {
        let model = try Sequential([
            Input(shape: [6]), Dense(4, activation: .relu, kernelInitializer: glorot(5)),
            Dense(6, activation: .sigmoid, kernelInitializer: glorot(6)),
        ])
        let (x, _) = try data()
        let targets = try (x * 0.1 + 0.5).clipped(min: 0, max: 1)
        return (model, x, targets)
    }

    /// Trains a fresh model from `build` for 3 epochs (18 steps) on the fused or the general
    /// path; returns every weight (moving statistics included) and the epoch losses.
    static func train(
        _ build: Build, optimizer: () throws -> any Optimizer, loss: String, general: Bool
    ) throws -> (weights: [Tensor], losses: [Double]) {
        let (model, x, y) = try build()
        try model.compile(loss: loss, optimizer: optimizer())
        let ones = general ? try Tensor(shape: [x.shape[0]], repeating: 1) : nil
        let history = try model.fit(
            x, y, epochs: 3, batchSize: 16, shuffle: false, sampleWeight: ones, verbose: 0)
        #expect(model.lastFitWasFused == !general)
        #expect(model.compiled?.optimizer.iterations == 18)
        return (model.getWeights(), history["loss"])
    }

    static func expectClose(
        _ build: Build, optimizer: () throws -> any Optimizer,
        loss: String = "sparse_categorical_crossentropy", tolerance: Float = 2e-5,
        _ comment: Comment
    ) throws {
        let fused = try train(build, optimizer: optimizer, loss: loss, general: false)
        let general = try train(build, optimizer: optimizer, loss: loss, general: true)
        #expect(fused.weights.count == general.weights.count, comment)
        for (a, b) in zip(fused.weights, general.weights) {
            #expect(a.shape == b.shape, comment)
            let worst = zip(a.scalars, b.scalars).map { abs($0 - $1) / max(1, abs($1)) }.max() ?? 0
            #expect(worst < tolerance, "\(comment): differs by \(worst)")
        }
        for (a, b) in zip(fused.losses, general.losses) {
            #expect(abs(a - b) < Double(tolerance) * max(1, abs(b)), comment)
        }
    }

    @Test func everyOptimizerAndClippingMatchesTheGeneralPath() throws {
        let optimizers: [(String, () throws -> any Optimizer)] = [
            ("sgd momentum", { try SGD(learningRate: 0.05, momentum: 0.9) }),
            (
                "sgd nesterov clipNorm",
                {
                    try SGD(learningRate: 0.05, momentum: 0.9, nesterov: true, clipNorm: 0.5)
                }
            ),
            ("sgd clipValue", { try SGD(learningRate: 0.1, clipValue: 0.05) }),
            ("adam", { try Adam(learningRate: 0.01) }),
            (
                "adam amsgrad globalClipNorm",
                {
                    try Adam(learningRate: 0.01, amsgrad: true, globalClipNorm: 0.5)
                }
            ),
            ("rmsprop", { try RMSprop(learningRate: 0.01) }),
            (
                "rmsprop momentum centered",
                {
                    try RMSprop(learningRate: 0.01, momentum: 0.5, centered: true)
                }
            ),
            ("nadam", { try Nadam(learningRate: 0.01) }),
            ("adamax", { try Adamax(learningRate: 0.01) }),
            ("adagrad", { try Adagrad(learningRate: 0.05) }),
        ]
        for (name, make) in optimizers {
            try Self.expectClose({ try Self.classifier() }, optimizer: make, "\(name)")
        }
    }

    @Test func batchNormalizationMatchesTheGeneralPath() throws {
        try Self.expectClose(
            { try Self.classifier(batchNorm: true) }, optimizer: { try Nadam(learningRate: 0.01) },
            "batch normalization + Nadam")
    }

    @Test func dropoutMatchesTheGeneralPath() throws {
        try Self.expectClose(
            { try Self.classifier(dropout: true) }, optimizer: { try RMSprop(learningRate: 0.01) },
            "dropout + RMSprop")
    }

    @Test func frozenLayersMatchTheGeneralPath() throws {
        try Self.expectClose(
            { try Self.classifier(batchNorm: true, frozen: true) },
            optimizer: { try Adam(learningRate: 0.01) }, "frozen first layer + Adam")
        // Plain SGD with a frozen layer takes the general fused path too.
        try Self.expectClose(
            { try Self.classifier(frozen: true) }, optimizer: { try SGD(learningRate: 0.1) },
            "frozen first layer + SGD")
    }

    @Test func meanSquaredErrorHeadMatchesTheGeneralPath() throws {
        try Self.expectClose(
            { try Self.autoencoder() }, optimizer: { try Adam(learningRate: 0.01) }, loss: "mse",
            "sigmoid autoencoder + MSE + Adam")
    }

    /// Two runs of the same seeds give the same bits, with the engine's splitting on.
    @Test func twoRunsAreBitIdentical() throws {
        let context = EngineContext()
        try context.run {
            Parallelism.minimumWork = 64
            let make = { () throws -> any Optimizer in try Adam(learningRate: 0.01) }
            let build = { try Self.classifier(batchNorm: true, dropout: true) }
            let a = try Self.train(
                build, optimizer: make, loss: "sparse_categorical_crossentropy", general: false)
            let b = try Self.train(
                build, optimizer: make, loss: "sparse_categorical_crossentropy", general: false)
            #expect(a.losses == b.losses)
            for (u, v) in zip(a.weights, b.weights) { #expect(u.scalars == v.scalars) }
        }
    }

    /// Sets every weight to a fixed pattern after the first epoch, and at the end of training
    /// puts back the weights of the first epoch (as EarlyStopping's restoreBestWeights does).
    final class Meddler: Callback {
        var first: [Tensor] = []

        override func onEpochEnd(_ epoch: Int, logs: [String: Double]) throws {
            guard epoch == 0, let model else { return }
            first = model.getWeights()
            try model.setWeights(first.map { try $0 * 0.5 })
        }

        override func onTrainEnd(logs: [String: Double]) throws {
            try model?.setWeights(first)
        }
    }

    /// Both fused paths take up weights a callback sets between epochs, and leave alone the
    /// weights a callback restores at the end of training.
    @Test func callbacksThatSetWeightsAreHonoured() throws {
        for optimizer in ["sgd", "adam"] {
            func run(general: Bool) throws -> (after: [Tensor], restored: [Tensor], loss: [Double])
            {
                let (model, x, y) = try Self.classifier()
                try model.compile(
                    loss: "sparse_categorical_crossentropy",
                    optimizer: optimizer == "sgd"
                        ? SGD(learningRate: 0.1) : Adam(learningRate: 0.01))
                let meddler = Meddler()
                let ones = general ? try Tensor(shape: [x.shape[0]], repeating: 1) : nil
                let history = try model.fit(
                    x, y, epochs: 2, batchSize: 16, shuffle: false, sampleWeight: ones,
                    callbacks: [meddler], verbose: 0)
                #expect(model.lastFitWasFused == !general)
                return (model.getWeights(), meddler.first, history["loss"])
            }
            let fused = try run(general: false)
            let general = try run(general: true)
            for (a, b) in zip(fused.after, fused.restored) { #expect(a == b, "\(optimizer)") }
            // The second epoch started from the halved weights on both paths.
            let (a, b) = (fused.loss[1], general.loss[1])
            #expect(abs(a - b) < 1e-5 * max(1, abs(b)), "\(optimizer): \(a) vs \(b)")
        }
    }
}
