import Tensors

/// The mean squared error as a metric (Keras's `metrics.MeanSquaredError`, `"mse"`): the
/// weighted mean over samples of mean((y − ŷ)²) over the last axis.
public struct MeanSquaredErrorMetric: Metric {
    public let name: String
    private var accumulator = MeanAccumulator()

    /// Creates the metric.
    public init(name: String = MeanSquaredErrorMetric.defaultName) { self.name = name }

    public mutating func update(_ yTrue: Tensor, _ yPred: Tensor, sampleWeight: Tensor?) throws {
        let values = try MeanSquaredError().perSample(yTrue.detached(), yPred.detached())
        try accumulator.add(values, sampleWeight: sampleWeight, operation: name)
    }

    public var result: Double { accumulator.mean }

    public mutating func reset() { accumulator.reset() }
}

extension MeanSquaredErrorMetric {
    /// The Keras identifier, the metric's name unless given one.
    public static let defaultName = "mean_squared_error"
}
