extension FusedNetwork {
    /// The backward pass from the loss gradient in `delta`: each layer's parameter gradients,
    /// and the gradient passed down only while a trainable layer lies below.
    func backward(
        _ inputs: UnsafePointer<Float>, rows: Int, delta start: UnsafeMutablePointer<Float>,
        spare other: UnsafeMutablePointer<Float>, sink: GradientSink? = nil
    ) {
        var delta = start
        var spare = other
        for l in stages.indices.reversed() {
            let s = stages[l]
            let input = l == 0 ? inputs : UnsafePointer(stages[l - 1].output ?? other)
            switch s.kind {
            case .dense:
                if let out = s.output {
                    s.activation.backward(delta, outputs: out, count: rows * s.width)
                }
                if let sink, s.trainable {
                    denseBackwardUpdating(
                        s, input: input, rows: rows, delta: delta, below: spare, sink: sink)
                } else {
                    denseBackward(s, input: input, rows: rows, delta: delta, below: spare)
                }
                if s.propagates { swap(&delta, &spare) }
            case .batchNormalization:
                normalizationBackward(s, input: input, rows: rows, delta: delta)
                if let sink, s.trainable {
                    for k in s.gradients.indices { sink.whole(s.firstParameter + k) }
                }
            case .dropout:
                guard let mask = s.mask else { return }
                let keep = Float(1 - s.rate)
                for i in 0..<(rows * s.width) { delta[i] = mask[i] != 0 ? delta[i] / keep : 0 }
            }
            if !s.propagates { return }
        }
    }

    private func denseBackward(
        _ s: Stage, input: UnsafePointer<Float>, rows: Int, delta: UnsafeMutablePointer<Float>,
        below: UnsafeMutablePointer<Float>
    ) {
        let (fanIn, units, w) = (s.inputWidth, s.width, s.parameters[0])
        func gradient(_ columns: Range<Int>) -> KernelTask {
            KernelTask(
                kind: .gradient, input: input, rows: rows, fanIn: fanIn,
                weight: s.gradients[0] + columns.lowerBound, units: columns.count, stride: units,
                bias: s.gradients[1] + columns.lowerBound, activation: .linear,
                output: delta + columns.lowerBound, learningRate: 0)
        }
        func propagate() {
            DenseKernels.inputGradient(
                outputGradient: delta, rows: rows, units: units, weight: w, inputs: fanIn,
                into: below)
        }
        let plan = Parallelism.plan(work: rows * fanIn * units, minimumWork: minimumSplitWork)
        defer { Parallelism.finish(plan) }
        switch (s.trainable, s.propagates) {
        case (true, true):
            // ∂W reads δ and x, δ·Wᵀ reads δ and W: independent, so side by side.
            if plan.split {
                Parallelism.run(propagate, gradient(0..<units))
            } else {
                gradient(0..<units).execute()
                propagate()
            }
        case (true, false):
            if plan.split {
                let half = units / 2
                Parallelism.run({ gradient(0..<half).execute() }, gradient(half..<units))
            } else {
                gradient(0..<units).execute()
            }
        case (false, true):
            propagate()
        case (false, false):
            return
        }
    }

    /// The rows of W a block of ``denseBackwardUpdating(_:input:rows:delta:below:sink:)``
    /// covers: at most 16,384 parameters (64 KB), so that a block's weights, gradient and
    /// optimizer slots stay in the core's L2 cache between the product that computes the
    /// gradient and the update; a power of two of at least 8 (the kernels' tile height), 32
    /// (their tile width, for the gradient passed down) for layers up to 512 wide.
    static func updateBlockRows(units: Int) -> Int {
        var rows = 8
        while rows * 2 * units <= 16384 { rows *= 2 }
        return rows
    }

    /// The backward pass of a trainable dense layer with the update folded in: W is taken in
    /// blocks of rows, each block's part of the gradient passed down (δ·W[rows]ᵀ, the columns
    /// `rows` of it) and of ∂W = xᵀ·δ computed, then the block handed to the sink — all on one
    /// core, the blocks of the first half of W on this thread and of the second on the helper.
    /// A block's weights are read by the product passed down before its update, and no other
    /// block reads them, so the update can run at once. The blocks are the same whether the
    /// halves run in parallel or not, so the numbers are too. The bias follows on this thread.
    private func denseBackwardUpdating(
        _ s: Stage, input: UnsafePointer<Float>, rows: Int, delta: UnsafeMutablePointer<Float>,
        below: UnsafeMutablePointer<Float>, sink: GradientSink
    ) {
        let (fanIn, units, w, dw) = (s.inputWidth, s.width, s.parameters[0], s.gradients[0])
        let (index, propagates, byBlock) = (s.firstParameter, s.propagates, sink.updatesByBlock)
        let block = Self.updateBlockRows(units: units)
        let scratch = blockScratch
        func work(_ range: Range<Int>) {
            var low = range.lowerBound
            while low < range.upperBound {
                let high = Swift.min(low + block, range.upperBound)
                if propagates {
                    BLAS.sgemm(
                        transposeA: false, transposeB: true, m: rows, n: high - low, k: units,
                        alpha: 1, a: delta, lda: units, b: w + low * units, ldb: units, beta: 0,
                        c: below + low, ldc: fanIn)
                }
                // Updated by block, the gradient lives only in this half's scratch, in L1.
                let target =
                    byBlock ? (range.lowerBound == 0 ? scratch.0 : scratch.1) : dw + low * units
                DenseKernels.weightGradient(
                    input: input + low, rows: rows, inputs: high - low, inputStride: fanIn,
                    outputGradient: delta, units: units, alpha: 1, beta: 0, into: target)
                if byBlock { sink.block(index, low * units..<high * units, target) }
                low = high
            }
        }
        let blocks = (fanIn + block - 1) / block
        let plan = Parallelism.plan(work: rows * fanIn * units, minimumWork: minimumSplitWork)
        if plan.split && blocks > 1 {
            Parallelism.run(count: fanIn, splitAt: (blocks / 2) * block, work)
        } else {
            work(0..<fanIn)
        }
        Parallelism.finish(plan)
        DenseKernels.biasGradient(
            outputGradient: delta, rows: rows, units: units, alpha: 1, beta: 0,
            into: s.gradients[1])
        if !byBlock { sink.whole(index) }
        sink.whole(index + 1)
    }

    private func normalizationBackward(
        _ s: Stage, input: UnsafePointer<Float>, rows: Int, delta: UnsafeMutablePointer<Float>
    ) {
        let n = s.width
        let scale = s.features[2]
        guard s.trainable else {
            // The moving statistics are constants: ∂x = δ·γ/√(σ² + ε).
            if s.propagates {
                NormalizationKernels.scaleRows(delta, rows: rows, features: n, by: scale)
            }
            return
        }
        let (mean, deviation, sumG, sumGX, factor) = (
            s.features[0], s.features[1], s.features[5], s.features[6], s.features[4]
        )
        NormalizationKernels.backward(
            delta, input: input, rows: rows, features: n, mean: mean, inverseDeviation: deviation,
            gamma: s.hasGamma ? UnsafePointer(s.parameters[0]) : nil, sumG: sumG, sumGX: sumGX,
            factor: factor, propagate: s.propagates)
        var k = 0
        if s.hasGamma {
            s.gradients[0].update(from: sumGX, count: n)
            k = 1
        }
        if s.hasBeta { s.gradients[k].update(from: sumG, count: n) }
    }
}
