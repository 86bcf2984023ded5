import Foundation
import Tensors

extension ActivationFunction {
    /// The hyperbolic tangent tanh x = (eˣ − e⁻ˣ)/(eˣ + e⁻ˣ), with tanh′ x = 1 − tanh² x.
    public static var tanh: ActivationFunction {
        ActivationFunction(
            name: "tanh", fused: .tanh,
            tensor: { $0.tanh() },
            scalar: { Foundation.tanh($0) },
            scalarDerivative: { x in
                let t = Foundation.tanh(x)
                return 1 - t * t
            })
    }
}
