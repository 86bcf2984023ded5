import Tensors

extension ActivationFunction {
    /// The rectified linear unit max(x, 0) (Nair & Hinton 2010); derivative 1 for x > 0, else 0
    /// (0 at the kink, as TensorFlow takes it).
    public static var relu: ActivationFunction {
        ActivationFunction(
            name: "relu", fused: .relu,
            tensor: { $0.relu() },
            scalar: { Swift.max($0, 0) },
            scalarDerivative: { $0 > 0 ? 1 : 0 })
    }
}
