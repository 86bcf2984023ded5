extension Tensor {
    /// `eˣ` element-wise.
    public func exp() -> Tensor {
        ElementwiseKernels.map(self) { FastMath.exp($0) }.recorded(.exp, self)
    }

    /// The natural logarithm element-wise (`-inf` at 0, NaN below).
    public func log() -> Tensor {
        ElementwiseKernels.map(self) { FastMath.log($0) }.recorded(.log, self)
    }

    /// The square root element-wise (NaN below 0).
    public func sqrt() -> Tensor {
        ElementwiseKernels.map(self) { $0.squareRoot() }.recorded(.sqrt, self)
    }

    /// The absolute value element-wise.
    public func abs() -> Tensor {
        ElementwiseKernels.map(self) { Swift.abs($0) }.recorded(.abs, self)
    }

    /// Every element raised to the constant `exponent` (`x²` for 2, `1/x` for −1).
    public func pow(_ exponent: Float) -> Tensor {
        let result: Tensor
        if exponent == 2 {
            result = ElementwiseKernels.map(self) { $0 * $0 }
        } else if exponent == 1 {
            result = ElementwiseKernels.map(self) { $0 }
        } else {
            result = ElementwiseKernels.map(self) { FastMath.pow($0, exponent) }
        }
        return result.recorded(.power(exponent), self)
    }

    /// `base ** exponent` element-wise with broadcasting, computed as `exp(exponent · ln base)`
    /// (so defined for positive bases only).
    public static func pow(_ base: Tensor, _ exponent: Tensor) throws -> Tensor {
        try (exponent * base.log()).exp()
    }

    /// `x²` element-wise.
    public func squared() -> Tensor { pow(2) }

    /// Every element limited to `[lower, upper]`; the gradient passes where
    /// `lower ≤ x ≤ upper` and is 0 elsewhere.
    public func clipped(min lower: Float, max upper: Float) throws -> Tensor {
        guard lower <= upper else {
            throw TensorError.invalidArgument(
                operation: "clipped", reason: "min \(lower) is greater than max \(upper)")
        }
        return ElementwiseKernels.map(self) { Swift.min(Swift.max($0, lower), upper) }
            .recorded(.clip(lower, upper), self)
    }

    /// The hyperbolic tangent element-wise.
    public func tanh() -> Tensor {
        ElementwiseKernels.map(self) { FastMath.tanh($0) }.recorded(.tanh, self)
    }

    /// The logistic sigmoid `1 / (1 + e⁻ˣ)` element-wise.
    public func sigmoid() -> Tensor {
        ElementwiseKernels.map(self) { 1 / (1 + FastMath.exp(-$0)) }.recorded(.sigmoid, self)
    }

    /// The rectified linear unit `max(x, 0)` (Nair & Hinton 2010).
    public func relu() -> Tensor {
        ElementwiseKernels.map(self) { $0 > 0 ? $0 : 0 }.recorded(.relu, self)
    }

    /// `x` for x > 0, else `alpha · x` (Maas et al. 2013). Keras's function default is 0.2.
    public func leakyRelu(alpha: Float = 0.2) -> Tensor {
        ElementwiseKernels.map(self) { $0 > 0 ? $0 : alpha * $0 }.recorded(.leakyRelu(alpha), self)
    }

    /// The exponential linear unit: `x` for x > 0, else `alpha · (eˣ − 1)` (Clevert et al. 2015).
    public func elu(alpha: Float = 1) -> Tensor {
        ElementwiseKernels.map(self) { $0 > 0 ? $0 : alpha * (FastMath.exp($0) - 1) }
            .recorded(.elu(alpha), self)
    }

    /// The scaled ELU: `λx` for x > 0, else `λα(eˣ − 1)`, with α ≈ 1.6733 and λ ≈ 1.0507
    /// (Klambauer et al. 2017).
    public func selu() -> Tensor {
        let a = ActivationConstants.seluAlpha
        let l = ActivationConstants.seluScale
        return ElementwiseKernels.map(self) { $0 > 0 ? l * $0 : (l * a) * (FastMath.exp($0) - 1) }
            .recorded(.selu, self)
    }

    /// `ln(1 + eˣ)`, computed stably as `max(x, 0) + ln(1 + e^−|x|)`.
    public func softplus() -> Tensor {
        ElementwiseKernels.map(self) {
            Swift.max($0, 0) + FastMath.log1p(FastMath.exp(-Swift.abs($0)))
        }.recorded(.softplus, self)
    }
}
