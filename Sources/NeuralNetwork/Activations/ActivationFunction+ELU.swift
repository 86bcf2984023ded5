import Foundation
import Tensors

extension ActivationFunction {
    /// The exponential linear unit: x for x > 0, else α(eˣ − 1) (Clevert et al. 2015); derivative
    /// 1, else α·eˣ. Keras's default α = 1.
    public static func elu(alpha: Float = 1) -> ActivationFunction {
        let a = Double(alpha)
        return ActivationFunction(
            name: "elu", fused: .elu(alpha: alpha),
            tensor: { $0.elu(alpha: alpha) },
            scalar: { $0 > 0 ? $0 : a * (exp($0) - 1) },
            scalarDerivative: { $0 > 0 ? 1 : a * exp($0) })
    }

    /// The ELU with α = 1.
    public static var elu: ActivationFunction { elu() }
}
