import Tensors

/// The losses and metrics of an evaluation, with Keras's keys (`loss`, `accuracy` …).
public struct Evaluation: CustomStringConvertible {
    /// Every value by key.
    public let values: [String: Double]
    /// The keys in Keras's order: the total loss, per-output losses, then metrics.
    public let keys: [String]

    /// The total loss.
    public var loss: Double { values["loss"] ?? .nan }

    /// The value of `key` (NaN for an unknown key).
    public subscript(key: String) -> Double { values[key] ?? .nan }

    public var description: String {
        keys.map { "\($0): \(values[$0] ?? .nan)" }.joined(separator: ", ")
    }
}

extension Model {
    /// The loss and metrics on `x` and `y` in inference mode, computed in batches of
    /// `batchSize` (Keras's `evaluate`): the loss is the mean over batches weighted by batch
    /// size (with the layers' weight penalties, as Keras adds them), each metric accumulated
    /// over all samples.
    public func evaluate(
        _ x: Tensor, _ y: Tensor, batchSize: Int = 32, sampleWeight: Tensor? = nil,
        verbose: Int = 0
    ) throws -> Evaluation {
        try evaluate(
            inputs: [x], targets: [y], batchSize: batchSize, sampleWeight: sampleWeight,
            verbose: verbose)
    }

    /// ``evaluate(_:_:batchSize:sampleWeight:verbose:)`` with one tensor per input and output.
    public func evaluate(
        inputs x: [Tensor], targets y: [Tensor], batchSize: Int = 32, sampleWeight: Tensor? = nil,
        verbose: Int = 0
    ) throws -> Evaluation {
        let (values, keys) = try evaluateLogs(
            x, y, batchSize: batchSize, sampleWeight: sampleWeight, prefix: "")
        if verbose != 0 {
            log(
                keys.map { "\($0): \(String(format: "%.4f", values[$0] ?? .nan))" }.joined(
                    separator: " - "))
        }
        return Evaluation(values: values, keys: keys)
    }

    /// The evaluation logs with `prefix` before each key (`val_` during `fit`).
    func evaluateLogs(
        _ x: [Tensor], _ y: [Tensor], batchSize: Int, sampleWeight: Tensor?, prefix: String
    ) throws -> (values: [String: Double], order: [String]) {
        guard let settings = compiled else { throw TrainingError.notCompiled(model: name) }
        guard batchSize > 0 else {
            throw TrainingError.invalidArgument(
                "batchSize must be a positive integer. Received: batchSize=\(batchSize)")
        }
        let n = try checkedCount(x, y, sampleWeight: sampleWeight)
        try build(inputShapes: x.map { Array($0.shape.dropFirst()) })
        var heads = try resolveHeads(settings, x: x, y: y)
        let logitsOutputs = Set(heads.fromLogits.indices.filter { heads.fromLogits[$0] })
        for start in stride(from: 0, to: n, by: batchSize) {
            let range = start..<min(n, start + batchSize)
            let bx = try x.map { try $0.rows(range) }
            let by = try y.map { try $0.rows(range) }
            let bw = try sampleWeight.map { try $0.rows(range) }
            let out = try forward(bx, training: false, logitsOutputs: logitsOutputs)
            var (total, parts) = try heads.loss(by, out, sampleWeight: bw)
            if let penalty = try regularizationLoss(weights: { $0.getWeights() }) {
                total = try total + penalty
            }
            try heads.update(
                by, out, total: total.scalar ?? .nan, parts: parts.map { $0.scalar ?? .nan },
                batch: range.count, sampleWeight: bw)
        }
        return heads.logs(prefix: prefix)
    }

    /// The model's output for `x` in inference mode, computed in batches of `batchSize`
    /// (Keras's `predict`); for a model of several outputs use ``predict(inputs:batchSize:)``.
    public func predict(_ x: Tensor, batchSize: Int = 32) throws -> Tensor {
        let outputs = try predict(inputs: [x], batchSize: batchSize)
        guard outputs.count == 1 else {
            throw TrainingError.dataMismatch(
                "the model has \(outputs.count) outputs; use predict(inputs:batchSize:)")
        }
        return outputs[0]
    }

    /// The model's outputs for one tensor per input, in batches of `batchSize`.
    public func predict(inputs x: [Tensor], batchSize: Int = 32) throws -> [Tensor] {
        guard batchSize > 0 else {
            throw TrainingError.invalidArgument(
                "batchSize must be a positive integer. Received: batchSize=\(batchSize)")
        }
        guard let first = x.first, first.rank >= 1 else {
            throw TrainingError.dataMismatch("expected at least one input tensor with a batch axis")
        }
        let n = first.shape[0]
        for t in x where t.rank == 0 || t.shape[0] != n {
            throw TrainingError.dataMismatch(
                "all inputs must have the same number of samples: \(n) and shape \(t.shape)")
        }
        try build(inputShapes: x.map { Array($0.shape.dropFirst()) })
        var pieces: [[Tensor]] = []
        for start in stride(from: 0, to: n, by: batchSize) {
            let range = start..<min(n, start + batchSize)
            pieces.append(
                try forward(x.map { try $0.rows(range) }, training: false, logitsOutputs: []))
        }
        guard let firstPiece = pieces.first else {
            return try forward(x, training: false, logitsOutputs: [])
        }
        return try firstPiece.indices.map { i in
            pieces.count == 1 ? pieces[0][i] : try Tensor.concatenate(pieces.map { $0[i] }, axis: 0)
        }
    }
}
