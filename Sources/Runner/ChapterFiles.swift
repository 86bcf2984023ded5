import Foundation

/// Finds the chapter files named on the command line (files, or folders of `*.md` files,
/// ordered by name with numbers compared as numbers, so `10-2-…` comes before `10-10-…`;
/// names starting with `_` are not chapters).
public enum ChapterFiles {
    public struct Missing: Error, CustomStringConvertible {
        public var path: String
        public var description: String { "error: no such chapter file or folder: '\(path)'" }
    }

    public static func resolve(_ paths: [String], fileManager: FileManager = .default) throws
        -> [String]
    {
        var out: [String] = []
        for path in paths.isEmpty ? ["chapters"] : paths {
            var isDirectory: ObjCBool = false
            guard fileManager.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw Missing(path: path)
            }
            if isDirectory.boolValue {
                let names = (try? fileManager.contentsOfDirectory(atPath: path)) ?? []
                let base = path.hasSuffix("/") ? String(path.dropLast()) : path
                out += names.filter {
                    $0.hasSuffix(".md") && !$0.hasPrefix("_") && !$0.hasPrefix(".")
                }
                .sorted(by: precedes).map { "\(base)/\($0)" }
            } else {
                out.append(path)
            }
        }
        return out
    }

    /// Whether file name `a` comes before `b`: runs of digits compare by their value (then by
    /// length, so `01` and `1` keep a fixed order), everything else character by character.
    public static func precedes(_ a: String, _ b: String) -> Bool {
        func runs(_ s: String) -> [(digits: Bool, text: Substring)] {
            var out: [(Bool, Substring)] = []
            var start = s.startIndex
            while start < s.endIndex {
                let digits = s[start].isASCII && s[start].isNumber
                var end = start
                while end < s.endIndex, (s[end].isASCII && s[end].isNumber) == digits {
                    end = s.index(after: end)
                }
                out.append((digits, s[start..<end]))
                start = end
            }
            return out
        }
        let (x, y) = (runs(a), runs(b))
        for (p, q) in zip(x, y) {
            if p.digits && q.digits {
                let (u, v) = (p.text.drop { $0 == "0" }, q.text.drop { $0 == "0" })
                if u.count != v.count { return u.count < v.count }
                if u != v { return u < v }
                if p.text.count != q.text.count { return p.text.count < q.text.count }
            } else if p.text != q.text {
                return p.text < q.text
            }
        }
        return x.count < y.count
    }

    /// `chapters/10-1-logical-neurons.md` → `10-1-logical-neurons.html`.
    public static func pageName(for file: String) -> String {
        let name = (file as NSString).lastPathComponent
        return (name as NSString).deletingPathExtension + ".html"
    }
}
