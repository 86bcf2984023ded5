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

    /// max(‖g‖, c), the divisor of `clipnorm`, which rescales one variable by its own L2 norm:
    /// g·c / max(‖g‖, c), so a gradient of norm at most c is left as it is.
    static func normDivisor(_ g: UnsafeBufferPointer<Float>, _ c: Float) -> ScalarDivisor {
        let sum = squaredSum(g)
        let norm = sum > 0 ? sum.squareRoot() : sum
        return ScalarDivisor(max(norm, c))
    }

    /// The factor that rescales all gradients to a joint L2 norm of at most c
    /// (`global_clipnorm`): c · min(1/‖g‖, 1/c), NaN when the norm is not finite.
    static func globalScale(_ gradients: [Tensor], clipNorm c: Float) -> Float {
        var total: Float = 0
        for g in gradients { total += g.withUnsafeBufferPointer { squaredSum($0) } }
        return globalScale(squaredSum: total, clipNorm: c)
    }

    /// The same factor from Σg² over all gradients.
    static func globalScale(squaredSum total: Float, clipNorm c: Float) -> Float {
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
    /// the result does not depend on anything but the values) and rounded once. A large
    /// gradient is summed as two fixed halves, on two threads when the helper is free; the
    /// halves are the same either way, so the result never depends on the threads.
    static func squaredSum(_ g: UnsafeBufferPointer<Float>) -> Float {
        guard let p = g.baseAddress else { return 0 }
        let minimum = 1 << 13
        guard g.count >= minimum else { return Float(squaredSum(p, 0..<g.count)) }
        let half = (g.count / 2 + 63) & ~63
        var sums = (0.0, 0.0)
        Parallelism.forHalves(count: g.count, minimumCount: minimum) { r in
            if r.lowerBound == 0 && r.upperBound == g.count {
                sums = (squaredSum(p, 0..<half), squaredSum(p, half..<g.count))
            } else if r.lowerBound == 0 {
                sums.0 = squaredSum(p, r)
            } else {
                sums.1 = squaredSum(p, r)
            }
        }
        return Float(sums.0 + sums.1)
    }

    private static func squaredSum(_ p: UnsafePointer<Float>, _ r: Range<Int>) -> Double {
        var lanes = SIMD8<Double>()
        var i = r.lowerBound
        while i + 8 <= r.upperBound {
            let v = SIMD8<Double>(
                UnsafeRawPointer(p + i).loadUnaligned(as: SIMD8<Float>.self))
            lanes += v * v
            i += 8
        }
        var sum = lanes.sum()
        while i < r.upperBound {
            sum += Double(p[i]) * Double(p[i])
            i += 1
        }
        return sum
    }
}

/// How one variable's gradient is clipped before its update.
enum GradientTransform {
    case none
    /// Each component clipped to [−c, c].
    case value(Float)
    /// g·c / max(‖g‖, c), the divisor computed beforehand over the whole variable.
    case norm(Float, ScalarDivisor)
    /// Every component multiplied by a factor (the global clipping's).
    case scale(Float)

    /// The clipped `g` written to `out` (which may be `g` itself).
    func apply(_ g: UnsafeBufferPointer<Float>, into out: UnsafeMutableBufferPointer<Float>) {
        guard let src = g.baseAddress, let dst = out.baseAddress else { return }
        typealias L = ParameterLanes
        switch self {
        case .none:
            if UnsafeMutablePointer(mutating: src) != dst {
                dst.update(from: src, count: g.count)
            }
        case .value(let c):
            GradientClipping.clipByValue(g, c, into: out)
        case .norm(let c, let divisor):
            var i = 0
            while i < g.count {
                let n = Swift.min(16, g.count - i)
                L.store((L.load(src, i, n) * c).divided(by: divisor), dst, i, n)
                i += 16
            }
        case .scale(let s):
            GradientClipping.scale(g, s, into: out)
        }
    }
}
