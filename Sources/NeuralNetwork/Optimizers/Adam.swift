import Foundation

/// Adam (Kingma & Ba 2015), with the AMSGrad variant (Reddi, Kale & Kumar 2018), as Keras
/// computes it at step t (from 1):
///
///     m ← m + (g − m)·(1 − β₁);  v ← v + (g² − v)·(1 − β₂)
///     α = η·√(1 − β₂ᵗ) / (1 − β₁ᵗ)
///     AMSGrad:  v̂ ← max(v̂, v), used in place of v
///     w ← w − α·m / (√v + ε)
///
/// The bias correction is folded into α and ε is added to the uncorrected √v. Defaults:
/// η = 0.001, β₁ = 0.9, β₂ = 0.999, ε = 1e-7, no AMSGrad.
public final class Adam: MomentOptimizer {
    /// Whether the running maximum of v is used (AMSGrad).
    public let amsgrad: Bool

    /// The constants of one step.
    struct Constants {
        let alpha: Float
        let oneMinusBeta1: Float
        let oneMinusBeta2: Float
        let epsilon: Float
    }

    /// The constants of step t.
    func constants(_ step: OptimizerStep) -> Constants {
        let t = Float(step.t)
        let beta1Power = powf(Float(beta1), t)
        let beta2Power = powf(Float(beta2), t)
        let alpha = step.learningRate * (1 - beta2Power).squareRoot() / (1 - beta1Power)
        return Constants(
            alpha: alpha, oneMinusBeta1: Float(1 - beta1), oneMinusBeta2: Float(1 - beta2),
            epsilon: Float(epsilon))
    }

    /// Adam with a constant learning rate; throws for β outside [0, 1), ε < 0, η < 0 or bad
    /// clipping.
    public convenience init(
        learningRate: Float = Defaults.learningRate, beta1: Double = Defaults.beta1,
        beta2: Double = Defaults.beta2,
        epsilon: Double = Defaults.epsilon, amsgrad: Bool = Defaults.amsgrad,
        clipValue: Float? = nil,
        clipNorm: Float? = nil, globalClipNorm: Float? = nil
    ) throws {
        try self.init(
            rate: .constant(learningRate), beta1: beta1, beta2: beta2, epsilon: epsilon,
            amsgrad: amsgrad, clipValue: clipValue, clipNorm: clipNorm,
            globalClipNorm: globalClipNorm)
    }

    /// Adam whose learning rate follows `learningRate`, a schedule.
    public convenience init(
        learningRate: any LearningRateSchedule, beta1: Double = Defaults.beta1,
        beta2: Double = Defaults.beta2,
        epsilon: Double = Defaults.epsilon, amsgrad: Bool = Defaults.amsgrad,
        clipValue: Float? = nil,
        clipNorm: Float? = nil, globalClipNorm: Float? = nil
    ) throws {
        try self.init(
            rate: .schedule(learningRate), beta1: beta1, beta2: beta2, epsilon: epsilon,
            amsgrad: amsgrad, clipValue: clipValue, clipNorm: clipNorm,
            globalClipNorm: globalClipNorm)
    }

    init(
        rate: LearningRateSource, beta1: Double, beta2: Double, epsilon: Double, amsgrad: Bool,
        clipValue: Float?, clipNorm: Float?, globalClipNorm: Float?
    ) throws {
        self.amsgrad = amsgrad
        try super.init(
            rate: rate, beta1: beta1, beta2: beta2, epsilon: epsilon, clipValue: clipValue,
            clipNorm: clipNorm, globalClipNorm: globalClipNorm)
    }

    override class var kind: String { "Adam" }

    override var slotNames: [String] {
        ["momentum", "velocity"] + (amsgrad ? ["velocity_hat"] : [])
    }

    override var hyperparameters: [String: JSONValue] {
        super.hyperparameters.merging(["amsgrad": .bool(amsgrad)]) { $1 }
    }

    override func update(_ region: UpdateRegion, _ step: OptimizerStep) {
        let c = constants(step)
        guard region.slots.count >= (amsgrad ? 3 : 2) else { return }
        let (m0, v0) = (region.slots[0], region.slots[1])
        let count = region.columns
        typealias L = ParameterLanes
        guard amsgrad else {
            region.forEachRun { o, go in
                let (wp, gp, m, v) = (region.w + o, region.g + go, m0 + o, v0 + o)
                var i = 0
                while i < count {
                    let n = Swift.min(16, count - i)
                    let g = L.load(gp, i, n)
                    var (mi, vi) = (L.load(m, i, n), L.load(v, i, n))
                    mi += (g - mi) * c.oneMinusBeta1
                    vi += (g * g - vi) * c.oneMinusBeta2
                    let x =
                        L.load(wp, i, n)
                        - (mi * c.alpha) * vi.reciprocalOfSquareRoot(plus: c.epsilon)
                    L.store(x, wp, i, n)
                    L.store(mi, m, i, n)
                    L.store(vi, v, i, n)
                    i += 16
                }
            }
            return
        }
        let h0 = region.slots[2]
        region.forEachRun { o, go in
            let (wp, gp, m, v, vHat) = (region.w + o, region.g + go, m0 + o, v0 + o, h0 + o)
            var i = 0
            while i < count {
                let n = Swift.min(16, count - i)
                // The rule of the type's documentation with v̂ ← max(v̂, v) in place of v.
                let g = L.load(gp, i, n)
                var (mi, vi) = (L.load(m, i, n), L.load(v, i, n))
                mi += (g - mi) * c.oneMinusBeta1
                vi += (g * g - vi) * c.oneMinusBeta2
                let hi = pointwiseMax(L.load(vHat, i, n), vi)
                let x =
                    L.load(wp, i, n) - (mi * c.alpha) * hi.reciprocalOfSquareRoot(plus: c.epsilon)
                L.store(x, wp, i, n)
                L.store(mi, m, i, n)
                L.store(vi, v, i, n)
                L.store(hi, vHat, i, n)
                i += 16
            }
        }
    }
}
