/// A learning rate that depends on the optimizer's step (Keras's `LearningRateSchedule`):
/// the k-th update, k counted from 0, uses `schedule(k)`.
///
/// Pass one to an optimizer in place of a constant rate, e.g.
/// `SGD(learningRate: ExponentialDecay(initialLearningRate: 0.1, decaySteps: 1000, decayRate: 0.5))`.
/// ``makeSchedule(config:)`` recreates a schedule from its ``config``.
public protocol LearningRateSchedule: Sendable {
    /// The schedule's kind, as in its config: `"ExponentialDecay"` …
    var kind: String { get }
    /// The learning rate of the update with index `step` (from 0).
    func callAsFunction(_ step: Int) -> Float
    /// The kind and every parameter, with camelCase keys.
    var config: JSONValue { get }
}

/// Recreates a schedule from its ``LearningRateSchedule/config``; throws for an unknown kind,
/// missing or unknown keys and values out of range.
public func makeSchedule(config: JSONValue) throws -> any LearningRateSchedule {
    guard
        case .schedule(let schedule) = try ConfigReader.make(
            config, what: "learning-rate schedule", kind: .schedule)
    else { throw TrainingError.invalidArgument("the config does not describe a schedule") }
    return schedule
}
