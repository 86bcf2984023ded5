import Tensors

/// The root mean squared error (Keras's `RootMeanSquaredError`): √(weighted mean over samples
/// of mean((y − ŷ)²) over the last axis), the root taken after accumulating every batch — not
/// the mean of per-batch roots.
public struct RootMeanSquaredError: Metric {
    public let name: String
    private var accumulator = MeanAccumulator()

    /// Creates the metric.
    public init(name: String = RootMeanSquaredError.defaultName) { self.name = name }

    public mutating func update(_ yTrue: Tensor, _ yPred: Tensor, sampleWeight: Tensor?) throws {
        let values = try MeanSquaredError().perSample(yTrue.detached(), yPred.detached())
        try accumulator.add(values, sampleWeight: sampleWeight, operation: name)
    }

    public var result: Double { accumulator.mean.squareRoot() }

    public mutating func reset() { accumulator.reset() }
}

extension RootMeanSquaredError {
    /// The Keras identifier, the metric's name unless given one.
    public static let defaultName = "root_mean_squared_error"
}
