import Tensors

extension ActivationFunction {
    /// softmax(x)ᵢ = e^xᵢ / Σⱼ e^xⱼ along the last axis (Bridle 1990), computed after subtracting
    /// the maximum. ``derivative(_:)-(Tensor)`` returns the diagonal of the Jacobian,
    /// ∂sᵢ/∂xᵢ = sᵢ(1 − sᵢ). The scalar forms treat a single value as a one-element vector:
    /// softmax 1, derivative 0.
    public static var softmax: ActivationFunction {
        ActivationFunction(
            name: "softmax",
            forward: { x, _, _ in try x.softmax(alongAxis: -1) },
            derivative: { x in
                let s = try x.detached().softmax(alongAxis: -1)
                return try s * (1 - s)
            },
            scalar: { _ in 1 },
            scalarDerivative: { _ in 0 })
    }
}
