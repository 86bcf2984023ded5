import Testing

@testable import Tensors

/// ``FusedNetwork``: gradients that do not depend on whether the split halves ran on one
/// thread or two, and normalization and dropout stages wired in.
@Suite struct FusedNetworkTests {
    /// A trainable dense layer with small random weights drawn from `g`.
    static func dense(
        _ i: Int, _ o: Int, _ f: Activation, _ g: inout RandomGenerator
    ) throws -> FusedLayer {
        .dense(
            kernel: try Tensor.randomNormal([i, o], standardDeviation: 0.1, using: &g),
            bias: try Tensor.zeros([o]), activation: f, trainable: true)
    }

    /// Batch normalization of the 40 inputs, trainable.
    static func inputNormalization() throws -> FusedLayer {
        .batchNormalization(
            gamma: try Tensor.ones([40]), beta: try Tensor.zeros([40]),
            movingMean: try Tensor.zeros([40]), movingVariance: try Tensor.ones([40]),
            momentum: 0.99, epsilon: 1e-3, trainable: true)
    }

    static func network(seed: UInt64) throws -> FusedNetwork {
        var g = RandomGenerator(seed: seed)
        func dense(_ i: Int, _ o: Int, _ f: Activation) throws -> FusedLayer {
            try Self.dense(i, o, f, &g)
        }
        return try FusedNetwork(
            layers: [
                try inputNormalization(), try dense(40, 64, .relu),
                .dropout(rate: 0.25, generator: RandomGenerator(seed: 3)),
                try dense(64, 32, .tanh), try dense(32, 5, .linear),
            ], inputWidth: 40, loss: .sparseSoftmaxCrossEntropy)
    }

    /// Three steps of `net` on random batches of 32 rows of 40 inputs drawn from `seed` as
    /// N(`inputShift`, `inputScale`²) and 5 classes, each followed by SGD at `rate` when given:
    /// every step's loss, gradients and then every layer's parameters.
    static func record(
        _ net: FusedNetwork, seed: UInt64, inputScale: Float = 1, inputShift: Float = 0,
        rate: Float? = nil
    ) throws -> [Float] {
        var g = RandomGenerator(seed: seed)
        var result: [Float] = []
        for _ in 0..<3 {
            let x = try Tensor.randomNormal([32, 40], using: &g) * inputScale + inputShift
            let y = (0..<32).map { _ in Int32(g.nextInt(below: 5)) }
            let loss = x.withUnsafeBufferPointer { xs in
                y.withUnsafeBufferPointer { ys in
                    net.computeGradients(
                        inputs: xs.baseAddress!, rows: 32, labels: ys.baseAddress!, targets: nil)
                }
            }
            result.append(loss)
            for p in net.trainableParameters {
                result += Array(p.gradient)
                if let rate { for i in p.value.indices { p.value[i] -= rate * p.gradient[i] } }
            }
            for l in 0..<net.layerCount { result += net.parameters(ofLayer: l).flatMap(\.scalars) }
        }
        return result
    }

    /// Every gradient of a step with the products split in halves, run on two threads and on
    /// one, bit for bit; the same across two runs.
    @Test func gradientsDoNotDependOnTheThreads() throws {
        func gradients(parallel: Bool) throws -> [Float] {
            let context = EngineContext()
            return try context.run {
                Parallelism.isEnabled = parallel
                let net = try Self.network(seed: 1)
                net.minimumSplitWork = 1
                return try Self.record(net, seed: 2)
            }
        }
        let serial = try gradients(parallel: false)
        let parallel = try gradients(parallel: true)
        #expect(serial.count > 1000)
        #expect(parallel == (try gradients(parallel: true)))
        if BLAS.engineKernelsAvailable && BLAS.kernels == .engine { #expect(serial == parallel) }
    }

    /// Steps with their products split in halves — the forward products of trainable layers by
    /// rows of W, the normalization below such a layer by halves of its features on the same
    /// threads — compute the losses, gradients, parameters and moving statistics of steps with
    /// every product whole, to rounding. Three SGD steps, so that γ, β and the moving
    /// statistics differ from feature to feature.
    @Test func stepsSplitInHalvesEqualTheWholeSteps() throws {
        func steps(split: Bool) throws -> [Float] {
            let context = EngineContext()
            return try context.run {
                Parallelism.isEnabled = true
                let net = try Self.wide(seed: 3)
                net.minimumSplitWork = split ? 1 : Int.max
                return try Self.record(net, seed: 4, inputScale: 2, inputShift: 0.5, rate: 0.1)
            }
        }
        let whole = try steps(split: false)
        let halves = try steps(split: true)
        #expect(whole.count == halves.count && whole.count > 500_000)
        let worst = zip(whole, halves).map { abs($0 - $1) / Swift.max(1, abs($0)) }.max() ?? 1
        #expect(worst <= 1e-4, "largest difference \(worst)")
    }

    /// A network whose wide layers the backward pass takes in many blocks of rows.
    static func wide(seed: UInt64) throws -> FusedNetwork {
        var g = RandomGenerator(seed: seed)
        return try FusedNetwork(
            layers: [
                try inputNormalization(), try dense(40, 600, .relu, &g),
                try dense(600, 300, .tanh, &g), try dense(300, 5, .linear, &g),
            ], inputWidth: 40, loss: .sparseSoftmaxCrossEntropy)
    }

    /// An SGD step applied through a ``GradientSink`` inside the backward pass — block by block
    /// on two threads, one, or whole — leaves every parameter exactly as the same step applied
    /// after the pass: each element is updated once, from its complete gradient, and the
    /// gradient passed down reads the weights before their update.
    @Test func updatesInsideTheBackwardPassEqualUpdatesAfterIt() throws {
        let rate: Float = 0.05
        func sgd(
            _ p: UnsafeMutableBufferPointer<Float>, _ g: UnsafeMutableBufferPointer<Float>,
            _ r: Range<Int>
        ) {
            for i in r { p[i] -= rate * g[i] }
        }
        func train(sink mode: String, parallel: Bool) throws -> (weights: [Float], counts: [Int]) {
            let context = EngineContext()
            return try context.run {
                Parallelism.isEnabled = parallel
                let net = try Self.wide(seed: 1)
                net.minimumSplitWork = 1
                let parameters = net.trainableParameters
                let tally = parameters.map { p in
                    let t = UnsafeMutableBufferPointer<Int>.allocate(capacity: p.value.count)
                    t.initialize(repeating: 0)
                    return t
                }
                defer { for t in tally { t.deallocate() } }
                var began = 0
                var result: [Float] = []
                do {
                    let sink = GradientSink(
                        updatesByBlock: mode == "block", begin: { began += 1 },
                        whole: { i in
                            let p = parameters[i]
                            sgd(p.value, p.gradient, 0..<p.value.count)
                            for k in 0..<p.value.count { tally[i][k] += 1 }
                        },
                        block: { i, r, gradient in
                            let p = parameters[i]
                            for (k, j) in r.enumerated() { p.value[j] -= rate * gradient[k] }
                            for k in r { tally[i][k] += 1 }
                        })
                    var g = RandomGenerator(seed: 2)
                    for _ in 0..<3 {
                        let x = try Tensor.randomNormal([32, 40], using: &g)
                        let y = (0..<32).map { _ in Int32(g.nextInt(below: 5)) }
                        _ = x.withUnsafeBufferPointer { xs in
                            y.withUnsafeBufferPointer { ys in
                                net.computeGradients(
                                    inputs: xs.baseAddress!, rows: 32, labels: ys.baseAddress!,
                                    targets: nil, sink: mode == "after" ? nil : sink)
                            }
                        }
                        if mode == "after" {
                            for p in parameters { sgd(p.value, p.gradient, 0..<p.value.count) }
                        }
                    }
                    for l in 0..<net.layerCount where l != 0 {
                        result += net.parameters(ofLayer: l).flatMap(\.scalars)
                    }
                }
                #expect(began == (mode == "after" ? 0 : 3))
                return (result, tally.flatMap { Array($0) })
            }
        }
        let after = try train(sink: "after", parallel: false)
        #expect(after.weights.count > 180_000)
        for (mode, parallel) in [("block", false), ("block", true), ("whole", true)] {
            let inside = try train(sink: mode, parallel: parallel)
            let wrongCounts = inside.counts.filter { $0 != 3 }.count
            #expect(wrongCounts == 0, "\(mode) \(parallel)")
            if BLAS.engineKernelsAvailable && BLAS.kernels == .engine {
                let differing = zip(inside.weights, after.weights).filter { $0 != $1 }.count
                #expect(differing == 0, "\(mode) \(parallel)")
            } else {
                let worst = zip(inside.weights, after.weights).map { abs($0 - $1) }.max() ?? 0
                #expect(worst < 1e-5, "\(mode) \(parallel)")
            }
        }
    }

    /// A trainable normalization of the inputs folded into the dense layer above it gets the
    /// gradients the unfolded backward pass computes (through δ·Wᵀ), and so does that layer,
    /// with γ and β, without γ, without β; widths with a partial vector.
    @Test func aFoldedInputNormalizationHasTheUnfoldedGradients() throws {
        for (scale, center) in [(true, true), (false, true), (true, false)] {
            func gradients(folded: Bool) throws -> [[Float]] {
                var g = RandomGenerator(seed: 5)
                let n = 37
                let net = try FusedNetwork(
                    layers: [
                        .batchNormalization(
                            gamma: scale
                                ? try Tensor.randomUniform([n], lower: 0.5, upper: 1.5, using: &g)
                                : nil,
                            beta: center ? try Tensor.randomNormal([n], using: &g) : nil,
                            movingMean: try Tensor.zeros([n]), movingVariance: try Tensor.ones([n]),
                            momentum: 0.9, epsilon: 1e-3, trainable: true),
                        try Self.dense(n, 50, .relu, &g), try Self.dense(50, 5, .linear, &g),
                    ], inputWidth: n, loss: .sparseSoftmaxCrossEntropy)
                #expect(net.stages[1].foldsNormalization)
                if !folded { net.unfoldNormalizations() }
                let x = try Tensor.randomNormal(
                    [24, n], mean: 0.3, standardDeviation: 2, using: &g)
                let y = (0..<24).map { _ in Int32(g.nextInt(below: 5)) }
                _ = x.withUnsafeBufferPointer { xs in
                    net.computeGradients(
                        inputs: xs.baseAddress!, rows: 24, labels: y, targets: nil)
                }
                return net.trainableParameters.map { Array($0.gradient) }
            }
            let (folded, unfolded) = (try gradients(folded: true), try gradients(folded: false))
            #expect(folded.count == unfolded.count && folded.count == 4 + (scale && center ? 2 : 1))
            for (k, (a, b)) in zip(folded, unfolded).enumerated() {
                let scaleOf = b.map(abs).max() ?? 1
                #expect(scaleOf > 1e-4, "parameter \(k) has a gradient")
                let worst = zip(a, b).map { abs($0 - $1) }.max() ?? .infinity
                #expect(worst <= 1e-5 * scaleOf, "γ \(scale) β \(center), parameter \(k)")
            }
        }
    }

    /// A step whose loss is not finite hands nothing to the sink: no update is applied.
    @Test func aStepWithANonFiniteLossUpdatesNothing() throws {
        let net = try FusedNetwork(
            layers: [
                .dense(
                    kernel: try Tensor.ones([4, 3]), bias: try Tensor.zeros([3]),
                    activation: .linear, trainable: true)
            ], inputWidth: 4, loss: .sparseSoftmaxCrossEntropy)
        var calls = 0
        let sink = GradientSink(
            updatesByBlock: true, begin: { calls += 1 }, whole: { _ in calls += 1 },
            block: { _, _, _ in calls += 1 })
        let x: [Float] = [1, .nan, 2, 3]
        let y: [Int32] = [1]
        let loss = net.computeGradients(
            inputs: x, rows: 1, labels: y, targets: nil, sink: sink)
        #expect(loss.isNaN)
        #expect(calls == 0)
        let finite = net.computeGradients(
            inputs: [1, 0, 2, 3], rows: 1, labels: y, targets: nil, sink: sink)
        #expect(finite.isFinite)
        #expect(calls == 3)  // begin, the kernel's one block, the bias
    }
}
