import Tensors

/// The fraction of predictions on the right side of `threshold` (Keras's `BinaryAccuracy`,
/// default 0.5): per sample, mean over the last axis of [ (ŷ > threshold) = y ].
public struct BinaryAccuracy: Metric {
    public let name: String
    /// Predictions above it count as class 1.
    public let threshold: Float
    private var accumulator = MeanAccumulator()

    /// Creates the metric.
    public init(
        name: String = BinaryAccuracy.defaultName,
        threshold: Float = BinaryAccuracy.defaultThreshold
    ) {
        self.name = name
        self.threshold = threshold
    }

    public mutating func update(_ yTrue: Tensor, _ yPred: Tensor, sampleWeight: Tensor?) throws {
        let t = try matchingTargets(yTrue.detached(), yPred.detached(), operation: name)
        let predicted = yPred.detached().greater(threshold)
        let correct = try predicted.equal(t).mean(alongAxis: -1)
        try accumulator.add(correct, sampleWeight: sampleWeight, operation: name)
    }

    public var result: Double { accumulator.mean }

    public mutating func reset() { accumulator.reset() }
}

extension BinaryAccuracy {
    /// Keras's threshold: a prediction above it counts as class 1.
    public static let defaultThreshold: Float = 0.5
}

extension BinaryAccuracy {
    /// The Keras identifier, the metric's name unless given one.
    public static let defaultName = "binary_accuracy"
}
