import Foundation

/// Adamax, Adam's infinity-norm variant (Kingma & Ba 2015, section 7.1), as Keras computes it
/// at step t (from 1):
///
///     m ← m + (g − m)·(1 − β₁);  u ← max(β₂·u, |g|)
///     w ← w − η·m / ((1 − β₁ᵗ)·(u + ε))
///
/// Defaults: η = 0.001, β₁ = 0.9, β₂ = 0.999, ε = 1e-7.
public final class Adamax: MomentOptimizer {

    /// The state of one parameter: the first moment m and the weighted infinity norm u.
    public struct State {
        /// m, the running mean of g.
        public var momentum: Float
        /// u, the exponentially weighted infinity norm.
        public var norm: Float
    }

    /// The constants of one step.
    struct Constants {
        let learningRate: Float
        let oneMinusBeta1: Float
        let beta2: Float
        let oneMinusBeta1Power: Float
        let epsilon: Float
    }

    /// The update of one parameter `w` with gradient `g`.
    @inline(__always)
    static func update(_ w: inout Float, _ g: Float, _ s: inout State, _ c: Constants) {
        s.momentum += (g - s.momentum) * c.oneMinusBeta1
        s.norm = max(c.beta2 * s.norm, abs(g))
        w -= (c.learningRate * s.momentum) / (c.oneMinusBeta1Power * (s.norm + c.epsilon))
    }

    override class var kind: String { "Adamax" }

    override var slotNames: [String] { ["momentum", "norm"] }

    override func update(
        _ w: UnsafeMutableBufferPointer<Float>, _ g: UnsafeBufferPointer<Float>,
        _ slots: [UnsafeMutableBufferPointer<Float>], _ step: OptimizerStep
    ) {
        let c = Constants(
            learningRate: step.learningRate, oneMinusBeta1: Float(1 - beta1), beta2: Float(beta2),
            oneMinusBeta1Power: 1 - powf(Float(beta1), Float(step.t)), epsilon: Float(epsilon))
        let m = slots[0]
        let u = slots[1]
        for i in w.indices {
            var s = State(momentum: m[i], norm: u[i])
            Self.update(&w[i], g[i], &s, c)
            m[i] = s.momentum
            u[i] = s.norm
        }
    }
}
