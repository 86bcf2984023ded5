/// An error raised while locating or reading a data set: a missing file, or a file whose bytes are
/// not what the format promises (truncated, garbled, wrong magic number). The message always names
/// the file and what is wrong with it.
public enum DatasetError: Error, Equatable, CustomStringConvertible {
    /// None of the searched paths holds the file.
    case fileNotFound(name: String, searched: [String])
    /// The file exists but cannot be read or decoded.
    case corruptFile(path: String, reason: String)
    /// An argument a data helper rejects (a split fraction outside (0, 1), too few samples …).
    case invalidArgument(operation: String, reason: String)
    /// A text file (CSV) with a bad value at a 1-based line and UTF-8 column.
    case malformedFile(path: String, line: Int, column: Int, reason: String)

    /// A one-line human-readable description.
    public var description: String {
        switch self {
        case .fileNotFound(let name, let searched):
            return "\(name) not found. Searched: \(searched.joined(separator: ", "))"
        case .corruptFile(let path, let reason):
            return "\(path): \(reason)"
        case .invalidArgument(let operation, let reason):
            return "\(operation): \(reason)"
        case .malformedFile(let path, let line, let column, let reason):
            return "\(path):\(line):\(column): \(reason)"
        }
    }
}
