import Tensors
import Testing

@testable import NeuralNetwork

/// Weight regularizers and constraints against Keras 3.15 (`Golden/
/// keras_regularization_golden.py` printed every expected number), plus the formulas by hand.
@Suite struct RegularizationTests {
    let x: Tensor
    let y: Tensor

    init() throws {
        x = try Tensor(
            [[0.5, -1, 2], [1.5, 0.5, -0.5], [-1, 2, 1], [0, -0.5, 1.5]] as [[Float]])
        y = try Tensor([[1], [-2], [0.5], [3]] as [[Float]])
    }

    func close(_ a: [Float], _ b: [Double], _ tolerance: Float = 2e-6) -> Bool {
        a.count == b.count
            && zip(a, b).allSatisfy { abs($0 - Float($1)) <= tolerance * max(1, abs($0)) }
    }

    /// A 3-2-1 regression model with an L2 + max-norm kernel and an L1L2 kernel.
    func regressionModel(_ optimizer: any Optimizer) throws -> Sequential {
        let model = try Sequential([
            Input(shape: [3]),
            Dense(
                2, activation: .tanh, kernelRegularizer: .l2(0.01), kernelConstraint: .maxNorm(1)),
            Dense(1, kernelRegularizer: .l1l2(l1: 0.1, l2: 0.05)),
        ])
        try model.layers[0].setWeights([
            Tensor([[0.9, -0.4], [0.3, 0.8], [-0.7, 0.5]] as [[Float]]), Tensor([0.1, -0.2]),
        ])
        try model.layers[1].setWeights([Tensor([[1.2], [-0.6]] as [[Float]]), Tensor([0.05])])
        try model.compile(loss: "mse", optimizer: optimizer)
        return model
    }

    @Test func penaltiesByTheFormula() throws {
        let w = try Tensor([[1, -2], [0.5, 3]] as [[Float]])
        #expect(try Regularizer.l1(0.1)(w).scalar == 0.1 * 6.5)
        #expect(abs(try Regularizer.l2()(w).scalar! - 0.01 * 14.25) < 1e-7)
        #expect(abs(try Regularizer.l1l2(l1: 0.1, l2: 0.01)(w).scalar! - (0.65 + 0.1425)) < 1e-6)
        #expect(try Regularizer.l1l2() == Regularizer(l1: 0, l2: 0))
        #expect(throws: TensorError.self) { try Regularizer.l2(-1) }
        // Max-norm along axis 0: column norms √1.25 and √13 clipped to 1.
        let c = try Constraint.maxNorm(1)(w).scalars
        let n0 = Float(1.25).squareRoot()
        let n1 = Float(13).squareRoot()
        #expect(close(c, [1 / Double(n0), -2 / Double(n1), 0.5 / Double(n0), 3 / Double(n1)]))
        // A norm below the limit is kept (up to ε).
        #expect(close(try Constraint.maxNorm(10)(w).scalars, [1, -2, 0.5, 3]))
    }

    @Test func sgdTrainingMatchesKeras() throws {
        let model = try regressionModel(SGD(learningRate: 0.1))
        #expect(abs(try model.evaluate(x, y, batchSize: 4).loss - 9.158568382263184) < 1e-5)
        let history = try model.fit(x, y, epochs: 3, batchSize: 2, shuffle: false, verbose: 0)
        #expect(!model.lastFitWasFused)
        #expect(
            close(
                history["loss"].map(Float.init),
                [7.676644802093506, 3.919175148010254, 3.148179054260254]))
        let w = model.getWeights().map(\.scalars)
        #expect(
            close(
                w[0],
                [
                    0.766120970249176, 0.0783139318227768, 0.21825700998306274, 0.9671847820281982,
                    -0.24329793453216553, -0.24170289933681488,
                ]))
        #expect(close(w[1], [0.31034472584724426, -0.2180340439081192]))
        #expect(close(w[2], [-0.18143655359745026, -0.5677036046981812]))
        #expect(close(w[3], [0.5450375080108643]))
        #expect(abs(try model.evaluate(x, y, batchSize: 4).loss - 2.246352195739746) < 1e-5)
    }

    @Test func adamTrainingMatchesKeras() throws {
        let model = try regressionModel(Adam(learningRate: 0.05))
        let history = try model.fit(x, y, epochs: 3, batchSize: 2, shuffle: false, verbose: 0)
        #expect(
            close(
                history["loss"].map(Float.init),
                [8.735515594482422, 6.961652755737305, 5.710475921630859]))
        let w = model.getWeights().map(\.scalars)
        #expect(
            close(
                w[0],
                [
                    0.5713110566139221, -0.13938435912132263, 0.21831244230270386,
                    0.9741847515106201, -0.36007046699523926, 0.17758308351039886,
                ]))
        #expect(close(w[2], [0.9095801711082458, -0.3378269672393799]))
        #expect(abs(try model.evaluate(x, y, batchSize: 4).loss - 5.033386707305908) < 1e-5)
    }

    /// A softmax classifier trained with SGD would take a fused path; with a regularizer it
    /// falls back to autodiff and still matches Keras.
    @Test func fusedPathDeclinesAndTheResultMatchesKeras() throws {
        let model = try Sequential([
            Input(shape: [3]),
            Dense(
                2, activation: .relu, kernelRegularizer: .l1(0.02), kernelConstraint: .maxNorm(0.8)),
            Dense(3, activation: .softmax, kernelRegularizer: .l2(0.03)),
        ])
        try model.layers[0].setWeights([
            Tensor([[0.9, -0.4], [0.3, 0.8], [-0.7, 0.5]] as [[Float]]), Tensor([0.1, -0.2]),
        ])
        try model.layers[1].setWeights([
            Tensor([[1.2, -0.3, 0.4], [-0.6, 0.7, 0.2]] as [[Float]]), Tensor([0.05, 0, -0.05]),
        ])
        try model.compile(
            loss: "sparse_categorical_crossentropy", optimizer: SGD(learningRate: 0.2),
            metrics: ["accuracy"])
        let history = try model.fit(
            x, Tensor([0, 2, 1, 2]), epochs: 4, batchSize: 2, shuffle: false, verbose: 0)
        #expect(!model.lastFitWasFused)
        #expect(
            close(
                history["loss"].map(Float.init),
                [1.2491674423217773, 1.0340039730072021, 0.9732843041419983, 0.9303667545318604]))
        let w = model.getWeights().map(\.scalars)
        #expect(
            close(
                w[0],
                [
                    0.5422787070274353, -0.3061612844467163, 0.16011112928390503,
                    0.6362748742103577, -0.45739272236824036, 0.3760577142238617,
                ]))
        #expect(
            close(
                w[2],
                [
                    0.7715630531311035, -0.3169994652271271, 0.7257540822029114, -0.604391872882843,
                    0.8498805165290833, 0.026892345398664474,
                ]))
        #expect(close(w[3], [-0.061043351888656616, -0.15888680517673492, 0.21993014216423035]))
    }

    /// The regularizer and constraint survive a configuration round trip (saving, cloning).
    @Test func configRoundTrip() throws {
        let dense = try Dense(
            4, kernelRegularizer: .l1l2(l1: 0.1, l2: 0.2), kernelConstraint: .maxNorm(3, axis: 1))
        let copy = try LayerRegistry.recreate(dense) as? Dense
        #expect(copy?.kernelRegularizer == dense.kernelRegularizer)
        #expect(copy?.kernelConstraint == dense.kernelConstraint)
        let plain = try LayerRegistry.recreate(try Dense(4)) as? Dense
        #expect(plain?.kernelRegularizer == nil && plain?.kernelConstraint == nil)
    }

    /// Keras's book example of gradient clipping, through `applyGradients` on a variable.
    @Test func applyGradientsOnVariables() throws {
        let v = Variable(Tensor([0, 0]))
        try SGD(learningRate: 1, clipValue: 1).applyGradients([(Tensor([0.9, 100]), v)])
        #expect(v.value.scalars == [-0.9, -1])
        let w = Variable(Tensor([0, 0]), constraint: try .maxNorm(0.5))
        let optimizer = try SGD(learningRate: 1, clipNorm: 1)
        try optimizer.applyGradients([(Tensor([0.9, 100]), w)])
        // Clipped to norm 1, then projected to norm 0.5 by the constraint.
        #expect(close(w.value.scalars, [-0.00899964 / 2, -0.9999595 / 2]))
        #expect(optimizer.iterations == 1)
        #expect(throws: TensorError.self) {
            try optimizer.applyGradients([(Tensor([1, 2, 3]), w)])
        }
    }

    /// `Flatten(inputShape:)` and `Dense(…, inputShape:)` give a Sequential its input.
    @Test func firstLayerInputShape() throws {
        let model = try Sequential([
            Flatten(inputShape: [28, 28]), Dense(300, activation: .relu),
            Dense(100, activation: .relu),
            Dense(10, activation: .softmax),
        ])
        #expect(model.isBuilt)
        #expect(model.parameterCount == 266_610)
        let dense = try Sequential([Dense(30, activation: .relu, inputShape: [8]), Dense(1)])
        #expect(dense.parameterCount == 8 * 30 + 30 + 31)
    }
}
