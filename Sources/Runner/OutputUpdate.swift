import Diagnostics
import Foundation
import Notebook

/// Rewrites a chapter's `output` blocks with new text (`handson test --update`).
///
/// Only the lines between a block's fences change (and its fences, when the new text holds a
/// line that would close them early: they are lengthened); every other byte of the file stays
/// as it was, line endings included. Each new line gets the container prefix of the block's
/// closing fence (`> ` in a block quote, the indentation of a list item). The result is parsed
/// again, and any block that would not read back as exactly the new text is refused.
enum OutputUpdate {
    /// One block to rewrite: the cell it belongs to and the text its cell now prints.
    struct Edit {
        var cell: Cell
        var expectation: OutputExpectation
        var text: String
    }

    enum Failure: Error, CustomStringConvertible {
        /// A located problem (the block that cannot be rewritten, or the file's line breaks).
        case located(SourceLocation, String)

        var description: String {
            switch self {
            case .located(let at, let message): return "\(at): error: \(message)"
            }
        }
    }

    /// `original` with every edit applied; throws when a block cannot be rewritten safely.
    static func apply(_ edits: [Edit], to original: String, file: String) throws -> String {
        let bytes = Array(original.utf8)
        if let k = bytes.indices.first(where: {
            bytes[$0] == 13 && ($0 + 1 == bytes.count || bytes[$0 + 1] != 10)
        }) {
            let line = bytes[..<k].filter { $0 == 10 }.count + 1
            throw Failure.located(
                SourceLocation(file: file, line: line, column: 1),
                "the chapter uses lone CR line breaks; save it with LF or CRLF line breaks to update its output blocks"
            )
        }
        var lines = splitLines(original)
        // From the last block up, so earlier line numbers stay valid.
        for edit in edits.sorted(by: {
            $0.expectation.range.start.line > $1.expectation.range.start.line
        }) {
            let open = edit.expectation.range.start.line - 1
            let close = edit.expectation.range.end.line - 1
            guard open >= 0, close > open, close < lines.count,
                let openFence = Fence(line: lines[open]),
                let closeFence = Fence(line: lines[close]),
                closeFence.character == openFence.character,
                closeFence.rest.allSatisfy({ $0 == " " || $0 == "\t" || $0 == "\r" })
            else {
                throw Failure.located(
                    edit.expectation.range.start,
                    "cannot find the fences of this 'output' block; update it by hand")
            }
            let crlf = lines[open].hasSuffix("\r")
            var body = edit.text
            if body.hasSuffix("\n") { body.removeLast() }
            let newLines =
                edit.text.isEmpty
                ? [] : splitLines(body)
            var length = max(openFence.length, closeFence.length)
            for line in newLines {
                let trimmed = line.drop(while: { $0 == " " })
                guard line.count - trimmed.count <= 3 else { continue }
                let run = trimmed.prefix(while: { $0 == openFence.character }).count
                if run >= length { length = run + 1 }
            }
            let prefix = closeFence.prefix
            let blankPrefix = String(prefix.reversed().drop(while: { $0 == " " }).reversed())
            var replacement: [String] = []
            let fence = String(repeating: openFence.character, count: length)
            replacement.append(
                length == openFence.length
                    ? lines[open] : openFence.prefix + fence + openFence.rest)
            for line in newLines {
                let content = line.isEmpty ? blankPrefix : prefix + line
                replacement.append(crlf ? content + "\r" : content)
            }
            replacement.append(
                length == closeFence.length
                    ? lines[close] : closeFence.prefix + fence + closeFence.rest)
            lines.replaceSubrange(open...close, with: replacement)
        }
        let updated = lines.joined(separator: "\n")
        try verify(updated, edits: edits, file: file)
        return updated
    }

    /// The lines of `text` split at LF only (a CR before it stays at the end of its line).
    static func splitLines(_ text: String) -> [String] {
        text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map {
            String(String.UnicodeScalarView($0))
        }
    }

    /// Parses the updated text and checks that it has the same cells, and that each rewritten
    /// block reads back as its new text.
    static func verify(_ updated: String, edits: [Edit], file: String) throws {
        let chapter = ChapterParser().parse(updated, file: file).chapter
        for edit in edits {
            let index = edit.cell.index
            let expected =
                edit.text.isEmpty || edit.text.hasSuffix("\n") ? edit.text : edit.text + "\n"
            guard index < chapter.cells.count,
                chapter.cells[index].source == edit.cell.source,
                chapter.cells[index].expectedOutput?.text == expected
            else {
                throw Failure.located(
                    edit.expectation.range.start,
                    "the new output of \(edit.cell.displayName) cannot be written into this block without changing how the chapter reads; update it by hand"
                )
            }
        }
    }

    /// A fence line: its container prefix, fence character and length, and what follows.
    struct Fence {
        var prefix: String
        var character: Character
        var length: Int
        var rest: String

        init?(line: String) {
            guard let start = line.firstIndex(where: { $0 == "`" || $0 == "~" }) else { return nil }
            let before = line[..<start]
            // Container markers: block quotes, list bullets and numbers.
            guard before.allSatisfy({ " \t>-*+.)".contains($0) || $0.isASCII && $0.isNumber })
            else { return nil }
            character = line[start]
            let run = line[start...].prefix(while: { $0 == line[start] })
            guard run.count >= 3 else { return nil }
            prefix = String(before)
            length = run.count
            rest = String(line[run.endIndex...])
        }
    }
}

extension OutputUpdate {
    enum Outcome {
        case unchanged
        /// Where the rewritten blocks start.
        case updated([SourceLocation])
        case failed(String)
    }

    /// Rewrites the `output` blocks of the chapter that `report` ran whose check failed, with
    /// what their cells printed, and marks those checks passed. Cells that failed (other than
    /// `error` cells) and cells that did not run keep their blocks. A chapter with structure
    /// errors, or whose file changed while it ran, is left alone.
    static func update(_ report: inout ChapterReport) -> Outcome {
        guard let chapter = report.chapter else { return .unchanged }
        var edits: [Edit] = []
        var failedChecks: [Int] = []
        for (k, check) in report.checks.enumerated() where check.kind == .output && !check.passed {
            guard let index = check.cell, index < chapter.cells.count,
                let result = report.results[index]
            else { continue }
            let cell = chapter.cells[index]
            guard let expectation = cell.expectedOutput,
                result.error == nil || cell.options.expectsError, !result.requirementFailed
            else { continue }
            edits.append(
                Edit(
                    cell: cell, expectation: expectation,
                    text: ChapterRunner.comparableOutput(result, cell: cell)))
            failedChecks.append(k)
        }
        guard !edits.isEmpty else { return .unchanged }
        if report.checks.contains(where: { $0.kind == .structure && !$0.passed }) {
            return .failed(
                "\(chapter.file): error: not updating its 'output' blocks: the chapter has structure errors"
            )
        }
        let url = URL(fileURLWithPath: chapter.file)
        guard let data = try? FileBytes.read(url),
            let original = String(data: data, encoding: .utf8)
        else {
            return .failed("\(chapter.file): error: cannot read the chapter again to update it")
        }
        guard ChapterParser().parse(original, file: chapter.file).chapter.text == chapter.text
        else {
            return .failed(
                "\(chapter.file): error: the chapter changed while its cells ran; not updating its 'output' blocks"
            )
        }
        do {
            let updated = try apply(edits, to: original, file: chapter.file)
            let permissions = try? FileManager.default.attributesOfItem(atPath: url.path)[
                .posixPermissions]
            try AtomicWriter.write(updated, to: url)
            if let permissions {
                try? FileManager.default.setAttributes(
                    [.posixPermissions: permissions], ofItemAtPath: url.path)
            }
        } catch {
            return .failed("\(error)")
        }
        for k in failedChecks {
            report.checks[k].passed = true
            report.checks[k].message = nil
        }
        return .updated(edits.map(\.expectation.range.start).sorted())
    }
}
