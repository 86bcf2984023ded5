import Foundation

/// Reads whole files for the data and model loaders, refusing what is not a regular file (a
/// folder, a device such as `/dev/zero`, a pipe) or is larger than `limit` bytes, so a wrong
/// path is a clear error instead of a hang or an exhausted memory.
enum FileReading {
    enum Failure: Error, Equatable {
        case missing
        case notARegularFile
        case tooLarge(Int)
        case unreadable
    }

    /// The bytes of the regular file at `path`, at most `limit` of them.
    static func contents(of path: String, limit: Int) -> Result<Data, Failure> {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path) else {
            return .failure(.missing)
        }
        guard attributes[.type] as? FileAttributeType == .typeRegular else {
            return .failure(.notARegularFile)
        }
        if let size = attributes[.size] as? Int, size > limit { return .failure(.tooLarge(size)) }
        // Foundation's reader on Linux loses its buffer when a file is empty (see
        // Diagnostics.FileBytes); an empty regular file needs no read.
        if attributes[.size] as? Int == 0 { return .success(Data()) }
        guard let data = FileManager.default.contents(atPath: path), data.count <= limit else {
            return .failure(.unreadable)
        }
        return .success(data)
    }

    /// The failure in words, for error messages.
    static func describe(_ failure: Failure, limit: Int) -> String {
        switch failure {
        case .missing: return "no such file"
        case .notARegularFile: return "is not a regular file"
        case .tooLarge(let size):
            return "is \(size) bytes, more than the \(limit) this reader accepts"
        case .unreadable: return "cannot be read"
        }
    }
}
