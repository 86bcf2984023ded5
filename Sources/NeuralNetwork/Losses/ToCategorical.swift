import Tensors

/// One-hot rows for class labels (Keras's `to_categorical`): row i has a 1 in column
/// `labels[i]`. `classes` defaults to the largest label + 1. Throws for a negative label or one
/// not below `classes`.
public func toCategorical(_ labels: [Int], classes: Int? = nil) throws -> Tensor {
    let count = classes ?? ((labels.max() ?? -1) + 1)
    return try Tensor.oneHot(labels, classes: count)
}

/// ``toCategorical(_:classes:)`` for labels held in a tensor of shape `[n]` or `[n, 1]`.
public func toCategorical(_ labels: Tensor, classes: Int? = nil) throws -> Tensor {
    guard labels.rank == 1 || (labels.rank == 2 && labels.shape[1] == 1) else {
        throw TensorError.invalidShape(
            operation: "toCategorical", shape: labels.shape,
            reason: "expected one label per row")
    }
    let ints = try labels.scalars.map { try classIndex($0, operation: "toCategorical") }
    return try toCategorical(ints, classes: classes)
}
