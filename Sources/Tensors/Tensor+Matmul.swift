extension Tensor {
    /// The matrix product `op(self) · op(other)` of two rank-2 tensors, where `op` transposes
    /// its operand when the flag is set (the transpose is a BLAS flag, not a copy).
    ///
    /// Throws when either operand is not rank 2 or the inner dimensions differ.
    public func matmul(
        _ other: Tensor, transposeSelf: Bool = false, transposeOther: Bool = false
    ) throws -> Tensor {
        guard rank == 2, other.rank == 2 else {
            throw TensorError.shapeMismatch(operation: "matmul", lhs: shape, rhs: other.shape)
        }
        let m = transposeSelf ? shape[1] : shape[0]
        let k = transposeSelf ? shape[0] : shape[1]
        let k2 = transposeOther ? other.shape[1] : other.shape[0]
        let n = transposeOther ? other.shape[0] : other.shape[1]
        guard k == k2 else {
            throw TensorError.shapeMismatch(operation: "matmul", lhs: shape, rhs: other.shape)
        }
        try MemoryBudget.check([m, n].product, shape: [m, n], operation: "matmul")
        let out = TensorStorage(count: m * n, repeating: 0)
        if k > 0 {
            BLAS.sgemm(
                transposeA: transposeSelf, transposeB: transposeOther, m: m, n: n, k: k,
                alpha: 1, a: storage.base, lda: shape[1], b: other.storage.base,
                ldb: other.shape[1], beta: 0, c: out.base, ldc: n)
        }
        return Tensor(shape: [m, n], storage: out)
            .recorded(.matmul(transposeA: transposeSelf, transposeB: transposeOther), self, other)
    }
}

/// The matrix product of two rank-2 tensors (`a.matmul(b)`).
public func matmul(_ a: Tensor, _ b: Tensor) throws -> Tensor {
    try a.matmul(b)
}
