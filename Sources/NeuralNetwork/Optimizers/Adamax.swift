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
    struct State {
        /// m, the running mean of g.
        var momentum: ParameterLanes.Vector
        /// u, the exponentially weighted infinity norm.
        var norm: ParameterLanes.Vector
    }

    /// The constants of one step.
    struct Constants {
        let learningRate: Float
        let oneMinusBeta1: Float
        let beta2: Float
        let oneMinusBeta1Power: Float
        let epsilon: Float
    }

    /// The update of one parameter `w` with gradient `g`, for 16 parameters at once (lane by
    /// lane; see ``ParameterLanes``).
    @inline(__always)
    static func update(
        _ w: inout ParameterLanes.Vector, _ g: ParameterLanes.Vector, _ s: inout State,
        _ c: Constants
    ) {
        s.momentum += (g - s.momentum) * c.oneMinusBeta1
        s.norm = pointwiseMax(c.beta2 * s.norm, g.absolute)
        w -= (c.learningRate * s.momentum) / (c.oneMinusBeta1Power * (s.norm + c.epsilon))
    }

    override class var kind: String { "Adamax" }

    override var slotNames: [String] { ["momentum", "norm"] }

    override func update(_ region: UpdateRegion, _ step: OptimizerStep) {
        let c = Constants(
            learningRate: step.learningRate, oneMinusBeta1: Float(1 - beta1), beta2: Float(beta2),
            oneMinusBeta1Power: 1 - powf(Float(beta1), Float(step.t)), epsilon: Float(epsilon))
        guard region.slots.count >= 2 else { return }
        let (m0, u0) = (region.slots[0], region.slots[1])
        let count = region.columns
        typealias L = ParameterLanes
        region.forEachRun { o, go in
            let (wp, gp, m, u) = (region.w + o, region.g + go, m0 + o, u0 + o)
            var i = 0
            while i < count {
                let n = Swift.min(16, count - i)
                var x = L.load(wp, i, n)
                var s = State(momentum: L.load(m, i, n), norm: L.load(u, i, n))
                Self.update(&x, L.load(gp, i, n), &s, c)
                L.store(x, wp, i, n)
                L.store(s.momentum, m, i, n)
                L.store(s.norm, u, i, n)
                i += 16
            }
        }
    }
}
