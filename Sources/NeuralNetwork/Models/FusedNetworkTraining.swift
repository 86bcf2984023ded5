import Tensors

/// The general fast path of `fit`: a chain of `Dense`, `BatchNormalization` and `Dropout`
/// layers (after an optional `Flatten`), trainable or frozen, ending in a softmax trained with
/// sparse categorical cross-entropy (with at most an accuracy metric) or in any fused
/// activation trained with mean squared error (no metrics), with any optimizer, clipping or
/// schedule, and no sample weights.
///
/// Such a model trains through ``FusedNetwork``: fused kernels compute every gradient, and the
/// optimizer's own rule updates each parameter in place inside the backward pass
/// (``BaseOptimizer/sink(for:)``), a block of a weight matrix as soon as its gradient is
/// computed, on the core that computed it (with global clipping, which needs every gradient
/// first, after the pass: ``BaseOptimizer/applyInPlace(_:)``); the same numbers as the general
/// path up to float rounding. The layers get their weights, moving statistics and dropout generators
/// back after every epoch; weights a callback sets between epochs are taken up again.
struct FusedNetworkTraining: FusedTrainer {
    private let layers: [any Layer]
    private let network: FusedNetwork
    private let optimizer: BaseOptimizer
    /// The network's trainable parameters and gradient buffers (fixed addresses).
    private let parameters: [ParameterBuffer]
    private let wasParallel: Bool
    private var batch: [Float] = []
    private var labels: [Int32] = []
    private var targets: [Float] = []
    /// Whether the network holds steps the layers have not seen yet.
    private var dirty = false

    /// The fast path for `model` compiled as `heads` says, or `nil` when it does not apply.
    init?(model: Model, heads: OutputHeads) {
        guard let settings = model.compiled, model.inputs.count == 1, model.outputs.count == 1,
            let optimizer = settings.optimizer as? BaseOptimizer, heads.weights == [1],
            let lossKind = Self.loss(heads)
        else { return nil }
        var layers: [any Layer] = []
        var fused: [FusedLayer] = []
        var width: Int?
        for node in model.graph where !node.inputs.isEmpty {
            guard node.inputs.count == 1 else { return nil }
            let layer = node.layer
            if layer.kind == "Flatten", layers.isEmpty { continue }
            switch layer {
            case let d as Dense:
                guard d.useBias, d.isBuilt, let w = d.kernel, let b = d.bias else { return nil }
                let isLast = model.graph.last?.layer === d
                var activation: Tensors.Activation
                if isLast && lossKind == .sparseSoftmaxCrossEntropy {
                    guard d.endsWithSoftmax else { return nil }
                    activation = .linear
                } else {
                    guard let f = d.activation.fused else { return nil }
                    activation = f
                }
                if width == nil { width = w.shape[0] }
                fused.append(
                    .dense(kernel: w, bias: b, activation: activation, trainable: d.trainable))
            case let n as BatchNormalization:
                guard let shape = n.inputShape, shape.count == 1, let mean = n.movingMean,
                    let variance = n.movingVariance
                else { return nil }
                if width == nil { width = shape[0] }
                fused.append(
                    .batchNormalization(
                        gamma: n.gamma, beta: n.beta, movingMean: mean, movingVariance: variance,
                        momentum: n.momentum, epsilon: n.epsilon, trainable: n.trainable))
            case let d as Dropout:
                guard d.isBuilt, let width else { return nil }
                _ = width
                var generator = RandomGenerator(seed: 0)
                generator.state = d.generatorState
                fused.append(.dropout(rate: d.rate, generator: generator))
            default:
                return nil
            }
            layers.append(layer)
        }
        guard let last = layers.last as? Dense, model.graph.last?.layer === last, let width,
            let network = try? FusedNetwork(layers: fused, inputWidth: width, loss: lossKind)
        else { return nil }
        // The optimizer's variables must come in the order the general path gives them.
        let trained = model.weightedLayers.filter { $0.trainable && !$0.trainableWeights.isEmpty }
        let mine = layers.filter { $0.trainable && !$0.trainableWeights.isEmpty }
        guard trained.map({ ObjectIdentifier($0) }) == mine.map({ ObjectIdentifier($0) }),
            network.trainableParameters.map(\.shape)
                == trained.flatMap(\.trainableWeights).map(\.shape)
        else { return nil }
        self.layers = layers
        self.network = network
        self.optimizer = optimizer
        parameters = network.trainableParameters
        wasParallel = Parallelism.isEnabled
        Parallelism.isEnabled = true
    }

    /// The fused loss for the compiled heads, when there is one.
    private static func loss(_ heads: OutputHeads) -> FusedLoss? {
        guard heads.losses.count == 1 else { return nil }
        if heads.fromLogits == [true], heads.losses[0] is SparseCategoricalCrossentropy,
            heads.metrics[0].allSatisfy({ $0 is SparseCategoricalAccuracy })
        {
            return .sparseSoftmaxCrossEntropy
        }
        if heads.fromLogits == [false], heads.losses[0] is MeanSquaredError,
            heads.metrics[0].isEmpty
        {
            return .meanSquaredError
        }
        return nil
    }

    /// One step on the rows `indices` of `x`: gradients, then the optimizer's update in place.
    /// Returns the batch's loss before the update.
    mutating func step(
        _ x: Tensor, _ y: Tensor, indices: [Int], heads: inout OutputHeads,
        optimizer _: any Optimizer
    ) throws -> Float {
        if !dirty { try reload() }
        let rows = indices.count
        let width = network.inputWidth
        let outputs = network.outputWidth
        guard x.count == x.shape[0] * width else {
            throw TensorError.invalidShape(
                operation: "fit", shape: Array(x.shape.dropFirst()),
                reason: "the model expects \(width) input features per sample")
        }
        let sparse = network.loss == .sparseSoftmaxCrossEntropy
        guard y.count == y.shape[0] * (sparse ? 1 : outputs) else {
            throw TrainingError.dataMismatch(
                "the targets must hold \(sparse ? 1 : outputs) values per sample; received "
                    + "shape \(y.shape)")
        }
        if batch.count < rows * width { batch = [Float](repeating: 0, count: rows * width) }
        if sparse, labels.count < rows { labels = [Int32](repeating: 0, count: rows) }
        if !sparse, targets.count < rows * outputs {
            targets = [Float](repeating: 0, count: rows * outputs)
        }
        try x.withUnsafeBufferPointer { xs in
            try y.withUnsafeBufferPointer { ys in
                guard let src = xs.baseAddress, let ySource = ys.baseAddress else { return }
                try batch.withUnsafeMutableBufferPointer { b in
                    guard let dst = b.baseAddress else { return }
                    for (r, i) in indices.enumerated() {
                        (dst + r * width).update(from: src + i * width, count: width)
                    }
                }
                if sparse {
                    for (r, i) in indices.enumerated() {
                        let label = ys[i]
                        guard label >= 0, label < Float(outputs), label.rounded() == label else {
                            throw TensorError.invalidArgument(
                                operation: "sparse_categorical_crossentropy",
                                reason: "labels must be integers in [0, \(outputs)); sample \(i) "
                                    + "has \(label)")
                        }
                        labels[r] = Int32(label)
                    }
                } else {
                    targets.withUnsafeMutableBufferPointer { t in
                        guard let dst = t.baseAddress else { return }
                        for (r, i) in indices.enumerated() {
                            (dst + r * outputs).update(from: ySource + i * outputs, count: outputs)
                        }
                    }
                }
            }
        }
        let network = self.network
        return try FloatingPointMode.flushingSubnormals {
            try train(network, rows: rows, sparse: sparse, heads: &heads)
        }
    }

    /// The step itself, on the gathered batch.
    private func train(
        _ network: FusedNetwork, rows: Int, sparse: Bool,
        heads: inout OutputHeads
    ) throws -> Float {
        var correct = 0
        // The update runs inside the backward pass where the clipping allows it.
        let sink = try optimizer.sink(for: parameters)
        let loss = batch.withUnsafeBufferPointer { b in
            labels.withUnsafeBufferPointer { l in
                targets.withUnsafeBufferPointer { t in
                    withUnsafeMutablePointer(to: &correct) { c in
                        guard let inputs = b.baseAddress else { return Float.nan }
                        return network.computeGradients(
                            inputs: inputs, rows: rows, labels: sparse ? l.baseAddress : nil,
                            targets: sparse ? nil : t.baseAddress, correct: sparse ? c : nil,
                            sink: sink)
                    }
                }
            }
        }
        if sink != nil {
            optimizer.endSinkStep()
        } else if loss.isFinite {
            try optimizer.applyInPlace(parameters)
        }
        heads.addFused(loss: loss, correct: correct, batch: rows)
        return loss
    }

    /// Takes up the layers' current weights (a callback may have set them).
    private mutating func reload() throws {
        for (l, layer) in layers.enumerated() {
            if let d = layer as? Dropout {
                var generator = RandomGenerator(seed: 0)
                generator.state = d.generatorState
                network.setGenerator(generator, ofLayer: l)
            } else {
                try network.setParameters(layer.getWeights(), ofLayer: l)
            }
        }
        dirty = true
    }

    /// Gives the layers the trained weights, moving statistics and generator states.
    mutating func synchronize() {
        guard dirty else { return }
        for (l, layer) in layers.enumerated() {
            if let d = layer as? Dropout {
                d.generatorState = network.generator(ofLayer: l).state
            } else {
                try? layer.setWeights(network.parameters(ofLayer: l))
            }
        }
        dirty = false
    }

    /// Ends the fast path: the layers get their weights, the engine its threading setting.
    mutating func finish() {
        synchronize()
        Parallelism.isEnabled = wasParallel
    }
}
