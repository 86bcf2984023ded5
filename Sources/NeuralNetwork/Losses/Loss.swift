import Tensors

/// A training objective comparing targets `yTrue` with predictions `yPred` (Keras's
/// `keras.losses`).
///
/// A loss computes one value per sample (``perSample(_:_:)``, usually a mean over the last axis)
/// and reduces them as Keras's default `"sum_over_batch_size"` does: Σᵢ wᵢ·ℓᵢ / N, with sample
/// weights wᵢ (1 by default) and N the number of per-sample values. Everything is built from
/// differentiable tensor operations, so `gradients(of:wrt:)` differentiates a loss directly.
public protocol Loss {
    /// The Keras identifier (`"mean_squared_error"`, `"sparse_categorical_crossentropy"` …).
    var name: String { get }

    /// The loss of each sample: shape `yPred.shape` without its last axis.
    func perSample(_ yTrue: Tensor, _ yPred: Tensor) throws -> Tensor
}

extension Loss {
    /// Σᵢ wᵢ·ℓᵢ / N over the per-sample losses ℓᵢ (Keras's `sum_over_batch_size`), a scalar.
    /// `sampleWeight` has one weight per sample.
    public func callAsFunction(_ yTrue: Tensor, _ yPred: Tensor, sampleWeight: Tensor? = nil)
        throws -> Tensor
    {
        var losses = try perSample(yTrue, yPred)
        let n = Swift.max(losses.count, 1)
        if let sampleWeight {
            guard sampleWeight.count == losses.count else {
                throw TensorError.shapeMismatch(
                    operation: "\(name) sample weights", lhs: losses.shape, rhs: sampleWeight.shape)
            }
            losses = try losses * sampleWeight.reshaped(losses.shape)
        }
        return try losses.sum() / Float(n)
    }
}

/// `yTrue` reshaped to the rank of `yPred` as Keras's `squeeze_or_expand_to_same_rank` does:
/// a trailing axis of size 1 is added to or dropped from `yTrue` when the ranks differ by one.
/// Throws when the shapes then differ.
func matchingTargets(_ yTrue: Tensor, _ yPred: Tensor, operation: String) throws -> Tensor {
    var t = yTrue
    if t.rank == yPred.rank - 1, yPred.shape.last == 1 {
        t = try t.reshaped(t.shape + [1])
    } else if t.rank == yPred.rank + 1, t.shape.last == 1 {
        t = try t.reshaped(Array(t.shape.dropLast()))
    }
    guard t.shape == yPred.shape else {
        throw TensorError.shapeMismatch(operation: operation, lhs: yTrue.shape, rhs: yPred.shape)
    }
    return t
}

/// The fuzz factor ε = 1e-7 of Keras's `backend.epsilon()`, by which probabilities are clipped
/// to [ε, 1 − ε] (in float32) before taking logarithms.
public let kerasEpsilon: Float = 1e-7

/// The loss for Keras's identifier `name` with default arguments: `"mse"`/`"mean_squared_error"`,
/// `"mae"`/`"mean_absolute_error"`, `"huber"`/`"huber_loss"`, `"binary_crossentropy"`,
/// `"categorical_crossentropy"`, `"sparse_categorical_crossentropy"`; throws for others.
public func lossNamed(_ name: String) throws -> any Loss {
    switch name {
    case "mse", "mean_squared_error": return MeanSquaredError()
    case "mae", "mean_absolute_error": return MeanAbsoluteError()
    case "huber", "huber_loss": return try Huber()
    case "binary_crossentropy": return BinaryCrossentropy()
    case "categorical_crossentropy": return CategoricalCrossentropy()
    case "sparse_categorical_crossentropy": return SparseCategoricalCrossentropy()
    default:
        throw TensorError.invalidArgument(operation: "loss", reason: "unknown loss '\(name)'")
    }
}

/// ``lossNamed(_:)``, plus Keras's `"crossentropy"`/`"ce"`, resolved from the shapes as Keras
/// does: binary when predictions have one value per sample, sparse categorical when the targets
/// have lower rank (or a last axis of 1 against several classes), categorical otherwise.
public func lossNamed(_ name: String, yTrueShape: [Int], yPredShape: [Int]) throws -> any Loss {
    guard name == "crossentropy" || name == "ce" else { return try lossNamed(name) }
    let width = yPredShape.last ?? 1
    if width == 1 { return BinaryCrossentropy() }
    if yTrueShape.count < yPredShape.count || (yTrueShape.last == 1 && width > 1) {
        return SparseCategoricalCrossentropy()
    }
    return CategoricalCrossentropy()
}
