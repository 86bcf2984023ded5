import Foundation

/// Exponential decay of the learning rate (Keras's `ExponentialDecay`):
///
///     η(k) = η₀ · r^(k / s)        (⌊k / s⌋ when `staircase`)
///
/// with η₀ = `initialLearningRate`, r = `decayRate`, s = `decaySteps`, computed in float32.
/// With staircase the rate drops by the factor r every s steps.
public struct ExponentialDecay: DecaySchedule {
    static let kind = "ExponentialDecay"
    /// The kind, as in the config.
    public var kind: String { Self.kind }
    /// η₀, the rate of step 0.
    public let initialLearningRate: Double
    /// s, the number of steps over which the rate is multiplied by r.
    public let decaySteps: Int
    /// r, the factor per `decaySteps` steps.
    public let decayRate: Double
    /// Whether the exponent is floored (a step function).
    public let staircase: Bool

    /// Throws unless η₀ ≥ 0, s > 0 and r ≥ 0.
    public init(
        initialLearningRate: Double, decaySteps: Int, decayRate: Double,
        staircase: Bool = ExponentialDecay.defaultStaircase
    ) throws {
        try Self.check(Self.kind, initialLearningRate, decaySteps, decayRate)
        self.initialLearningRate = initialLearningRate
        self.decaySteps = decaySteps
        self.decayRate = decayRate
        self.staircase = staircase
    }

    /// The rate of update `step` (from 0), by the formula above.
    public func callAsFunction(_ step: Int) -> Float {
        Float(initialLearningRate) * powf(Float(decayRate), progress(step))
    }
}
