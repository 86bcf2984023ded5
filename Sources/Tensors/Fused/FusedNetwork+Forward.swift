extension FusedNetwork {
    /// The forward pass in training mode: each stage's output into its kept buffer.
    func forward(_ inputs: UnsafePointer<Float>, rows: Int) {
        var input = inputs
        // A normalization left to the dense layer above it, with its own input.
        var deferred: (stage: Int, input: UnsafePointer<Float>)? = nil
        for l in stages.indices {
            guard let out = stages[l].output else { return }
            switch stages[l].kind {
            case .dense:
                denseForward(
                    stages[l], input: input, rows: rows, output: out,
                    normalizing: deferred.flatMap { $0.stage == l - 1 ? $0 : nil })
            case .batchNormalization:
                if l + 1 < stages.count, splitsByRowsOfW(stages[l + 1], rows: rows) {
                    deferred = (l, input)
                } else {
                    normalize(l, input: input, rows: rows, output: out)
                }
            case .dropout:
                dropout(l, input: input, rows: rows, output: out)
            }
            input = UnsafePointer(out)
        }
    }

    /// Whether the dense stage `s` may split its forward product by rows of W
    /// (``denseForward(_:input:rows:output:normalizing:)``) for a batch of `rows`.
    func splitsByRowsOfW(_ s: Stage, rows: Int) -> Bool {
        s.kind == .dense && s.trainable && rows < 2 * Parallelism.rowSplitThreshold
            && s.inputWidth >= 16 && deltaB != nil
    }

    /// A dense stage: the GEMM onto the bias with the activation, split by size alone. A
    /// trainable layer's product of a small batch is split by rows of W where its backward
    /// pass splits them (``rowSplit(inputs:)``), the first half here and the second on the
    /// helper, as the backward pass and the optimizer take them: each core then reads and
    /// writes only its own half of W (and the optimizer's slots), which stays in its cache
    /// from step to step. The second half's product is added after both are done, then the
    /// activation applied. A normalization right below it (`normalizing`: the stage and its
    /// input, whose output is `x`) is computed here too, each half of its features on the
    /// thread that multiplies them.
    func denseForward(
        _ s: Stage, input x: UnsafePointer<Float>, rows: Int,
        output out: UnsafeMutablePointer<Float>,
        normalizing below: (stage: Int, input: UnsafePointer<Float>)? = nil
    ) {
        let (fanIn, units, w, b, f) = (
            s.inputWidth, s.width, s.parameters[0], s.parameters[1], s.activation
        )
        if splitsByRowsOfW(s, rows: rows), let partial = deltaB {
            let plan = Parallelism.plan(work: rows * fanIn * units, minimumWork: minimumSplitWork)
            defer { Parallelism.finish(plan) }
            let y = UnsafeMutablePointer(mutating: x)
            guard plan.split else {
                if let below { normalize(below.stage, input: below.input, rows: rows, output: y) }
                DenseKernels.forward(
                    input: x, rows: rows, inputs: fanIn, weight: w, units: units, bias: b,
                    activation: f, output: out)
                return
            }
            Parallelism.run(count: fanIn, splitAt: Self.rowSplit(inputs: fanIn)) { k in
                if let below {
                    normalize(below.stage, input: below.input, rows: rows, output: y, features: k)
                }
                let first = k.lowerBound == 0
                BLAS.sgemmBias(
                    transposeA: false, m: rows, n: units, k: k.count, a: x + k.lowerBound,
                    lda: fanIn, b: w + k.lowerBound * units, ldb: units, bias: first ? b : nil,
                    c: first ? out : partial, ldc: units)
            }
            for i in 0..<(rows * units) { out[i] += partial[i] }
            f.apply(out, count: rows * units)
            return
        }
        DenseKernels.forwardSplitting(
            input: x, rows: rows, inputs: fanIn, weight: w, units: units, bias: b, activation: f,
            output: out, minimumSplitWork: minimumSplitWork)
    }

    /// Normalization stage `l` of the batch at `x` into `y`, for the features `features` (all
    /// by default): each feature's statistics, moving statistics and output are its own, so
    /// halves of the features give the numbers of the whole.
    func normalize(
        _ l: Int, input x: UnsafePointer<Float>, rows: Int, output y: UnsafeMutablePointer<Float>,
        features: Range<Int>? = nil
    ) {
        let s = stages[l]
        let all = features ?? 0..<s.width
        let (j0, n) = (all.lowerBound, all.count)
        let (mean, deviation, scale, shift, variance) = (
            s.features[0] + j0, s.features[1] + j0, s.features[2] + j0, s.features[3] + j0,
            s.features[4] + j0
        )
        var k = 0
        let gamma = s.hasGamma ? s.parameters[0] + j0 : nil
        k += s.hasGamma ? 1 : 0
        let beta = s.hasBeta ? s.parameters[k] + j0 : nil
        k += s.hasBeta ? 1 : 0
        let (movingMean, movingVariance) = (s.parameters[k] + j0, s.parameters[k + 1] + j0)
        let epsilon = Float(s.epsilon)
        if s.trainable {
            NormalizationKernels.statistics(
                x + j0, rows: rows, features: n, stride: s.width, mean: mean, variance: variance)
            let m = Float(s.momentum)
            let step = Float(1 - s.momentum)
            for j in 0..<n {
                movingMean[j] = movingMean[j] * m + mean[j] * step
                movingVariance[j] = movingVariance[j] * m + variance[j] * step
            }
        } else {
            mean.update(from: movingMean, count: n)
            variance.update(from: movingVariance, count: n)
        }
        for j in 0..<n {
            deviation[j] = 1 / (variance[j] + epsilon).squareRoot()
            scale[j] = deviation[j] * (gamma?[j] ?? 1)
            shift[j] = -(mean[j] * scale[j]) + (beta?[j] ?? 0)
        }
        NormalizationKernels.affine(
            x + j0, rows: rows, features: n, stride: s.width, scale: scale, shift: shift,
            into: y + j0)
    }

    func dropout(
        _ l: Int, input x: UnsafePointer<Float>, rows: Int, output y: UnsafeMutablePointer<Float>
    ) {
        guard let mask = stages[l].mask else { return }
        let count = rows * stages[l].width
        let rate = stages[l].rate
        guard rate > 0 else {
            y.update(from: x, count: count)
            for i in 0..<count { mask[i] = 1 }
            return
        }
        let threshold = Float(rate)
        let keep = Float(1 - rate)
        // u ~ U[0, 1) in row-major order (as `uniform(0, 1)` draws them), then the mask.
        stages[l].generator.fillUniform(mask, count: count)
        for i in 0..<count {
            let kept = !(mask[i] < threshold)
            mask[i] = kept ? 1 : 0
            y[i] = kept ? x[i] / keep : 0
        }
    }
}
