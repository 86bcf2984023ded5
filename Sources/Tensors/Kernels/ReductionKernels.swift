/// Reductions along one axis of a contiguous tensor viewed as `[outer, length, inner]`.
enum ReductionKernels {
    /// The `[outer, length, inner]` view of `shape` around `axis`.
    static func view(_ shape: [Int], axis: Int) -> (outer: Int, length: Int, inner: Int) {
        (shape[..<axis].reduce(1, *), shape[axis], shape[(axis + 1)...].reduce(1, *))
    }

    /// Reduces `axis` with `combine`, starting from `initial`; the result keeps the axis as 1.
    @inline(__always)
    static func reduce(
        _ x: Tensor, axis: Int, initial: Float, _ combine: (Float, Float) -> Float
    ) -> Tensor {
        let (outer, length, inner) = view(x.shape, axis: axis)
        var shape = x.shape
        shape[axis] = 1
        let out = TensorStorage(count: outer * inner, repeating: initial)
        let src = x.storage.base
        let dst = out.base
        if inner == 1 {
            for o in 0..<outer {
                let row = src + o * length
                var acc = initial
                for k in 0..<length { acc = combine(acc, row[k]) }
                dst[o] = acc
            }
        } else {
            for o in 0..<outer {
                let d = dst + o * inner
                for k in 0..<length {
                    let s = src + (o * length + k) * inner
                    for i in 0..<inner { d[i] = combine(d[i], s[i]) }
                }
            }
        }
        return Tensor(shape: shape, storage: out)
    }

    /// The sum along `axis`, kept as size 1. Rows are summed with eight partial sums so that the
    /// contiguous case vectorizes and accumulates less rounding error.
    static func sum(_ x: Tensor, axis: Int) -> Tensor {
        let (outer, length, inner) = view(x.shape, axis: axis)
        if inner != 1 { return reduce(x, axis: axis, initial: 0) { $0 + $1 } }
        var shape = x.shape
        shape[axis] = 1
        let out = TensorStorage(uninitializedCount: outer)
        let src = x.storage.base
        for o in 0..<outer {
            out.base[o] = Float(pairwiseSum(src + o * length, length))
        }
        return Tensor(shape: shape, storage: out)
    }

    /// A pairwise (cascade) sum of `n` values, as NumPy computes it.
    static func pairwiseSum(_ p: UnsafePointer<Float>, _ n: Int) -> Float {
        if n <= 128 {
            var acc = (
                Float(0), Float(0), Float(0), Float(0), Float(0), Float(0), Float(0), Float(0)
            )
            var i = 0
            while i + 8 <= n {
                acc.0 += p[i]
                acc.1 += p[i + 1]
                acc.2 += p[i + 2]
                acc.3 += p[i + 3]
                acc.4 += p[i + 4]
                acc.5 += p[i + 5]
                acc.6 += p[i + 6]
                acc.7 += p[i + 7]
                i += 8
            }
            var rest: Float = 0
            while i < n {
                rest += p[i]
                i += 1
            }
            return ((acc.0 + acc.1) + (acc.2 + acc.3)) + ((acc.4 + acc.5) + (acc.6 + acc.7)) + rest
        }
        let half = (n / 2) & ~7
        return pairwiseSum(p, half) + pairwiseSum(p + half, n - half)
    }

    /// The index of the largest (`largest`) or smallest value along `axis` (first on ties),
    /// as a Float tensor with the axis kept as size 1.
    static func argExtreme(_ x: Tensor, axis: Int, largest: Bool) -> Tensor {
        let (outer, length, inner) = view(x.shape, axis: axis)
        var shape = x.shape
        shape[axis] = 1
        let out = TensorStorage(count: outer * inner, repeating: 0)
        let src = x.storage.base
        for o in 0..<outer {
            for i in 0..<inner {
                var best = src[o * length * inner + i]
                var bestIndex = 0
                for k in 1..<max(length, 1) {
                    let v = src[(o * length + k) * inner + i]
                    if largest ? v > best : v < best {
                        best = v
                        bestIndex = k
                    }
                }
                out.base[o * inner + i] = Float(bestIndex)
            }
        }
        return Tensor(shape: shape, storage: out)
    }
}
