import Tensors

/// The running weighted mean behind Keras's `MeanMetricWrapper`: for per-sample values vᵢ and
/// weights wᵢ (1 by default), total += Σ wᵢvᵢ and count += Σ wᵢ; the result is total / count.
public struct MeanAccumulator: Equatable, Sendable {
    /// Σ wᵢvᵢ so far.
    public private(set) var total: Double = 0
    /// Σ wᵢ so far.
    public private(set) var count: Double = 0

    /// An empty accumulator.
    public init() {}

    /// Adds per-sample `values`, weighted by `sampleWeight` (one weight per value) when given.
    public mutating func add(_ values: Tensor, sampleWeight: Tensor?, operation: String) throws {
        let v = values.scalars
        if let sampleWeight {
            guard sampleWeight.count == v.count else {
                throw TensorError.shapeMismatch(
                    operation: operation, lhs: values.shape, rhs: sampleWeight.shape)
            }
            for (value, weight) in zip(v, sampleWeight.scalars) {
                total += Double(value) * Double(weight)
                count += Double(weight)
            }
        } else {
            total += v.reduce(0) { $0 + Double($1) }
            count += Double(v.count)
        }
    }

    /// total / count, or 0 when nothing was added.
    /// Adds a sum of values and the weight it carries.
    mutating func add(total: Double, count: Double) {
        self.total += total
        self.count += count
    }

    public var mean: Double { count == 0 ? 0 : total / count }

    /// Forgets everything added.
    public mutating func reset() { self = MeanAccumulator() }
}
