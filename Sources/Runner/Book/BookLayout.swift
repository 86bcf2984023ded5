import Diagnostics
import Foundation

/// The chapters of a book in reading order, each with the part it belongs to.
public struct BookLayout: Sendable {
    public struct Chapter: Hashable, Sendable {
        public var file: String
        public var part: String?
    }

    public var chapters: [Chapter]
    /// Entries of the configuration that name a chapter file that does not exist.
    public var problems: [Diagnostic]

    /// Orders `files` as `configuration` says (see ``BookConfiguration``): each part's entries
    /// in turn, a pattern's matches by name, then the files no entry names, by name.
    /// `configurationFile` locates the problems.
    public init(files: [String], configuration: BookConfiguration, configurationFile: String?) {
        var placed = Set<String>()
        var chapters: [Chapter] = []
        var problems: [Diagnostic] = []
        let names = files.map { ($0 as NSString).lastPathComponent }
        for part in configuration.parts {
            for entry in part.entries {
                let matches = files.indices.filter { entry.matches(names[$0]) }
                if matches.isEmpty && !entry.isPattern, let configurationFile {
                    let folder =
                        files.first.map { ($0 as NSString).deletingLastPathComponent } ?? "chapters"
                    let path = (folder as NSString).appendingPathComponent(entry.pattern)
                    // Rendering some chapters only: an entry for another existing chapter is fine.
                    if !FileManager.default.fileExists(atPath: path) {
                        let at = SourceLocation(
                            file: configurationFile, line: entry.line, column: entry.column)
                        let known =
                            Suggestions.closest(to: entry.pattern, among: names).map {
                                "; did you mean '\($0)'?"
                            } ?? ""
                        problems.append(
                            Diagnostic(
                                .error,
                                "no chapter file '\(entry.pattern)' in \(folder.isEmpty ? "." : folder)/\(known)",
                                at: SourceRange(at)))
                    }
                }
                for i in matches.sorted(by: { ChapterFiles.precedes(names[$0], names[$1]) })
                where !placed.contains(files[i]) {
                    placed.insert(files[i])
                    chapters.append(Chapter(file: files[i], part: part.title))
                }
            }
        }
        for file in files where !placed.contains(file) {
            chapters.append(Chapter(file: file, part: nil))
        }
        self.chapters = chapters
        self.problems = problems
    }
}
