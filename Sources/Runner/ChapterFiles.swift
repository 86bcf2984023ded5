import Foundation

/// Finds the chapter files named on the command line (files, or folders of `*.md` files,
/// ordered by name; names starting with `_` are not chapters).
public enum ChapterFiles {
    public struct Missing: Error, CustomStringConvertible {
        public var path: String
        public var description: String { "error: no such chapter file or folder: '\(path)'" }
    }

    public static func resolve(_ paths: [String], fileManager: FileManager = .default) throws -> [String] {
        var out: [String] = []
        for path in paths.isEmpty ? ["chapters"] : paths {
            var isDirectory: ObjCBool = false
            guard fileManager.fileExists(atPath: path, isDirectory: &isDirectory) else { throw Missing(path: path) }
            if isDirectory.boolValue {
                let names = (try? fileManager.contentsOfDirectory(atPath: path)) ?? []
                let base = path.hasSuffix("/") ? String(path.dropLast()) : path
                out += names.filter { $0.hasSuffix(".md") && !$0.hasPrefix("_") && !$0.hasPrefix(".") }
                    .sorted().map { "\(base)/\($0)" }
            } else {
                out.append(path)
            }
        }
        return out
    }

    /// `chapters/10-1-logical-neurons.md` → `10-1-logical-neurons.html`.
    public static func pageName(for file: String) -> String {
        let name = (file as NSString).lastPathComponent
        return (name as NSString).deletingPathExtension + ".html"
    }
}
