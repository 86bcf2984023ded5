import Foundation
import Tensors

extension ActivationFunction {
    /// The self-normalizing scaled ELU (Klambauer et al. 2017): λx for x > 0, else λα(eˣ − 1),
    /// with α = 1.6732632423543772848 and λ = 1.0507009873554804934; derivative λ, else λα·eˣ.
    public static var selu: ActivationFunction {
        let a = 1.673_263_242_354_377_284_817_042_991_671_7
        let l = 1.050_700_987_355_480_493_419_334_985_294_6
        return ActivationFunction(
            name: "selu", fused: .selu,
            tensor: { $0.selu() },
            scalar: { $0 > 0 ? l * $0 : l * a * (exp($0) - 1) },
            scalarDerivative: { $0 > 0 ? l : l * a * exp($0) })
    }
}
