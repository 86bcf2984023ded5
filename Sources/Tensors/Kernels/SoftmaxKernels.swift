/// Row-wise softmax and cross-entropy over raw buffers (used by the loss primitives and the
/// fused training step).
public enum SoftmaxKernels {
    /// The mean over `rows` of `logsumexp(row) − row[label]` for `[rows, classes]` logits.
    public static func sparseCrossEntropy(
        _ logits: UnsafePointer<Float>, labels: [Int], rows: Int, classes: Int
    ) -> Float {
        var total: Double = 0
        for r in 0..<rows {
            let row = logits + r * classes
            var m = -Float.infinity
            for j in 0..<classes { m = Swift.max(m, row[j]) }
            var s: Float = 0
            for j in 0..<classes { s += FastMath.exp(row[j] - m) }
            total += Double(FastMath.log(s) + m - row[labels[r]])
        }
        return Float(total / Double(Swift.max(rows, 1)))
    }

    /// Writes `scale · (softmax(row) − onehot(label))` for every row into `gradient` and returns
    /// the mean cross-entropy of the rows: the fused softmax + cross-entropy backward.
    @inline(__always)
    public static func sparseCrossEntropyGradient(
        _ logits: UnsafePointer<Float>, labels: UnsafePointer<Int32>, rows: Int, classes: Int,
        scale: Float, gradient: UnsafeMutablePointer<Float>
    ) -> Float {
        var total: Float = 0
        for r in 0..<rows {
            let row = logits + r * classes
            let g = gradient + r * classes
            var m = -Float.infinity
            for j in 0..<classes { m = Swift.max(m, row[j]) }
            var s: Float = 0
            for j in 0..<classes {
                let e = FastMath.exp(row[j] - m)
                g[j] = e
                s += e
            }
            let label = Int(labels[r])
            total += FastMath.log(s) + m - row[label]
            let k = scale / s
            for j in 0..<classes { g[j] *= k }
            g[label] -= scale
        }
        return total / Float(Swift.max(rows, 1))
    }
}
