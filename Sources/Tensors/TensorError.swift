/// An error a tensor operation throws when its arguments do not fit: shapes that do not
/// broadcast or multiply, axes out of range, bad indices or arguments.
///
/// Messages follow Keras's "Received: shape=[32, 10]" style and always name every shape involved.
public enum TensorError: Error, Equatable, CustomStringConvertible {
    /// Two shapes that the operation cannot combine.
    case shapeMismatch(operation: String, lhs: [Int], rhs: [Int])
    /// A shape that the operation does not accept, with the reason.
    case invalidShape(operation: String, shape: [Int], reason: String)
    /// An axis outside `-rank..<rank`.
    case axisOutOfRange(operation: String, axis: Int, shape: [Int])
    /// An index outside `0..<count` along the indexed axis.
    case indexOutOfRange(operation: String, index: Int, count: Int)
    /// Any other argument that the operation rejects.
    case invalidArgument(operation: String, reason: String)
    /// A result of `bytes` bytes, more than the ``MemoryBudget`` of `budget` bytes allows.
    case overBudget(operation: String, shape: [Int], bytes: Int, budget: Int)

    /// A one-line human-readable description.
    public var description: String {
        switch self {
        case .shapeMismatch(let operation, let lhs, let rhs):
            return "\(operation): incompatible shapes. Received: shape=\(lhs) and shape=\(rhs)"
        case .invalidShape(let operation, let shape, let reason):
            return "\(operation): \(reason). Received: shape=\(shape)"
        case .axisOutOfRange(let operation, let axis, let shape):
            return "\(operation): axis \(axis) is out of range for rank \(shape.count). "
                + "Received: shape=\(shape)"
        case .indexOutOfRange(let operation, let index, let count):
            return "\(operation): index \(index) is out of range 0..<\(count)"
        case .invalidArgument(let operation, let reason):
            return "\(operation): \(reason)"
        case .overBudget(_, let shape, let bytes, let budget):
            let size = bytes == Int.max ? "more than 9.2 EB" : MemoryBudget.describe(bytes)
            return "cannot allocate a tensor of shape \(shape) (\(size)): over the memory "
                + "budget of \(MemoryBudget.describe(budget))"
        }
    }
}
