import Tensors

/// Keras's three ways of clipping gradients before an update, in float32.
enum GradientClipping {
    /// Each component clipped to [−c, c] (`clipvalue`): min(max(g, −c), c).
    static func clipByValue(
        _ g: UnsafeBufferPointer<Float>, _ c: Float, into out: UnsafeMutableBufferPointer<Float>
    ) {
        guard let src = g.baseAddress, let dst = out.baseAddress else { return }
        typealias L = ParameterLanes
        let (low, high) = (L.Vector(repeating: -c), L.Vector(repeating: c))
        var i = 0
        while i < g.count {
            let n = Swift.min(16, g.count - i)
            L.store(pointwiseMin(pointwiseMax(L.load(src, i, n), low), high), dst, i, n)
            i += 16
        }
    }

    /// One variable rescaled by its own L2 norm (`clipnorm`): g·c / max(‖g‖, c), so a
    /// gradient of norm at most c is left as it is.
    static func clipByNorm(
        _ g: UnsafeBufferPointer<Float>, _ c: Float, into out: UnsafeMutableBufferPointer<Float>
    ) {
        let sum = squaredSum(g)
        let norm = sum > 0 ? sum.squareRoot() : sum
        let denominator = max(norm, c)
        guard let src = g.baseAddress, let dst = out.baseAddress else { return }
        typealias L = ParameterLanes
        var i = 0
        while i < g.count {
            let n = Swift.min(16, g.count - i)
            L.store((L.load(src, i, n) * c) / denominator, dst, i, n)
            i += 16
        }
    }

    /// The factor that rescales all gradients to a joint L2 norm of at most c
    /// (`global_clipnorm`): c · min(1/‖g‖, 1/c), NaN when the norm is not finite.
    static func globalScale(_ gradients: [Tensor], clipNorm c: Float) -> Float {
        var total: Float = 0
        for g in gradients { total += g.withUnsafeBufferPointer { squaredSum($0) } }
        let norm = total.squareRoot()
        return c * min(1 / norm, 1 / c) + (norm - norm)
    }

    /// Every component multiplied by `scale`.
    static func scale(
        _ g: UnsafeBufferPointer<Float>, _ scale: Float, into out: UnsafeMutableBufferPointer<Float>
    ) {
        guard let src = g.baseAddress, let dst = out.baseAddress else { return }
        typealias L = ParameterLanes
        var i = 0
        while i < g.count {
            let n = Swift.min(16, g.count - i)
            L.store(L.load(src, i, n) * scale, dst, i, n)
            i += 16
        }
    }

    /// Σ g², accumulated in double precision (eight running sums, added in a fixed order, so
    /// the result does not depend on anything but the values) and rounded once.
    static func squaredSum(_ g: UnsafeBufferPointer<Float>) -> Float {
        guard let p = g.baseAddress else { return 0 }
        var lanes = SIMD8<Double>()
        var i = 0
        while i + 8 <= g.count {
            let v = SIMD8<Double>(
                UnsafeRawPointer(p + i).loadUnaligned(as: SIMD8<Float>.self))
            lanes += v * v
            i += 8
        }
        var sum = lanes.sum()
        while i < g.count {
            sum += Double(p[i]) * Double(p[i])
            i += 1
        }
        return Float(sum)
    }
}
