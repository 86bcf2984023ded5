import Diagnostics
import Foundation
import HTMLRendering
import Yams

extension BookConfiguration {
    /// A configuration file that cannot be used, with every problem located in it.
    public struct Invalid: Error, CustomStringConvertible {
        public var diagnostics: [Diagnostic]
        public var source: SourceText

        /// Each problem as `book.yml:LINE:COL: error: …` with the line and a caret.
        public var description: String {
            DiagnosticFormatter(sources: [source]).format(diagnostics)
        }
    }

    /// The keys the file may have.
    static let knownKeys = [
        "title", "authors", "description", "language", "repository", "chapters", "parts",
    ]

    /// Reads the configuration file at `path` (named `path` in messages).
    public static func load(path: String) throws -> BookConfiguration {
        let data: Data
        do {
            data = try FileBytes.read(URL(fileURLWithPath: path))
        } catch {
            let at = SourceRange(SourceLocation(file: path, line: 1, column: 1))
            throw Invalid(
                diagnostics: [
                    Diagnostic(
                        .error,
                        "cannot read the book's configuration: \(error.localizedDescription)",
                        at: at)
                ],
                source: SourceText(file: path, text: ""))
        }
        guard let text = String(data: data, encoding: .utf8) else {
            let at = SourceRange(SourceLocation(file: path, line: 1, column: 1))
            throw Invalid(
                diagnostics: [
                    Diagnostic(.error, "the book's configuration is not UTF-8 text", at: at)
                ],
                source: SourceText(file: path, text: ""))
        }
        return try parse(text, file: path, folder: (path as NSString).deletingLastPathComponent)
    }

    /// Parses the text of a configuration file; `folder` names the book when the file gives no
    /// title.
    public static func parse(_ text: String, file: String, folder: String = ".") throws
        -> BookConfiguration
    {
        var reader = Reader(file: file)
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            reader.yamlError(error)
            throw Invalid(
                diagnostics: reader.diagnostics, source: SourceText(file: file, text: text))
        } catch {
            reader.error("not valid YAML: \(error)", at: nil)
            throw Invalid(
                diagnostics: reader.diagnostics, source: SourceText(file: file, text: text))
        }
        var configuration = defaults(forFolder: folder.isEmpty ? "." : folder)
        if let root {
            reader.read(root, into: &configuration)
        }
        if !reader.diagnostics.isEmpty {
            throw Invalid(
                diagnostics: reader.diagnostics, source: SourceText(file: file, text: text))
        }
        return configuration
    }

    /// Walks the YAML tree, collecting located problems.
    struct Reader {
        var file: String
        var diagnostics: [Diagnostic] = []

        mutating func error(_ message: String, at mark: Mark?) {
            let location = SourceLocation(
                file: file, line: mark?.line ?? 1, column: mark?.column ?? 1)
            diagnostics.append(Diagnostic(.error, message, at: SourceRange(location)))
        }

        mutating func yamlError(_ error: YamlError) {
            switch error {
            case .scanner(let context, let problem, let mark, _),
                .parser(let context, let problem, let mark, _),
                .composer(let context, let problem, let mark, _):
                let why = context.map { " (\($0.text))" } ?? ""
                self.error("not valid YAML: \(problem)\(why)", at: mark)
            case .duplicatedKeysInMapping(let duplicates, let context):
                self.error(
                    "'\(duplicates.joined(separator: "', '"))' is given twice", at: context.mark)
            default:
                self.error("not valid YAML: \(error)", at: nil)
            }
        }

        mutating func read(_ root: Node, into configuration: inout BookConfiguration) {
            guard let mapping = root.mapping else {
                error(
                    "the book's configuration must be a mapping of keys (title: …, authors: …)",
                    at: root.mark)
                return
            }
            for (keyNode, value) in mapping {
                guard let key = keyNode.scalar?.string else {
                    error("a key must be a plain word", at: keyNode.mark)
                    continue
                }
                switch key {
                case "title":
                    if let s = text(value, key) {
                        if s.isEmpty {
                            error("'title' must not be empty", at: value.mark)
                        } else {
                            configuration.metadata.title = s
                        }
                    }
                case "description":
                    if let s = text(value, key) { configuration.metadata.description = s }
                case "language":
                    if let s = text(value, key) {
                        if Self.isLanguageTag(s) {
                            configuration.metadata.language = s
                        } else {
                            error(
                                "'language' must be a language tag such as en or pt-BR, not '\(s)'",
                                at: value.mark)
                        }
                    }
                case "repository":
                    if let s = text(value, key) {
                        if s.hasPrefix("https://") || s.hasPrefix("http://") {
                            configuration.metadata.repository = s
                        } else {
                            error(
                                "'repository' must be an http(s) address, not '\(s)'",
                                at: value.mark)
                        }
                    }
                case "authors":
                    if value.scalar != nil {
                        if let s = text(value, key) { configuration.metadata.authors = [s] }
                    } else {
                        configuration.metadata.authors = texts(value, key)
                    }
                case "chapters":
                    configuration.parts.insert(
                        Part(title: nil, entries: entries(value, key)), at: 0)
                case "parts":
                    guard let parts = value.sequence else {
                        error(
                            "'parts' must be a list of parts, each with a title and chapters",
                            at: value.mark)
                        continue
                    }
                    for part in parts {
                        if let p = self.part(part) { configuration.parts.append(p) }
                    }
                default:
                    let hint =
                        Suggestions.closest(to: key, among: knownKeys).map {
                            "; did you mean '\($0)'?"
                        } ?? ""
                    error(
                        "unknown key '\(key)'\(hint) (known: \(knownKeys.joined(separator: ", ")))",
                        at: keyNode.mark)
                }
            }
        }

        mutating func part(_ node: Node) -> Part? {
            guard let mapping = node.mapping else {
                error("a part must be a mapping with 'title' and 'chapters'", at: node.mark)
                return nil
            }
            var title: String?
            var list: [Entry]?
            for (keyNode, value) in mapping {
                switch keyNode.scalar?.string {
                case "title": title = text(value, "title")
                case "chapters": list = entries(value, "chapters")
                default:
                    error(
                        "unknown key '\(keyNode.scalar?.string ?? "?")' in a part (known: title, chapters)",
                        at: keyNode.mark)
                }
            }
            guard let title, !title.isEmpty else {
                error("this part has no 'title'", at: node.mark)
                return nil
            }
            guard let list else {
                error("part '\(title)' has no 'chapters' list", at: node.mark)
                return nil
            }
            return Part(title: title, entries: list)
        }

        mutating func text(_ node: Node, _ key: String) -> String? {
            guard let scalar = node.scalar else {
                error("'\(key)' must be text", at: node.mark)
                return nil
            }
            return scalar.string
        }

        mutating func texts(_ node: Node, _ key: String) -> [String] {
            guard let sequence = node.sequence else {
                error("'\(key)' must be a list", at: node.mark)
                return []
            }
            return sequence.compactMap { text($0, key) }
        }

        mutating func entries(_ node: Node, _ key: String) -> [Entry] {
            guard let sequence = node.sequence else {
                error("'\(key)' must be a list of chapter file names", at: node.mark)
                return []
            }
            var out: [Entry] = []
            for item in sequence {
                guard let name = text(item, key) else { continue }
                if name.contains("/") {
                    error(
                        "'\(name)': chapters are named by file name, without a folder",
                        at: item.mark)
                    continue
                }
                out.append(
                    Entry(pattern: name, line: item.mark?.line ?? 1, column: item.mark?.column ?? 1)
                )
            }
            return out
        }

        /// `en`, `pt-BR`, `zh-Hant`: letters and digits in dash-separated pieces.
        static func isLanguageTag(_ s: String) -> Bool {
            let pieces = s.split(separator: "-", omittingEmptySubsequences: false)
            return !pieces.isEmpty
                && pieces.allSatisfy { p in
                    (1...8).contains(p.count)
                        && p.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
                } && pieces[0].allSatisfy(\.isLetter)
        }
    }
}
