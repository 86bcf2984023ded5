import Tensors

/// The kernel and bias of a linear ``Dense`` layer followed by a ``BatchNormalization`` layer
/// in inference mode, folded into one affine map (Ioffe & Szegedy 2015 note that the
/// normalization is then a fixed linear transform): with s = γ/√(σ² + ε),
///
///     W′ = W·s (each column j scaled by sⱼ),   b′ = (b − μ)·s + β,
///
/// where μ and σ² are the moving statistics, γ = 1 without `scale`, β = 0 without `center`, and
/// b = 0 for a Dense layer without bias. Throws when the layers are not built, the Dense layer
/// applies a nonlinear activation before the normalization, or the normalization's axis is not
/// the last one.
public func foldBatchNormalization(dense: Dense, batchNormalization bn: BatchNormalization)
    throws -> (kernel: Tensor, bias: Tensor)
{
    guard dense.activation.name == "linear" else {
        throw TensorError.invalidArgument(
            operation: "foldBatchNormalization",
            reason:
                "Dense '\(dense.name)' applies '\(dense.activation.name)' before "
                + "'\(bn.name)'; only a linear Dense layer can absorb a batch normalization")
    }
    guard let kernel = dense.kernel else {
        throw TensorError.invalidArgument(
            operation: "foldBatchNormalization", reason: "Dense '\(dense.name)' is not built")
    }
    let (s, t) = try BatchNormalizationAffine(bn, features: dense.units).scaleAndShift()
    let bias = try dense.bias ?? Tensor.zeros([dense.units])
    return (try kernel * s, try bias * s + t)
}

/// The kernel and bias of a ``Dense`` layer whose input first passes through a
/// ``BatchNormalization`` layer in inference mode: with s = γ/√(σ² + ε) and t = β − μ·s,
/// Dense(x·s + t) = x·(diag(s)·W) + (t·W + b), so W′ = diag(s)·W and b′ = t·W + b.
public func foldBatchNormalization(batchNormalization bn: BatchNormalization, into dense: Dense)
    throws -> (kernel: Tensor, bias: Tensor)
{
    guard let kernel = dense.kernel else {
        throw TensorError.invalidArgument(
            operation: "foldBatchNormalization", reason: "Dense '\(dense.name)' is not built")
    }
    let inputs = kernel.shape[0]
    let (s, t) = try BatchNormalizationAffine(bn, features: inputs).scaleAndShift()
    let bias = try dense.bias ?? Tensor.zeros([dense.units])
    let shifted = try t.reshaped([1, inputs]).matmul(kernel).reshaped([dense.units])
    return (try kernel * s.reshaped([inputs, 1]), try shifted + bias)
}

/// A copy of a ``Sequential`` model without its batch-normalization layers, for inference:
/// each ``BatchNormalization`` right after a linear ``Dense`` layer is folded into that layer,
/// and any other one right before a ``Dense`` layer into the next layer (see
/// ``foldBatchNormalization(dense:batchNormalization:)``). Normalizations that fit neither
/// pattern stay. The copy predicts what the model predicts in inference mode, up to float
/// rounding; its other layers get copies of their weights. Throws for a model that is not a
/// built ``Sequential``.
public func foldBatchNormalization(_ model: Model) throws -> Sequential {
    guard let sequential = model as? Sequential, let input = sequential.inputLayer else {
        throw TensorError.invalidArgument(
            operation: "foldBatchNormalization",
            reason: "expected a built Sequential model. Received: \(model)")
    }
    let layers = sequential.layers
    var result: [(layer: any Layer, weights: [Tensor])] = []
    var pending: BatchNormalization?
    var lastWasLinearDense = false
    for (i, layer) in layers.enumerated() {
        if let bn = layer as? BatchNormalization, BatchNormalizationAffine.isLastAxis(bn) {
            if lastWasLinearDense, let (previous, _) = result.last, let dense = previous as? Dense,
                pending == nil
            {
                let folded = try foldBatchNormalization(
                    dense: try FoldedDense.holding(result.removeLast()), batchNormalization: bn)
                result.append((try FoldedDense.make(like: dense), [folded.kernel, folded.bias]))
                continue
            }
            if pending == nil, i + 1 < layers.count, layers[i + 1] is Dense {
                pending = bn
                continue
            }
        }
        if let dense = layer as? Dense {
            var weights = dense.getWeights()
            var copy = try LayerRegistry.recreate(dense)
            if let bn = pending {
                let folded = try foldBatchNormalization(batchNormalization: bn, into: dense)
                weights = [folded.kernel, folded.bias]
                copy = try FoldedDense.make(like: dense)
                pending = nil
            }
            result.append((copy, weights))
            lastWasLinearDense = dense.activation.name == "linear"
            continue
        }
        result.append((try LayerRegistry.recreate(layer), layer.getWeights()))
        lastWasLinearDense = false
    }
    let folded = try Sequential(
        [try Input(shape: input.shape, name: input.name)] + result.map(\.layer),
        name: sequential.name)
    for (layer, weights) in result where !weights.isEmpty { try layer.setWeights(weights) }
    return folded
}

/// Helpers of the folding: new Dense layers with a bias, and a copy of a pending Dense layer's
/// weights to fold into.
private enum FoldedDense {
    /// A Dense layer like `dense` (name, units, activation) that has a bias.
    static func make(like dense: Dense) throws -> Dense {
        try Dense(
            dense.units, activation: dense.activation, useBias: true,
            kernelInitializer: dense.kernelInitializer, biasInitializer: dense.biasInitializer,
            name: dense.name)
    }

    /// A built Dense layer holding `entry`'s weights (a kernel, and a bias when present).
    static func holding(_ entry: (layer: any Layer, weights: [Tensor])) throws -> Dense {
        guard let dense = entry.layer as? Dense, let kernel = entry.weights.first else {
            throw TensorError.invalidArgument(
                operation: "foldBatchNormalization", reason: "expected a Dense layer")
        }
        let holder = try Dense(
            dense.units, activation: dense.activation, useBias: entry.weights.count == 2,
            name: dense.name)
        try holder.build(inputShape: [kernel.shape[0]])
        try holder.setWeights(entry.weights)
        return holder
    }
}
