import Foundation
import Tensors
import Testing

@testable import NeuralNetwork

func expectClose(
    _ actual: Tensor, _ expected: Double, tolerance: Double = 1e-5,
    sourceLocation: SourceLocation = #_sourceLocation
) {
    let value = Double(actual.scalar ?? .nan)
    #expect(
        abs(value - expected) <= tolerance * max(1, abs(expected)), "\(value) vs \(expected)",
        sourceLocation: sourceLocation)
}

/// Expected values are worked out by hand from the formulas (several are also the examples of
/// Keras's documentation, which print the same numbers).
@Suite struct LossTests {
    let yTrue = try! Tensor([[0, 1], [0, 0]])

    @Test func meanSquaredError() throws {
        let yPred = try Tensor([[1, 1], [1, 0]])
        // Per sample: (1 + 0)/2, (1 + 0)/2.
        #expect(try MeanSquaredError().perSample(yTrue, yPred).scalars == [0.5, 0.5])
        expectClose(try MeanSquaredError()(yTrue, yPred), 0.5)
        // Σ wᵢℓᵢ / N = (0.7·0.5 + 0.3·0.5)/2.
        expectClose(try MeanSquaredError()(yTrue, yPred, sampleWeight: Tensor([0.7, 0.3])), 0.25)
        // Targets [n] against predictions [n, 1] are expanded like Keras does.
        expectClose(try MeanSquaredError()(Tensor([1, 2]), Tensor([[2], [4]])), 2.5)
        #expect(throws: TensorError.self) { try MeanSquaredError()(Tensor([1, 2, 3]), yPred) }
    }

    @Test func meanAbsoluteError() throws {
        let yPred = try Tensor([[1, 1], [1, 0]])
        expectClose(try MeanAbsoluteError()(yTrue, yPred), 0.5)
        expectClose(try MeanAbsoluteError()(yTrue, yPred, sampleWeight: Tensor([0.7, 0.3])), 0.25)
        expectClose(try MeanAbsoluteError()(Tensor([[3]]), Tensor([[-1.5]])), 4.5)
    }

    @Test func huber() throws {
        let yPred = try Tensor([[0.6, 0.4], [0.4, 0.6]])
        // All errors ≤ δ = 1: ½x² averaged: ((0.36 + 0.36)/2 + (0.16 + 0.36)/2)/2 · ½.
        expectClose(try Huber()(yTrue, yPred), 0.155)
        // |x| = 2 > δ = 0.5: δ|x| − ½δ² = 1 − 0.125; |x| = 0.25 ≤ δ: ½·0.0625.
        let h = try Huber(delta: 0.5)
        #expect(
            try h.perSample(Tensor([[0, 0]]), Tensor([[2, -0.25]])).scalars == [
                (0.875 + 0.03125) / 2
            ])
        #expect(throws: TensorError.self) { try Huber(delta: 0) }
    }

    @Test func binaryCrossentropyOnProbabilities() throws {
        let yPred = try Tensor([[0.6, 0.4], [0.4, 0.6]])
        let expected = (-(log(0.4) + log(0.4)) / 2 - (log(0.6) + log(0.4)) / 2) / 2
        expectClose(try BinaryCrossentropy()(yTrue, yPred), expected)  // 0.81492
        // Predictions of exactly 0 or 1 are clipped to [ε, 1 − ε] in float32: −ln ε for the
        // first, −ln(1 − (1 − ε)) = −ln(2⁻²³) for the second (1 − ε rounds to 1 − 2⁻²³).
        let clipped = try BinaryCrossentropy()(Tensor([[1, 0]]), Tensor([[0, 1]]))
        expectClose(clipped, (-log(Double(Float(1e-7))) + 23 * log(2)) / 2, tolerance: 1e-6)
        expectClose(
            try BinaryCrossentropy()(Tensor([[1]]), Tensor([[1]])), -log(Double(1 - Float(1e-7))),
            tolerance: 1e-3)
    }

    @Test func binaryCrossentropyFromLogits() throws {
        let logits: [Double] = [-18.6, 0.51, 2.94, -12.8]
        let targets: [Double] = [0, 1, 0, 0]
        // −[y log σ(x) + (1 − y) log(1 − σ(x))], averaged.
        var expected = 0.0
        for (x, y) in zip(logits, targets) {
            let s: Double = 1 / (1 + exp(-x))
            let term: Double = y * log(s) + (1 - y) * log(1 - s)
            expected -= term / 4
        }
        let loss = try BinaryCrossentropy(fromLogits: true)(
            Tensor(targets.map(Float.init)), Tensor(logits.map(Float.init)))
        expectClose(loss, expected)  // 0.865 in Keras's documentation
        // Large logits do not overflow.
        expectClose(try BinaryCrossentropy(fromLogits: true)(Tensor([[0]]), Tensor([[200]])), 200)
    }

    @Test func categoricalCrossentropy() throws {
        let targets = try Tensor([[0, 1, 0], [0, 0, 1]])
        let yPred = try Tensor([[0.05, 0.95, 0], [0.1, 0.8, 0.1]])
        expectClose(try CategoricalCrossentropy()(targets, yPred), (-log(0.95) - log(0.1)) / 2)
        // Predictions are rescaled to sum to 1 first: [1, 2, 1] → [¼, ½, ¼].
        expectClose(
            try CategoricalCrossentropy()(Tensor([[0, 1, 0]]), Tensor([[1, 2, 1]])), log(2))
        // A zero probability is clipped to ε.
        expectClose(
            try CategoricalCrossentropy()(Tensor([[1, 0]]), Tensor([[0, 1]])),
            -log(Double(Float(1e-7))), tolerance: 1e-6)
        // From logits: −log softmax([1, 2, 3])₂ = log(1 + e⁻¹ + e⁻²).
        expectClose(
            try CategoricalCrossentropy(fromLogits: true)(
                Tensor([[0, 0, 1]]), Tensor([[1, 2, 3]])),
            log(1 + exp(-1) + exp(-2)))
    }

    @Test func sparseCategoricalCrossentropy() throws {
        let yPred = try Tensor([[0.05, 0.95, 0], [0.1, 0.8, 0.1]])
        let expected = (-log(0.95) - log(0.1)) / 2  // 1.177
        expectClose(try SparseCategoricalCrossentropy()(Tensor([1, 2]), yPred), expected)
        expectClose(try SparseCategoricalCrossentropy()(Tensor([[1], [2]]), yPred), expected)
        expectClose(try SparseCategoricalCrossentropy()(labels: [1, 2], yPred), expected)
        let logits = try Tensor([[1, 2, 3], [0, 0, 0]])
        expectClose(
            try SparseCategoricalCrossentropy(fromLogits: true)(labels: [2, 0], logits),
            (log(1 + exp(-1) + exp(-2)) + log(3)) / 2)
        #expect(throws: TensorError.self) {
            try SparseCategoricalCrossentropy()(labels: [3, 0], yPred)
        }
        #expect(throws: TensorError.self) {
            try SparseCategoricalCrossentropy()(Tensor([0.5, 1]), yPred)
        }
        #expect(throws: TensorError.self) {
            try SparseCategoricalCrossentropy()(Tensor([1, 1, 1]), yPred)
        }
    }

    /// The gradient of the mean sparse cross-entropy from logits is (softmax − onehot)/n, the
    /// fused form the training loop relies on.
    @Test func crossEntropyFromLogitsHasTheFusedGradient() throws {
        let logits = try Tensor([[1, 2, 3], [0.5, -1, 2]])
        let g = try gradient(
            of: { try SparseCategoricalCrossentropy(fromLogits: true)(labels: [2, 0], $0) },
            at: logits)
        let expected = try (logits.softmax() - toCategorical([2, 0], classes: 3)) / 2
        for (a, b) in zip(g.scalars, expected.scalars) { #expect(abs(a - b) < 1e-6) }
    }

    /// Autodiff gradients of every loss agree with central differences.
    @Test(arguments: [
        "mse", "mae", "huber", "binary_crossentropy", "categorical_crossentropy",
        "sparse_categorical_crossentropy",
    ])
    func gradientsMatchFiniteDifferences(_ name: String) throws {
        let loss = try lossNamed(name)
        let yPred = try Tensor([[0.2, 0.3, 0.5], [0.6, 0.1, 0.3]])
        let targets: Tensor =
            name == "sparse_categorical_crossentropy"
            ? Tensor([2, 0]) : try Tensor([[0, 0, 1], [1, 0, 0]])
        let g = try gradient(of: { try loss(targets, $0) }, at: yPred).scalars
        let h: Float = 1e-3
        for i in 0..<yPred.count {
            var plus = yPred
            var minus = yPred
            plus.withUnsafeMutableBufferPointer { $0[i] += h }
            minus.withUnsafeMutableBufferPointer { $0[i] -= h }
            let numeric = (try loss(targets, plus).scalar! - loss(targets, minus).scalar!) / (2 * h)
            #expect(abs(numeric - g[i]) < 2e-3 * max(1, abs(g[i])), "\(name) [\(i)]")
        }
    }

    @Test func toCategoricalMakesOneHotRows() throws {
        #expect(try toCategorical([0, 2, 1]) == Tensor([[1, 0, 0], [0, 0, 1], [0, 1, 0]]))
        #expect(try toCategorical([1], classes: 4).scalars == [0, 1, 0, 0])
        #expect(try toCategorical(Tensor([[1], [0]])) == Tensor([[0, 1], [1, 0]]))
        #expect(throws: TensorError.self) { try toCategorical([3], classes: 2) }
        #expect(throws: TensorError.self) { try toCategorical(Tensor([-1])) }
    }

    @Test func namesAndStaticMembers() throws {
        func name(_ l: some Loss) -> String { l.name }
        #expect(name(.mse) == "mean_squared_error")
        #expect(name(.sparseCategoricalCrossentropy) == "sparse_categorical_crossentropy")
        #expect(try lossNamed("mae").name == "mean_absolute_error")
        #expect(try name(.huber(delta: 2)) == "huber_loss")
        #expect(throws: TensorError.self) { try lossNamed("hinge_and_more") }
        // "crossentropy" is resolved from the shapes, as Keras's compile does.
        #expect(try lossNamed("ce", yTrueShape: [8, 1], yPredShape: [8, 1]) is BinaryCrossentropy)
        #expect(
            try lossNamed("crossentropy", yTrueShape: [8], yPredShape: [8, 10])
                is SparseCategoricalCrossentropy)
        #expect(
            try lossNamed("ce", yTrueShape: [8, 10], yPredShape: [8, 10])
                is CategoricalCrossentropy)
        #expect(try lossNamed("mse", yTrueShape: [8], yPredShape: [8, 1]) is MeanSquaredError)
    }
}
