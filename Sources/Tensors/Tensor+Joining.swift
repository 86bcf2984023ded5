extension Tensor {
    /// The tensors joined along an existing `axis`; all other dimensions must agree.
    public static func concatenate(_ tensors: [Tensor], axis: Int = 0) throws -> Tensor {
        guard let first = tensors.first else {
            throw TensorError.invalidArgument(operation: "concatenate", reason: "no tensors given")
        }
        let a = try first.normalized(axis: axis, operation: "concatenate")
        var outShape = first.shape
        outShape[a] = 0
        for t in tensors {
            var expected = first.shape
            expected[a] = t.rank == first.rank ? t.shape[a] : -1
            guard t.shape == expected else {
                throw TensorError.shapeMismatch(
                    operation: "concatenate", lhs: first.shape, rhs: t.shape)
            }
            outShape[a] += t.shape[a]
        }
        let outer = first.shape[..<a].reduce(1, *)
        let inner = first.shape[(a + 1)...].reduce(1, *)
        try MemoryBudget.check(outShape.product, shape: outShape, operation: "concatenate")
        let out = TensorStorage(uninitializedCount: outShape.product)
        let outRow = outShape[a] * inner
        var column = 0
        for t in tensors {
            let width = t.shape[a] * inner
            for o in 0..<outer {
                (out.base + o * outRow + column).update(
                    from: t.storage.base + o * width, count: width)
            }
            column += width
        }
        var result = Tensor(shape: outShape, storage: out)
        if tensors.contains(where: { $0.node != nil }) {
            result.node = GradientNode(
                primitive: .concatenate(axis: a), inputs: tensors, output: result)
        }
        return result
    }

    /// The tensors (all of one shape) stacked along a new `axis`.
    public static func stack(_ tensors: [Tensor], axis: Int = 0) throws -> Tensor {
        guard let first = tensors.first else {
            throw TensorError.invalidArgument(operation: "stack", reason: "no tensors given")
        }
        for t in tensors where t.shape != first.shape {
            throw TensorError.shapeMismatch(operation: "stack", lhs: first.shape, rhs: t.shape)
        }
        return try concatenate(tensors.map { try $0.expandingDims(at: axis) }, axis: axis)
    }
}
