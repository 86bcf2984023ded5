import Foundation
import Tensors

extension ActivationFunction {
    /// softplus(x) = ln(1 + eˣ) (Dugas et al. 2001), computed as max(x, 0) + ln(1 + e^−|x|);
    /// its derivative is the sigmoid.
    public static var softplus: ActivationFunction {
        ActivationFunction(
            name: "softplus",
            tensor: { $0.softplus() },
            scalar: { Swift.max($0, 0) + log1p(exp(-Swift.abs($0))) },
            scalarDerivative: logistic)
    }
}
