import Tensors

/// Categorical cross-entropy with integer class labels (Keras's
/// `SparseCategoricalCrossentropy`): ℓ = −log p[label], with p as in
/// ``CategoricalCrossentropy`` (rescaled to sum to 1, clipped to [ε, 1 − ε]) or, with
/// `fromLogits`, log p = log softmax(ŷ) computed stably.
///
/// Labels come as a tensor of class indices of shape `[n]` or `[n, 1]` (Keras's form), or as
/// `[Int]` through ``perSample(labels:_:)``. A label outside `0..<classes` or not an integer
/// throws.
public struct SparseCategoricalCrossentropy: Loss {
    public let name = "sparse_categorical_crossentropy"
    /// Whether predictions are logits rather than probabilities.
    public let fromLogits: Bool

    /// Creates the loss.
    public init(fromLogits: Bool = CategoricalCrossentropy.defaultFromLogits) {
        self.fromLogits = fromLogits
    }

    public func perSample(_ yTrue: Tensor, _ yPred: Tensor) throws -> Tensor {
        try perSample(labels: classLabels(yTrue, predictions: yPred, operation: name), yPred)
    }

    /// The per-sample losses for integer `labels`, one per row of `yPred` `[n, classes]`.
    public func perSample(labels: [Int], _ yPred: Tensor) throws -> Tensor {
        guard yPred.rank == 2, yPred.shape[0] == labels.count else {
            throw TensorError.shapeMismatch(operation: name, lhs: [labels.count], rhs: yPred.shape)
        }
        let oneHot = try Tensor.oneHot(labels, classes: yPred.shape[1])
        return try -(oneHot * logProbabilities(yPred, fromLogits: fromLogits)).sum(alongAxis: -1)
    }

    /// The mean loss for integer `labels` (see ``Loss/callAsFunction(_:_:sampleWeight:)``).
    public func callAsFunction(labels: [Int], _ yPred: Tensor) throws -> Tensor {
        try perSample(labels: labels, yPred).mean()
    }
}

/// Integer class labels from a tensor of shape `[n]` or `[n, 1]` matching predictions
/// `[n, classes]`; throws for a non-integer value or a shape that does not fit.
func classLabels(_ yTrue: Tensor, predictions yPred: Tensor, operation: String) throws -> [Int] {
    let n = yPred.shape.first ?? 0
    guard yPred.rank == 2, yTrue.count == n,
        yTrue.rank == 1 || (yTrue.rank == 2 && yTrue.shape[1] == 1)
    else {
        throw TensorError.shapeMismatch(operation: operation, lhs: yTrue.shape, rhs: yPred.shape)
    }
    return try yTrue.scalars.map { try classIndex($0, operation: operation) }
}

/// `value` as a class index; throws when it is not a non-negative integer.
func classIndex(_ value: Float, operation: String) throws -> Int {
    guard value >= 0, value < 16_777_216, value == value.rounded() else {
        throw TensorError.invalidArgument(
            operation: operation, reason: "label \(value) is not a class index")
    }
    return Int(value)
}

extension Loss where Self == SparseCategoricalCrossentropy {
    /// Sparse categorical cross-entropy on probabilities.
    public static var sparseCategoricalCrossentropy: SparseCategoricalCrossentropy {
        SparseCategoricalCrossentropy()
    }
}
