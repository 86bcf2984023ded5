/// Stochastic gradient descent (Robbins & Monro 1951), with momentum (Polyak 1964) or Nesterov
/// momentum (Nesterov 1983; Sutskever et al. 2013), as Keras computes it:
///
///     plain        w ← w − η·g
///     momentum μ   m ← μ·m − η·g;  w ← w + m
///     Nesterov     m ← μ·m − η·g;  w ← w + μ·m − η·g     (with the new m)
///
/// The learning rate η is folded into the velocity m, which starts at 0. Defaults: η = 0.01,
/// μ = 0, no Nesterov.
public final class SGD: BaseOptimizer {
    /// μ, in [0, 1].
    public let momentum: Double
    /// Whether the update looks ahead along the new velocity.
    public let nesterov: Bool

    /// The state of one parameter: its velocity m.
    struct State {
        /// m, the velocity (starts at 0).
        var velocity: ParameterLanes.Vector
    }

    /// The constants of one step.
    struct Constants {
        let learningRate: Float
        let momentum: Float
        let nesterov: Bool
    }

    /// The update of one parameter `w` with gradient `g`, for 16 parameters at once (lane by
    /// lane; see ``ParameterLanes``).
    @inline(__always)
    static func update(
        _ w: inout ParameterLanes.Vector, _ g: ParameterLanes.Vector, _ s: inout State,
        _ c: Constants
    ) {
        s.velocity = s.velocity * c.momentum - g * c.learningRate
        if c.nesterov {
            w += s.velocity * c.momentum - g * c.learningRate
        } else {
            w += s.velocity
        }
    }

    /// SGD with a constant learning rate; throws for η < 0, μ outside [0, 1] or bad clipping.
    public convenience init(
        learningRate: Float = Defaults.learningRate, momentum: Double = Defaults.momentum,
        nesterov: Bool = Defaults.nesterov,
        clipValue: Float? = nil, clipNorm: Float? = nil, globalClipNorm: Float? = nil
    ) throws {
        try self.init(
            rate: .constant(learningRate), momentum: momentum, nesterov: nesterov,
            clipValue: clipValue, clipNorm: clipNorm, globalClipNorm: globalClipNorm)
    }

    /// SGD whose learning rate follows `learningRate`, a schedule.
    public convenience init(
        learningRate: any LearningRateSchedule, momentum: Double = Defaults.momentum,
        nesterov: Bool = Defaults.nesterov,
        clipValue: Float? = nil, clipNorm: Float? = nil, globalClipNorm: Float? = nil
    ) throws {
        try self.init(
            rate: .schedule(learningRate), momentum: momentum, nesterov: nesterov,
            clipValue: clipValue, clipNorm: clipNorm, globalClipNorm: globalClipNorm)
    }

    init(
        rate: LearningRateSource, momentum: Double, nesterov: Bool, clipValue: Float?,
        clipNorm: Float?, globalClipNorm: Float?
    ) throws {
        try Self.check("momentum", momentum, in: 0...1)
        self.momentum = momentum
        self.nesterov = nesterov
        try super.init(
            rate: rate, clipValue: clipValue, clipNorm: clipNorm, globalClipNorm: globalClipNorm)
    }

    override class var kind: String { "SGD" }

    override var slotNames: [String] { momentum != 0 ? ["momentum"] : [] }

    override var hyperparameters: [String: JSONValue] {
        ["momentum": .number(momentum), "nesterov": .bool(nesterov)]
    }

    override func update(_ region: UpdateRegion, _ step: OptimizerStep) {
        let lr = step.learningRate
        let count = region.columns
        typealias L = ParameterLanes
        guard let m0 = region.slots.first else {
            region.forEachRun { o, go in
                let (wp, gp) = (region.w + o, region.g + go)
                var i = 0
                while i < count {
                    let n = Swift.min(16, count - i)
                    var x = L.load(wp, i, n)
                    x -= L.load(gp, i, n) * lr
                    L.store(x, wp, i, n)
                    i += 16
                }
            }
            return
        }
        let c = Constants(learningRate: lr, momentum: Float(momentum), nesterov: nesterov)
        region.forEachRun { o, go in
            let (wp, gp, m) = (region.w + o, region.g + go, m0 + o)
            var i = 0
            while i < count {
                let n = Swift.min(16, count - i)
                var x = L.load(wp, i, n)
                var s = State(velocity: L.load(m, i, n))
                Self.update(&x, L.load(gp, i, n), &s, c)
                L.store(x, wp, i, n)
                L.store(s.velocity, m, i, n)
                i += 16
            }
        }
    }
}

extension SGD {
    /// Keras's defaults, used by the initializers, the config reader and ``EngineCatalog``.
    public enum Defaults {
        public static let learningRate: Float = 0.01
        public static let momentum: Double = 0
        public static let nesterov = false
    }
}
