import Tensors

/// The Huber loss (Huber 1964), quadratic for small errors and linear for large ones, averaged
/// over the last axis (Keras's `Huber`, default δ = 1):
///
///     ℓ(x) = ½x²            where |x| ≤ δ
///          = δ·|x| − ½δ²    elsewhere,     x = ŷ − y
///
/// computed as ½q² + δ(|x| − q) with q = min(|x|, δ), which is the same value and keeps the
/// gradient defined everywhere.
public struct Huber: Loss {
    public let name = "huber_loss"
    /// The error at which the loss turns from quadratic to linear.
    public let delta: Float

    /// Creates the loss; throws when `delta` is not positive.
    public init(delta: Float = Huber.defaultDelta) throws {
        guard delta > 0 else {
            throw TensorError.invalidArgument(
                operation: "Huber", reason: "delta must be positive, got \(delta)")
        }
        self.delta = delta
    }

    public func perSample(_ yTrue: Tensor, _ yPred: Tensor) throws -> Tensor {
        let t = try matchingTargets(yTrue, yPred, operation: name)
        let absolute = try (yPred - t).abs()
        let quadratic = try Tensor.minimum(absolute, Tensor(delta))
        let linear = try absolute - quadratic
        return try (0.5 * quadratic.squared() + delta * linear).mean(alongAxis: -1)
    }
}

extension Loss where Self == Huber {
    /// The Huber loss with δ = 1.
    public static var huber: Huber { try! Huber() }

    /// The Huber loss with threshold `delta` (> 0).
    public static func huber(delta: Float) throws -> Huber { try Huber(delta: delta) }
}

extension Huber {
    /// Keras's δ.
    public static let defaultDelta: Float = 1
}
