import Foundation

/// Nadam, Adam with Nesterov momentum (Dozat 2016), as Keras computes it at step t (from 1):
///
///     μₜ = β₁·(1 − ½·0.96ᵗ);  Π ← Π·μₜ  (once per step, before any variable; Π starts at 1)
///     m ← m + (g − m)·(1 − β₁);  v ← v + (g² − v)·(1 − β₂)
///     m̂ = μₜ₊₁·m / (1 − Π·μₜ₊₁) + (1 − μₜ)·g / (1 − Π);  v̂ = v / (1 − β₂ᵗ)
///     w ← w − η·m̂ / (√v̂ + ε)
///
/// Unlike Adam, ε is added to the bias-corrected √v̂, and 1 − β is taken in float32. The
/// running product Π is part of the state. The step's three divisions by scalars are taken as
/// products with factors computed once per step, m̂ = m·(μₜ₊₁/(1 − Π·μₜ₊₁)) + g·((1 − μₜ)/(1 − Π))
/// and v̂ = v·(1/(1 − β₂ᵗ)), within an ulp or two of Keras's quotients and a third of the
/// rule's time; 1/(√v̂ + ε) as ``SIMD16/reciprocalOfSquareRoot(plus:)`` computes it.
/// Defaults: η = 0.001, β₁ = 0.9, β₂ = 0.999, ε = 1e-7.
public final class Nadam: MomentOptimizer {
    /// Π, the product of the momentum schedule μ₁ … μₜ over the steps so far.
    public private(set) var momentumProduct: Float = 1

    /// The constants of one step.
    struct Constants {
        let learningRate: Float
        let oneMinusBeta1: Float
        let oneMinusBeta2: Float
        /// μₜ₊₁ / (1 − Π·μₜ₊₁), the weight of m in m̂.
        let momentumFactor: Float
        /// (1 − μₜ) / (1 − Π), the weight of g in m̂.
        let gradientFactor: Float
        /// 1 / (1 − β₂ᵗ), the weight of v in v̂.
        let velocityFactor: Float
        let epsilon: Float
    }

    /// μₜ = β₁·(1 − ½·0.96ᵗ) in float32.
    func momentumSchedule(_ t: Int) -> Float {
        Float(beta1) * (1 - 0.5 * powf(0.96, Float(t)))
    }

    /// The constants of step t, with Π already multiplied by μₜ.
    func constants(_ step: OptimizerStep) -> Constants {
        let b1 = Float(beta1)
        let b2 = Float(beta2)
        let mu = momentumSchedule(step.t)
        let nextMu = momentumSchedule(step.t + 1)
        return Constants(
            learningRate: step.learningRate, oneMinusBeta1: 1 - b1, oneMinusBeta2: 1 - b2,
            momentumFactor: nextMu / (1 - momentumProduct * nextMu),
            gradientFactor: (1 - mu) / (1 - momentumProduct),
            velocityFactor: 1 / (1 - powf(b2, Float(step.t))), epsilon: Float(epsilon))
    }

    override class var kind: String { "Nadam" }

    override var slotNames: [String] { ["momentum", "velocity"] }

    override var scalarState: [(name: String, value: Float)] {
        get { [("u_product", momentumProduct)] }
        set { momentumProduct = newValue.first { $0.name == "u_product" }?.value ?? 1 }
    }

    override func beginStep(_ step: OptimizerStep) {
        momentumProduct =
            momentumProduct * Float(beta1) * (1 - 0.5 * powf(0.96, Float(step.t)))
    }

    override func update(_ region: UpdateRegion, _ step: OptimizerStep) {
        let c = constants(step)
        guard region.slots.count >= 2 else { return }
        let (m0, v0) = (region.slots[0], region.slots[1])
        let count = region.columns
        typealias L = ParameterLanes
        region.forEachRun { o, go in
            let (wp, gp, m, v) = (region.w + o, region.g + go, m0 + o, v0 + o)
            var i = 0
            while i < count {
                let n = Swift.min(16, count - i)
                // The rule of the type's documentation, 16 parameters at once.
                let g = L.load(gp, i, n)
                var (mi, vi) = (L.load(m, i, n), L.load(v, i, n))
                mi += (g - mi) * c.oneMinusBeta1
                vi += (g * g - vi) * c.oneMinusBeta2
                let mHat = (mi * c.momentumFactor).addingProduct(g, c.gradientFactor)
                let vHat = vi * c.velocityFactor
                let x =
                    L.load(wp, i, n)
                    - (mHat * c.learningRate) * vHat.reciprocalOfSquareRoot(plus: c.epsilon)
                L.store(x, wp, i, n)
                L.store(mi, m, i, n)
                L.store(vi, v, i, n)
                i += 16
            }
        }
    }
}
