import Tensors
import Testing

@testable import NeuralNetwork

@Suite struct BatchNormalizationFoldingTests {
    /// A BN layer with non-trivial γ, β and moving statistics.
    func trainedNormalization(_ n: Int, seed: UInt64) throws -> BatchNormalization {
        let bn = try BatchNormalization(epsilon: 0.01)
        try bn.build(inputShape: [n])
        var g = RandomGenerator(seed: seed)
        try bn.setWeights([
            Tensor.randomUniform([n], lower: 0.5, upper: 2, using: &g),
            Tensor.randomUniform([n], lower: -1, upper: 1, using: &g),
            Tensor.randomUniform([n], lower: -1, upper: 1, using: &g),
            Tensor.randomUniform([n], lower: 0.2, upper: 3, using: &g),
        ])
        return bn
    }

    @Test func foldedDenseWeightsFollowTheFormula() throws {
        let dense = try Dense(2)
        try dense.build(inputShape: [2])
        try dense.setWeights([Tensor([[1, 2], [3, 4]]), Tensor([0.5, -0.5])])
        let bn = try BatchNormalization(epsilon: 0.25)
        try bn.build(inputShape: [2])
        // γ (2, 1), β (0, 1), μ (1, 0), σ² (0.75, 3.75): s = γ/√(σ² + ε) = (2, 0.5).
        try bn.setWeights([
            Tensor([2, 1]), Tensor([0, 1]), Tensor([1, 0]), Tensor([0.75, 3.75]),
        ])
        let (kernel, bias) = try foldBatchNormalization(dense: dense, batchNormalization: bn)
        #expect(kernel == (try Tensor([[2, 1], [6, 2]])))
        // b′ = (b − μ)·s + β = (−0.5·2 + 0, −0.5·0.5 + 1).
        #expect(bias == Tensor([-1, 0.75]))
        let relu = try Dense(2, activation: .relu)
        try relu.build(inputShape: [2])
        #expect(throws: TensorError.self) {
            try foldBatchNormalization(dense: relu, batchNormalization: bn)
        }
    }

    @Test func foldedModelPredictsTheSame() throws {
        let model = try Sequential([
            Input(shape: [4, 5]), Flatten(), BatchNormalization(), Dense(12, useBias: false),
            BatchNormalization(), NeuralNetwork.Activation(.relu), Dense(8), BatchNormalization(),
            NeuralNetwork.Activation(.elu), Dense(6, activation: .relu), BatchNormalization(),
            Dense(3, activation: .softmax),
        ])
        for (i, layer) in model.layers.enumerated() {
            if let bn = layer as? BatchNormalization {
                try bn.setWeights(
                    trainedNormalization(bn.features!, seed: UInt64(i)).getWeights())
            }
        }
        let folded = try foldBatchNormalization(model)
        // BN after Flatten folds into the next Dense, the two after linear Dense layers into
        // those; the one after a ReLU Dense folds into the following Dense.
        #expect(!folded.layers.contains { $0 is BatchNormalization })
        #expect(folded.layers.count == model.layers.count - 4)
        let x = try LayerGradientCheck.random([16, 4, 5], seed: 7)
        let expected = try model.predict(x)
        let actual = try folded.predict(x)
        let worst = zip(expected.scalars, actual.scalars).map { abs($0 - $1) }.max() ?? 1
        #expect(worst <= 1e-5, "largest difference \(worst)")
        // A normalization along a non-last axis stays.
        let channels = try Sequential([
            Input(shape: [3, 2]), BatchNormalization(axis: 1), Flatten(), Dense(2),
        ])
        #expect(try foldBatchNormalization(channels).layers.contains { $0 is BatchNormalization })
    }
}
