/// Why a saved model or weights file cannot be written or read back. The message names the file
/// and what is wrong, so a truncated download or a file from another program is a clear error.
public enum SerializationError: Error, Equatable, CustomStringConvertible {
    /// The file is not a well-formed safetensors file (truncated, bad header, overlapping data).
    case malformed(path: String, reason: String)
    /// The file is well formed but was written by another format version or another program.
    case incompatible(path: String, reason: String)
    /// The file does not fit the model it is loaded into (other layers, other shapes).
    case mismatch(path: String, reason: String)
    /// The model cannot be saved this way (a subclassed model's architecture).
    case unsupported(String)
    /// Reading or writing the file failed.
    case io(path: String, reason: String)

    public var description: String {
        switch self {
        case .malformed(let path, let reason):
            return "\(path): not a valid safetensors file: \(reason)"
        case .incompatible(let path, let reason): return "\(path): \(reason)"
        case .mismatch(let path, let reason): return "\(path): \(reason)"
        case .unsupported(let reason): return reason
        case .io(let path, let reason): return "\(path): \(reason)"
        }
    }
}
