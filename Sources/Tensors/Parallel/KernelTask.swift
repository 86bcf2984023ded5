import CTensorKernels

/// One half of a split dense-layer kernel, handed to the helper thread by pointer so that a
/// training step allocates nothing (a closure would need a heap context to cross threads).
struct KernelTask {
    /// What the task computes.
    enum Kind {
        /// `output = activation(input · weight + bias)` for a block of columns or rows.
        case forward
        /// The SGD step on a block of columns: `b −= lr·Σδ`, `W −= lr·inputᵀ·δ`.
        case update
        /// A block of columns of the gradient passed down, `target = (δ · Wᵀ) ⊙ f′(below)`,
        /// reading rows of `weight` (so it must finish before any `.update` of that weight).
        case propagate
        /// The gradients of a block of columns: `b′ = Σδ`, `W′ = inputᵀ·δ` (stored, not added).
        case gradient
        /// `body(range)`: one half of an element-wise job (see ``Parallelism/forHalves``).
        case closure
    }

    var kind: Kind
    var input: UnsafePointer<Float>
    var rows: Int
    var fanIn: Int
    var weight: UnsafeMutablePointer<Float>
    /// The number of columns this task covers.
    var units: Int
    /// The full row width of `weight`, `bias`-sized buffers and `output`.
    var stride: Int
    var bias: UnsafeMutablePointer<Float>
    var activation: Activation
    /// The forward output, or for `.update` the output gradient δ.
    var output: UnsafeMutablePointer<Float>
    var learningRate: Float
    /// For `.propagate`: the gradient block to write (row stride `fanIn`).
    var target: UnsafeMutablePointer<Float>? = nil
    /// For `.propagate`: the layer below's outputs, for its activation's derivative.
    var belowOutputs: UnsafePointer<Float>? = nil
    /// For `.closure`: the work and the range it covers.
    var body: ((Range<Int>) -> Void)? = nil
    var range: Range<Int> = 0..<0
    /// The caller's floating-point mode, which the helper thread takes on before running it.
    var floatingPointMode: UInt32 = tk_fp_mode()

    /// Runs the task on the calling thread.
    func execute() {
        switch kind {
        case .forward:
            DenseKernels.forward(
                input: input, rows: rows, inputs: fanIn, weight: weight, units: units,
                stride: stride, bias: bias, activation: activation, output: output)
        case .update:
            DenseKernels.biasGradient(
                outputGradient: output, rows: rows, units: units, stride: stride,
                alpha: -learningRate, beta: 1, into: bias)
            DenseKernels.weightGradient(
                input: input, rows: rows, inputs: fanIn, outputGradient: output, units: units,
                stride: stride, alpha: -learningRate, beta: 1, into: weight)
        case .gradient:
            DenseKernels.biasGradient(
                outputGradient: output, rows: rows, units: units, stride: stride, alpha: 1,
                beta: 0, into: bias)
            DenseKernels.weightGradient(
                input: input, rows: rows, inputs: fanIn, outputGradient: output, units: units,
                stride: stride, alpha: 1, beta: 0, into: weight)
        case .closure:
            body?(range)
        case .propagate:
            // Here `units` counts the block's columns of the gradient (rows of `weight`), `stride`
            // is the layer's width and `fanIn` the row stride of `target`.
            guard let target, let belowOutputs else { return }
            BLAS.sgemm(
                transposeA: false, transposeB: true, m: rows, n: units, k: stride, alpha: 1,
                a: output, lda: stride, b: weight, ldb: stride, beta: 0, c: target, ldc: fanIn)
            for r in 0..<rows {
                activation.backward(
                    target + r * fanIn, outputs: belowOutputs + r * fanIn, count: units)
            }
        }
    }
}
