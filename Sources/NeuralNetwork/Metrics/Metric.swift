import Tensors

/// A quantity accumulated over batches and reported per epoch (Keras's `keras.metrics`).
///
/// ``update(_:_:sampleWeight:)`` adds a batch; ``result`` is the value over everything added
/// since the last ``reset()``. Metrics are not differentiated and accumulate in double precision.
public protocol Metric {
    /// The key of the metric in training logs (`"accuracy"`, `"mae"` …).
    var name: String { get }

    /// Adds a batch of targets and predictions, with optional per-sample weights.
    mutating func update(_ yTrue: Tensor, _ yPred: Tensor, sampleWeight: Tensor?) throws

    /// The value over all batches added since the last reset (0 before any).
    var result: Double { get }

    /// Forgets every batch added.
    mutating func reset()
}

extension Metric {
    /// Adds a batch without sample weights.
    public mutating func update(_ yTrue: Tensor, _ yPred: Tensor) throws {
        try update(yTrue, yPred, sampleWeight: nil)
    }

    /// The metric of one batch alone: a fresh copy updated once.
    public func callAsFunction(_ yTrue: Tensor, _ yPred: Tensor) throws -> Double {
        var copy = self
        copy.reset()
        try copy.update(yTrue, yPred)
        return copy.result
    }

}

/// The metric for Keras's identifier `name`: `"accuracy"`/`"acc"` (resolved by the shapes,
/// see ``Accuracy/resolve(yTrueShape:yPredShape:name:)``), `"binary_accuracy"`,
/// `"categorical_accuracy"`, `"sparse_categorical_accuracy"`, `"mae"`/`"mean_absolute_error"`,
/// `"mse"`/`"mean_squared_error"`, `"rmse"`/`"root_mean_squared_error"`. The metric is named
/// as written.
public func metricNamed(_ name: String, yTrueShape: [Int], yPredShape: [Int]) throws
    -> any Metric
{
    switch name {
    case "accuracy", "acc":
        return Accuracy.resolve(yTrueShape: yTrueShape, yPredShape: yPredShape, name: name)
    case "binary_accuracy": return BinaryAccuracy(name: name)
    case "categorical_accuracy": return CategoricalAccuracy(name: name)
    case "sparse_categorical_accuracy": return SparseCategoricalAccuracy(name: name)
    case "mae", "mean_absolute_error": return MeanAbsoluteErrorMetric(name: name)
    case "mse", "mean_squared_error": return MeanSquaredErrorMetric(name: name)
    case "rmse", "root_mean_squared_error": return RootMeanSquaredError(name: name)
    default:
        throw TensorError.invalidArgument(operation: "metric", reason: "unknown metric '\(name)'")
    }
}
