extension Tensor {
    /// The same elements under a new shape; one dimension may be −1 and is then inferred.
    ///
    /// Throws when the element counts differ.
    public func reshaped(_ newShape: [Int]) throws -> Tensor {
        var shape = newShape
        let unknown = shape.indices.filter { shape[$0] == -1 }
        if unknown.count > 1 || shape.contains(where: { $0 < -1 }) {
            throw TensorError.invalidShape(
                operation: "reshape", shape: newShape,
                reason: "only one dimension may be -1 and none may be below it")
        }
        if let u = unknown.first {
            let known = shape.filter { $0 != -1 }.product
            guard known > 0, count % known == 0 else {
                throw TensorError.shapeMismatch(
                    operation: "reshape", lhs: self.shape, rhs: newShape)
            }
            shape[u] = count / known
        }
        guard shape.product == count else {
            throw TensorError.shapeMismatch(operation: "reshape", lhs: self.shape, rhs: newShape)
        }
        return Tensor(shape: shape, storage: storage).recorded(.reshape, self)
    }

    /// A rank-2 view `[shape[0], rest]` (Keras's `Flatten`); a scalar becomes `[1, 1]`.
    public func flattenedBatch() -> Tensor {
        let rows = shape.first ?? 1
        let columns = rows == 0 ? 0 : count / rows
        return Tensor(shape: [rows, columns], storage: storage).recorded(.reshape, self)
    }

    /// A new axis of size 1 inserted at `axis` (which may be `rank`, or negative).
    public func expandingDims(at axis: Int) throws -> Tensor {
        let a = axis < 0 ? axis + rank + 1 : axis
        guard a >= 0 && a <= rank else {
            throw TensorError.axisOutOfRange(operation: "expandingDims", axis: axis, shape: shape)
        }
        var newShape = shape
        newShape.insert(1, at: a)
        return try reshaped(newShape)
    }

    /// The tensor without its axes of size 1.
    public func squeezed() -> Tensor {
        Tensor(shape: shape.filter { $0 != 1 }, storage: storage).recorded(.reshape, self)
    }

    /// The axes permuted: `result.shape[i] == shape[permutation[i]]`. Without an argument the
    /// axes are reversed (the matrix transpose for rank 2).
    public func transposed(_ permutation: [Int]? = nil) throws -> Tensor {
        let perm = permutation ?? Array((0..<rank).reversed())
        guard perm.sorted() == Array(0..<rank) else {
            throw TensorError.invalidArgument(
                operation: "transposed",
                reason: "\(perm) is not a permutation of the axes of shape \(shape)")
        }
        return TransposeKernel.permute(self, perm).recorded(.transpose(perm), self)
    }

    /// The tensor broadcast to `target` (NumPy's `broadcast_to`), materialized.
    public func broadcast(to target: [Int]) throws -> Tensor {
        let shape = try Broadcasting.shape(self.shape, target, operation: "broadcast")
        guard shape == target else {
            throw TensorError.shapeMismatch(operation: "broadcast", lhs: self.shape, rhs: target)
        }
        if self.shape == target { return self }
        let zeros = Tensor(
            shape: target, storage: TensorStorage(count: target.product, repeating: 0))
        return try ElementwiseKernels.zip(self, zeros, operation: "broadcast") { a, _ in a }
            .recorded(.broadcast, self)
    }

    /// `axis` made non-negative, or a thrown error when it is outside `-rank..<rank`.
    func normalized(axis: Int, operation: String) throws -> Int {
        let a = axis < 0 ? axis + rank : axis
        guard a >= 0 && a < rank else {
            throw TensorError.axisOutOfRange(operation: operation, axis: axis, shape: shape)
        }
        return a
    }
}
