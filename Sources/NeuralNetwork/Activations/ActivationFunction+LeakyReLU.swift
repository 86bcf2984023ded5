import Tensors

extension ActivationFunction {
    /// The leaky ReLU: x for x > 0, else α·x (Maas et al. 2013); derivative 1 or α. Keras's
    /// `leaky_relu` function defaults to α = 0.2 (its `LeakyReLU` layer to 0.3).
    public static func leakyRelu(alpha: Float = 0.2) -> ActivationFunction {
        let a = Double(alpha)
        return ActivationFunction(
            name: "leaky_relu", fused: alpha > 0 ? .leakyRelu(alpha: alpha) : nil,
            tensor: { $0.leakyRelu(alpha: alpha) },
            scalar: { $0 > 0 ? $0 : a * $0 },
            scalarDerivative: { $0 > 0 ? 1 : a })
    }

    /// The leaky ReLU with α = 0.2.
    public static var leakyRelu: ActivationFunction { leakyRelu() }
}
