import Testing

@testable import Tensors

/// ``FusedNetwork``: gradients that do not depend on whether the split halves ran on one
/// thread or two, and normalization and dropout stages wired in.
@Suite struct FusedNetworkTests {
    static func network(seed: UInt64) throws -> FusedNetwork {
        var g = RandomGenerator(seed: seed)
        func dense(_ i: Int, _ o: Int, _ f: Activation) throws -> FusedLayer {
            .dense(
                kernel: try Tensor.randomNormal([i, o], standardDeviation: 0.1, using: &g),
                bias: try Tensor.zeros([o]), activation: f, trainable: true)
        }
        return try FusedNetwork(
            layers: [
                .batchNormalization(
                    gamma: try Tensor.ones([40]), beta: try Tensor.zeros([40]),
                    movingMean: try Tensor.zeros([40]), movingVariance: try Tensor.ones([40]),
                    momentum: 0.99, epsilon: 1e-3, trainable: true),
                try dense(40, 64, .relu), .dropout(rate: 0.25, generator: RandomGenerator(seed: 3)),
                try dense(64, 32, .tanh), try dense(32, 5, .linear),
            ], inputWidth: 40, loss: .sparseSoftmaxCrossEntropy)
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
                var g = RandomGenerator(seed: 2)
                var result: [Float] = []
                for _ in 0..<3 {
                    let x = try Tensor.randomNormal([32, 40], using: &g)
                    let y = (0..<32).map { _ in Int32(g.nextInt(below: 5)) }
                    let loss = x.withUnsafeBufferPointer { xs in
                        y.withUnsafeBufferPointer { ys in
                            net.computeGradients(
                                inputs: xs.baseAddress!, rows: 32, labels: ys.baseAddress!,
                                targets: nil)
                        }
                    }
                    result.append(loss)
                    for p in net.trainableParameters { result += Array(p.gradient) }
                    for l in 0..<net.layerCount {
                        result += net.parameters(ofLayer: l).flatMap(\.scalars)
                    }
                }
                return result
            }
        }
        let serial = try gradients(parallel: false)
        let parallel = try gradients(parallel: true)
        #expect(serial.count > 1000)
        #expect(parallel == (try gradients(parallel: true)))
        if BLAS.engineKernelsAvailable && BLAS.kernels == .engine { #expect(serial == parallel) }
    }
}
