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
                if s.trainable && (sink != nil || s.foldsNormalization) {
                    // The folded normalization reads its own input for its x̂, written to the
                    // buffer the gradient passed down would use.
                    let normalized =
                        s.foldsNormalization
                        ? (l == 1 ? inputs : stages[l - 2].output.map { UnsafePointer($0) }) : nil
                    let fold = normalized.map {
                        FoldedNormalization(stages[l - 1], input: $0, rows: rows, xHat: spare)
                    }
                    denseBackwardUpdating(
                        s, input: input, rows: rows, delta: delta, below: spare, sink: sink,
                        fold: fold)
                } else {
                    denseBackward(s, input: input, rows: rows, delta: delta, below: spare)
                }
                if s.propagates { swap(&delta, &spare) }
            case .batchNormalization:
                // Folded into the dense layer above, its gradients are already in place.
                if l + 1 == stages.count || !stages[l + 1].foldsNormalization {
                    normalizationBackward(s, input: input, rows: rows, delta: delta)
                }
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

    /// The rows of W a block of ``denseBackwardUpdating(_:input:rows:delta:below:sink:fold:)``
    /// covers: at most 16,384 parameters (64 KB), so that a block's weights, gradient and
    /// optimizer slots stay in the core's L2 cache between the product that computes the
    /// gradient and the update; a power of two of at least 8 (the kernels' tile height), 32
    /// (their tile width, for the gradient passed down) for layers up to 512 wide.
    static func updateBlockRows(units: Int) -> Int {
        var rows = 8
        while rows * 2 * units <= 16384 { rows *= 2 }
        return rows
    }

    /// Where the rows of a trainable layer's W are split between the threads, in its backward
    /// pass and its forward pass: at the half, to a multiple of 8 (the kernels' tile height).
    static func rowSplit(inputs fanIn: Int) -> Int { Swift.max(8, (fanIn / 2) & ~7) }

    /// The backward pass of a trainable dense layer with the update folded in: W is taken in
    /// blocks of rows, each block's part of the gradient passed down (δ·W[rows]ᵀ, the columns
    /// `rows` of it) and of ∂W = xᵀ·δ computed, then the block handed to the sink — all on one
    /// core, the blocks of the first half of W on this thread and of the second on the helper.
    /// A block's weights are read by the product passed down before its update, and no other
    /// block reads them, so the update can run at once. The blocks are the same whether the
    /// halves run in parallel or not, so the numbers are too. Without a sink the gradients
    /// are left in their buffers.
    ///
    /// With `fold` (the trainable batch normalization below, ``Stage/foldsNormalization``),
    /// the layer's input is x = γ·x̂ + β per feature j and the product passed down is not needed:
    /// with s = Σᵣ δᵣ (the bias gradient) and G = x̂ᵀ·δ,
    /// ∂γⱼ = Σᵣ (δ·Wᵀ)ᵣⱼ·x̂ᵣⱼ = Σₖ Wⱼₖ·Gⱼₖ, ∂βⱼ = Σₖ Wⱼₖ·sₖ and ∂Wⱼₖ = γⱼ·Gⱼₖ + βⱼ·sₖ,
    /// per row j of W from the block's own G and weights before their update: a product of
    /// `fanIn × units` multiply-adds per row of the batch becomes three per weight.
    func denseBackwardUpdating(
        _ s: Stage, input: UnsafePointer<Float>, rows: Int, delta: UnsafeMutablePointer<Float>,
        below: UnsafeMutablePointer<Float>, sink: GradientSink?,
        fold: FoldedNormalization? = nil
    ) {
        let (fanIn, units, w, dw, db) = (
            s.inputWidth, s.width, s.parameters[0], s.gradients[0], s.gradients[1]
        )
        let index = s.firstParameter
        let byBlock = sink?.updatesByBlock ?? false
        let block = Self.updateBlockRows(units: units)
        let scratch = blockScratch
        DenseKernels.biasGradient(
            outputGradient: delta, rows: rows, units: units, alpha: 1, beta: 0, into: db)
        let propagates = s.propagates && fold == nil
        let x = fold == nil ? input : UnsafePointer(below)
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
                fold?.normalize(low..<high)
                // Updated by block, the gradient lives only in this half's scratch, in L1.
                let target =
                    byBlock ? (range.lowerBound == 0 ? scratch.0 : scratch.1) : dw + low * units
                DenseKernels.weightGradient(
                    input: x + low, rows: rows, inputs: high - low, inputStride: fanIn,
                    outputGradient: delta, units: units, alpha: 1, beta: 0, into: target)
                if let fold {
                    fold.apply(
                        rows: low..<high, gram: target, weights: w + low * units, units: units,
                        biasGradient: db)
                }
                if byBlock, let sink { sink.block(index, low * units..<high * units, target) }
                low = high
            }
        }
        let blocks = (fanIn + block - 1) / block
        // The work counts the products' multiply-adds and, updated by block, the optimizer's
        // rule at about eight multiply-adds a parameter: still a rule of sizes alone.
        let update = byBlock ? fanIn * units * 8 : 0
        let plan = Parallelism.plan(
            work: rows * fanIn * units + update, minimumWork: minimumSplitWork)
        if plan.split && blocks > 1 {
            // Halves of equal work, each cut into blocks from its own start: the numbers do
            // not depend on where blocks begin.
            Parallelism.run(count: fanIn, splitAt: Self.rowSplit(inputs: fanIn), work)
        } else {
            work(0..<fanIn)
        }
        Parallelism.finish(plan)
        guard let sink else { return }
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

/// A trainable batch normalization folded into the dense layer above it
/// (``FusedNetwork/Stage/foldsNormalization``): its γ and β (1 and 0 when absent) and the
/// buffers of their gradients.
struct FoldedNormalization {
    let gamma: UnsafePointer<Float>?
    let beta: UnsafePointer<Float>?
    let gammaGradient: UnsafeMutablePointer<Float>?
    let betaGradient: UnsafeMutablePointer<Float>?

    /// The batch's input to the normalization and where its x̂ goes.
    let input: UnsafePointer<Float>
    let xHat: UnsafeMutablePointer<Float>
    let rows: Int
    let width: Int
    /// μ and 1/√(σ² + ε) as the forward pass kept them.
    let mean: UnsafePointer<Float>
    let deviation: UnsafePointer<Float>

    /// The normalization `stage` of the `rows` rows at `input`, its x̂ to be written to `xHat`.
    init(
        _ stage: FusedNetwork.Stage, input x: UnsafePointer<Float>, rows: Int,
        xHat: UnsafeMutablePointer<Float>
    ) {
        (input, self.xHat, self.rows, width) = (x, xHat, rows, stage.width)
        (mean, deviation) = (UnsafePointer(stage.features[0]), UnsafePointer(stage.features[1]))
        let k = stage.hasGamma ? 1 : 0
        gamma = stage.hasGamma ? UnsafePointer(stage.parameters[0]) : nil
        beta = stage.hasBeta ? UnsafePointer(stage.parameters[k]) : nil
        gammaGradient = stage.hasGamma ? stage.gradients[0] : nil
        betaGradient = stage.hasBeta ? stage.gradients[k] : nil
    }

    /// Writes the columns `features` of x̂ = (x − μ)·s, as ``NormalizationKernels/backward``
    /// computes x̂: each block of W its own, on the thread that multiplies it.
    func normalize(_ features: Range<Int>) {
        for r in 0..<rows {
            let (xr, hr) = (input + r * width, xHat + r * width)
            for j in features { hr[j] = (xr[j] - mean[j]) * deviation[j] }
        }
    }

    /// For the rows `rows` of W (`units` weights each at `weights`, before their update) and
    /// their block of G = x̂ᵀ·δ at `gram`: ∂γⱼ = Σₖ Wⱼₖ·Gⱼₖ and ∂βⱼ = Σₖ Wⱼₖ·sₖ (s the dense
    /// layer's bias gradient), then G turned into ∂W in place: ∂Wⱼₖ = γⱼ·Gⱼₖ + βⱼ·sₖ.
    func apply(
        rows: Range<Int>, gram: UnsafeMutablePointer<Float>, weights: UnsafePointer<Float>,
        units: Int, biasGradient s: UnsafePointer<Float>
    ) {
        typealias V = SIMD16<Float>
        // Widths of 16 or more end on the last 16 weights of the row, overlapping the run before:
        // their new values are computed first from the old, and their overlapping lanes left
        // out of the sums.
        let last = units >= 16 ? units - 16 : 0
        var tail = V()
        for t in (16 - units % 16)..<16 { tail[t] = 1 }
        for (i, j) in rows.enumerated() {
            let (g, w) = (gram + i * units, weights + i * units)
            let (scale, shift) = (gamma?[j] ?? 1, beta?[j] ?? 0)
            var (dg, db) = (V(), V())
            var lastOut = V()
            if units >= 16 && units % 16 != 0 {
                let gk = UnsafeRawPointer(g + last).loadUnaligned(as: V.self)
                let wk = UnsafeRawPointer(w + last).loadUnaligned(as: V.self) * tail
                let sk = UnsafeRawPointer(s + last).loadUnaligned(as: V.self)
                dg.addProduct(wk, gk)
                db.addProduct(wk, sk)
                lastOut = (gk * scale).addingProduct(sk, shift)
            }
            var k = 0
            while k + 16 <= units {
                let gk = UnsafeRawPointer(g + k).loadUnaligned(as: V.self)
                let wk = UnsafeRawPointer(w + k).loadUnaligned(as: V.self)
                let sk = UnsafeRawPointer(s + k).loadUnaligned(as: V.self)
                dg.addProduct(wk, gk)
                db.addProduct(wk, sk)
                UnsafeMutableRawPointer(g + k).storeBytes(
                    of: (gk * scale).addingProduct(sk, shift), as: V.self)
                k += 16
            }
            if units >= 16 && units % 16 != 0 {
                UnsafeMutableRawPointer(g + last).storeBytes(of: lastOut, as: V.self)
                k = units
            }
            var (sumG, sumB) = (Self.sum(dg), Self.sum(db))
            while k < units {
                sumG = sumG.addingProduct(w[k], g[k])
                sumB = sumB.addingProduct(w[k], s[k])
                g[k] = (g[k] * scale).addingProduct(s[k], shift)
                k += 1
            }
            gammaGradient?[j] = sumG
            betaGradient?[j] = sumB
        }
    }

    /// The lanes' sum by halves (8 + 8, 4 + 4, 2 + 2, 1 + 1): four dependent additions where
    /// a lane after lane sum takes fifteen.
    @inline(__always)
    static func sum(_ v: SIMD16<Float>) -> Float {
        let a = v.lowHalf + v.highHalf
        let b = a.lowHalf + a.highHalf
        let c = b.lowHalf + b.highHalf
        return c[0] + c[1]
    }
}
