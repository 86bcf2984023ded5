import Testing

@testable import Tensors

/// The fused training path against the general autodiff path, and its determinism. Serialized
/// because one test switches the process-wide two-thread mode.
@Suite(.serialized)
struct DenseStackTests {
    static func makeStack(
        seed: UInt64, activation: Activation, sizes: [Int] = [6, 5, 4, 3]
    ) throws -> DenseStack {
        var g = RandomGenerator(seed: seed)
        var weights: [Tensor] = []
        var biases: [Tensor] = []
        for (i, o) in zip(sizes.dropLast(), sizes.dropFirst()) {
            let limit = (3 / Float(i)).squareRoot()
            weights.append(
                try Tensor.randomUniform([i, o], lower: -limit, upper: limit, using: &g))
            biases.append(try Tensor.randomUniform([o], lower: -0.1, upper: 0.1, using: &g))
        }
        return try DenseStack(
            weights: weights, biases: biases,
            activations: Array(repeating: activation, count: sizes.count - 2) + [.linear])
    }

    @Test(arguments: [
        Activation.relu, .selu, .tanh, .sigmoid, .elu(alpha: 1), .leakyRelu(alpha: 0.2),
    ])
    func fusedStepMatchesAutodiff(_ activation: Activation) throws {
        var stack = try Self.makeStack(seed: 1, activation: activation)
        var g = RandomGenerator(seed: 2)
        let x = try Tensor.randomNormal([7, 6], using: &g)
        let labels: [Int32] = [0, 2, 1, 1, 0, 2, 2]
        let lr: Float = 0.1
        let params = stack.weights + stack.biases
        let (loss, grads) = try valueAndGradients(
            of: { p in
                var h = x
                for l in 0..<3 {
                    h = try h.matmul(p[l]) + p[3 + l]
                    if l < 2 { h = Self.apply(activation, h) }
                }
                return try sparseSoftmaxCrossEntropy(logits: h, labels: labels.map(Int.init))
            }, wrt: params)
        let fusedLoss = try stack.trainStep(inputs: x, labels: labels, learningRate: lr)
        #expect(Swift.abs(fusedLoss - loss.scalar!) < 1e-5)
        for (k, p) in params.enumerated() {
            let expected = try p - grads[k] * lr
            let actual = k < 3 ? stack.weights[k] : stack.biases[k - 3]
            for (a, e) in zip(actual.scalars, expected.scalars) { #expect(Swift.abs(a - e) < 1e-5) }
        }
    }

    @Test func trainingIsBitIdenticalAndCopiesAreSnapshots() throws {
        func run() throws -> ([UInt32], DenseStack) {
            var stack = try Self.makeStack(seed: 3, activation: .relu)
            var g = RandomGenerator(seed: 4)
            let x = try Tensor.randomNormal([64, 6], using: &g)
            let labels = (0..<64).map { _ in Int32(g.nextInt(below: 3)) }
            for _ in 0..<5 {
                let order = g.permutation(64)
                for start in stride(from: 0, to: 64, by: 16) {
                    let idx = Array(order[start..<start + 16])
                    _ = try stack.trainStep(
                        inputs: x.gathering(rows: idx), labels: idx.map { labels[$0] },
                        learningRate: 0.05)
                }
            }
            return (stack.weights.flatMap { $0.scalars.map(\.bitPattern) }, stack)
        }
        let (first, stack) = try run()
        let (second, _) = try run()
        #expect(first == second)
        var copy = stack
        _ = try copy.trainStep(inputs: Tensor.zeros([1, 6]), labels: [0], learningRate: 1)
        #expect(stack.weights.flatMap { $0.scalars.map(\.bitPattern) } == first)
    }

    /// A product split in halves gives the same numbers whether the halves run on one thread or
    /// two (the split depends on the product's size alone), close to the whole product's, and
    /// repeats bit for bit.
    @Test(arguments: [[6, 5, 4, 3], [100, 100, 100, 100, 10]])
    func twoThreadStepMatchesSerial(_ sizes: [Int]) throws {
        func train(split: Bool, parallel: Bool) throws -> [Float] {
            Parallelism.isEnabled = parallel
            defer { Parallelism.isEnabled = false }
            var stack = try Self.makeStack(seed: 5, activation: .selu, sizes: sizes)
            stack.minimumSplitWork = split ? 1 : Int.max
            var g = RandomGenerator(seed: 6)
            let rows = sizes[0] > 10 ? 32 : 9
            for _ in 0..<20 {
                let x = try Tensor.randomNormal([rows, sizes[0]], using: &g)
                let y = (0..<rows).map { _ in Int32(g.nextInt(below: 3)) }
                _ = try stack.trainStep(inputs: x, labels: y, learningRate: 0.05)
            }
            let big = try Tensor.randomNormal([300, sizes[0]], using: &g)
            return try stack.weights.flatMap { $0.scalars } + stack.logits(big).scalars
        }
        let whole = try train(split: false, parallel: false)
        let halves = try train(split: true, parallel: false)
        let parallel = try train(split: true, parallel: true)
        let again = try train(split: true, parallel: true)
        #expect(parallel == again)
        if BLAS.engineKernelsAvailable && BLAS.kernels == .engine {
            // A BLAS library's results may depend on its own thread count, which the engine sets
            // to 1 while it splits work itself and leaves to the library otherwise.
            #expect(parallel == halves)
        }
        let worst = zip(whole, parallel).map { Swift.abs($0 - $1) }.max() ?? 0
        #expect(worst < 1e-4)
    }

    @Test func rejectsBadBatches() throws {
        var stack = try Self.makeStack(seed: 1, activation: .relu)
        #expect(throws: TensorError.self) {
            try stack.trainStep(inputs: Tensor.zeros([2, 5]), labels: [0, 1], learningRate: 0.1)
        }
        #expect(throws: TensorError.self) {
            try stack.trainStep(inputs: Tensor.zeros([1, 6]), labels: [3], learningRate: 0.1)
        }
    }

    static func apply(_ activation: Activation, _ h: Tensor) -> Tensor {
        switch activation {
        case .linear: return h
        case .relu: return h.relu()
        case .leakyRelu(let alpha): return h.leakyRelu(alpha: alpha)
        case .elu(let alpha): return h.elu(alpha: alpha)
        case .selu: return h.selu()
        case .sigmoid: return h.sigmoid()
        case .tanh: return h.tanh()
        }
    }
}
