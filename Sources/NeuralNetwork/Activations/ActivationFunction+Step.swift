import Tensors

extension ActivationFunction {
    /// The Heaviside step of the perceptron (Rosenblatt 1958): 1 for x ≥ 0, else 0; its
    /// derivative is 0 everywhere it exists (no gradient flows through it).
    public static var step: ActivationFunction {
        ActivationFunction(
            name: "step",
            tensor: { x in 1 - x.detached().less(0) },
            scalar: { $0 >= 0 ? 1 : 0 },
            scalarDerivative: { _ in 0 })
    }
}
