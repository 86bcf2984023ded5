/// An activation applied in place by the fused dense kernels, with its derivative written in
/// terms of the activation's output (so a forward pass need keep only the outputs).
public enum Activation: Equatable, Sendable {
    /// `x`.
    case linear
    /// `max(x, 0)` (Nair & Hinton 2010).
    case relu
    /// `x` for x > 0, else `alpha · x` (Maas et al. 2013); requires `alpha > 0`.
    case leakyRelu(alpha: Float)
    /// `x` for x > 0, else `alpha(eˣ − 1)` (Clevert et al. 2015).
    case elu(alpha: Float)
    /// `λx` for x > 0, else `λα(eˣ − 1)` (Klambauer et al. 2017).
    case selu
    /// `1 / (1 + e⁻ˣ)`.
    case sigmoid
    /// `tanh x`.
    case tanh

    /// Replaces each of the `count` values at `p` by its activation.
    @inline(__always)
    public func apply(_ p: UnsafeMutablePointer<Float>, count: Int) {
        switch self {
        case .linear:
            return
        case .relu:
            for i in 0..<count { p[i] = p[i] > 0 ? p[i] : 0 }
        case .leakyRelu(let alpha):
            for i in 0..<count { p[i] = p[i] > 0 ? p[i] : alpha * p[i] }
        case .elu(let alpha):
            for i in 0..<count { p[i] = p[i] > 0 ? p[i] : alpha * (FastMath.exp(p[i]) - 1) }
        case .selu:
            let l = ActivationConstants.seluScale
            let la = l * ActivationConstants.seluAlpha
            for i in 0..<count { p[i] = p[i] > 0 ? l * p[i] : la * (FastMath.exp(p[i]) - 1) }
        case .sigmoid:
            for i in 0..<count { p[i] = 1 / (1 + FastMath.exp(-p[i])) }
        case .tanh:
            for i in 0..<count { p[i] = FastMath.tanh(p[i]) }
        }
    }

    /// Multiplies each of the `count` gradients at `g` by the activation's derivative, given the
    /// activation's outputs `a` (the chain rule through the activation, in place).
    @inline(__always)
    public func backward(
        _ g: UnsafeMutablePointer<Float>, outputs a: UnsafePointer<Float>, count: Int
    ) {
        switch self {
        case .linear:
            return
        case .relu:
            for i in 0..<count { g[i] = a[i] > 0 ? g[i] : 0 }
        case .leakyRelu(let alpha):
            for i in 0..<count { g[i] = a[i] > 0 ? g[i] : alpha * g[i] }
        case .elu(let alpha):
            for i in 0..<count { g[i] = a[i] > 0 ? g[i] : g[i] * (a[i] + alpha) }
        case .selu:
            let l = ActivationConstants.seluScale
            let la = l * ActivationConstants.seluAlpha
            for i in 0..<count { g[i] = a[i] > 0 ? l * g[i] : g[i] * (a[i] + la) }
        case .sigmoid:
            for i in 0..<count { g[i] *= a[i] * (1 - a[i]) }
        case .tanh:
            for i in 0..<count { g[i] *= 1 - a[i] * a[i] }
        }
    }
}
