import Tensors

/// Keras's three ways of clipping gradients before an update, in float32.
enum GradientClipping {
    /// Each component clipped to [−c, c] (`clipvalue`): min(max(g, −c), c).
    static func clipByValue(
        _ g: UnsafeBufferPointer<Float>, _ c: Float, into out: UnsafeMutableBufferPointer<Float>
    ) {
        for i in g.indices { out[i] = min(max(g[i], -c), c) }
    }

    /// One variable rescaled by its own L2 norm (`clipnorm`): g·c / max(‖g‖, c), so a
    /// gradient of norm at most c is left as it is.
    static func clipByNorm(
        _ g: UnsafeBufferPointer<Float>, _ c: Float, into out: UnsafeMutableBufferPointer<Float>
    ) {
        let sum = squaredSum(g)
        let norm = sum > 0 ? sum.squareRoot() : sum
        let denominator = max(norm, c)
        for i in g.indices { out[i] = (g[i] * c) / denominator }
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
        for i in g.indices { out[i] = g[i] * scale }
    }

    /// Σ g², accumulated in double precision and rounded once.
    static func squaredSum(_ g: UnsafeBufferPointer<Float>) -> Float {
        var sum = 0.0
        for x in g { sum += Double(x) * Double(x) }
        return Float(sum)
    }
}
