import Foundation

/// Writes files so that a reader never sees a half-written one: each file is written to a
/// temporary name in the same folder and renamed over the old one.
public enum AtomicWriter {
    public static func write(_ text: String, to url: URL) throws {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url, options: .atomic)
    }
}
