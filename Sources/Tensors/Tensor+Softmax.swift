extension Tensor {
    /// `exp(x) / Σ exp(x)` along `axis` (the last by default), computed after subtracting the
    /// maximum so that it never overflows.
    public func softmax(alongAxis axis: Int = -1) throws -> Tensor {
        let shift = try max(alongAxis: axis, keepDims: true).detached()
        let e = try (self - shift).exp()
        return try e / e.sum(alongAxis: axis, keepDims: true)
    }

    /// `x − log Σ exp(x)` along `axis` (the last by default), computed stably.
    public func logSoftmax(alongAxis axis: Int = -1) throws -> Tensor {
        let shifted = try self - max(alongAxis: axis, keepDims: true).detached()
        return try shifted - shifted.exp().sum(alongAxis: axis, keepDims: true).log()
    }

    /// `log Σ exp(x)` along `axis`, computed stably.
    public func logSumExp(alongAxis axis: Int = -1, keepDims: Bool = false) throws -> Tensor {
        let m = try max(alongAxis: axis, keepDims: true).detached()
        let s = try (self - m).exp().sum(alongAxis: axis, keepDims: true).log() + m
        return keepDims ? s : try s.squeezingAxis(axis)
    }

    private func squeezingAxis(_ axis: Int) throws -> Tensor {
        let a = try normalized(axis: axis, operation: "squeeze")
        var s = shape
        s.remove(at: a)
        return try reshaped(s)
    }
}

/// The mean over rows of `−log softmax(logits)[label]` for rank-2 `logits` `[batch, classes]`
/// and one integer label per row (Keras's `SparseCategoricalCrossentropy(from_logits=True)`).
/// Its gradient is the fused `(softmax(logits) − onehot(labels)) / batch`.
public func sparseSoftmaxCrossEntropy(logits: Tensor, labels: [Int]) throws -> Tensor {
    guard logits.rank == 2, logits.shape[0] == labels.count else {
        throw TensorError.shapeMismatch(
            operation: "sparseSoftmaxCrossEntropy", lhs: logits.shape, rhs: [labels.count])
    }
    let classes = logits.shape[1]
    for label in labels where label < 0 || label >= classes {
        throw TensorError.indexOutOfRange(
            operation: "sparseSoftmaxCrossEntropy", index: label, count: classes)
    }
    let loss = SoftmaxKernels.sparseCrossEntropy(
        logits.storage.base, labels: labels, rows: labels.count, classes: classes)
    return Tensor(loss).recorded(.sparseSoftmaxCrossEntropy(labels), logits)
}

/// The mean over rows of `−Σ targets · log softmax(logits)` for rank-2 `logits` and `targets` of
/// the same shape (Keras's `CategoricalCrossentropy(from_logits=True)`).
public func softmaxCrossEntropy(logits: Tensor, targets: Tensor) throws -> Tensor {
    guard logits.rank == 2, logits.shape == targets.shape else {
        throw TensorError.shapeMismatch(
            operation: "softmaxCrossEntropy", lhs: logits.shape, rhs: targets.shape)
    }
    let logP = try logits.detached().logSoftmax()
    let total = try (targets.detached() * logP).sum()
    let loss = -(total.scalar ?? 0) / Float(Swift.max(logits.shape[0], 1))
    return Tensor(loss).recorded(.softmaxCrossEntropy, logits, targets)
}
