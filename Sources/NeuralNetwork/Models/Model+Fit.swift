import Foundation
import Tensors

extension Model {
    /// Trains the model on inputs `x` and targets `y` (Keras's `fit`) and returns the
    /// ``History`` of this call. Calling `fit` again continues from the current weights and
    /// optimizer state.
    ///
    /// - `validationData` is evaluated after every epoch (keys prefixed `val_`);
    ///   `validationSplit` instead holds out the *last* fraction of the samples, before
    ///   shuffling, as Keras does.
    /// - `shuffle` reorders the training samples every epoch with the model's seeded generator.
    /// - `classWeight` (class → weight) and `sampleWeight` (one weight per sample) weight each
    ///   sample's loss: Σ wᵢℓᵢ / N.
    /// - Epochs run from `initialEpoch` to `epochs − 1`, so `epochs` is the index to stop at.
    /// - The loss of a batch is computed with the weights before its update; an epoch's loss is
    ///   the mean of its batches weighted by batch size.
    /// - `verbose` 1 writes one line per epoch to ``log``; 0 is silent.
    /// - With a ``LearningRateScheduler`` or ``ReduceLROnPlateau`` among the callbacks, the
    ///   logs and the history also hold `learning_rate`, the rate at the end of each epoch.
    /// - `terminateOnNaN` (default `true`, Keras's `TerminateOnNaN` callback made the default):
    ///   a batch whose loss is NaN or infinite stops training with
    ///   ``TrainingError/nonFiniteLoss(epoch:batch:value:completedEpochs:)``, naming the epoch
    ///   and batch; the callbacks still get `onTrainEnd`, and ``history`` keeps the epochs
    ///   completed before.
    ///   With `false`, training goes on and the non-finite losses are logged as they are.
    @discardableResult
    public func fit(
        _ x: Tensor, _ y: Tensor, epochs: Int = 1, batchSize: Int = 32,
        validationData: (Tensor, Tensor)? = nil, validationSplit: Double = 0,
        shuffle: Bool = true, classWeight: [Int: Double]? = nil, sampleWeight: Tensor? = nil,
        initialEpoch: Int = 0, callbacks: [Callback] = [], verbose: Int = 1,
        terminateOnNaN: Bool = true
    ) throws -> History {
        try fit(
            inputs: [x], targets: [y], epochs: epochs, batchSize: batchSize,
            validationData: validationData.map { ([$0.0], [$0.1]) },
            validationSplit: validationSplit, shuffle: shuffle, classWeight: classWeight,
            sampleWeight: sampleWeight, initialEpoch: initialEpoch, callbacks: callbacks,
            verbose: verbose, terminateOnNaN: terminateOnNaN)
    }

    /// ``fit(_:_:epochs:batchSize:validationData:validationSplit:shuffle:classWeight:sampleWeight:initialEpoch:callbacks:verbose:terminateOnNaN:)``
    /// for models of several inputs or outputs: one tensor per input and one per output.
    @discardableResult
    public func fit(
        inputs x: [Tensor], targets y: [Tensor], epochs: Int = 1, batchSize: Int = 32,
        validationData: ([Tensor], [Tensor])? = nil, validationSplit: Double = 0,
        shuffle: Bool = true, classWeight: [Int: Double]? = nil, sampleWeight: Tensor? = nil,
        initialEpoch: Int = 0, callbacks: [Callback] = [], verbose: Int = 1,
        terminateOnNaN: Bool = true
    ) throws -> History {
        guard let settings = compiled else { throw TrainingError.notCompiled(model: name) }
        guard epochs >= 0, initialEpoch >= 0 else {
            throw TrainingError.invalidArgument(
                "epochs and initialEpoch must not be negative. Received: epochs=\(epochs), "
                    + "initialEpoch=\(initialEpoch)")
        }
        guard batchSize > 0 else {
            throw TrainingError.invalidArgument(
                "batchSize must be a positive integer. Received: batchSize=\(batchSize)")
        }
        guard validationSplit >= 0, validationSplit < 1 else {
            throw TrainingError.invalidArgument(
                "validationSplit must be in [0, 1). Received: validationSplit=\(validationSplit)")
        }
        let n = try checkedCount(x, y, sampleWeight: sampleWeight)
        var weights = sampleWeight
        if let classWeight {
            weights = try Self.classSampleWeights(y[0], classWeight, existing: weights)
        }
        // Hold out the last fraction before shuffling (Keras's train_validation_split).
        var trainX = x
        var trainY = y
        var validation = validationData
        if validationSplit > 0 {
            guard validationData == nil else {
                throw TrainingError.invalidArgument(
                    "give either validationData or validationSplit, not both")
            }
            let split = Int((Double(n) * (1 - validationSplit)).rounded(.down))
            guard split > 0, split < n else {
                throw TrainingError.invalidArgument(
                    "validationSplit=\(validationSplit) leaves no training or no validation "
                        + "samples out of \(n)")
            }
            trainX = try x.map { try $0.rows(0..<split) }
            trainY = try y.map { try $0.rows(0..<split) }
            validation = (
                try x.map { try $0.rows(split..<n) }, try y.map { try $0.rows(split..<n) }
            )
            weights = try weights.map { try $0.rows(0..<split) }
        }
        if let (vx, vy) = validation { _ = try checkedCount(vx, vy, sampleWeight: nil) }
        let count = trainX[0].shape[0]
        try build(inputShapes: trainX.map { Array($0.shape.dropFirst()) })
        var heads = try resolveHeads(settings, x: trainX, y: trainY)
        let steps = (count + batchSize - 1) / batchSize

        let history = History()
        history.params = ["epochs": epochs, "steps": steps, "verbose": verbose]
        self.history = history
        for callback in callbacks {
            callback.model = self
            callback.params = history.params
        }
        stopTraining = false
        for callback in callbacks { try callback.onTrainBegin(logs: [:]) }
        var lastLogs: [String: Double] = [:]
        var fused = weights == nil ? fusedTrainer(heads: heads) : nil
        defer { fused?.finish() }
        lastFitWasFused = fused != nil
        for epoch in initialEpoch..<max(initialEpoch, epochs) {
            let started = Date()
            for callback in callbacks { try callback.onEpochBegin(epoch, logs: [:]) }
            heads.reset()
            let order = shuffle ? shuffler.permutation(count) : Array(0..<count)
            for step in 0..<steps {
                for callback in callbacks { try callback.onTrainBatchBegin(step, logs: [:]) }
                let indices = Array(order[(step * batchSize)..<min(count, (step + 1) * batchSize)])
                let loss: Float
                if fused != nil,
                    let fusedLoss = try fused?.step(
                        trainX[0], trainY[0], indices: indices, heads: &heads,
                        optimizer: settings.optimizer)
                {
                    loss = fusedLoss
                } else {
                    let bx = try trainX.map { try $0.gathering(rows: indices) }
                    let by = try trainY.map { try $0.gathering(rows: indices) }
                    let bw = try weights.map { try $0.gathering(rows: indices) }
                    loss = try trainStep(bx, by, sampleWeight: bw, heads: &heads)
                }
                if terminateOnNaN && !loss.isFinite {
                    try? callbacks.forEach { try $0.onTrainEnd(logs: lastLogs) }
                    throw TrainingError.nonFiniteLoss(
                        epoch: epoch, batch: step, value: loss,
                        completedEpochs: history.epoch.count)
                }
                if !callbacks.isEmpty {
                    let batchLogs = heads.logs().values
                    for callback in callbacks {
                        try callback.onTrainBatchEnd(step, logs: batchLogs)
                    }
                }
            }
            fused?.synchronize()
            var (logs, keys) = heads.logs()
            if let (vx, vy) = validation {
                let (valLogs, valKeys) = try evaluateLogs(
                    vx, vy, batchSize: batchSize, sampleWeight: nil, prefix: "val_")
                logs.merge(valLogs) { $1 }
                keys += valKeys
            }
            if callbacks.contains(where: { $0 is LearningRateScheduler || $0 is ReduceLROnPlateau })
            {
                // As Keras's rate callbacks do: the rate in use at the end of the epoch.
                logs["learning_rate"] = Double(settings.optimizer.learningRate)
                keys.append("learning_rate")
            }
            history.append(epoch: epoch, logs: logs, order: keys)
            epochsTrained += 1
            if verbose != 0 {
                let seconds = Date().timeIntervalSince(started)
                log(
                    Self.progressLine(
                        epoch: epoch, epochs: epochs, steps: steps,
                        seconds: logsElapsedTime ? seconds : nil, logs: logs, keys: keys))
            }
            for callback in callbacks { try callback.onEpochEnd(epoch, logs: logs) }
            lastLogs = logs
            if stopTraining { break }
        }
        for callback in callbacks { try callback.onTrainEnd(logs: lastLogs) }
        return history
    }

    /// One line per epoch, as Keras prints it: `Epoch 3/10 - 1719 steps - 2.1s - loss: 0.4012 …`
    /// (without the seconds when `seconds` is nil).
    static func progressLine(
        epoch: Int, epochs: Int, steps: Int, seconds: Double?, logs: [String: Double],
        keys: [String]
    ) -> String {
        let values = keys.map { key in "\(key): \(String(format: "%.4f", logs[key] ?? .nan))" }
        let time = seconds.map { [String(format: "%.1fs", $0)] } ?? []
        return (["Epoch \(epoch + 1)/\(epochs)", "\(steps) steps"] + time + values).joined(
            separator: " - ")
    }

    /// One gradient step on a batch; returns the batch's total loss before the update (with
    /// the layers' weight penalties, as Keras reports it). Constraints are applied after the
    /// update.
    func trainStep(_ xs: [Tensor], _ ys: [Tensor], sampleWeight: Tensor?, heads: inout OutputHeads)
        throws -> Float
    {
        guard let settings = compiled else { throw TrainingError.notCompiled(model: name) }
        let pass = try gradientPass(xs, ys, sampleWeight: sampleWeight, heads: heads)
        var variables = pass.variables
        if pass.loss.isFinite && !variables.isEmpty {
            try settings.optimizer.apply(gradients: pass.gradients, to: &variables)
            var k = 0
            for layer in pass.layers {
                let n = layer.trainableWeights.count
                try layer.setWeights(Array(variables[k..<k + n]) + layer.nonTrainableWeights)
                k += n
            }
            try applyWeightConstraints()
        }
        try heads.update(
            ys, pass.predictions, total: pass.loss, parts: pass.parts, batch: xs[0].shape[0],
            sampleWeight: sampleWeight)
        return pass.loss
    }

    /// The result of one forward and backward pass on a batch.
    struct GradientPass {
        /// The layers with trainable weights, in order.
        var layers: [any Layer]
        /// Their trainable weights, layer after layer.
        var variables: [Tensor]
        /// The gradient of the total loss with respect to each variable.
        var gradients: [Tensor]
        /// The total loss and each output's loss.
        var loss: Float
        var parts: [Float]
        /// The outputs (logits where the loss is fused with a softmax).
        var predictions: [Tensor]
        /// Each layer call's output, when recorded.
        var activations: [(SymbolicTensor, Tensor)]
    }

    /// The loss on a batch and its gradients with respect to every trainable weight, in
    /// training mode; moving statistics (batch normalization) are updated as in a step.
    func gradientPass(
        _ xs: [Tensor], _ ys: [Tensor], sampleWeight: Tensor?, heads: OutputHeads,
        recordActivations: Bool = false
    ) throws -> GradientPass {
        let trained = weightedLayers.filter { $0.trainable && !$0.trainableWeights.isEmpty }
        let groups = trained.map(\.trainableWeights)
        let variables = groups.flatMap { $0 }
        let logitsOutputs = Set(heads.fromLogits.indices.filter { heads.fromLogits[$0] })
        var predictions: [Tensor] = []
        var parts: [Float] = []
        var activations: [(SymbolicTensor, Tensor)] = []
        let (value, gradients) = try valueAndGradients(
            of: { tracked in
                var bindings: [ObjectIdentifier: [Tensor]] = [:]
                var k = 0
                for (layer, group) in zip(trained, groups) {
                    bindings[ObjectIdentifier(layer)] =
                        Array(tracked[k..<k + group.count]) + layer.nonTrainableWeights
                    k += group.count
                }
                return try ForwardContext.with(bindings) {
                    let out: [Tensor]
                    if recordActivations && !graph.isEmpty {
                        out = try evaluateGraph(
                            xs, training: true, logitsOutputs: logitsOutputs,
                            record: { node, value in activations.append((node, value.detached())) })
                    } else {
                        out = try forward(xs, training: true, logitsOutputs: logitsOutputs)
                    }
                    var (total, p) = try heads.loss(ys, out, sampleWeight: sampleWeight)
                    if let penalty = try regularizationLoss(weights: {
                        bindings[ObjectIdentifier($0)] ?? $0.getWeights()
                    }) {
                        total = try total + penalty
                    }
                    predictions = out.map { $0.detached() }
                    parts = p.map { $0.scalar ?? .nan }
                    return total
                }
            }, wrt: variables)
        return GradientPass(
            layers: trained, variables: variables, gradients: gradients,
            loss: value.scalar ?? .nan, parts: parts, predictions: predictions,
            activations: activations)
    }

    /// The model's outputs for a batch, those in `logitsOutputs` before their final softmax.
    func forward(_ xs: [Tensor], training: Bool, logitsOutputs: Set<Int>) throws -> [Tensor] {
        if graph.isEmpty { return try call(xs, training: training) }
        return try evaluateGraph(xs, training: training, logitsOutputs: logitsOutputs)
    }
}
