/// Materializes a permutation of a tensor's axes.
enum TransposeKernel {
    /// `x` with its axes permuted by `perm` (a valid permutation).
    static func permute(_ x: Tensor, _ perm: [Int]) -> Tensor {
        let rank = x.rank
        let outShape = perm.map { x.shape[$0] }
        let out = TensorStorage(uninitializedCount: x.count)
        let src = x.storage.base
        let dst = out.base
        if rank == 2 && perm == [1, 0] {
            let rows = x.shape[0]
            let cols = x.shape[1]
            let block = 32
            for i0 in stride(from: 0, to: rows, by: block) {
                for j0 in stride(from: 0, to: cols, by: block) {
                    for i in i0..<min(i0 + block, rows) {
                        for j in j0..<min(j0 + block, cols) {
                            dst[j * rows + i] = src[i * cols + j]
                        }
                    }
                }
            }
            return Tensor(shape: outShape, storage: out)
        }
        let inStrides = Broadcasting.contiguousStrides(x.shape)
        let strides = perm.map { inStrides[$0] }
        var index = [Int](repeating: 0, count: rank)
        var offset = 0
        for i in 0..<x.count {
            dst[i] = src[offset]
            var d = rank - 1
            while d >= 0 {
                index[d] += 1
                offset += strides[d]
                if index[d] < outShape[d] { break }
                offset -= strides[d] * outShape[d]
                index[d] = 0
                d -= 1
            }
        }
        return Tensor(shape: outShape, storage: out)
    }
}
