import Tensors

extension ActivationFunction {
    /// The randomized leaky ReLU (Xu et al. 2015): x for x ≥ 0, else a·x. In training, a is drawn
    /// for every element from U[lower, upper); in inference it is the mean slope
    /// (lower + upper)/2. Defaults 1/8 and 1/3 (PyTorch's). The derivative (inference) is 1 or
    /// the mean slope; in training the gradient uses the drawn slopes.
    public static func rrelu(lower: Float = 1.0 / 8, upper: Float = 1.0 / 3) -> ActivationFunction {
        let mean = (lower + upper) / 2
        let m = Double(mean)
        return ActivationFunction(
            name: "rrelu",
            forward: { x, training, generator in
                guard training else { return x.leakyRelu(alpha: mean) }
                var slopes = x.detached()
                slopes.withUnsafeMutableBufferPointer { p in
                    for i in p.indices {
                        let a = generator.uniform(lower, upper)
                        p[i] = p[i] >= 0 ? 1 : a
                    }
                }
                return try x * slopes
            },
            scalar: { $0 >= 0 ? $0 : m * $0 },
            scalarDerivative: { $0 >= 0 ? 1 : m })
    }
}
