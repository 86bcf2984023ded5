import Tensors

/// What `fit` checks and derives from its data before training: the losses and metrics for the
/// shapes of the targets, the number of samples, and per-sample weights from class weights.
extension Model {
    /// The compiled losses and metrics resolved for the shapes of `x` and `y`.
    func resolveHeads(_ settings: CompileSettings, x: [Tensor], y: [Tensor]) throws -> OutputHeads {
        let predictionShapes: [[Int]]
        let names: [String]
        var canUseLogits: [Bool]
        if graph.isEmpty {
            let sample = try call(x.map { try $0.rows(0..<1) }, training: false)
            predictionShapes = sample.map(\.shape)
            names = sample.indices.map { "output_\($0)" }
            canUseLogits = Array(repeating: false, count: sample.count)
        } else {
            predictionShapes = outputs.map { [1] + $0.shape }
            names = outputs.map(\.layer.name)
            canUseLogits = outputs.map { output in
                (output.layer as? any SoftmaxEnding)?.endsWithSoftmax ?? false
            }
        }
        if y.count != predictionShapes.count {
            throw TrainingError.dataMismatch(
                "the model has \(predictionShapes.count) outputs but \(y.count) target tensors "
                    + "were given")
        }
        for i in canUseLogits.indices where y[i].rank == 0 { canUseLogits[i] = false }
        return try OutputHeads(
            settings: settings, yTrueShapes: y.map { [1] + $0.shape.dropFirst() },
            yPredShapes: predictionShapes, outputNames: names, canUseLogits: canUseLogits)
    }

    /// The number of samples, after checking that every tensor has it and that the numbers of
    /// inputs match the model.
    func checkedCount(_ x: [Tensor], _ y: [Tensor], sampleWeight: Tensor?) throws -> Int {
        guard let first = x.first, first.rank >= 1 else {
            throw TrainingError.dataMismatch("expected at least one input tensor with a batch axis")
        }
        if !graph.isEmpty, x.count != inputs.count {
            throw TrainingError.dataMismatch(
                "the model has \(inputs.count) inputs but \(x.count) input tensors were given")
        }
        let n = first.shape[0]
        for (i, t) in (x + y).enumerated() where t.rank == 0 || t.shape[0] != n {
            let what = i < x.count ? "input \(i)" : "target \(i - x.count)"
            throw TrainingError.dataMismatch(
                "all inputs and targets must have the same number of samples: input 0 has \(n), "
                    + "\(what) has shape \(t.shape)")
        }
        if let sampleWeight, sampleWeight.count != n {
            throw TrainingError.dataMismatch(
                "sampleWeight must have one weight per sample (\(n)), received shape \(sampleWeight.shape)"
            )
        }
        guard n > 0 else { throw TrainingError.dataMismatch("there are no samples") }
        return n
    }

    /// Per-sample weights from class weights (Keras's `class_weight`): the weight of each
    /// sample's class (its integer label, or the argmax of a one-hot row), times any existing
    /// sample weight. Classes missing from `classWeight` weigh 1.
    static func classSampleWeights(_ y: Tensor, _ classWeight: [Int: Double], existing: Tensor?)
        throws -> Tensor
    {
        let n = y.shape.first ?? 0
        let labels: [Int]
        if y.rank >= 2, let width = y.shape.last, width > 1 {
            labels = try y.reshaped([n, width]).argmax(alongAxis: -1).scalars.map { Int($0) }
        } else {
            labels = y.scalars.map { Int($0.rounded()) }
        }
        var w = labels.map { Float(classWeight[$0] ?? 1) }
        if let existing {
            w = zip(w, existing.scalars).map { $0 * $1 }
        }
        return Tensor(w)
    }
}
