import Foundation
import Tensors

extension ActivationFunction {
    /// The logistic sigmoid σ(x) = 1 / (1 + e⁻ˣ), with σ′(x) = σ(x)(1 − σ(x)).
    public static var sigmoid: ActivationFunction {
        ActivationFunction(
            name: "sigmoid", fused: .sigmoid,
            tensor: { $0.sigmoid() },
            scalar: logistic,
            scalarDerivative: { x in
                let s = logistic(x)
                return s * (1 - s)
            })
    }

    /// σ(x) computed without overflow for large |x|.
    static func logistic(_ x: Double) -> Double {
        x >= 0 ? 1 / (1 + exp(-x)) : exp(x) / (1 + exp(x))
    }
}
