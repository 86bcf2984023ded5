import Diagnostics

/// Bounds on what one request of a cell may allocate, so that `Array(repeating: 0, count: 1e10)`
/// is a located error instead of an out-of-memory crash.
enum Limits {
    /// Elements in one array or characters in one string made by a single built-in call.
    static let maximumElements = 50_000_000

    static func checkSize(_ n: Int, what: String, at range: @autoclosure () -> SourceRange) throws {
        if n > maximumElements {
            throw RuntimeError("cannot make \(what) of \(n) elements: the limit for one value is \(maximumElements)", at: range())
        }
    }

    /// The elements of an Int range as values, within the limit.
    static func elements(of lo: Int, _ hi: Int, at range: @autoclosure () -> SourceRange) throws -> [Value] {
        let count = hi.subtractingReportingOverflow(lo)
        try checkSize(count.overflow ? Int.max : count.partialValue, what: "an array", at: range())
        return (lo..<hi).map { .int($0) }
    }
}
