import Tensors

/// A built ``BatchNormalization`` layer in inference mode as the affine map x·s + t per
/// feature, s = γ/√(σ² + ε) and t = β − μ·s, for folding it into a ``Dense`` layer.
struct BatchNormalizationAffine {
    let layer: BatchNormalization
    let features: Int

    /// Throws unless `layer` is built for `features` features along its last axis.
    init(_ layer: BatchNormalization, features: Int) throws {
        guard layer.isBuilt, Self.isLastAxis(layer), layer.features == features else {
            throw TensorError.invalidArgument(
                operation: "foldBatchNormalization",
                reason:
                    "'\(layer.name)' must be built and normalize the last axis of \(features) "
                    + "features. Received: axis=\(layer.axis), features=\(layer.features ?? 0)")
        }
        self.layer = layer
        self.features = features
    }

    /// Whether the layer normalizes the last axis of its inputs (axis −1, or the last index).
    static func isLastAxis(_ layer: BatchNormalization) -> Bool {
        layer.axis == -1 || layer.axis == layer.inputShape?.count
    }

    /// s and t, `[features]` each.
    func scaleAndShift() throws -> (scale: Tensor, shift: Tensor) {
        let weights = layer.getWeights()
        let count = weights.count
        let mean = weights[count - 2]
        let variance = weights[count - 1]
        var s = 1 / (variance + Float(layer.epsilon)).sqrt()
        if layer.scale { s = try s * weights[0] }
        var t = -(try mean * s)
        if layer.center { t = try t + weights[layer.scale ? 1 : 0] }
        return (s, t)
    }
}
