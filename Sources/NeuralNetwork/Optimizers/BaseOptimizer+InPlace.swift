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
        let globalScale = globalClipNorm.map { c in
            var total: Float = 0
            for p in parameters {
                total += GradientClipping.squaredSum(UnsafeBufferPointer(p.gradient))
            }
            return GradientClipping.globalScale(squaredSum: total, clipNorm: c)
        }
        beginStep(step)
        for (i, p) in parameters.enumerated() {
            let g = UnsafeBufferPointer(p.gradient)
            let transform = clipping(of: g, globalScale: globalScale)
            updateSplit(p.value, g, slots[i].buffers, step, clipping: transform, into: p.gradient)
        }
        iterations += 1
    }

    /// A sink that applies this step's update during the backward pass of a fused network
    /// (``FusedNetwork/computeGradients(inputs:rows:labels:targets:correct:sink:)``), each
    /// parameter or block of one as soon as its gradient is complete: the same rule and numbers
    /// as ``applyInPlace(_:)``, without a separate pass over weights, gradients and slots. Nil
    /// when clipping needs every gradient first (`globalClipNorm`). Throws for a bad rate.
    /// Call ``endSinkStep()`` after the pass; the step counts only if the sink began it.
    func sink(for parameters: [ParameterBuffer]) throws -> GradientSink? {
        guard globalClipNorm == nil else { return nil }
        let rate = learningRate
        try Self.checkRate(rate, owner: name)
        let elementwise: GradientTransform = clipValue.map { .value($0) } ?? .none
        return GradientSink(
            updatesByBlock: clipNorm == nil,
            begin: { [unowned self] in
                let same =
                    slots.count == parameters.count
                    && zip(slots, parameters).allSatisfy { $0.shape == $1.shape }
                if !same { prepareSlots(for: parameters.map(\.shape)) }
                let step = OptimizerStep(learningRate: rate, t: iterations + 1)
                sinkStep = step
                beginStep(step)
            },
            whole: { [unowned self] i in
                guard let step = sinkStep else { return }
                let p = parameters[i]
                let g = UnsafeBufferPointer(p.gradient)
                updateSplit(
                    p.value, g, slots[i].buffers, step,
                    clipping: clipping(of: g, globalScale: nil), into: p.gradient)
            },
            block: { [unowned self] i, range, gradient in
                guard let step = sinkStep else { return }
                let g = UnsafeMutableBufferPointer(start: gradient, count: range.count)
                if !elementwise.isNone { elementwise.apply(UnsafeBufferPointer(g), into: g) }
                update(
                    UnsafeMutableBufferPointer(rebasing: parameters[i].value[range]),
                    UnsafeBufferPointer(g),
                    slots[i].buffers.map { UnsafeMutableBufferPointer(rebasing: $0[range]) }, step)
            })
    }

    /// Ends a step applied through ``sink(for:)``: counts it when it was applied.
    func endSinkStep() {
        if sinkStep != nil { iterations += 1 }
        sinkStep = nil
    }

    /// How this optimizer clips the gradient `g` of one variable (`globalScale`: the factor of
    /// the global clipping, computed over all variables).
    func clipping(of g: UnsafeBufferPointer<Float>, globalScale: Float?) -> GradientTransform {
        if let c = clipValue { return .value(c) }
        if let c = clipNorm { return .norm(c, GradientClipping.normDivisor(g, c)) }
        if let scale = globalScale { return .scale(scale) }
        return .none
    }

    /// ``update(_:_:_:_:)`` over the whole variable, as two halves when it is large. A
    /// clipped gradient is clipped into `clipped` (which may be `g` itself) block by block, each
    /// block just before its update, so it is read from memory once.
    func updateSplit(
        _ w: UnsafeMutableBufferPointer<Float>, _ g: UnsafeBufferPointer<Float>,
        _ buffers: [UnsafeMutableBufferPointer<Float>], _ step: OptimizerStep,
        clipping transform: GradientTransform = .none,
        into clipped: UnsafeMutableBufferPointer<Float>? = nil
    ) {
        Parallelism.forHalves(count: w.count) { r in
            if case .none = transform, r.count == w.count {
                update(w, g, buffers, step)
                return
            }
            update(r, of: w, g, buffers, step, clipping: transform, into: clipped)
        }
    }

    /// ``update(_:_:_:_:)`` over the elements `range` of the variable, on this thread; a
    /// clipped gradient is clipped into `clipped` block by block, as in
    /// ``updateSplit(_:_:_:_:clipping:into:)``.
    func update(
        _ range: Range<Int>, of w: UnsafeMutableBufferPointer<Float>,
        _ g: UnsafeBufferPointer<Float>, _ buffers: [UnsafeMutableBufferPointer<Float>],
        _ step: OptimizerStep, clipping transform: GradientTransform,
        into clipped: UnsafeMutableBufferPointer<Float>?
    ) {
        let block = 8192
        var low = range.lowerBound
        while low < range.upperBound {
            let high = transform.isNone ? range.upperBound : min(low + block, range.upperBound)
            var source = UnsafeBufferPointer(rebasing: g[low..<high])
            if !transform.isNone, let out = clipped {
                let target = UnsafeMutableBufferPointer(rebasing: out[low..<high])
                transform.apply(source, into: target)
                source = UnsafeBufferPointer(target)
            }
            update(
                UnsafeMutableBufferPointer(rebasing: w[low..<high]), source,
                buffers.map { UnsafeMutableBufferPointer(rebasing: $0[low..<high]) }, step)
            low = high
        }
    }
}

extension GradientTransform {
    var isNone: Bool {
        if case .none = self { return true }
        return false
    }
}
