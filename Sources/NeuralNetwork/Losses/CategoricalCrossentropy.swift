import Tensors

/// Categorical cross-entropy for one-hot (or soft) targets y over the last axis (Keras's
/// `CategoricalCrossentropy`):
///
///     ℓ = −Σₖ yₖ·log pₖ,   p = clip(ŷ / Σₖ ŷₖ, ε, 1 − ε), ε = 1e-7
///
/// (Keras first rescales the predictions to sum to 1, then clips.) With `fromLogits`, ŷ are
/// logits and ℓ = −Σₖ yₖ·log softmax(ŷ)ₖ, computed stably without clipping.
public struct CategoricalCrossentropy: Loss {
    public let name = "categorical_crossentropy"
    /// Whether predictions are logits rather than probabilities.
    public let fromLogits: Bool

    /// Creates the loss.
    public init(fromLogits: Bool = CategoricalCrossentropy.defaultFromLogits) {
        self.fromLogits = fromLogits
    }

    public func perSample(_ yTrue: Tensor, _ yPred: Tensor) throws -> Tensor {
        guard yTrue.shape == yPred.shape, yPred.rank >= 1 else {
            throw TensorError.shapeMismatch(operation: name, lhs: yTrue.shape, rhs: yPred.shape)
        }
        return try -(yTrue * logProbabilities(yPred, fromLogits: fromLogits)).sum(alongAxis: -1)
    }
}

/// log p for the cross-entropies: `logSoftmax` of logits, else the logarithm of the
/// probabilities rescaled to sum to 1 and clipped to [ε, 1 − ε].
func logProbabilities(_ yPred: Tensor, fromLogits: Bool) throws -> Tensor {
    if fromLogits { return try yPred.logSoftmax(alongAxis: -1) }
    let normalized = try yPred / yPred.sum(alongAxis: -1, keepDims: true)
    return try normalized.clipped(min: kerasEpsilon, max: 1 - kerasEpsilon).log()
}

extension Loss where Self == CategoricalCrossentropy {
    /// Categorical cross-entropy on probabilities.
    public static var categoricalCrossentropy: CategoricalCrossentropy {
        CategoricalCrossentropy()
    }
}

extension CategoricalCrossentropy {
    /// Keras's default of every crossentropy: the predictions are probabilities, not logits.
    public static let defaultFromLogits = false
}
