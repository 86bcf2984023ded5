import Tensors
import Testing

@testable import NeuralNetwork

/// Models with the new layers train through `fit`.
@Suite struct LayerTrainingTests {
    /// With the normalization first, its input is the data itself, so after k full-batch steps
    /// the moving mean is mean(x)·(1 − mᵏ) and the moving variance 1·mᵏ + var(x)·(1 − mᵏ): the
    /// update happens exactly once per step, and evaluate/predict never change it.
    @Test func movingStatisticsUpdateOncePerTrainingStep() throws {
        let x = try Tensor([[1, 2], [3, 6], [5, 4], [7, 0]])
        let y = try Tensor([[1], [0], [1], [0]])
        let bn = try BatchNormalization(momentum: 0.75)
        let model = try Sequential([Input(shape: [2]), bn, Dense(1)])
        try model.compile(loss: "mse", optimizer: SGD(learningRate: 0.01))
        try model.fit(x, y, epochs: 3, batchSize: 4, shuffle: false, verbose: 0)
        // Normalization + Dense + MSE trains on the fused network path.
        #expect(model.lastFitWasFused)
        let kept: Float = 0.421_875  // 0.75³
        // mean(x) = (4, 3); biased var(x) = (5, 5).
        expectAllClose(bn.movingMean!, [4 * (1 - kept), 3 * (1 - kept)])
        expectAllClose(bn.movingVariance!, [kept + 5 * (1 - kept), kept + 5 * (1 - kept)])
        let before = bn.getWeights()
        _ = try model.evaluate(x, y)
        _ = try model.predict(x)
        _ = try model(x)
        #expect(bn.getWeights() == before)
        // Two steps per epoch (batches of 2), two epochs: four updates.
        let bn2 = try BatchNormalization(momentum: 0.75)
        let model2 = try Sequential([Input(shape: [2]), bn2, Dense(1)])
        try model2.compile(loss: "mse", optimizer: SGD(learningRate: 0.01))
        try model2.fit(x, y, epochs: 2, batchSize: 2, shuffle: false, verbose: 0)
        // Batch means: rows 0–1 → (2, 4), rows 2–3 → (6, 2).
        var expected: [Float] = [0, 0]
        for _ in 0..<2 {
            for batch in [[Float(2), 4], [6, 2]] {
                expected = zip(expected, batch).map { $0 * 0.75 + $1 * 0.25 }
            }
        }
        expectAllClose(bn2.movingMean!, expected)
    }

    @Test func batchNormalizedPReLUDropoutModelTrains() throws {
        let (x, y) = try threeBlobs(240, seed: 5)
        // Seeded kernels: tests run in parallel and share ModelSeeds' sequence, so unseeded
        // layers would start from weights that depend on which other tests ran first.
        let model = try Sequential([
            Input(shape: [2]),
            Dense(16, kernelInitializer: VarianceScaling.glorotUniform(seed: 11)),
            BatchNormalization(), PReLU(), Dropout(rate: 0.1, seed: 3),
            Dense(16, kernelInitializer: VarianceScaling.glorotUniform(seed: 12)), LeakyReLU(),
            NeuralNetwork.Activation(.tanh),
            Dense(
                3, activation: .softmax, kernelInitializer: VarianceScaling.glorotUniform(seed: 13)),
        ])
        try model.compile(
            loss: "sparse_categorical_crossentropy", optimizer: SGD(learningRate: 0.1),
            metrics: ["accuracy"])
        let alphaBefore = model.layers[2].getWeights()[0]
        let history = try model.fit(x, y, epochs: 15, batchSize: 32, shuffle: false, verbose: 0)
        #expect(!model.lastFitWasFused)
        let losses = try #require(history.history["loss"])
        #expect(losses.last! < 0.5 * losses.first!, "\(losses)")
        #expect(model.layers[2].getWeights()[0] != alphaBefore, "PReLU slopes were trained")
        let accuracy = try model.evaluate(x, y)["accuracy"]
        #expect(accuracy > 0.9, "accuracy \(accuracy)")
    }

    /// A functional model with the normalization layers; the frozen BN keeps its statistics.
    @Test func functionalModelWithFrozenNormalizationTrains() throws {
        let (x, y) = try threeBlobs(120, seed: 9)
        let input = try Input(shape: [2])
        let norm = try Normalization()
        try norm.adapt(x)
        let bn = try BatchNormalization()
        let h = try Dense(8, activation: .relu)(bn(norm(input)))
        let output = try Dense(3, activation: .softmax)(h)
        let model = try Model(inputs: input, outputs: output)
        bn.trainable = false
        let statistics = bn.getWeights()
        try model.compile(
            loss: "sparse_categorical_crossentropy", optimizer: SGD(learningRate: 0.1))
        let history = try model.fit(x, y, epochs: 10, batchSize: 16, verbose: 0)
        let losses = try #require(history.history["loss"])
        #expect(losses.last! < losses.first!)
        #expect(bn.getWeights() == statistics)
        #expect(model.nonTrainableParameterCount == 4 * 2 + 5)
    }
}
