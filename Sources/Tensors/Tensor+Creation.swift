extension Tensor {
    /// A tensor of zeros.
    public static func zeros(_ shape: [Int]) throws -> Tensor {
        try Tensor(shape: shape, repeating: 0)
    }

    /// A tensor of ones.
    public static func ones(_ shape: [Int]) throws -> Tensor {
        try Tensor(shape: shape, repeating: 1)
    }

    /// A tensor with every element equal to `value`.
    public static func full(_ shape: [Int], value: Float) throws -> Tensor {
        try Tensor(shape: shape, repeating: value)
    }

    /// Zeros with the shape of `other`.
    public static func zeros(like other: Tensor) -> Tensor {
        Tensor(shape: other.shape, storage: TensorStorage(count: other.count, repeating: 0))
    }

    /// Ones with the shape of `other`.
    public static func ones(like other: Tensor) -> Tensor {
        Tensor(shape: other.shape, storage: TensorStorage(count: other.count, repeating: 1))
    }

    /// The values `start, start + step, …` below `end` (NumPy's `arange`), rank 1.
    public static func arange(_ start: Float, _ end: Float, step: Float = 1) throws -> Tensor {
        guard step != 0, step.isFinite, start.isFinite, end.isFinite else {
            throw TensorError.invalidArgument(
                operation: "arange", reason: "step must be finite and nonzero, got \(step)")
        }
        let (a, b, s) = (Double(start), Double(end), Double(step))
        let n = Swift.max(0, Int(((b - a) / s).rounded(.up)))
        return Tensor((0..<n).map { Float(a + Double($0) * s) })
    }

    /// The integers `0..<end` as Float values, rank 1.
    public static func arange(_ end: Int) -> Tensor {
        Tensor((0..<Swift.max(end, 0)).map { Float($0) })
    }

    /// `count` evenly spaced values from `start` to `end` inclusive (NumPy's `linspace`).
    public static func linspace(_ start: Float, _ end: Float, count: Int) throws -> Tensor {
        guard count >= 0 else {
            throw TensorError.invalidArgument(
                operation: "linspace", reason: "count must not be negative, got \(count)")
        }
        if count == 1 { return Tensor([start]) }
        let step = (Double(end) - Double(start)) / Double(Swift.max(count - 1, 1))
        return Tensor(
            (0..<count).map { i in
                i == count - 1 ? end : Float(Double(start) + Double(i) * step)
            })
    }

    /// The `n × n` identity matrix (`eye`), or `n × columns` with ones on the diagonal.
    public static func eye(_ n: Int, columns: Int? = nil) throws -> Tensor {
        let m = columns ?? n
        var result = try Tensor.zeros([n, m])
        result.withUnsafeMutableBufferPointer { p in
            for i in 0..<Swift.min(n, m) { p[i * m + i] = 1 }
        }
        return result
    }

    /// Rows of one-hot vectors: row `i` has a 1 at column `labels[i]` (Keras's
    /// `to_categorical`). Throws when a label is outside `0..<classes`.
    public static func oneHot(_ labels: [Int], classes: Int) throws -> Tensor {
        var result = try Tensor.zeros([labels.count, classes])
        for label in labels where label < 0 || label >= classes {
            throw TensorError.indexOutOfRange(operation: "oneHot", index: label, count: classes)
        }
        result.withUnsafeMutableBufferPointer { p in
            for (i, label) in labels.enumerated() { p[i * classes + label] = 1 }
        }
        return result
    }
}
