/// Inverse-time decay of the learning rate (Keras's `InverseTimeDecay`):
///
///     η(k) = η₀ / (1 + r · k / s)        (⌊k / s⌋ when `staircase`)
///
/// with η₀ = `initialLearningRate`, r = `decayRate`, s = `decaySteps`, computed in float32.
/// The rate halves after s/r steps; this is the "power scheduling" of Géron's chapter with c = 1.
public struct InverseTimeDecay: DecaySchedule {
    static let kind = "InverseTimeDecay"
    /// The kind, as in the config.
    public var kind: String { Self.kind }
    /// η₀, the rate of step 0.
    public let initialLearningRate: Double
    /// s, the step unit of the decay.
    public let decaySteps: Int
    /// r, the decay per `decaySteps` steps.
    public let decayRate: Double
    /// Whether k / s is floored (a step function).
    public let staircase: Bool

    /// Throws unless η₀ ≥ 0, s > 0 and r ≥ 0.
    public init(
        initialLearningRate: Double, decaySteps: Int, decayRate: Double,
        staircase: Bool = InverseTimeDecay.defaultStaircase
    ) throws {
        try Self.check(Self.kind, initialLearningRate, decaySteps, decayRate)
        self.initialLearningRate = initialLearningRate
        self.decaySteps = decaySteps
        self.decayRate = decayRate
        self.staircase = staircase
    }

    /// The rate of update `step` (from 0), by the formula above.
    public func callAsFunction(_ step: Int) -> Float {
        Float(initialLearningRate) / (1 + Float(decayRate) * progress(step))
    }
}
