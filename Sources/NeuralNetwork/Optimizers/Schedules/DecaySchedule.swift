/// A schedule that decays η₀ with the progress k / s (floored when `staircase`): what
/// ``ExponentialDecay`` and ``InverseTimeDecay`` share — their parameters, checks, configuration
/// and progress; each gives its own formula.
public protocol DecaySchedule: LearningRateSchedule {
    /// η₀, the rate of step 0.
    var initialLearningRate: Double { get }
    /// s, the step unit of the decay.
    var decaySteps: Int { get }
    /// r, the decay per `decaySteps` steps.
    var decayRate: Double { get }
    /// Whether k / s is floored (a step function).
    var staircase: Bool { get }

    init(initialLearningRate: Double, decaySteps: Int, decayRate: Double, staircase: Bool) throws
}

extension DecaySchedule {
    /// Keras's default: the rate decays smoothly, not in steps.
    public static var defaultStaircase: Bool { false }

    /// Throws unless η₀ ≥ 0, s > 0 and r ≥ 0.
    static func check(
        _ kind: String, _ initialLearningRate: Double, _ decaySteps: Int, _ decayRate: Double
    )
        throws
    {
        try ScheduleChecks.nonNegative(kind, "initialLearningRate", initialLearningRate)
        try ScheduleChecks.positive(kind, "decaySteps", decaySteps)
        try ScheduleChecks.nonNegative(kind, "decayRate", decayRate)
    }

    /// k / s in float32, floored when ``staircase``.
    func progress(_ step: Int) -> Float {
        let p = Float(step) / Float(decaySteps)
        return staircase ? p.rounded(.down) : p
    }

    /// The kind and every parameter, for ``makeSchedule(config:)``.
    public var config: JSONValue {
        .object([
            "kind": .string(kind), "initialLearningRate": .number(initialLearningRate),
            "decaySteps": .number(Double(decaySteps)), "decayRate": .number(decayRate),
            "staircase": .bool(staircase),
        ])
    }
}
