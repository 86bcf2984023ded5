import Foundation

/// Adamax, Adam's infinity-norm variant (Kingma & Ba 2015, section 7.1), as Keras computes it
/// at step t (from 1):
///
///     m ← m + (g − m)·(1 − β₁);  u ← max(β₂·u, |g|)
///     w ← w − η·m / ((1 − β₁ᵗ)·(u + ε))
///
/// Defaults: η = 0.001, β₁ = 0.9, β₂ = 0.999, ε = 1e-7.
public final class Adamax: BaseOptimizer {
    /// β₁, the decay of the first moment, in [0, 1).
    public let beta1: Double
    /// β₂, the decay of the infinity norm, in [0, 1).
    public let beta2: Double
    /// ε, added to u.
    public let epsilon: Double

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

    /// Adamax with a constant learning rate; throws for β outside [0, 1), ε < 0, η < 0 or bad
    /// clipping.
    public convenience init(
        learningRate: Float = 0.001, beta1: Double = 0.9, beta2: Double = 0.999,
        epsilon: Double = 1e-7, clipValue: Float? = nil, clipNorm: Float? = nil,
        globalClipNorm: Float? = nil
    ) throws {
        try self.init(
            rate: .constant(learningRate), beta1: beta1, beta2: beta2, epsilon: epsilon,
            clipValue: clipValue, clipNorm: clipNorm, globalClipNorm: globalClipNorm)
    }

    /// Adamax whose learning rate follows `learningRate`, a schedule.
    public convenience init(
        learningRate: any LearningRateSchedule, beta1: Double = 0.9, beta2: Double = 0.999,
        epsilon: Double = 1e-7, clipValue: Float? = nil, clipNorm: Float? = nil,
        globalClipNorm: Float? = nil
    ) throws {
        try self.init(
            rate: .schedule(learningRate), beta1: beta1, beta2: beta2, epsilon: epsilon,
            clipValue: clipValue, clipNorm: clipNorm, globalClipNorm: globalClipNorm)
    }

    init(
        rate: LearningRateSource, beta1: Double, beta2: Double, epsilon: Double,
        clipValue: Float?, clipNorm: Float?, globalClipNorm: Float?
    ) throws {
        try Self.check("beta1", beta1, in: 0...1, open: true)
        try Self.check("beta2", beta2, in: 0...1, open: true)
        try Self.checkNonNegative("epsilon", epsilon)
        self.beta1 = beta1
        self.beta2 = beta2
        self.epsilon = epsilon
        try super.init(
            rate: rate, clipValue: clipValue, clipNorm: clipNorm, globalClipNorm: globalClipNorm)
    }

    convenience init(config r: ConfigReader) throws {
        try r.expectKeys(ConfigReader.sharedOptimizerKeys + ["beta1", "beta2", "epsilon"])
        let clip = try r.clipping()
        try self.init(
            rate: r.learningRate(default: 0.001), beta1: r.double("beta1", default: 0.9),
            beta2: r.double("beta2", default: 0.999), epsilon: r.double("epsilon", default: 1e-7),
            clipValue: clip.value, clipNorm: clip.norm, globalClipNorm: clip.global)
    }

    override class var kind: String { "Adamax" }

    override var slotNames: [String] { ["momentum", "norm"] }

    override var hyperparameters: [String: JSONValue] {
        ["beta1": .number(beta1), "beta2": .number(beta2), "epsilon": .number(epsilon)]
    }

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
