/// Loops over raw buffers for element-wise operations. Each takes its scalar function as a
/// closure that the optimizer inlines, so the inner loops vectorize (AVX-512 or AVX2).
enum ElementwiseKernels {
    /// Applies `f` to every element of `x`.
    @inline(__always)
    static func map(_ x: Tensor, _ f: (Float) -> Float) -> Tensor {
        let n = x.count
        let out = TensorStorage(uninitializedCount: n)
        let src = x.storage.base
        let dst = out.base
        for i in 0..<n { dst[i] = f(src[i]) }
        return Tensor(shape: x.shape, storage: out)
    }

    /// Applies `f` to pairs of elements of `a` and `b` broadcast together.
    @inline(__always)
    static func zip(
        _ a: Tensor, _ b: Tensor, operation: String, _ f: (Float, Float) -> Float
    ) throws -> Tensor {
        let pa = a.storage.base
        let pb = b.storage.base
        if a.shape == b.shape {
            let n = a.count
            let out = TensorStorage(uninitializedCount: n)
            let dst = out.base
            for i in 0..<n { dst[i] = f(pa[i], pb[i]) }
            return Tensor(shape: a.shape, storage: out)
        }
        let shape = try Broadcasting.shape(a.shape, b.shape, operation: operation)
        let n = shape.product
        let out = TensorStorage(uninitializedCount: n)
        let dst = out.base
        if b.count == 1 {
            let s = pb[0]
            for i in 0..<n { dst[i] = f(pa[i], s) }
        } else if a.count == 1 {
            let s = pa[0]
            for i in 0..<n { dst[i] = f(s, pb[i]) }
        } else {
            strided(shape, a, b) { offset, ia, sa, ib, sb, inner in
                let o = dst + offset
                let x = pa + ia
                let y = pb + ib
                if sa == 1 && sb == 1 {
                    for j in 0..<inner { o[j] = f(x[j], y[j]) }
                } else if sa == 1 {
                    let s = y[0]
                    for j in 0..<inner { o[j] = f(x[j], s) }
                } else if sb == 1 {
                    let s = x[0]
                    for j in 0..<inner { o[j] = f(s, y[j]) }
                } else {
                    let s = f(x[0], y[0])
                    for j in 0..<inner { o[j] = s }
                }
            }
        }
        return Tensor(shape: shape, storage: out)
    }

    /// Walks the rows (last dimension) of the broadcast `shape`, calling `row` with the output
    /// offset, each operand's offset and its stride along the last dimension, and the row length.
    @inline(__always)
    static func strided(
        _ shape: [Int], _ a: Tensor, _ b: Tensor,
        _ row: (Int, Int, Int, Int, Int, Int) -> Void
    ) {
        let rank = shape.count
        let sa = Broadcasting.strides(of: a.shape, in: shape)
        let sb = Broadcasting.strides(of: b.shape, in: shape)
        let inner = rank == 0 ? 1 : shape[rank - 1]
        let innerA = rank == 0 ? 0 : sa[rank - 1]
        let innerB = rank == 0 ? 0 : sb[rank - 1]
        let rows = inner == 0 ? 0 : shape.product / inner
        var index = [Int](repeating: 0, count: max(rank - 1, 0))
        var ia = 0
        var ib = 0
        for r in 0..<rows {
            row(r * inner, ia, innerA, ib, innerB, inner)
            var d = rank - 2
            while d >= 0 {
                index[d] += 1
                ia += sa[d]
                ib += sb[d]
                if index[d] < shape[d] { break }
                ia -= sa[d] * shape[d]
                ib -= sb[d] * shape[d]
                index[d] = 0
                d -= 1
            }
        }
    }
}
