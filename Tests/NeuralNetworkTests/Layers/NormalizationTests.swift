import Tensors
import Testing

@testable import NeuralNetwork

@Suite struct NormalizationTests {
    /// Keras 3.15 (keras_layers_golden.py): adapt on X1, then normalize X2.
    @Test func adaptMatchesKeras() throws {
        let layer = try Normalization()
        try layer.adapt(KerasInputs.x1)
        let stats = try #require(layer.currentStatistics)
        expectAllClose(stats.mean, [0.625, 0.75, 0.875])
        expectAllClose(stats.variance, [1.171875, 4.6875, 2.296875])
        expectAllClose(
            try layer(KerasInputs.x2),
            [
                -0.5773501992225647, 0.1154700443148613, -1.8970080614089966,
                2.1939308643341064, -0.8082903027534485, -0.24743583798408508,
                0.3464101254940033, 0.5773501992225647, 1.0722219944000244,
            ])
        // Keras stores mean, variance and a scalar count: 2n + 1 non-trainable parameters.
        #expect(layer.getWeights().map(\.shape) == [[3], [3], []])
        #expect(layer.parameterCount == 7 && layer.trainableParameterCount == 0)
        #expect(layer.trainableWeights.isEmpty && layer.nonTrainableWeights.count == 3)
        let inverse = try Normalization(invert: true)
        try inverse.adapt(KerasInputs.x1)
        expectAllClose(try inverse(try layer(KerasInputs.x2)), try KerasInputs.x2.scalars)
    }

    /// Keras 3.15: fixed mean (1, 2, 3) and variance (4, 1, 0.25); no weights.
    @Test func fixedStatisticsMatchKeras() throws {
        let layer = try Normalization(mean: [1, 2, 3], variance: [4, 1, 0.25])
        expectAllClose(try layer(KerasInputs.x2), [-0.5, -1, -10, 1, -3, -5, 0, 0, -1])
        #expect(layer.parameterCount == 0 && layer.getWeights().isEmpty)
        #expect(throws: TensorError.self) { try layer.adapt(KerasInputs.x1) }
        let scalar = try Normalization(mean: [1], variance: [4])
        expectAllClose(try scalar(try Tensor([[3, 5]])), [1, 2])
    }

    @Test func adaptsAlongAChosenAxisAndChecksShapes() throws {
        // Per-sample shape [2, 3]; axis 1 keeps 2 features, statistics over samples and axis 2.
        let layer = try Normalization(axis: 1)
        let x = try Tensor.arange(12).reshaped([2, 2, 3])
        try layer.adapt(x)
        let stats = try #require(layer.currentStatistics)
        // Feature 0: 0 1 2 6 7 8 → mean 4; feature 1: 3 4 5 9 10 11 → mean 7.
        expectAllClose(stats.mean, [4, 7])
        // Squared deviations 16, 9, 4, 4, 9, 16 → variance 58/6 for both.
        expectAllClose(stats.variance, [Float(58) / 6, Float(58) / 6])
        #expect(throws: TensorError.self) { try layer.adapt(Tensor.ones([4, 3, 3])) }
        #expect(throws: TensorError.self) { try Normalization(mean: [1]) }
        #expect(throws: TensorError.self) { try Normalization(mean: [1, 2], variance: [1]) }
        try LayerGradientCheck.check(
            layer, input: try LayerGradientCheck.random([2, 2, 3], seed: 3), training: false,
            differentiated: 0)
    }
}
