import Tensors

extension ActivationFunction {
    /// The identity φ(x) = x (no activation), derivative 1; Keras's default for `Dense`.
    public static var linear: ActivationFunction {
        ActivationFunction(
            name: "linear", fused: .linear,
            tensor: { $0 },
            scalar: { $0 },
            scalarDerivative: { _ in 1 })
    }
}
