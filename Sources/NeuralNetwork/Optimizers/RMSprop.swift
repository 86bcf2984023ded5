/// RMSprop (Hinton, Srivastava & Swersky 2012, lecture 6e), as Keras computes it:
///
///     v ← ρ·v + (1 − ρ)·g²
///     centered:  ḡ ← ρ·ḡ + (1 − ρ)·g;  d = v − ḡ² + ε      else  d = v + ε
///     Δ = η·g / √d
///     momentum μ > 0:  m ← μ·m + Δ;  w ← w − m              else  w ← w − Δ
///
/// ε sits inside the root; with momentum the buffer accumulates the scaled steps Δ.
/// Defaults: η = 0.001, ρ = 0.9, μ = 0, ε = 1e-7, not centered.
public final class RMSprop: BaseOptimizer {
    /// ρ, the decay of the running averages, in [0, 1].
    public let rho: Double
    /// μ, in [0, 1].
    public let momentum: Double
    /// ε, added under the square root.
    public let epsilon: Double
    /// Whether the second moment is centered by the running mean of the gradients (Graves 2013).
    public let centered: Bool

    /// The state of one parameter: the running mean square v, the running mean ḡ (centered)
    /// and the momentum buffer m.
    struct State {
        /// v, the running mean of g².
        var velocity: ParameterLanes.Vector
        /// ḡ, the running mean of g (centered only).
        var averageGradient: ParameterLanes.Vector
        /// m, the momentum buffer (momentum > 0 only).
        var momentum: ParameterLanes.Vector
    }

    /// The constants of one step.
    struct Constants {
        let learningRate: Float
        let rho: Float
        let oneMinusRho: Float
        let momentum: Float
        let epsilon: Float
        let centered: Bool
        let useMomentum: Bool
    }

    /// The update of one parameter `w` with gradient `g`, for 16 parameters at once (lane by
    /// lane; see ``ParameterLanes``).
    @inline(__always)
    static func update(
        _ w: inout ParameterLanes.Vector, _ g: ParameterLanes.Vector, _ s: inout State,
        _ c: Constants
    ) {
        s.velocity = c.rho * s.velocity + c.oneMinusRho * (g * g)
        let denominator: ParameterLanes.Vector
        if c.centered {
            s.averageGradient = c.rho * s.averageGradient + c.oneMinusRho * g
            denominator = s.velocity - s.averageGradient * s.averageGradient + c.epsilon
        } else {
            denominator = s.velocity + c.epsilon
        }
        let increment = (c.learningRate * g) * denominator.reciprocalSquareRoot()
        if c.useMomentum {
            s.momentum = c.momentum * s.momentum + increment
            w -= s.momentum
        } else {
            w -= increment
        }
    }

    /// RMSprop with a constant learning rate; throws for ρ or μ outside [0, 1], ε < 0, η < 0
    /// or bad clipping.
    public convenience init(
        learningRate: Float = Defaults.learningRate, rho: Double = Defaults.rho,
        momentum: Double = Defaults.momentum,
        epsilon: Double = Defaults.epsilon, centered: Bool = Defaults.centered,
        clipValue: Float? = nil,
        clipNorm: Float? = nil, globalClipNorm: Float? = nil
    ) throws {
        try self.init(
            rate: .constant(learningRate), rho: rho, momentum: momentum, epsilon: epsilon,
            centered: centered, clipValue: clipValue, clipNorm: clipNorm,
            globalClipNorm: globalClipNorm)
    }

    /// RMSprop whose learning rate follows `learningRate`, a schedule.
    public convenience init(
        learningRate: any LearningRateSchedule, rho: Double = Defaults.rho,
        momentum: Double = Defaults.momentum,
        epsilon: Double = Defaults.epsilon, centered: Bool = Defaults.centered,
        clipValue: Float? = nil,
        clipNorm: Float? = nil, globalClipNorm: Float? = nil
    ) throws {
        try self.init(
            rate: .schedule(learningRate), rho: rho, momentum: momentum, epsilon: epsilon,
            centered: centered, clipValue: clipValue, clipNorm: clipNorm,
            globalClipNorm: globalClipNorm)
    }

    init(
        rate: LearningRateSource, rho: Double, momentum: Double, epsilon: Double, centered: Bool,
        clipValue: Float?, clipNorm: Float?, globalClipNorm: Float?
    ) throws {
        try Self.check("rho", rho, in: 0...1)
        try Self.check("momentum", momentum, in: 0...1)
        try Self.checkNonNegative("epsilon", epsilon)
        self.rho = rho
        self.momentum = momentum
        self.epsilon = epsilon
        self.centered = centered
        try super.init(
            rate: rate, clipValue: clipValue, clipNorm: clipNorm, globalClipNorm: globalClipNorm)
    }

    override class var kind: String { "RMSprop" }

    override var slotNames: [String] {
        ["velocity"] + (momentum > 0 ? ["momentum"] : []) + (centered ? ["average_gradient"] : [])
    }

    override var hyperparameters: [String: JSONValue] {
        [
            "rho": .number(rho), "momentum": .number(momentum), "epsilon": .number(epsilon),
            "centered": .bool(centered),
        ]
    }

    override func update(_ region: UpdateRegion, _ step: OptimizerStep) {
        let c = Constants(
            learningRate: step.learningRate, rho: Float(rho), oneMinusRho: Float(1 - rho),
            momentum: Float(momentum), epsilon: Float(epsilon), centered: centered,
            useMomentum: momentum > 0)
        let needed = 1 + (c.useMomentum ? 1 : 0) + (centered ? 1 : 0)
        guard region.slots.count >= needed else { return }
        let v0 = region.slots[0]
        let m0 = c.useMomentum ? region.slots[1] : nil
        let a0 = centered ? region.slots[c.useMomentum ? 2 : 1] : nil
        let count = region.columns
        typealias L = ParameterLanes
        region.forEachRun { o, go in
            let (wp, gp, v) = (region.w + o, region.g + go, v0 + o)
            let (m, a) = (m0.map { $0 + o }, a0.map { $0 + o })
            var i = 0
            while i < count {
                let n = Swift.min(16, count - i)
                var x = L.load(wp, i, n)
                var s = State(
                    velocity: L.load(v, i, n),
                    averageGradient: a.map { L.load($0, i, n) } ?? .zero,
                    momentum: m.map { L.load($0, i, n) } ?? .zero)
                Self.update(&x, L.load(gp, i, n), &s, c)
                L.store(x, wp, i, n)
                L.store(s.velocity, v, i, n)
                if let a { L.store(s.averageGradient, a, i, n) }
                if let m { L.store(s.momentum, m, i, n) }
                i += 16
            }
        }
    }
}

extension RMSprop {
    /// Keras's defaults, used by the initializers, the config reader and ``EngineCatalog``.
    public enum Defaults {
        public static let learningRate: Float = 0.001
        public static let rho = 0.9
        public static let momentum: Double = 0
        public static let epsilon = 1e-7
        public static let centered = false
    }
}
