/// A stack of dense layers `aₗ = fₗ(aₗ₋₁ · Wₗ + bₗ)` ending in logits, trained with softmax
/// cross-entropy and plain SGD by fused kernels: the fast path for a `Sequential` of `Dense`
/// layers.
///
/// One ``trainStep(inputs:labels:rows:learningRate:)`` runs the forward pass (GEMM onto the
/// preloaded bias, activation in place), the fused softmax + cross-entropy gradient
/// `(softmax − onehot)/rows`, and the backward pass in which each layer's SGD update
/// `W ← W − lr · aᵀ·δ` is the β = 1 GEMM that computes the weight gradient. After the first
/// step it allocates nothing. The weights are ordinary tensors (value semantics: a copy of the
/// stack is an independent snapshot); the scratch buffers are not part of its value.
public struct DenseStack {
    /// Each layer's kernel, `[inputs, units]`.
    public private(set) var weights: [Tensor]
    /// Each layer's bias, `[units]`.
    public private(set) var biases: [Tensor]
    /// Each layer's activation; the last layer's output is taken as logits.
    public let activations: [Activation]
    private var workspace: DenseWorkspace?

    /// A stack with the given parameters; throws unless consecutive shapes chain
    /// (`weights[l]` is `[n_l, n_{l+1}]`, `biases[l]` is `[n_{l+1}]`).
    public init(weights: [Tensor], biases: [Tensor], activations: [Activation]) throws {
        guard !weights.isEmpty, weights.count == biases.count, weights.count == activations.count
        else {
            throw TensorError.invalidArgument(
                operation: "DenseStack",
                reason: "needs one bias and one activation per weight, got \(weights.count), "
                    + "\(biases.count) and \(activations.count)")
        }
        for (l, w) in weights.enumerated() {
            guard w.rank == 2, biases[l].shape == [w.shape[1]],
                l == 0 || weights[l - 1].shape[1] == w.shape[0]
            else {
                throw TensorError.shapeMismatch(
                    operation: "DenseStack layer \(l)", lhs: w.shape, rhs: biases[l].shape)
            }
        }
        self.weights = weights
        self.biases = biases
        self.activations = activations
    }

    /// The number of input features.
    /// The smallest product (multiply-adds) computed as two halves, which may then run on two
    /// threads; the numbers depend on this rule only, never on how many threads ran them.
    public var minimumSplitWork = Parallelism.minimumWork

    public var inputWidth: Int { weights[0].shape[0] }
    /// The number of logits (classes).
    public var outputWidth: Int { weights[weights.count - 1].shape[1] }

    /// One SGD step on `rows` examples (`rows × inputWidth` floats at `inputs`, one class index
    /// per row at `labels`, each in `0..<outputWidth`); returns the mean cross-entropy of the
    /// batch before the update (as Keras's `fit` reports it).
    /// When `correct` is given, the number of rows whose largest logit (before the update) is
    /// at their label is added to it (the training accuracy Keras reports).
    public mutating func trainStep(
        inputs: UnsafePointer<Float>, labels: UnsafePointer<Int32>, rows: Int,
        learningRate: Float, correct: UnsafeMutablePointer<Int>? = nil
    ) -> Float {
        let ws = prepare(rows: rows)
        forward(inputs, rows: rows, ws)
        let last = weights.count - 1
        if let correct {
            let logits = ws.activations[last]
            let classes = outputWidth
            for r in 0..<rows {
                let row = logits + r * classes
                var best = 0
                for j in 1..<classes where row[j] > row[best] { best = j }
                if best == Int(labels[r]) { correct.pointee += 1 }
            }
        }
        let loss = SoftmaxKernels.sparseCrossEntropyGradient(
            ws.activations[last], labels: labels, rows: rows, classes: outputWidth,
            scale: 1 / Float(rows), gradient: ws.gradientA)
        var delta = ws.gradientA
        var spare = ws.gradientB
        for l in stride(from: last, through: 0, by: -1) {
            let w = weights[l].storage.base
            let b = biases[l].storage.base
            let (fanIn, units) = (weights[l].shape[0], weights[l].shape[1])
            let input = l == 0 ? inputs : UnsafePointer(ws.activations[l - 1])
            let (g, below) = (delta, spare)
            let derivative = l > 0 ? activations[l - 1] : .linear
            let belowOutputs = l > 0 ? ws.activations[l - 1] : ws.gradientB
            func update(_ columns: Range<Int>) -> KernelTask {
                KernelTask(
                    kind: .update, input: input, rows: rows, fanIn: fanIn,
                    weight: w + columns.lowerBound, units: columns.count, stride: units,
                    bias: b + columns.lowerBound, activation: .linear,
                    output: g + columns.lowerBound, learningRate: learningRate)
            }
            let plan = Parallelism.plan(work: rows * fanIn * units, minimumWork: minimumSplitWork)
            defer { Parallelism.finish(plan) }
            let parallel = plan.split
            if l > 0 {
                if parallel {
                    // Two phases: both halves of the gradient passed down read the old W, and
                    // only then do both halves of W change.
                    let split = fanIn / 2
                    func propagate(_ rowsOfW: Range<Int>) -> KernelTask {
                        KernelTask(
                            kind: .propagate, input: input, rows: rows, fanIn: fanIn,
                            weight: w + rowsOfW.lowerBound * units, units: rowsOfW.count,
                            stride: units, bias: b, activation: derivative, output: g,
                            learningRate: 0, target: below + rowsOfW.lowerBound,
                            belowOutputs: belowOutputs + rowsOfW.lowerBound)
                    }
                    Parallelism.run({ propagate(0..<split).execute() }, propagate(split..<fanIn))
                    let half = units / 2
                    Parallelism.run({ update(0..<half).execute() }, update(half..<units))
                } else {
                    DenseKernels.inputGradient(
                        outputGradient: g, rows: rows, units: units, weight: w, inputs: fanIn,
                        into: below)
                    derivative.backward(below, outputs: belowOutputs, count: rows * fanIn)
                    update(0..<units).execute()
                }
                swap(&delta, &spare)
            } else if parallel {
                let half = units / 2
                Parallelism.run({ update(0..<half).execute() }, update(half..<units))
            } else {
                update(0..<units).execute()
            }
        }
        return loss
    }

    /// One SGD step on a batch tensor `[rows, inputWidth]` and its integer labels.
    public mutating func trainStep(inputs: Tensor, labels: [Int32], learningRate: Float) throws
        -> Float
    {
        try check(inputs, labels: labels)
        return inputs.withUnsafeBufferPointer { x in
            labels.withUnsafeBufferPointer { y in
                trainStep(
                    inputs: x.baseAddress ?? UnsafePointer(inputs.storage.base),
                    labels: y.baseAddress ?? UnsafePointer(prepare(rows: 1).labels),
                    rows: labels.count, learningRate: learningRate)
            }
        }
    }

    /// The logits `[rows, outputWidth]` for a batch tensor `[rows, inputWidth]`.
    public mutating func logits(_ inputs: Tensor) throws -> Tensor {
        guard inputs.rank == 2, inputs.shape[1] == inputWidth else {
            throw TensorError.shapeMismatch(
                operation: "DenseStack.logits", lhs: inputs.shape, rhs: [-1, inputWidth])
        }
        let rows = inputs.shape[0]
        let ws = prepare(rows: rows)
        forward(inputs.storage.base, rows: rows, ws)
        let out = TensorStorage(uninitializedCount: rows * outputWidth)
        out.base.update(from: ws.activations[weights.count - 1], count: rows * outputWidth)
        return Tensor(shape: [rows, outputWidth], storage: out)
    }

    /// Mean cross-entropy and accuracy over `inputs` `[n, inputWidth]`, in batches of
    /// `batchSize` rows (Keras's `evaluate`).
    public mutating func evaluate(inputs: Tensor, labels: [Int32], batchSize: Int = 32) throws
        -> (loss: Float, accuracy: Float)
    {
        try check(inputs, labels: labels)
        let n = labels.count
        guard n > 0 else { return (0, 0) }
        let step = Swift.max(1, batchSize)
        var totalLoss: Double = 0
        var correct = 0
        let classes = outputWidth
        for start in stride(from: 0, to: n, by: step) {
            let rows = Swift.min(step, n - start)
            let ws = prepare(rows: rows)
            forward(inputs.storage.base + start * inputWidth, rows: rows, ws)
            let logits = ws.activations[weights.count - 1]
            for r in 0..<rows {
                let row = logits + r * classes
                var best = 0
                for j in 1..<classes where row[j] > row[best] { best = j }
                let label = Int(labels[start + r])
                if best == label { correct += 1 }
                var m = -Float.infinity
                for j in 0..<classes { m = Swift.max(m, row[j]) }
                var s: Float = 0
                for j in 0..<classes { s += FastMath.exp(row[j] - m) }
                totalLoss += Double(FastMath.log(s) + m - row[label])
            }
        }
        return (Float(totalLoss / Double(n)), Float(correct) / Float(n))
    }

    private func check(_ inputs: Tensor, labels: [Int32]) throws {
        guard inputs.rank == 2, inputs.shape[1] == inputWidth, inputs.shape[0] == labels.count
        else {
            throw TensorError.shapeMismatch(
                operation: "DenseStack", lhs: inputs.shape, rhs: [labels.count, inputWidth])
        }
        for label in labels where label < 0 || Int(label) >= outputWidth {
            throw TensorError.indexOutOfRange(
                operation: "DenseStack", index: Int(label), count: outputWidth)
        }
    }

    /// Scratch buffers for at least `rows` rows, and uniquely owned parameters.
    private mutating func prepare(rows: Int) -> DenseWorkspace {
        for l in weights.indices {
            weights[l].makeUnique()
            biases[l].makeUnique()
        }
        if let ws = workspace, ws.capacity >= rows { return ws }
        let ws = DenseWorkspace(capacity: rows, widths: weights.map { $0.shape[1] } + [inputWidth])
        workspace = ws
        return ws
    }

    private func forward(_ inputs: UnsafePointer<Float>, rows: Int, _ ws: DenseWorkspace) {
        var input = inputs
        for l in weights.indices {
            let (fanIn, units) = (weights[l].shape[0], weights[l].shape[1])
            let (x, w, b, f) = (
                input, weights[l].storage.base, biases[l].storage.base, activations[l]
            )
            let out = ws.activations[l]
            DenseKernels.forwardSplitting(
                input: x, rows: rows, inputs: fanIn, weight: w, units: units, bias: b,
                activation: f, output: out, minimumSplitWork: minimumSplitWork)
            input = UnsafePointer(out)
        }
    }
}
