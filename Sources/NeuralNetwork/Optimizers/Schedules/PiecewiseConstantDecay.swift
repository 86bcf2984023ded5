/// A learning rate constant between step boundaries (Keras's `PiecewiseConstantDecay`):
///
///     η(k) = values[0]  for k ≤ boundaries[0]
///            values[i]  for boundaries[i−1] < k ≤ boundaries[i]
///            values[n]  for k > boundaries[n−1]
///
/// A boundary step belongs to the earlier segment: with boundaries [10] and values [1, 0.5],
/// steps 0…10 use 1 and step 11 on use 0.5.
public struct PiecewiseConstantDecay: LearningRateSchedule {
    static let kind = "PiecewiseConstantDecay"
    /// The kind, as in the config.
    public var kind: String { Self.kind }
    /// The last step of each segment but the last, increasing.
    public let boundaries: [Int]
    /// One rate per segment: one more than there are boundaries.
    public let values: [Double]

    /// Throws unless there is one more value than boundaries, the boundaries increase
    /// strictly and every value is ≥ 0.
    public init(boundaries: [Int], values: [Double]) throws {
        guard values.count == boundaries.count + 1 else {
            throw TrainingError.invalidArgument(
                "\(Self.kind): the length of boundaries should be 1 less than the length of "
                    + "values. Received: boundaries=\(boundaries) of length \(boundaries.count), "
                    + "and values=\(values) of length \(values.count)")
        }
        guard zip(boundaries, boundaries.dropFirst()).allSatisfy({ $0 < $1 }) else {
            throw TrainingError.invalidArgument(
                "\(Self.kind): boundaries must increase strictly. Received: boundaries=\(boundaries)"
            )
        }
        for v in values { try ScheduleChecks.nonNegative(Self.kind, "values", v) }
        self.boundaries = boundaries
        self.values = values
    }

    /// The rate of update `step` (from 0), by the formula above.
    public func callAsFunction(_ step: Int) -> Float {
        let segment = boundaries.firstIndex(where: { step <= $0 }) ?? boundaries.count
        return Float(values[segment])
    }

    /// The kind and every parameter, for ``makeSchedule(config:)``.
    public var config: JSONValue {
        .object([
            "kind": .string(kind), "boundaries": .ints(boundaries),
            "values": .array(values.map { .number($0) }),
        ])
    }
}
