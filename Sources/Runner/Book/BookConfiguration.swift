import Foundation
import HTMLRendering

/// The book's configuration file, `book.yml` at the book's root (beside `chapters/`, or in the
/// chapters' folder itself):
///
/// ```yaml
/// title: Neural Networks by Doing
/// authors: [Ada Lovelace, Alan Turing]
/// description: Deep learning's classic experiments, run in Swift.
/// language: en
/// repository: https://example.org/book
/// parts:
///   - title: Artificial neural networks
///     chapters: [10-*.md]          # file names or patterns, in the chapters' folder
///   - title: Training deep networks
///     chapters: [11-1-init.md, 11-2-*.md]
/// ```
///
/// Every key is optional. `chapters:` at the top level lists chapters outside any part (before
/// the parts). Chapters no entry names follow, in file-name order. Without the file, the book is
/// titled after its folder and its chapters come in file-name order.
public struct BookConfiguration: Hashable, Sendable {
    /// The file's name.
    public static let fileName = "book.yml"

    public var metadata: BookMetadata
    /// Groups of chapter entries: a part's title (nil for chapters outside parts) and its file
    /// names or patterns.
    public var parts: [Part]

    /// A part of the book: its title and the chapters in it.
    public struct Part: Hashable, Sendable {
        public var title: String?
        public var entries: [Entry]

        public init(title: String?, entries: [Entry]) {
            self.title = title
            self.entries = entries
        }
    }

    /// A chapter file name or pattern (`*`, `?`, `[…]`), where the file names it.
    public struct Entry: Hashable, Sendable {
        public var pattern: String
        public var line: Int
        public var column: Int

        public init(pattern: String, line: Int = 0, column: Int = 0) {
            self.pattern = pattern
            self.line = line
            self.column = column
        }

        var isPattern: Bool { pattern.contains { "*?[".contains($0) } }

        func matches(_ fileName: String) -> Bool {
            fnmatch(pattern, fileName, 0) == 0
        }
    }

    public init(metadata: BookMetadata, parts: [Part] = []) {
        self.metadata = metadata
        self.parts = parts
    }

    /// The configuration of a book without a file: titled after `folder`.
    public static func defaults(forFolder folder: String) -> BookConfiguration {
        let absolute = URL(fileURLWithPath: folder).standardizedFileURL
        var name = absolute.lastPathComponent
        if name == "chapters" { name = absolute.deletingLastPathComponent().lastPathComponent }
        let words = name.split(whereSeparator: { $0 == "-" || $0 == "_" })
            .map { $0.prefix(1).uppercased() + $0.dropFirst() }
        let title = words.isEmpty || name == "/" ? "Book" : words.joined(separator: " ")
        return BookConfiguration(metadata: BookMetadata(title: title))
    }

    /// Where the configuration of the book whose chapters are in `chaptersFolder` is: that
    /// folder's `book.yml`, else its parent's; nil when neither exists.
    public static func find(forChaptersIn chaptersFolder: String) -> String? {
        let folder =
            chaptersFolder.hasSuffix("/") ? String(chaptersFolder.dropLast()) : chaptersFolder
        let inFolder = folder.isEmpty || folder == "." ? fileName : folder + "/" + fileName
        let parent: String
        switch (folder as NSString).lastPathComponent {
        case "", ".": parent = "../" + fileName
        case "..": parent = folder + "/../" + fileName
        default:
            let up = (folder as NSString).deletingLastPathComponent
            parent = up.isEmpty ? fileName : up + "/" + fileName
        }
        return [inFolder, parent].first { FileManager.default.fileExists(atPath: $0) }
    }
}
