/// NumPy's broadcasting rules: shapes are aligned at their last dimension, and each pair of
/// dimensions must be equal or contain a 1, which stretches to the other.
enum Broadcasting {
    /// The shape of the result of combining `lhs` and `rhs`, or a thrown shape mismatch.
    static func shape(_ lhs: [Int], _ rhs: [Int], operation: String) throws -> [Int] {
        if lhs == rhs { return lhs }
        let rank = max(lhs.count, rhs.count)
        var result = [Int](repeating: 1, count: rank)
        for i in 0..<rank {
            let a = i < rank - lhs.count ? 1 : lhs[i - (rank - lhs.count)]
            let b = i < rank - rhs.count ? 1 : rhs[i - (rank - rhs.count)]
            if a == b || b == 1 {
                result[i] = a
            } else if a == 1 {
                result[i] = b
            } else {
                throw TensorError.shapeMismatch(operation: operation, lhs: lhs, rhs: rhs)
            }
        }
        try MemoryBudget.check(result.product, shape: result, operation: operation)
        return result
    }

    /// Element strides of `shape` read as the (broadcast) `target` shape: 0 along stretched
    /// dimensions, row-major strides elsewhere.
    static func strides(of shape: [Int], in target: [Int]) -> [Int] {
        var strides = [Int](repeating: 0, count: target.count)
        var step = 1
        let offset = target.count - shape.count
        for i in stride(from: shape.count - 1, through: 0, by: -1) {
            strides[i + offset] = shape[i] == 1 ? 0 : step
            step *= shape[i]
        }
        return strides
    }

    /// Row-major strides of a contiguous tensor of `shape`.
    static func contiguousStrides(_ shape: [Int]) -> [Int] {
        var strides = [Int](repeating: 1, count: shape.count)
        var step = 1
        for i in stride(from: shape.count - 1, through: 0, by: -1) {
            strides[i] = step
            step *= shape[i]
        }
        return strides
    }

    /// The axes along which a gradient of shape `target` must be summed to give `shape`
    /// (leading axes that `shape` lacks, and axes where `shape` has 1 but `target` does not).
    static func reducedAxes(from target: [Int], to shape: [Int]) -> [Int] {
        let offset = target.count - shape.count
        var axes: [Int] = Array(0..<max(offset, 0))
        for i in 0..<shape.count where shape[i] == 1 && target[i + offset] != 1 {
            axes.append(i + offset)
        }
        return axes
    }
}
