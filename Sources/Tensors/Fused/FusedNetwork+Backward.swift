extension FusedNetwork {
    /// The backward pass from the loss gradient in `delta`: each layer's parameter gradients,
    /// and the gradient passed down only while a trainable layer lies below.
    func backward(
        _ inputs: UnsafePointer<Float>, rows: Int, delta start: UnsafeMutablePointer<Float>,
        spare other: UnsafeMutablePointer<Float>
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
                denseBackward(s, input: input, rows: rows, delta: delta, below: spare)
                if s.propagates { swap(&delta, &spare) }
            case .batchNormalization:
                normalizationBackward(s, input: input, rows: rows, delta: delta)
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
