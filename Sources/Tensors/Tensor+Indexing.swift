extension Tensor {
    /// The rows (slices along axis 0) at `indices`, in that order, repeats allowed: a mini-batch
    /// `x.gathering(rows: batchIndices)`. Throws when an index is outside `0..<shape[0]`.
    public func gathering(rows indices: [Int]) throws -> Tensor {
        guard rank >= 1 else {
            throw TensorError.invalidShape(
                operation: "gathering(rows:)", shape: shape, reason: "a scalar has no rows")
        }
        let rows = shape[0]
        for i in indices where i < 0 || i >= rows {
            throw TensorError.indexOutOfRange(operation: "gathering(rows:)", index: i, count: rows)
        }
        let width = rows == 0 ? 0 : count / rows
        var outShape = shape
        outShape[0] = indices.count
        let out = TensorStorage(uninitializedCount: indices.count * width)
        for (r, i) in indices.enumerated() {
            (out.base + r * width).update(from: storage.base + i * width, count: width)
        }
        return Tensor(shape: outShape, storage: out).recorded(.gather(indices), self)
    }

    /// The rows `range` (a slice along axis 0): `x.rows(5000..<60000)`. Like NumPy's `x[a:b]`
    /// the result shares this tensor's buffer (nothing is copied); writing to either one gives
    /// the writer its own copy first, so neither sees the other's changes.
    public func rows(_ range: Range<Int>) throws -> Tensor {
        guard rank >= 1 else {
            throw TensorError.invalidShape(
                operation: "rows", shape: shape, reason: "a scalar has no rows")
        }
        guard range.lowerBound >= 0 && range.upperBound <= shape[0] else {
            throw TensorError.indexOutOfRange(
                operation: "rows",
                index: range.lowerBound < 0 ? range.lowerBound : range.upperBound,
                count: shape[0])
        }
        let width = shape[0] == 0 ? 0 : count / shape[0]
        var outShape = shape
        outShape[0] = range.count
        let out = TensorStorage(
            viewing: storage, offset: range.lowerBound * width, count: range.count * width)
        return Tensor(shape: outShape, storage: out).recorded(.sliceRows(range), self)
    }

    /// The row at `index` with axis 0 removed (`x[i]`).
    public func row(_ index: Int) throws -> Tensor {
        let r = try rows(index..<(index + 1))
        return try r.reshaped(Array(shape.dropFirst()))
    }

    /// The element at a full multi-index, e.g. `x.element(at: [2, 3])`.
    public func element(at index: [Int]) throws -> Float {
        try storage.base[offset(of: index, operation: "element(at:)")]
    }

    /// Sets the element at a full multi-index (copying first if the buffer is shared).
    public mutating func setElement(_ value: Float, at index: [Int]) throws {
        let o = try offset(of: index, operation: "setElement(_:at:)")
        withUnsafeMutableBufferPointer { $0[o] = value }
    }

    private func offset(of index: [Int], operation: String) throws -> Int {
        guard index.count == rank else {
            throw TensorError.invalidShape(
                operation: operation, shape: shape,
                reason: "\(index.count) indices given for rank \(rank)")
        }
        var offset = 0
        for (i, d) in shape.enumerated() {
            guard index[i] >= 0 && index[i] < d else {
                throw TensorError.indexOutOfRange(operation: operation, index: index[i], count: d)
            }
            offset = offset * d + index[i]
        }
        return offset
    }
}
