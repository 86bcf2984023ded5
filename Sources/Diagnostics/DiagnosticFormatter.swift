import Foundation

/// Formats diagnostics the way the Swift compiler does:
///
/// ```
/// chapters/10-1-logical-neurons.md:12:5: error: cannot find 'weigths' in scope
///     let y = weigths * x
///             ^~~~~~~
/// ```
public struct DiagnosticFormatter: Sendable {
    /// The texts of the files diagnostics may point into, by file name.
    public var sources: [String: SourceText]

    /// Whether a diagnostic pointing into a file not among ``sources`` (a data file a cell
    /// read) shows that file's line, read from disk when it is a small text file.
    public var readsOtherFiles = true

    public init(sources: [SourceText] = []) {
        self.sources = Dictionary(sources.map { ($0.file, $0) }, uniquingKeysWith: { a, _ in a })
    }

    /// The text of `file`: a known source, or a small file on disk.
    func text(of file: String) -> SourceText? {
        if let known = sources[file] { return known }
        guard readsOtherFiles, !file.isEmpty,
            let size = (try? FileManager.default.attributesOfItem(atPath: file))?[.size] as? Int,
            size <= 16 << 20,
            let data = FileBytes.read(atPath: file),
            let text = String(data: data, encoding: .utf8)
        else { return nil }
        return SourceText(file: file, text: text)
    }

    /// The diagnostic, its source line with a caret, then its notes and fix-its.
    public func format(_ diagnostic: Diagnostic) -> String {
        var out = diagnostic.description
        if let snippet = snippet(for: diagnostic.range) {
            out += "\n" + snippet
        }
        for fixIt in diagnostic.fixIts {
            out += "\n\(fixIt.range.start): note: \(fixIt.message)"
        }
        for note in diagnostic.notes {
            out += "\n" + format(note)
        }
        return out
    }

    /// Formats several diagnostics, separated by newlines.
    public func format(_ diagnostics: [Diagnostic]) -> String {
        diagnostics.map(format).joined(separator: "\n")
    }

    /// The source line followed by a caret line (`^~~~` under the range on its first line).
    public func snippet(for range: SourceRange) -> String? {
        guard let text = text(of: range.file), let line = text.line(range.start.line) else {
            return nil
        }
        let bytes = Array(line.utf8)
        let startByte = min(max(range.start.column - 1, 0), bytes.count)
        let endByte: Int
        if range.end.line == range.start.line && range.end.column > range.start.column {
            endByte = min(range.end.column - 1, bytes.count)
        } else {
            endByte = startByte
        }
        let lead = Self.displayWidth(bytes[0..<startByte], tabsFrom: bytes)
        let width = max(Self.displayWidth(bytes[startByte..<max(endByte, startByte)]), 1)
        let caret = lead + "^" + String(repeating: "~", count: width - 1)
        return String(line) + "\n" + caret
    }

    /// Whitespace of the same display width as `bytes` (tabs kept as tabs so carets align).
    private static func displayWidth(_ bytes: ArraySlice<UInt8>, tabsFrom _: [UInt8]) -> String {
        let text = String(decoding: bytes, as: UTF8.self)
        return String(text.map { $0 == "\t" ? "\t" : " " })
    }

    private static func displayWidth(_ bytes: ArraySlice<UInt8>) -> Int {
        String(decoding: bytes, as: UTF8.self).count
    }
}
