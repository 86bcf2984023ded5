import Tensors

/// The losses and metrics of a compiled model, resolved for the shapes of its data: per output,
/// the loss, its weight, whether the loss is taken from the logits of a final softmax, and the
/// metric accumulators.
struct OutputHeads {
    var losses: [any Loss]
    var weights: [Float]
    /// Per output, whether the model returns logits and the loss is a fused softmax + CE.
    var fromLogits: [Bool]
    var metrics: [[any Metric]]
    /// Per output, the loss accumulator (weighted by batch size, as Keras's loss tracker).
    var lossTrackers: [MeanAccumulator]
    var totalTracker = MeanAccumulator()
    /// Per output, the prefix of its keys in the logs (empty for a single output).
    var prefixes: [String]

    init(
        settings: CompileSettings, yTrueShapes: [[Int]], yPredShapes: [[Int]],
        outputNames: [String], canUseLogits: [Bool]
    ) throws {
        let n = yPredShapes.count
        guard yTrueShapes.count == n else {
            throw TrainingError.dataMismatch(
                "the model has \(n) outputs but \(yTrueShapes.count) target tensors were given")
        }
        losses = []
        fromLogits = []
        metrics = []
        for i in 0..<n {
            let choice = settings.losses[min(i, settings.losses.count - 1)]
            let loss = try choice.resolve(yTrueShape: yTrueShapes[i], yPredShape: yPredShapes[i])
            losses.append(loss)
            let fusable =
                (loss as? SparseCategoricalCrossentropy)?.fromLogits == false
                || (loss as? CategoricalCrossentropy)?.fromLogits == false
            fromLogits.append(fusable && canUseLogits[i])
            metrics.append(
                try settings.metrics.map {
                    try $0.resolve(yTrueShape: yTrueShapes[i], yPredShape: yPredShapes[i])
                })
        }
        weights = settings.lossWeights
        lossTrackers = Array(repeating: MeanAccumulator(), count: n)
        prefixes = n == 1 ? [""] : outputNames.map { $0 + "_" }
    }

    /// The total loss Σ wᵢ·ℓᵢ and each output's loss ℓᵢ (differentiable).
    func loss(_ yTrue: [Tensor], _ yPred: [Tensor], sampleWeight: Tensor?) throws
        -> (total: Tensor, parts: [Tensor])
    {
        var parts: [Tensor] = []
        var total: Tensor?
        for i in yPred.indices {
            var part: Tensor
            if fromLogits[i] {
                if sampleWeight == nil, losses[i] is SparseCategoricalCrossentropy {
                    let labels = try classLabels(
                        yTrue[i], predictions: yPred[i], operation: losses[i].name)
                    part = try sparseSoftmaxCrossEntropy(logits: yPred[i], labels: labels)
                } else if sampleWeight == nil, losses[i] is CategoricalCrossentropy {
                    part = try softmaxCrossEntropy(logits: yPred[i], targets: yTrue[i])
                } else if losses[i] is SparseCategoricalCrossentropy {
                    part = try SparseCategoricalCrossentropy(fromLogits: true)(
                        yTrue[i], yPred[i], sampleWeight: sampleWeight)
                } else {
                    part = try CategoricalCrossentropy(fromLogits: true)(
                        yTrue[i], yPred[i], sampleWeight: sampleWeight)
                }
            } else {
                part = try losses[i](yTrue[i], yPred[i], sampleWeight: sampleWeight)
            }
            parts.append(part)
            let weighted = weights[i] == 1 ? part : try part * weights[i]
            total = try total.map { try $0 + weighted } ?? weighted
        }
        guard let total else {
            throw TrainingError.dataMismatch("the model produced no outputs")
        }
        return (total, parts)
    }

    /// Predictions as the metrics see them: probabilities where the model returned logits.
    func probabilities(_ yPred: [Tensor]) throws -> [Tensor] {
        try yPred.indices.map { fromLogits[$0] ? try yPred[$0].softmax(alongAxis: -1) : yPred[$0] }
    }

    /// Adds a batch to the trackers and metrics.
    mutating func update(
        _ yTrue: [Tensor], _ yPred: [Tensor], total: Float, parts: [Float], batch: Int,
        sampleWeight: Tensor?
    ) throws {
        let size = Tensor(Float(batch))
        try totalTracker.add(Tensor(total), sampleWeight: size, operation: "loss")
        for i in parts.indices {
            try lossTrackers[i].add(Tensor(parts[i]), sampleWeight: size, operation: "loss")
        }
        guard metrics.contains(where: { !$0.isEmpty }) else { return }
        let probabilities = try probabilities(yPred)
        for i in metrics.indices {
            for m in metrics[i].indices {
                try metrics[i][m].update(yTrue[i], probabilities[i], sampleWeight: sampleWeight)
            }
        }
    }

    /// The current values with Keras's keys, and the keys in display order.
    func logs(prefix: String = "") -> (values: [String: Double], order: [String]) {
        var values: [String: Double] = [:]
        var order: [String] = []
        func put(_ key: String, _ value: Double) {
            values[prefix + key] = value
            order.append(prefix + key)
        }
        put("loss", totalTracker.mean)
        if losses.count > 1 {
            for i in losses.indices { put(prefixes[i] + "loss", lossTrackers[i].mean) }
        }
        for i in metrics.indices {
            for metric in metrics[i] { put(prefixes[i] + metric.name, metric.result) }
        }
        return (values, order)
    }

    /// Forgets every batch (at the start of an epoch or an evaluation).
    mutating func reset() {
        totalTracker.reset()
        for i in lossTrackers.indices { lossTrackers[i].reset() }
        for i in metrics.indices {
            for m in metrics[i].indices { metrics[i][m].reset() }
        }
    }
}
