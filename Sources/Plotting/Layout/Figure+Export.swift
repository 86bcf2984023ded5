import Foundation

/// Writing figures to files.
extension Figure {
    /// Writes `svg()` to `url` atomically (a temporary file renamed into place), creating
    /// missing parent folders.
    public func write(to url: URL) throws {
        try Self.writeAtomically(Data(svg().utf8), to: url)
    }

    /// Writes `pngData(scale:)` to `url` atomically.
    public func writePNG(to url: URL, scale: Int = 4) throws {
        try Self.writeAtomically(Data(try pngData(scale: scale)), to: url)
    }

    static func writeAtomically(_ data: Data, to url: URL) throws {
        do {
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try data.write(to: url, options: .atomic)
        } catch {
            throw PlotError.writeFailed(path: url.path, reason: error.localizedDescription)
        }
    }
}
