import Tensors

/// The mean absolute error as a metric (Keras's `metrics.MeanAbsoluteError`, `"mae"`): the
/// weighted mean over samples of mean(|y − ŷ|) over the last axis.
public struct MeanAbsoluteErrorMetric: Metric {
    public let name: String
    private var accumulator = MeanAccumulator()

    /// Creates the metric.
    public init(name: String = MeanAbsoluteErrorMetric.defaultName) { self.name = name }

    public mutating func update(_ yTrue: Tensor, _ yPred: Tensor, sampleWeight: Tensor?) throws {
        let values = try MeanAbsoluteError().perSample(yTrue.detached(), yPred.detached())
        try accumulator.add(values, sampleWeight: sampleWeight, operation: name)
    }

    public var result: Double { accumulator.mean }

    public mutating func reset() { accumulator.reset() }
}

extension MeanAbsoluteErrorMetric {
    /// The Keras identifier, the metric's name unless given one.
    public static let defaultName = "mean_absolute_error"
}
