import Tensors
import Testing

@testable import NeuralNetwork

/// The optimizers inside `fit`: schedules, callbacks that change the rate, the fused path.
@Suite struct OptimizerTrainingTests {
    func regression() throws -> (Sequential, Tensor, Tensor) {
        let dense = try Dense(3)
        let model = try Sequential([Input(shape: [2]), dense])
        try dense.setWeights([Tensor(KerasGolden.fitKernel), Tensor(KerasGolden.fitBias)])
        return (model, try Tensor(KerasGolden.fitX), try Tensor(KerasGolden.fitY))
    }

    /// Performance scheduling works with every optimizer: the rate drops after the patience
    /// and the history records `learning_rate` for each epoch.
    @Test func reduceLROnPlateauWorksWithEveryOptimizer() throws {
        let makers: [() throws -> any Optimizer] = [
            { try SGD(learningRate: 0.1, momentum: 0.9) }, { try Adagrad(learningRate: 0.1) },
            { try RMSprop(learningRate: 0.1) }, { try Adam(learningRate: 0.1) },
            { try Adamax(learningRate: 0.1) }, { try Nadam(learningRate: 0.1) },
        ]
        for make in makers {
            let (model, x, y) = try regression()
            let optimizer = try make()
            try model.compile(loss: "mse", optimizer: optimizer)
            // minDelta 10 makes every epoch after the first a plateau: one reduction at the end
            // of each; the logs hold the rate the epoch used.
            let plateau = try ReduceLROnPlateau(
                monitor: "loss", factor: 0.5, patience: 1, minDelta: 10)
            let history = try model.fit(
                x, y, epochs: 3, batchSize: 4, shuffle: false, callbacks: [plateau], verbose: 0)
            #expect(history.keys == ["loss", "learning_rate"], "\(optimizer.name)")
            #expect(history["learning_rate"].map { Float($0) } == [0.1, 0.1, 0.05])
            #expect(optimizer.learningRate == 0.025)
            #expect(optimizer.iterations == 3)
        }
    }

    /// Keras refuses to overwrite a scheduled rate; so do the callbacks.
    @Test func callbacksRefuseAScheduledRate() throws {
        let (model, x, y) = try regression()
        let schedule = try ExponentialDecay(initialLearningRate: 0.1, decaySteps: 1, decayRate: 0.5)
        try model.compile(loss: "mse", optimizer: Adam(learningRate: schedule))
        #expect {
            try model.fit(
                x, y, epochs: 2, batchSize: 4,
                callbacks: [LearningRateScheduler { _, lr in lr }], verbose: 0)
        } throws: { "\($0)".contains("not settable") }
    }

    /// `fit` uses the k-th scheduled rate on the k-th batch: with a step schedule that is 0
    /// after the first update, only the first batch moves the weights.
    @Test func fitHonoursTheScheduleOnEveryBatch() throws {
        let (model, x, y) = try regression()
        let schedule = try PiecewiseConstantDecay(boundaries: [0], values: [0.1, 0])
        try model.compile(loss: "mse", optimizer: SGD(learningRate: schedule, momentum: 0.5))
        try model.fit(x, y, epochs: 1, batchSize: 4, shuffle: false, verbose: 0)
        let afterOne = model.getWeights().map(\.scalars)
        #expect(afterOne[1] != KerasGolden.fitBias)
        // Later steps have rate 0 but momentum 0.5 still carries half the last velocity.
        let before = model.getWeights().map(\.scalars)
        try model.fit(x, y, epochs: 1, batchSize: 4, shuffle: false, verbose: 0)
        let after = model.getWeights().map(\.scalars)
        let firstStep = zip(KerasGolden.fitBias, before[1]).map { $1 - $0 }
        let secondStep = zip(before[1], after[1]).map { $1 - $0 }
        for (a, b) in zip(firstStep, secondStep) { #expect(abs(b - 0.5 * a) < 1e-7) }
    }

    /// The fused Dense-stack path follows a schedule exactly as the general path does.
    @Test func fusedPathFollowsTheSchedule() throws {
        let data = try SyntheticData.blobs(
            count: 64, centerCount: 3, standardDeviation: 0.6, seed: 4)
        let y = Tensor(data.labels.map(Float.init))
        func run(forceGeneral: Bool) throws -> [Tensor] {
            // Seeded kernels, not ModelSeeds.setSeed: tests run in parallel and share that
            // sequence, so both runs could otherwise start from different weights.
            let model = try Sequential([
                Input(shape: [2]),
                Dense(
                    6, activation: .relu, kernelInitializer: VarianceScaling.glorotUniform(seed: 9)),
                Dense(
                    3, activation: .softmax,
                    kernelInitializer: VarianceScaling.glorotUniform(seed: 10)),
            ])
            let schedule = try PiecewiseConstantDecay(boundaries: [1, 3], values: [0.5, 0.05, 0])
            try model.compile(
                loss: "sparse_categorical_crossentropy", optimizer: SGD(learningRate: schedule))
            let weights = forceGeneral ? try Tensor(shape: [64], repeating: 1) : nil
            try model.fit(
                data.x, y, epochs: 3, batchSize: 16, shuffle: false, sampleWeight: weights,
                verbose: 0)
            #expect(model.lastFitWasFused == !forceGeneral)
            #expect(model.compiled?.optimizer.iterations == 12)
            return model.getWeights()
        }
        let fused = try run(forceGeneral: false)
        let general = try run(forceGeneral: true)
        for (a, b) in zip(fused, general) {
            #expect(zip(a.scalars, b.scalars).allSatisfy { abs($0 - $1) < 1e-5 })
        }
    }

    /// Every optimizer, with momentum or clipping too, trains on a fused path.
    @Test func fusedPathForEveryOptimizer() throws {
        let data = try SyntheticData.blobs(
            count: 32, centerCount: 3, standardDeviation: 0.6, seed: 4)
        let y = Tensor(data.labels.map(Float.init))
        let choices: [(any Optimizer, Bool)] = [
            (try SGD(learningRate: 0.1), true), (try SGD(momentum: 0.9), true),
            (try SGD(clipNorm: 1), true), (try Adam(), true),
        ]
        for (optimizer, fusable) in choices {
            let model = try Sequential([Input(shape: [2]), Dense(3, activation: .softmax)])
            try model.compile(loss: "sparse_categorical_crossentropy", optimizer: optimizer)
            try model.fit(data.x, y, epochs: 1, batchSize: 16, verbose: 0)
            #expect(model.lastFitWasFused == fusable, "\(optimizer.config)")
        }
    }
}
