import Tensors

/// A layer whose weights carry regularizers or constraints (Keras's `kernel_regularizer`,
/// `kernel_constraint` …), by index into ``Layer/getWeights()``.
public protocol PenalizedLayer: Layer {
    /// The penalties: which weight, and its regularizer.
    var weightRegularizers: [(index: Int, regularizer: Regularizer)] { get }
    /// The projections applied after each optimizer step: which weight, and its constraint.
    var weightConstraints: [(index: Int, constraint: Constraint)] { get }
}

extension PenalizedLayer {
    /// Whether the layer has a regularizer or a constraint at all.
    var hasPenalties: Bool { !weightRegularizers.isEmpty || !weightConstraints.isEmpty }

    /// The sum of the penalties of the layer's trainable weights, given as `weights` (the
    /// layer's weights, or a training step's tracked copies, in ``Layer/getWeights()`` order);
    /// nil when there is none (a frozen layer adds nothing, as in Keras).
    func regularizationLoss(_ weights: [Tensor]) throws -> Tensor? {
        guard trainable else { return nil }
        let trainableCount = weights.count - nonTrainableWeightCount
        var total: Tensor?
        for (index, regularizer) in weightRegularizers where index < trainableCount {
            let penalty = try regularizer(weights[index])
            total = try total.map { try $0 + penalty } ?? penalty
        }
        return total
    }

    /// Applies the constraints to the layer's trainable weights (Keras does so after each
    /// optimizer update).
    func applyConstraints() throws {
        guard trainable, !weightConstraints.isEmpty else { return }
        var weights = getWeights()
        let trainableCount = weights.count - nonTrainableWeightCount
        for (index, constraint) in weightConstraints where index < trainableCount {
            weights[index] = try constraint(weights[index])
        }
        try setWeights(weights)
    }
}

extension Model {
    /// Whether any layer has a regularizer or a constraint (the fused paths decline these).
    var hasWeightPenalties: Bool {
        weightedLayers.contains { ($0 as? any PenalizedLayer)?.hasPenalties ?? false }
    }

    /// The sum of every layer's weight penalties, each layer's weights given by `weights`;
    /// nil when no layer has a regularizer.
    func regularizationLoss(weights: (any Layer) -> [Tensor]) throws -> Tensor? {
        var total: Tensor?
        for layer in weightedLayers {
            guard let penalized = layer as? any PenalizedLayer,
                !penalized.weightRegularizers.isEmpty,
                let penalty = try penalized.regularizationLoss(weights(layer))
            else { continue }
            total = try total.map { try $0 + penalty } ?? penalty
        }
        return total
    }

    /// Applies every layer's constraints to its weights.
    func applyWeightConstraints() throws {
        for layer in weightedLayers {
            try (layer as? any PenalizedLayer)?.applyConstraints()
        }
    }
}
