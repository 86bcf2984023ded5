import Tensors

/// Checks shared by the layers' `setWeights`: the layer is built, and the new weights have the
/// number and the shapes of the current ones.
enum LayerWeights {
    /// Throws unless `new` can replace `current` in the layer `layer` (`"PReLU 'p_re_lu'"`).
    static func check(_ new: [Tensor], replacing current: [Tensor], in layer: String, isBuilt: Bool)
        throws
    {
        guard isBuilt else {
            throw TensorError.invalidArgument(
                operation: "\(layer).setWeights",
                reason: "the layer is not built yet; call build(inputShape:) first")
        }
        guard new.count == current.count else {
            throw TensorError.invalidArgument(
                operation: "\(layer).setWeights",
                reason: "expected \(current.count) weights, received \(new.count)")
        }
        for (old, replacement) in zip(current, new) where old.shape != replacement.shape {
            throw TensorError.shapeMismatch(
                operation: "\(layer).setWeights", lhs: old.shape, rhs: replacement.shape)
        }
    }

    /// The axis `axis` of a batch of per-sample shape `inputShape` (batch axis 0, negative
    /// values counted from the end) as an index into the per-sample shape; throws for the batch
    /// axis or an axis out of range, as Keras does.
    static func featureAxis(_ axis: Int, inputShape: [Int], layer: String) throws -> Int {
        let rank = inputShape.count + 1
        let a = axis < 0 ? axis + rank : axis
        guard a >= 1, a < rank else {
            throw TensorError.invalidArgument(
                operation: layer,
                reason:
                    "Invalid axis: expected an axis in [-\(rank - 1), \(rank - 1)] other than the "
                    + "batch axis 0 for inputs of rank \(rank). Received: axis=\(axis)")
        }
        return a - 1
    }

    /// The number of scalars in `tensors`.
    static func count(_ tensors: [Tensor]) -> Int {
        tensors.reduce(0) { $0 + $1.count }
    }
}
