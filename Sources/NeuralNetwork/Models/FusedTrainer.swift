import Tensors

/// A fast path of `fit` that trains a model outside the autodiff graph, holding the weights
/// itself between ``synchronize()`` calls: ``FusedDenseTraining`` (plain SGD folded into the
/// weight-gradient GEMM) or ``FusedNetworkTraining`` (any optimizer, normalization, dropout,
/// frozen layers, MSE heads).
protocol FusedTrainer {
    /// One step on the rows `indices` of `x` and `y`, counting one iteration of `optimizer`;
    /// returns the batch's loss before the update and adds the batch to `heads`.
    mutating func step(
        _ x: Tensor, _ y: Tensor, indices: [Int], heads: inout OutputHeads, optimizer: any Optimizer
    ) throws -> Float
    /// Gives the layers the trained weights.
    mutating func synchronize()
    /// Ends the fast path (weights back to the layers, threading setting restored).
    mutating func finish()
}

extension Model {
    /// The fastest fused path that trains this model as compiled, or `nil` for autodiff
    /// (always for weight regularizers and constraints, which only autodiff honours).
    func fusedTrainer(heads: OutputHeads) -> (any FusedTrainer)? {
        guard !hasWeightPenalties else { return nil }
        if let plain = FusedDenseTraining(model: self, heads: heads) { return plain }
        return FusedNetworkTraining(model: self, heads: heads)
    }
}
