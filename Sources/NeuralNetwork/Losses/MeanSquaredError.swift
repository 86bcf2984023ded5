import Tensors

/// The mean squared error ℓ = mean((y − ŷ)²) over the last axis (Keras's
/// `MeanSquaredError`, `"mse"`), the loss of regression.
public struct MeanSquaredError: Loss {
    public let name = "mean_squared_error"

    /// Creates the loss.
    public init() {}

    public func perSample(_ yTrue: Tensor, _ yPred: Tensor) throws -> Tensor {
        let t = try matchingTargets(yTrue, yPred, operation: name)
        return try (yPred - t).squared().mean(alongAxis: -1)
    }
}

extension Loss where Self == MeanSquaredError {
    /// The mean squared error.
    public static var mse: MeanSquaredError { MeanSquaredError() }
}
