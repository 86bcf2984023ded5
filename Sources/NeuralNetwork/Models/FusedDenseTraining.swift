import Tensors

/// The fast path of `fit` for the chapters' most common model: a chain of `Dense` layers (after
/// an optional `Flatten`) ending in a softmax, trained with sparse categorical cross-entropy
/// and plain SGD, with at most an accuracy metric and no sample weights.
///
/// Such a model trains through ``DenseStack``'s fused kernels (GEMM + bias + activation
/// forward, fused softmax + cross-entropy gradient, the SGD update folded into the weight
/// gradient's GEMM), with the same numbers as the general path up to float rounding. The
/// layers get their weights back after every epoch (before the epoch's callbacks run).
struct FusedDenseTraining: FusedTrainer {
    private let layers: [Dense]
    private var stack: DenseStack
    private let wasParallel: Bool
    private var batch: [Float] = []
    private var labels: [Int32] = []
    private let width: Int
    /// Whether the stack holds steps the layers have not seen yet.
    private var dirty = false

    /// The fast path for `model` compiled as `heads` says, or `nil` when it does not apply.
    init?(model: Model, heads: OutputHeads) {
        guard let settings = model.compiled, model.inputs.count == 1, model.outputs.count == 1,
            let sgd = settings.optimizer as? SGD, sgd.momentum == 0,
            sgd.clipValue == nil, sgd.clipNorm == nil, sgd.globalClipNorm == nil,
            heads.fromLogits == [true], heads.losses.first is SparseCategoricalCrossentropy,
            heads.weights == [1],
            heads.metrics[0].allSatisfy({ $0 is SparseCategoricalAccuracy })
        else { return nil }
        var dense: [Dense] = []
        for node in model.graph where !node.inputs.isEmpty {
            guard node.inputs.count == 1 else { return nil }
            if let d = node.layer as? Dense {
                guard d.useBias, d.trainable, d.isBuilt else { return nil }
                dense.append(d)
            } else if node.layer.kind == "Flatten", dense.isEmpty {
                continue
            } else {
                return nil
            }
        }
        guard let last = dense.last, last.endsWithSoftmax, model.graph.last?.layer === last
        else { return nil }
        var activations: [Tensors.Activation] = []
        for d in dense.dropLast() {
            guard let f = d.activation.fused else { return nil }
            activations.append(f)
        }
        activations.append(.linear)
        var kernels: [Tensor] = []
        var biases: [Tensor] = []
        for d in dense {
            let w = d.getWeights()
            guard w.count == 2 else { return nil }
            kernels.append(w[0])
            biases.append(w[1])
        }
        guard let s = try? DenseStack(weights: kernels, biases: biases, activations: activations)
        else { return nil }
        stack = s
        layers = dense
        width = s.inputWidth
        wasParallel = Parallelism.isEnabled
        Parallelism.isEnabled = true
    }

    /// One SGD step on the rows `indices` of `x`; returns the batch's loss before the update.
    mutating func step(
        _ x: Tensor, _ y: Tensor, indices: [Int], heads: inout OutputHeads, optimizer: any Optimizer
    ) throws -> Float {
        // The scheduled rate of this step, as the optimizer would use it.
        let learningRate = optimizer.learningRate
        try BaseOptimizer.checkRate(learningRate, owner: optimizer.name)
        if !dirty {
            // Take up weights a callback may have set since the last synchronization.
            let weights = layers.map { $0.getWeights() }
            stack = try DenseStack(
                weights: weights.map { $0[0] }, biases: weights.map { $0[1] },
                activations: stack.activations)
            dirty = true
        }
        let rows = indices.count
        guard x.count == x.shape[0] * width else {
            throw TensorError.invalidShape(
                operation: "fit", shape: Array(x.shape.dropFirst()),
                reason: "the model expects \(width) input features per sample")
        }
        guard y.count == y.shape[0] else {
            throw TrainingError.dataMismatch(
                "sparse categorical targets must hold one class index per sample; received shape \(y.shape)"
            )
        }
        if batch.count < rows * width { batch = [Float](repeating: 0, count: rows * width) }
        if labels.count < rows { labels = [Int32](repeating: 0, count: rows) }
        let classes = stack.outputWidth
        try x.withUnsafeBufferPointer { xs in
            try y.withUnsafeBufferPointer { ys in
                try batch.withUnsafeMutableBufferPointer { b in
                    for (r, i) in indices.enumerated() {
                        guard let src = xs.baseAddress, let dst = b.baseAddress else { return }
                        (dst + r * width).update(from: src + i * width, count: width)
                        let label = ys[i]
                        guard label >= 0, label < Float(classes), label.rounded() == label else {
                            throw TensorError.invalidArgument(
                                operation: "sparse_categorical_crossentropy",
                                reason:
                                    "labels must be integers in [0, \(classes)); sample \(i) has \(label)"
                            )
                        }
                        labels[r] = Int32(label)
                    }
                }
            }
        }
        var correct = 0
        let loss = batch.withUnsafeBufferPointer { b in
            labels.withUnsafeBufferPointer { l in
                guard let inputs = b.baseAddress, let targets = l.baseAddress else {
                    return Float.nan
                }
                return stack.trainStep(
                    inputs: inputs, labels: targets, rows: rows, learningRate: learningRate,
                    correct: &correct)
            }
        }
        heads.addFused(loss: loss, correct: correct, batch: rows)
        optimizer.iterations += 1
        return loss
    }

    /// Gives the layers the trained weights.
    mutating func synchronize() {
        guard dirty else { return }
        dirty = false
        for (l, d) in layers.enumerated() {
            try? d.setWeights([stack.weights[l], stack.biases[l]])
        }
    }

    /// Ends the fast path: the layers get their weights, the engine its threading setting.
    mutating func finish() {
        synchronize()
        Parallelism.isEnabled = wasParallel
    }
}

extension OutputHeads {
    /// Adds a batch whose loss and number of right answers a fused kernel computed.
    mutating func addFused(loss: Float, correct: Int, batch: Int) {
        totalTracker.add(total: Double(loss) * Double(batch), count: Double(batch))
        for m in metrics[0].indices {
            if var accuracy = metrics[0][m] as? SparseCategoricalAccuracy {
                accuracy.add(correct: correct, of: batch)
                metrics[0][m] = accuracy
            }
        }
    }
}
