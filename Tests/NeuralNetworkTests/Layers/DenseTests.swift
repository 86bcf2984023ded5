import Tensors
import Testing

@testable import NeuralNetwork

@Suite struct DenseTests {
    /// Keras's counts for the chapter's 784-300-100-10 MLP: 235,500 + 30,100 + 1,010 = 266,610.
    @Test func parameterCountsMatchKeras() throws {
        var g = RandomGenerator(seed: 1)
        let layers = try [
            Dense(300, activation: .relu), Dense(100, activation: .relu),
            Dense(10, activation: .softmax),
        ]
        var width = [784]
        for layer in layers {
            try layer.build(inputShape: width, using: &g)
            width = try layer.outputShape(for: width)
        }
        #expect(layers.map(\.parameterCount) == [235_500, 30_100, 1_010])
        #expect(layers.map(\.parameterCount).reduce(0, +) == 266_610)
        #expect(width == [10])
        let noBias = try Dense(4, useBias: false)
        try noBias.build(inputShape: [3])
        #expect(noBias.parameterCount == 12 && noBias.getWeights().count == 1)
        layers[0].trainable = false
        #expect(layers[0].trainableParameterCount == 0)
        #expect(layers[0].nonTrainableParameterCount == 235_500)
    }

    @Test func computesTheAffineMapThenTheActivation() throws {
        let layer = try Dense(2, activation: .relu, name: "d")
        try layer.build(inputShape: [3])
        try layer.setWeights([Tensor([[1, -1], [2, 0], [0, 1]]), Tensor([0.5, -10])])
        // [1, 2, 3]·W = [5, 2]; + b = [5.5, −8]; relu → [5.5, 0].
        // [−1, 0, 1]·W = [−1, 2]; + b = [−0.5, −8]; relu → [0, 0].
        let y = try layer(Tensor([[1, 2, 3], [-1, 0, 1]]))
        #expect(y == (try Tensor([[5.5, 0], [0, 0]])))
        // Inputs of rank 3 are multiplied along their last axis.
        let z = try layer(Tensor(shape: [2, 1, 3], scalars: [1, 2, 3, -1, 0, 1]))
        #expect(z.shape == [2, 1, 2] && z.scalars == y.scalars)
        #expect(try layer.outputShape(for: [5, 3]) == [5, 2])
    }

    @Test func buildsWithKerasDefaultsAndIsReproducible() throws {
        let a = try Dense(50)
        let b = try Dense(50)
        try a.build(inputShape: [70], seed: 9)
        try b.build(inputShape: [70], seed: 9)
        #expect(a.getWeights() == b.getWeights())
        #expect(a.kernel?.shape == [70, 50] && a.bias?.scalars == [Float](repeating: 0, count: 50))
        // Glorot uniform: |w| ≤ √(6 / (70 + 50)).
        let limit = Float((6.0 / 120).squareRoot())
        #expect(a.kernel!.scalars.allSatisfy { abs($0) <= limit })
        #expect(a.activation.name == "linear" && a.useBias)
        let seeded = try Dense(
            3, kernelInitializer: VarianceScaling.heNormal(seed: 5), biasInitializer: Constant(0.1))
        try seeded.build(inputShape: [4], seed: 123)
        #expect(seeded.kernel == (try VarianceScaling.heNormal(seed: 5)([4, 3], seed: 0)))
        #expect(seeded.bias?.scalars == [0.1, 0.1, 0.1])
    }

    @Test func buildsItselfOnFirstCall() throws {
        let layer = try Dense(4)
        #expect(!layer.isBuilt)
        let y = try layer(Tensor.ones([2, 6]))
        #expect(layer.isBuilt && layer.inputWidth == 6 && y.shape == [2, 4])
    }

    @Test func rejectsBadArgumentsWithClearErrors() throws {
        #expect(throws: TensorError.self) { try Dense(0) }
        let layer = try Dense(2, name: "head")
        // Not built yet.
        #expect(throws: TensorError.self) { try layer.setWeights([Tensor.zeros([3, 2])]) }
        try layer.build(inputShape: [3])
        #expect(throws: TensorError.self) { try layer.setWeights([Tensor.zeros([3, 2])]) }
        #expect(
            throws: TensorError.shapeMismatch(
                operation: "Dense 'head'.setWeights", lhs: [3, 2], rhs: [2, 3])
        ) { try layer.setWeights([Tensor.zeros([2, 3]), Tensor.zeros([2])]) }
        do {
            _ = try layer(Tensor.zeros([4, 5]))
            Issue.record("no error")
        } catch let error as TensorError {
            #expect(
                error.description
                    == "Dense 'head': expected axis -1 of the input to have value 3. Received: shape=[4, 5]"
            )
        }
    }

    /// Gradients through `apply` with tracked weights agree with central differences of the
    /// squared-error loss, for kernel, bias and input alike.
    @Test func gradientsMatchFiniteDifferences() throws {
        let layer = try Dense(3, activation: .tanh)
        try layer.build(inputShape: [4], seed: 2)
        var g = RandomGenerator(seed: 77)
        let x = try Tensor.randomNormal([5, 4], using: &g)
        let target = try Tensor.randomNormal([5, 3], using: &g)
        func loss(_ p: [Tensor]) throws -> Tensor {
            try MeanSquaredError()(
                target, layer.apply(p[0], weights: [p[1], p[2]], training: true))
        }
        let parameters = [x] + layer.getWeights()
        let grads = try gradients(of: loss, wrt: parameters)
        let h: Float = 1e-2
        for (k, p) in parameters.enumerated() {
            for i in 0..<p.count {
                var plus = parameters
                var minus = parameters
                plus[k].withUnsafeMutableBufferPointer { $0[i] += h }
                minus[k].withUnsafeMutableBufferPointer { $0[i] -= h }
                let numeric = (try loss(plus).scalar! - loss(minus).scalar!) / (2 * h)
                #expect(abs(numeric - grads[k].scalars[i]) < 1e-3, "parameter \(k)[\(i)]")
            }
        }
    }

    @Test func automaticNamesCountPerKind() throws {
        let first = LayerNames.unique("test_kind")
        let second = LayerNames.unique("test_kind")
        #expect(first == "test_kind" && second == "test_kind_1")
        #expect(try Dense(1, name: "custom").name == "custom")
        #expect(try Dense(1).name.hasPrefix("dense"))
    }
}
