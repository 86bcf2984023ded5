import Tensors

/// A parameter held in a buffer with its gradient, as the fused training path keeps them.
typealias ParameterBuffer = (
    value: UnsafeMutableBufferPointer<Float>, gradient: UnsafeMutableBufferPointer<Float>,
    shape: [Int]
)

extension BaseOptimizer {
    /// One update of parameters kept in buffers, in place: the same steps as
    /// ``apply(gradients:to:)`` — this step's rate, clipping (of the gradient buffers
    /// themselves), ``beginStep(_:)``, every parameter's rule, `iterations += 1` — without
    /// tensors or copies. Large parameters are updated as two halves on two threads; the rules
    /// are element-wise, so the numbers are the same either way.
    func applyInPlace(_ parameters: [ParameterBuffer]) throws {
        try FloatingPointMode.flushingSubnormals { try applyBuffers(parameters) }
    }

    private func applyBuffers(_ parameters: [ParameterBuffer]) throws {
        let rate = learningRate
        try Self.checkRate(rate, owner: name)
        let same =
            slots.count == parameters.count
            && zip(slots, parameters).allSatisfy { $0.shape == $1.shape }
        if !same { prepareSlots(for: parameters.map(\.shape)) }
        let step = OptimizerStep(learningRate: rate, t: iterations + 1)
        var globalScale: Float?
        if let c = globalClipNorm {
            var total: Float = 0
            for p in parameters {
                total += GradientClipping.squaredSum(UnsafeBufferPointer(p.gradient))
            }
            let norm = total.squareRoot()
            globalScale = c * min(1 / norm, 1 / c) + (norm - norm)
        }
        beginStep(step)
        for (i, p) in parameters.enumerated() {
            let g = p.gradient
            if let c = clipValue {
                GradientClipping.clipByValue(UnsafeBufferPointer(g), c, into: g)
            } else if let c = clipNorm {
                GradientClipping.clipByNorm(UnsafeBufferPointer(g), c, into: g)
            } else if let scale = globalScale {
                GradientClipping.scale(UnsafeBufferPointer(g), scale, into: g)
            }
            updateSplit(p.value, UnsafeBufferPointer(g), slots[i].buffers, step)
        }
        iterations += 1
    }

    /// ``update(_:_:_:_:)`` over the whole variable, as two halves when it is large.
    func updateSplit(
        _ w: UnsafeMutableBufferPointer<Float>, _ g: UnsafeBufferPointer<Float>,
        _ buffers: [UnsafeMutableBufferPointer<Float>], _ step: OptimizerStep
    ) {
        Parallelism.forHalves(count: w.count) { r in
            if r.count == w.count {
                update(w, g, buffers, step)
                return
            }
            update(
                UnsafeMutableBufferPointer(rebasing: w[r]), UnsafeBufferPointer(rebasing: g[r]),
                buffers.map { UnsafeMutableBufferPointer(rebasing: $0[r]) }, step)
        }
    }
}
