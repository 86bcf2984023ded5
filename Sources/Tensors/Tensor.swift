/// An n-dimensional array of Float32 values in row-major (C) order.
///
/// `Tensor` is a value type: copies share one buffer until either copy is mutated
/// (copy-on-write), so tensors can be stored, captured and snapshotted freely. Operations that
/// combine shapes follow NumPy's broadcasting rules and throw a ``TensorError`` instead of
/// trapping. A tensor that depends on a variable of ``gradients(of:wrt:)`` carries a link to the
/// operation that produced it, which the backward pass follows; other tensors carry none.
public struct Tensor {
    /// The extent of each dimension; `[]` for a scalar.
    public internal(set) var shape: [Int]
    @usableFromInline var storage: TensorStorage
    /// The operation that produced this tensor while gradients were being recorded, else `nil`.
    var node: GradientNode?

    @usableFromInline
    init(shape: [Int], storage: TensorStorage) {
        self.shape = shape
        self.storage = storage
        self.node = nil
    }

    /// Creates a tensor of the given shape filled with `value`.
    ///
    /// Throws when a dimension is negative or the shape is too large.
    public init(shape: [Int], repeating value: Float) throws {
        try Tensor.validate(shape: shape, operation: "Tensor(shape:repeating:)")
        self.init(shape: shape, storage: TensorStorage(count: shape.product, repeating: value))
    }

    /// Creates a tensor from row-major `scalars` and a `shape` whose product equals their count.
    public init(shape: [Int], scalars: [Float]) throws {
        try Tensor.validate(shape: shape, operation: "Tensor(shape:scalars:)")
        guard shape.product == scalars.count else {
            throw TensorError.invalidShape(
                operation: "Tensor(shape:scalars:)", shape: shape,
                reason: "the shape holds \(shape.product) values but \(scalars.count) were given")
        }
        let storage = TensorStorage(uninitializedCount: scalars.count)
        scalars.withUnsafeBufferPointer { source in
            if let base = source.baseAddress {
                storage.base.update(from: base, count: source.count)
            }
        }
        self.init(shape: shape, storage: storage)
    }

    /// Creates a scalar (rank-0) tensor.
    public init(_ value: Float) {
        self.init(shape: [], storage: TensorStorage(count: 1, repeating: value))
    }

    /// Creates a rank-1 tensor from `scalars`.
    public init(_ scalars: [Float]) {
        let storage = TensorStorage(uninitializedCount: scalars.count)
        scalars.withUnsafeBufferPointer { source in
            if let base = source.baseAddress {
                storage.base.update(from: base, count: source.count)
            }
        }
        self.init(shape: [scalars.count], storage: storage)
    }

    /// Creates a rank-2 tensor from rows of equal length; throws when the rows are ragged.
    public init(_ rows: [[Float]]) throws {
        let columns = rows.first?.count ?? 0
        if let bad = rows.first(where: { $0.count != columns }) {
            throw TensorError.shapeMismatch(
                operation: "Tensor(rows)", lhs: [columns], rhs: [bad.count])
        }
        try self.init(shape: [rows.count, columns], scalars: rows.flatMap { $0 })
    }

    /// The number of dimensions.
    public var rank: Int { shape.count }

    /// The total number of elements (the product of `shape`).
    public var count: Int { storage.count }

    /// All elements in row-major order.
    public var scalars: [Float] {
        Array(UnsafeBufferPointer(start: storage.base, count: storage.count))
    }

    /// The only element of a one-element tensor, else `nil`.
    public var scalar: Float? { count == 1 ? storage.base[0] : nil }

    /// Calls `body` with the elements for reading.
    @inlinable
    public func withUnsafeBufferPointer<R>(
        _ body: (UnsafeBufferPointer<Float>) throws -> R
    ) rethrows -> R {
        try body(UnsafeBufferPointer(start: storage.base, count: storage.count))
    }

    /// Gives this tensor its own buffer if it shares one or is a window on another's (the copy
    /// in copy-on-write).
    @inlinable
    public mutating func makeUnique() {
        if !isKnownUniquelyReferenced(&storage) || storage.isView { storage = storage.copy() }
    }

    /// Calls `body` with the elements for writing, first copying them if the buffer is shared.
    @inlinable
    public mutating func withUnsafeMutableBufferPointer<R>(
        _ body: (UnsafeMutableBufferPointer<Float>) throws -> R
    ) rethrows -> R {
        makeUnique()
        return try body(UnsafeMutableBufferPointer(start: storage.base, count: storage.count))
    }

    /// The same values without any link to the operation that produced them: gradients do not
    /// flow through the result (like `stop_gradient`).
    public func detached() -> Tensor {
        Tensor(shape: shape, storage: storage)
    }

    /// The most elements one tensor may hold (2³¹, 8 GiB of Float32): larger requests are
    /// errors, not allocation failures or overflowing sizes.
    public static let maximumElementCount = 1 << 31

    static func validate(shape: [Int], operation: String) throws {
        if shape.contains(where: { $0 < 0 }) {
            throw TensorError.invalidShape(
                operation: operation, shape: shape, reason: "dimensions must not be negative")
        }
        let count = shape.product
        try MemoryBudget.check(count, shape: shape, operation: operation)
        guard count <= maximumElementCount else {
            throw TensorError.invalidShape(
                operation: operation, shape: shape,
                reason: "the shape holds more than \(maximumElementCount) elements")
        }
    }
}

extension Array where Element == Int {
    /// The product of the elements (1 for an empty array), saturating at `Int.max` so that an
    /// absurd shape from a user is a size mismatch, never an arithmetic overflow.
    public var product: Int {
        var result = 1
        for n in self {
            let (p, overflow) = result.multipliedReportingOverflow(by: n)
            if overflow { return Int.max }
            result = p
        }
        return result
    }
}
