import Diagnostics
import Foundation

/// Turns a chapter file into a `Chapter`: Markdown blocks and `swift` cells with their options,
/// their `output` expectations and the map from cell lines back to the file.
public struct ChapterParser: Sendable {
    /// The result of parsing: the chapter, plus every structural problem found (a chapter with
    /// errors is still returned so that the rest of it can be shown).
    public struct Result: Sendable {
        public var chapter: Chapter
        public var diagnostics: [Diagnostic]

        public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
    }

    public init() {}

    /// Reads and parses the chapter at `path`; `file` is the name used in diagnostics.
    /// Throws `ChapterDecoder.Unreadable` when the bytes are not UTF-8 text, or the error of
    /// reading the file.
    public func parse(contentsOf url: URL, file: String) throws -> Result {
        let data = try FileBytes.read(url)
        return parse(try ChapterDecoder.decode(data, file: file), file: file)
    }

    /// Parses chapter text; `file` is the name used in diagnostics. CRLF and lone CR line
    /// breaks count as LF.
    public func parse(_ text: String, file: String) -> Result {
        let text =
            text.utf8.contains(13)
            ? String(
                decoding: ChapterDecoder.normalizingLineBreaks(Array(text.utf8)), as: UTF8.self)
            : text
        var cmark = CmarkParser(file: file, text: text)
        let document = cmark.parse()
        let lines = SourceText(file: file, text: text)
        var diagnostics: [Diagnostic] = cmark.diagnostics
        for (line, column) in cmark.math.unclosedDisplay {
            let at = SourceLocation(file: file, line: line, column: column)
            diagnostics.append(
                Diagnostic(
                    .error,
                    "display math opened here with '$$' is never closed in its paragraph; "
                        + "close it with '$$', or write '\\$\\$' for two dollar signs",
                    at: SourceRange(
                        start: at, end: SourceLocation(file: file, line: line, column: column + 2)))
            )
        }
        var cellCount = 0
        var blocks: [Chapter.Block] = []
        var footnotes: [MarkdownNode] = []
        var title: String?
        var ids: [String: SourceRange] = [:]
        var lastWasRunnableCell = false

        for node in document.children {
            if case .footnoteDefinition = node.kind {
                footnotes.append(node)
                continue
            }
            if case .heading(1) = node.kind, title == nil {
                title = node.plainText
            }
            guard case .codeBlock(let info, let code) = node.kind, let range = node.range else {
                nestedCells(in: node, diagnostics: &diagnostics)
                blocks.append(.markdown(node))
                lastWasRunnableCell = false
                continue
            }
            let words = info.split(whereSeparator: { $0 == " " || $0 == "\t" })
            let fence = cmark.fences[range.start.line]
            if let fence, !isClosed(range: range, fence: fence, lines: lines) {
                diagnostics.append(
                    Diagnostic(
                        .error,
                        "code fence opened here is never closed; add a closing \(String(repeating: fence.character, count: fence.length)) line",
                        at: fenceRange(range, fence: fence, file: file)))
            }
            switch words.first {
            case "swift" where fence != nil:
                let options = parseOptions(
                    words.dropFirst(), fenceLine: range.start.line,
                    lines: lines, file: file, diagnostics: &diagnostics)
                if let id = options.id {
                    if let previous = ids[id] {
                        diagnostics.append(
                            Diagnostic(
                                .error, "duplicate cell id '\(id)'", at: range,
                                notes: [Diagnostic(.note, "first used here", at: previous)]))
                    }
                    ids[id] = range
                }
                let cell = Cell(
                    index: cellCount,
                    options: options, source: code, range: range,
                    sourceMap: sourceMap(
                        code: code, fenceLine: range.start.line, lines: lines, file: file))
                blocks.append(.cell(cell))
                cellCount += 1
                lastWasRunnableCell = !options.norun
            case "output" where fence != nil:
                if case .cell(var cell) = blocks.last, lastWasRunnableCell,
                    cell.expectedOutput == nil
                {
                    cell.expectedOutput = OutputExpectation(text: code, range: range)
                    blocks[blocks.count - 1] = .cell(cell)
                } else if case .cell(let cell) = blocks.last, cell.options.norun {
                    diagnostics.append(
                        Diagnostic(
                            .error, "an 'output' block follows a 'norun' cell, which never runs",
                            at: range))
                    blocks.append(.markdown(node))
                } else {
                    diagnostics.append(
                        Diagnostic(
                            .error, "an 'output' block must directly follow a 'swift' cell",
                            at: range))
                    blocks.append(.markdown(node))
                }
                lastWasRunnableCell = false
            default:
                blocks.append(.markdown(node))
                lastWasRunnableCell = false
            }
        }
        let name = (file as NSString).lastPathComponent
        let fallbackTitle = (name as NSString).deletingPathExtension
        diagnostics.sort { $0.range.start < $1.range.start }
        return Result(
            chapter: Chapter(
                file: file, text: text, title: title ?? fallbackTitle, blocks: blocks,
                footnotes: footnotes),
            diagnostics: diagnostics)
    }

    // MARK: - Options

    private func parseOptions(
        _ words: ArraySlice<Substring>, fenceLine: Int, lines: SourceText, file: String,
        diagnostics: inout [Diagnostic]
    ) -> CellOptions {
        var options = CellOptions()
        let lineText = lines.line(fenceLine) ?? ""
        var searchFrom = lineText.startIndex
        for word in words {
            var column = 1
            if let r = lineText.range(of: word, range: searchFrom..<lineText.endIndex) {
                column = lineText.utf8.distance(from: lineText.startIndex, to: r.lowerBound) + 1
                searchFrom = r.upperBound
            }
            let at = SourceRange(
                start: SourceLocation(file: file, line: fenceLine, column: column),
                end: SourceLocation(file: file, line: fenceLine, column: column + word.utf8.count))
            switch word {
            case "hide": options.hide = true
            case "silent": options.silent = true
            case "norun": options.norun = true
            case "error": options.expectsError = true
            default:
                if word.hasPrefix("id=") {
                    let id = word.dropFirst(3)
                    if id.isEmpty
                        || !id.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" })
                    {
                        diagnostics.append(
                            Diagnostic(
                                .error, "cell id '\(id)' must be letters, digits, '-' or '_'",
                                at: at))
                    } else {
                        options.id = String(id)
                    }
                } else {
                    var message = "unknown cell option '\(word)'"
                    if let near = Suggestions.closest(
                        to: String(word), among: CellOptions.knownWords)
                    {
                        message += "; did you mean '\(near)'?"
                    } else {
                        message += "; expected one of hide, silent, norun, error, id=NAME"
                    }
                    diagnostics.append(Diagnostic(.error, message, at: at))
                }
            }
        }
        if options.hide && options.silent {
            diagnostics.append(
                Diagnostic(
                    .error, "a cell cannot be both 'hide' and 'silent' (nothing would be shown)",
                    at: SourceRange(SourceLocation(file: file, line: fenceLine, column: 1))))
        }
        return options
    }

    // MARK: - Fences and line mapping

    private func isClosed(range: SourceRange, fence: CmarkParser.Fence, lines: SourceText) -> Bool {
        guard range.end.line > range.start.line, let last = lines.line(range.end.line) else {
            return false
        }
        var body = Substring(last)
        while let f = body.first, f == " " || f == "\t" || f == ">" { body = body.dropFirst() }
        let run = body.prefix(while: { $0 == fence.character })
        return run.count >= fence.length && body.dropFirst(run.count).allSatisfy(\.isWhitespace)
    }

    private func fenceRange(_ range: SourceRange, fence: CmarkParser.Fence, file: String)
        -> SourceRange
    {
        let start = SourceLocation(file: file, line: range.start.line, column: range.start.column)
        return SourceRange(
            start: start,
            end: SourceLocation(
                file: file, line: start.line, column: start.column + fence.length))
    }

    private func sourceMap(code: String, fenceLine: Int, lines: SourceText, file: String)
        -> CellSourceMap
    {
        let codeLines = code.split(separator: "\n", omittingEmptySubsequences: false)
        var offsets: [Int] = []
        for (k, codeLine) in codeLines.enumerated() {
            let original = lines.line(fenceLine + 1 + k) ?? ""
            let offset = original.utf8.count - codeLine.utf8.count
            offsets.append(original.hasSuffix(codeLine) && offset >= 0 ? offset : 0)
        }
        return CellSourceMap(file: file, firstLine: fenceLine + 1, columnOffsets: offsets)
    }

    /// Reports `swift` fences nested inside lists or quotes: cells run at the top level only.
    private func nestedCells(in node: MarkdownNode, diagnostics: inout [Diagnostic]) {
        for child in node.children {
            if case .codeBlock(let info, _) = child.kind,
                info.split(separator: " ").first == "swift", let range = child.range
            {
                diagnostics.append(
                    Diagnostic(
                        .warning,
                        "a 'swift' block inside a list or quote is shown but not run; move it to the top level to run it",
                        at: range))
            }
            nestedCells(in: child, diagnostics: &diagnostics)
        }
    }
}
