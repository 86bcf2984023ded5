#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The most bytes one tensor may take, so that `Tensor.zeros([100000, 100000])`, a huge
/// `Dense` kernel or an outer product of two long vectors is an error
/// (``TensorError/overBudget(operation:shape:bytes:budget:)``) instead of a crash of the whole
/// process.
///
/// The budget is bound per thread (or task) with `MemoryBudget.$bytes.withValue(_:operation:)`;
/// a session binds its own around each cell. Creation (`Tensor(shape:…)`, `zeros`, `ones`,
/// random tensors), broadcasting results, `broadcast(to:)`, `matmul` and `concatenate` check
/// it. Only tensors of at least ``checkedCount`` elements (4 MB) are checked, so the small
/// tensors of a training step cost one comparison.
public enum MemoryBudget {
    /// The budget in bytes of the current thread or task (default: ``defaultBytes``).
    @TaskLocal public static var bytes: Int = defaultBytes

    /// A quarter of the machine's physical memory (1 GB when it cannot be read).
    public static let defaultBytes: Int = {
        #if canImport(Glibc) || canImport(Darwin)
            let pages = sysconf(Int32(_SC_PHYS_PAGES))
            let size = sysconf(Int32(_SC_PAGESIZE))
            if pages > 0, size > 0 {
                let (total, overflow) = pages.multipliedReportingOverflow(by: size)
                if !overflow { return total / 4 }
            }
        #endif
        return 1 << 30
    }()

    /// Tensors with fewer elements than this are never refused.
    public static let checkedCount = 1 << 20

    /// Throws when a tensor of `shape` (holding `count` elements) is over the budget.
    @inline(__always)
    static func check(_ count: Int, shape: [Int], operation: String) throws {
        if count >= checkedCount { try checkLarge(count, shape: shape, operation: operation) }
    }

    static func checkLarge(_ count: Int, shape: [Int], operation: String) throws {
        let budget = bytes
        let (size, overflow) = count.multipliedReportingOverflow(by: MemoryLayout<Float>.stride)
        if overflow || size > budget {
            throw TensorError.overBudget(
                operation: operation, shape: shape, bytes: overflow ? Int.max : size,
                budget: budget)
        }
    }

    /// `bytes` in the largest unit that keeps the number at least 1: `40.0 GB`, `512.0 KB`.
    public static func describe(_ bytes: Int) -> String {
        let units = ["bytes", "KB", "MB", "GB", "TB", "PB", "EB"]
        var value = Double(bytes)
        var unit = 0
        while value >= 1000, unit < units.count - 1 {
            value /= 1000
            unit += 1
        }
        if unit == 0 { return "\(bytes) bytes" }
        let tenths = (value * 10).rounded() / 10
        return "\(tenths) \(units[unit])"
    }
}
