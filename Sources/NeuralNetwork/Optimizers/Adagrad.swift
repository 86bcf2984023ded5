import Foundation

/// Adagrad (Duchi, Hazan & Singer 2011), as Keras computes it:
///
///     a ← a + g²;  w ← w − η·g / √(a + ε)
///
/// The accumulator a starts at `initialAccumulatorValue` (0.1), and ε sits inside the root.
/// Defaults: η = 0.001, a₀ = 0.1, ε = 1e-7.
public final class Adagrad: BaseOptimizer {
    /// a₀, the starting value of every accumulator (≥ 0).
    public let initialAccumulatorValue: Double
    /// ε, added under the square root.
    public let epsilon: Double

    /// The state of one parameter: its accumulated squared gradients a.
    struct State {
        /// a, the sum of squared gradients (starts at a₀).
        var accumulator: ParameterLanes.Vector
    }

    /// The constants of one step.
    struct Constants {
        let learningRate: Float
        let epsilon: Float
    }

    /// The update of one parameter `w` with gradient `g`, for 16 parameters at once (lane by
    /// lane; see ``ParameterLanes``).
    @inline(__always)
    static func update(
        _ w: inout ParameterLanes.Vector, _ g: ParameterLanes.Vector, _ s: inout State,
        _ c: Constants
    ) {
        s.accumulator += g * g
        w -= (c.learningRate * g) * (s.accumulator + c.epsilon).reciprocalSquareRoot()
    }

    /// Adagrad with a constant learning rate; throws for negative arguments or bad clipping.
    public convenience init(
        learningRate: Float = Defaults.learningRate,
        initialAccumulatorValue: Double = Defaults.initialAccumulatorValue,
        epsilon: Double = Defaults.epsilon,
        clipValue: Float? = nil, clipNorm: Float? = nil, globalClipNorm: Float? = nil
    ) throws {
        try self.init(
            rate: .constant(learningRate), initialAccumulatorValue: initialAccumulatorValue,
            epsilon: epsilon, clipValue: clipValue, clipNorm: clipNorm,
            globalClipNorm: globalClipNorm)
    }

    /// Adagrad whose learning rate follows `learningRate`, a schedule.
    public convenience init(
        learningRate: any LearningRateSchedule,
        initialAccumulatorValue: Double = Defaults.initialAccumulatorValue,
        epsilon: Double = Defaults.epsilon, clipValue: Float? = nil, clipNorm: Float? = nil,
        globalClipNorm: Float? = nil
    ) throws {
        try self.init(
            rate: .schedule(learningRate), initialAccumulatorValue: initialAccumulatorValue,
            epsilon: epsilon, clipValue: clipValue, clipNorm: clipNorm,
            globalClipNorm: globalClipNorm)
    }

    init(
        rate: LearningRateSource, initialAccumulatorValue: Double, epsilon: Double,
        clipValue: Float?, clipNorm: Float?, globalClipNorm: Float?
    ) throws {
        try Self.checkNonNegative("initialAccumulatorValue", initialAccumulatorValue)
        try Self.checkNonNegative("epsilon", epsilon)
        self.initialAccumulatorValue = initialAccumulatorValue
        self.epsilon = epsilon
        try super.init(
            rate: rate, clipValue: clipValue, clipNorm: clipNorm, globalClipNorm: globalClipNorm)
    }

    override class var kind: String { "Adagrad" }

    override var slotNames: [String] { ["accumulator"] }

    override var initialSlotValues: [Float] { [Float(initialAccumulatorValue)] }

    override var hyperparameters: [String: JSONValue] {
        [
            "initialAccumulatorValue": .number(initialAccumulatorValue),
            "epsilon": .number(epsilon),
        ]
    }

    override func update(_ region: UpdateRegion, _ step: OptimizerStep) {
        let c = Constants(learningRate: step.learningRate, epsilon: Float(epsilon))
        guard let a0 = region.slots.first else { return }
        let count = region.columns
        typealias L = ParameterLanes
        region.forEachRun { o, go in
            let (wp, gp, a) = (region.w + o, region.g + go, a0 + o)
            var i = 0
            while i < count {
                let n = Swift.min(16, count - i)
                var x = L.load(wp, i, n)
                var s = State(accumulator: L.load(a, i, n))
                Self.update(&x, L.load(gp, i, n), &s, c)
                L.store(x, wp, i, n)
                L.store(s.accumulator, a, i, n)
                i += 16
            }
        }
    }
}

extension Adagrad {
    /// Keras's defaults, used by the initializers, the config reader and ``EngineCatalog``.
    public enum Defaults {
        public static let learningRate: Float = 0.001
        public static let initialAccumulatorValue = 0.1
        public static let epsilon = 1e-7
    }
}
