import Tensors

/// The benchmark networks built on the engine's fused `DenseStack`, initialized as Keras does.
enum StackModel {
    /// `mlp`: 784-300-100-10 ReLU, Glorot-uniform. `deep`: 100 × Dense(100) SELU with
    /// LeCun-normal (truncated normal, σ = √(1/fanIn)/0.8796), then a Glorot-uniform Dense(10).
    static func make(workload: String, seed: UInt64) throws -> DenseStack {
        let sizes =
            workload == "mlp"
            ? [784, 300, 100, 10] : [784] + Array(repeating: 100, count: 100) + [10]
        var generator = RandomGenerator(seed: seed)
        var weights: [Tensor] = []
        var biases: [Tensor] = []
        var activations: [Tensors.Activation] = []
        let layers = sizes.count - 1
        for l in 0..<layers {
            let (i, o) = (sizes[l], sizes[l + 1])
            if workload == "mlp" || l == layers - 1 {
                let limit = (6 / Float(i + o)).squareRoot()
                weights.append(
                    try Tensor.randomUniform(
                        [i, o], lower: -limit, upper: limit, using: &generator))
            } else {
                let sigma = (1 / Float(i)).squareRoot() / 0.879_625_661_034_239_78
                weights.append(
                    try Tensor.truncatedNormal([i, o], standardDeviation: sigma, using: &generator))
            }
            biases.append(try Tensor.zeros([o]))
            activations.append(l == layers - 1 ? .linear : (workload == "mlp" ? .relu : .selu))
        }
        return try DenseStack(weights: weights, biases: biases, activations: activations)
    }

    /// GEMM FLOPs of one training sample (forward, weight gradients, input gradients of all
    /// layers but the first) and of one evaluation sample, as in the references' `mlp_flops`.
    static func flops(workload: String) -> (train: Double, forward: Double) {
        let sizes =
            workload == "mlp"
            ? [784, 300, 100, 10] : [784] + Array(repeating: 100, count: 100) + [10]
        let products = zip(sizes.dropLast(), sizes.dropFirst()).map { Double(2 * $0 * $1) }
        let forward = products.reduce(0, +)
        return (forward * 2 + products.dropFirst().reduce(0, +), forward)
    }
}
