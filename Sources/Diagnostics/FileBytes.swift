import Foundation

/// Reading a whole file.
///
/// An empty regular file is answered without asking Foundation: on Linux its reader treats a
/// file that reports size 0 as one of unknown size (as `/proc` files are), reads it in 4 KB
/// chunks, and loses the first chunk's buffer when the file is really empty (swift-foundation,
/// `Data+Reading.swift`, the zero-size path) — a leak per empty chapter or data file.
public enum FileBytes {
    /// The bytes of the file at `path`, or nil when it cannot be read.
    public static func read(atPath path: String) -> Data? {
        isEmptyRegularFile(atPath: path) ? Data() : FileManager.default.contents(atPath: path)
    }

    /// The bytes of the file at `url`; throws Foundation's error when it cannot be read.
    public static func read(_ url: URL) throws -> Data {
        isEmptyRegularFile(atPath: url.path) ? Data() : try Data(contentsOf: url)
    }

    /// Whether `path` is a regular file of size 0.
    public static func isEmptyRegularFile(atPath path: String) -> Bool {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path) else {
            return false
        }
        return attributes[.type] as? FileAttributeType == .typeRegular
            && attributes[.size] as? Int == 0
    }
}
