import Foundation
import Testing

/// One hostile chapter run through `handson`: the book, what the run printed and its exit code,
/// and the files that were there before, so each case can check the message, its location, the
/// exit status and that nothing was written outside `output/`.
struct HostileCase {
    let book: HostileBook
    let chapter: String
    let status: Int32
    let output: String
    let before: Set<String>

    /// Writes `chapter` as `chapters/01-hostile.md` (beside `files`, relative to `chapters/`),
    /// plus a good second chapter when `withGoodChapter`, and runs `handson` with `arguments`
    /// (`test` by default).
    init(
        _ chapter: String, files: [String: Data] = [:], arguments: [String] = ["test"],
        withGoodChapter: Bool = false, prepare: (HostileBook) throws -> Void = { _ in }
    ) throws {
        var all = files
        all["01-hostile.md"] = Data(chapter.utf8)
        if withGoodChapter { all["02-good.md"] = Data(Self.goodChapter.utf8) }
        book = try HostileBook(all)
        try prepare(book)
        self.chapter = chapter
        before = book.files()
        (status, output) = try book.run(arguments)
    }

    /// A chapter that passes: one cell and its output.
    static let goodChapter = """
        # Good

        ```swift
        print(1 + 1)
        ```

        ```output
        2
        ```

        """

    /// A chapter of one title and the given cells, in order.
    static func chapter(_ cells: String...) -> String {
        "# Hostile\n\n" + cells.map { "```swift\n\($0)\n```\n" }.joined(separator: "\n")
    }

    /// `chapters/01-hostile.md:LINE:COL: error: ` for the first occurrence of `needle` in the
    /// chapter (UTF-8 column), the prefix of a diagnostic located there.
    func location(of needle: String, occurrence: Int = 1) -> String {
        var line = 1
        var searchFrom = chapter.startIndex
        var found = occurrence
        while let range = chapter.range(of: needle, range: searchFrom..<chapter.endIndex) {
            found -= 1
            if found == 0 {
                let before = chapter[..<range.lowerBound]
                line = before.filter { $0 == "\n" }.count + 1
                let lineStart = before.lastIndex(of: "\n").map { chapter.index(after: $0) }
                let column =
                    chapter[(lineStart ?? chapter.startIndex)..<range.lowerBound].utf8
                    .count + 1
                return "chapters/01-hostile.md:\(line):\(column): error: "
            }
            searchFrom = range.upperBound
        }
        return "chapters/01-hostile.md: needle '\(needle)' not found"
    }

    /// Checks the common promises: exit `status`, a diagnostic at `needle` whose message
    /// contains `message` (the `occurrence`th of `needle`), and no stray file.
    func expectError(
        _ message: String, at needle: String, occurrence: Int = 1, status expected: Int32 = 1,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let prefix = location(of: needle, occurrence: occurrence)
        #expect(status == expected, "exit status\n\(output)", sourceLocation: sourceLocation)
        #expect(
            output.contains(prefix + message)
                || output.contains(prefix)
                    && output.contains(message),
            "expected '\(prefix)…\(message)' in:\n\(output.prefix(3000))",
            sourceLocation: sourceLocation)
        expectNoStrayFiles(sourceLocation: sourceLocation)
    }

    /// Nothing was written outside `output/` (and `chapters/` stays as the test made it).
    func expectNoStrayFiles(sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(book.strayFiles(before: before) == [], sourceLocation: sourceLocation)
        let newInChapters = book.files().subtracting(before).filter { $0.hasPrefix("chapters/") }
        #expect(newInChapters.isEmpty, "written into chapters/", sourceLocation: sourceLocation)
    }

    /// The good second chapter passed.
    func expectGoodChapterPassed(sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(
            output.contains("✓ chapters/02-good.md"), "\(output.prefix(2000))",
            sourceLocation: sourceLocation)
    }
}
