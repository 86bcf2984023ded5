/// Batch normalization of row-major `[rows, n]` buffers over the rows, as the fused training
/// path computes it (Ioffe & Szegedy 2015), in the order of the tensor operations it replaces.
enum NormalizationKernels {
    /// μⱼ = Σᵣ xᵣⱼ / N and the biased σⱼ² = Σᵣ (xᵣⱼ − μⱼ)² / N into `mean` and `variance`
    /// (`stride`: the row stride of `x`, `n` by default, more for a block of features).
    static func statistics(
        _ x: UnsafePointer<Float>, rows: Int, features n: Int, stride: Int? = nil,
        mean: UnsafeMutablePointer<Float>, variance: UnsafeMutablePointer<Float>
    ) {
        let ld = stride ?? n
        let count = Float(Swift.max(rows, 1))
        for j in 0..<n { mean[j] = 0 }
        for r in 0..<rows {
            let row = x + r * ld
            for j in 0..<n { mean[j] += row[j] }
        }
        for j in 0..<n { mean[j] /= count }
        for j in 0..<n { variance[j] = 0 }
        for r in 0..<rows {
            let row = x + r * ld
            for j in 0..<n {
                let d = row[j] - mean[j]
                variance[j] += d * d
            }
        }
        for j in 0..<n { variance[j] /= count }
    }

    /// `y = x·scale + shift` per feature (`stride`: the row stride of `x` and `y`).
    static func affine(
        _ x: UnsafePointer<Float>, rows: Int, features n: Int, stride: Int? = nil,
        scale: UnsafePointer<Float>, shift: UnsafePointer<Float>,
        into y: UnsafeMutablePointer<Float>
    ) {
        let ld = stride ?? n
        for r in 0..<rows {
            let (xr, yr) = (x + r * ld, y + r * ld)
            for j in 0..<n { yr[j] = xr[j] * scale[j] + shift[j] }
        }
    }

    /// The backward pass through training-mode normalization, in place on `g` (the gradient
    /// of y on entry, of x on return): with x̂ = (x − μ)·s, s = 1/√(σ² + ε),
    /// ∂β = Σᵣ g, ∂γ = Σᵣ g·x̂, ∂x = γ·s/N · (N·g − ∂β − x̂·∂γ). `factor` is scratch of n.
    static func backward(
        _ g: UnsafeMutablePointer<Float>, input x: UnsafePointer<Float>, rows: Int, features n: Int,
        mean: UnsafePointer<Float>, inverseDeviation s: UnsafePointer<Float>,
        gamma: UnsafePointer<Float>?, sumG: UnsafeMutablePointer<Float>,
        sumGX: UnsafeMutablePointer<Float>, factor: UnsafeMutablePointer<Float>, propagate: Bool
    ) {
        for j in 0..<n {
            sumG[j] = 0
            sumGX[j] = 0
        }
        for r in 0..<rows {
            let (gr, xr) = (g + r * n, x + r * n)
            for j in 0..<n {
                sumG[j] += gr[j]
                sumGX[j] += gr[j] * ((xr[j] - mean[j]) * s[j])
            }
        }
        guard propagate else { return }
        let count = Float(rows)
        for j in 0..<n { factor[j] = (gamma?[j] ?? 1) * s[j] / count }
        for r in 0..<rows {
            let (gr, xr) = (g + r * n, x + r * n)
            for j in 0..<n {
                let xHat = (xr[j] - mean[j]) * s[j]
                gr[j] = factor[j] * (count * gr[j] - sumG[j] - xHat * sumGX[j])
            }
        }
    }

    /// `g *= scale` per feature, in place.
    static func scaleRows(
        _ g: UnsafeMutablePointer<Float>, rows: Int, features n: Int, by scale: UnsafePointer<Float>
    ) {
        for r in 0..<rows {
            let gr = g + r * n
            for j in 0..<n { gr[j] *= scale[j] }
        }
    }
}
