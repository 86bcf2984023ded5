/// Errors thrown for input a figure cannot be built from. Messages name the offending
/// argument and what was received.
public enum PlotError: Error, Equatable, CustomStringConvertible {
    /// Two arrays that must pair up have different lengths.
    case lengthMismatch(what: String, expected: Int, received: Int)
    /// A numeric argument is outside its allowed range.
    case invalidArgument(name: String, reason: String)
    /// Nothing to draw where something is required (e.g. an empty image list).
    case emptyInput(what: String)
    /// The requested export is not supported for this figure.
    case unsupportedExport(reason: String)
    /// Writing a file failed.
    case writeFailed(path: String, reason: String)

    /// The message shown to the user, e.g. `y must have 3 elements. Received: 2`.
    public var description: String {
        switch self {
        case .lengthMismatch(let what, let expected, let received):
            return "\(what) must have \(expected) elements. Received: \(received)"
        case .invalidArgument(let name, let reason):
            return "invalid \(name): \(reason)"
        case .emptyInput(let what):
            return "\(what) is empty"
        case .unsupportedExport(let reason):
            return "export not supported: \(reason)"
        case .writeFailed(let path, let reason):
            return "could not write \(path): \(reason)"
        }
    }
}
