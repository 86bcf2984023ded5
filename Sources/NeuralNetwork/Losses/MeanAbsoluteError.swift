import Tensors

/// The mean absolute error ℓ = mean(|y − ŷ|) over the last axis (Keras's `MeanAbsoluteError`,
/// `"mae"`), robust to outliers.
public struct MeanAbsoluteError: Loss {
    public let name = "mean_absolute_error"

    /// Creates the loss.
    public init() {}

    public func perSample(_ yTrue: Tensor, _ yPred: Tensor) throws -> Tensor {
        let t = try matchingTargets(yTrue, yPred, operation: name)
        return try (yPred - t).abs().mean(alongAxis: -1)
    }
}

extension Loss where Self == MeanAbsoluteError {
    /// The mean absolute error.
    public static var mae: MeanAbsoluteError { MeanAbsoluteError() }
}
