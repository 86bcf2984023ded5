/// The 1cycle learning-rate policy (Smith 2018, "A disciplined approach to neural network
/// hyper-parameters"; the shape of Géron's `OneCycleScheduler`).
///
/// With T = `totalSteps`, L = `lastSteps` (default ⌊T/10⌋ + 1), h = ⌊(T − L) / 2⌋, η_max =
/// `maxLearningRate`, η₀ = `startLearningRate` (default η_max/10) and η_end =
/// `lastLearningRate` (default η₀/1000), step k uses the linear interpolation
///
///     η(k) = η₀ + (η_max − η₀) · k / h               for 0 ≤ k < h      (warm-up)
///            η_max + (η₀ − η_max) · (k − h) / h      for h ≤ k < 2h     (cool-down)
///            η₀ + (η_end − η₀) · (k − 2h) / (T − 2h)  for 2h ≤ k ≤ T     (annealing)
///
/// and η_end after step T. Computed in double precision, rounded once to float32.
public struct OneCycle: LearningRateSchedule {
    static let kind = "OneCycle"
    /// The kind, as in the config.
    public var kind: String { Self.kind }
    /// η_max, the rate at the top of the cycle (step h).
    public let maxLearningRate: Double
    /// T, the number of steps of the whole policy.
    public let totalSteps: Int
    /// η₀, the rate at the start and end of the cycle.
    public let startLearningRate: Double
    /// L, the steps of the final annealing.
    public let lastSteps: Int
    /// η_end, the rate reached at step T.
    public let lastLearningRate: Double

    /// Throws unless the rates are ≥ 0 and T − L ≥ 2 (a cycle of at least one step up and down).
    public init(
        maxLearningRate: Double, totalSteps: Int, startLearningRate: Double? = nil,
        lastSteps: Int? = nil, lastLearningRate: Double? = nil
    ) throws {
        let start = startLearningRate ?? maxLearningRate / 10
        let last = lastSteps ?? totalSteps / 10 + 1
        let end = lastLearningRate ?? start / 1000
        try ScheduleChecks.nonNegative(Self.kind, "maxLearningRate", maxLearningRate)
        try ScheduleChecks.nonNegative(Self.kind, "startLearningRate", start)
        try ScheduleChecks.nonNegative(Self.kind, "lastLearningRate", end)
        try ScheduleChecks.positive(Self.kind, "lastSteps", last)
        guard totalSteps - last >= 2 else {
            throw TrainingError.invalidArgument(
                "\(Self.kind): `totalSteps` must exceed `lastSteps` by at least 2. Received: "
                    + "totalSteps=\(totalSteps), lastSteps=\(last)")
        }
        self.maxLearningRate = maxLearningRate
        self.totalSteps = totalSteps
        self.startLearningRate = start
        self.lastSteps = last
        self.lastLearningRate = end
    }

    /// h, the step at the top of the cycle.
    public var halfCycle: Int { (totalSteps - lastSteps) / 2 }

    /// The rate of update `step` (from 0), by the formula above.
    public func callAsFunction(_ step: Int) -> Float {
        let h = halfCycle
        func interpolate(_ k0: Int, _ k1: Int, _ r0: Double, _ r1: Double) -> Float {
            Float((r1 - r0) * Double(step - k0) / Double(k1 - k0) + r0)
        }
        if step < 0 { return Float(startLearningRate) }
        if step < h { return interpolate(0, h, startLearningRate, maxLearningRate) }
        if step < 2 * h { return interpolate(h, 2 * h, maxLearningRate, startLearningRate) }
        if step <= totalSteps {
            return interpolate(2 * h, totalSteps, startLearningRate, lastLearningRate)
        }
        return Float(lastLearningRate)
    }

    /// The kind and every parameter, for ``makeSchedule(config:)``.
    public var config: JSONValue {
        .object([
            "kind": .string(kind), "maxLearningRate": .number(maxLearningRate),
            "totalSteps": .number(Double(totalSteps)),
            "startLearningRate": .number(startLearningRate),
            "lastSteps": .number(Double(lastSteps)), "lastLearningRate": .number(lastLearningRate),
        ])
    }
}
