import Tensors

/// Binary cross-entropy, averaged over the last axis (Keras's `BinaryCrossentropy`), for
/// targets y ∈ [0, 1] and predicted probabilities p:
///
///     ℓ = −(y·log p + (1 − y)·log(1 − p)),   p clipped to [ε, 1 − ε], ε = 1e-7
///
/// With `fromLogits`, ŷ is a logit x and the loss is computed stably as
/// max(x, 0) − x·y + log(1 + e^−|x|) (TensorFlow's `sigmoid_cross_entropy_with_logits`), without
/// clipping.
public struct BinaryCrossentropy: Loss {
    public let name = "binary_crossentropy"
    /// Whether predictions are logits rather than probabilities.
    public let fromLogits: Bool

    /// Creates the loss.
    public init(fromLogits: Bool = CategoricalCrossentropy.defaultFromLogits) {
        self.fromLogits = fromLogits
    }

    public func perSample(_ yTrue: Tensor, _ yPred: Tensor) throws -> Tensor {
        let y = try matchingTargets(yTrue, yPred, operation: name)
        if fromLogits {
            let x = yPred
            return try (x.relu() - x * y + (-x.abs()).softplus()).mean(alongAxis: -1)
        }
        let p = try yPred.clipped(min: kerasEpsilon, max: 1 - kerasEpsilon)
        let logLikelihood = try y * p.log() + (1 - y) * (1 - p).log()
        return try (-logLikelihood).mean(alongAxis: -1)
    }
}

extension Loss where Self == BinaryCrossentropy {
    /// Binary cross-entropy on probabilities.
    public static var binaryCrossentropy: BinaryCrossentropy { BinaryCrossentropy() }
}
