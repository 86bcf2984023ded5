import CellLanguage
import Diagnostics
import Foundation
import Notebook

extension Runner {
    /// `handson repl`: runs the chapter (or its first `cell` cells), then reads Swift from the
    /// terminal and runs it in the state the chapter left. Input continues over several lines
    /// while brackets are open; `:help`, `:vars`, `:reset`, `:quit`.
    public func repl(_ file: String, cell: Int?) -> ExitCode {
        guard let files = resolve([file]) else { return .usage }
        guard files.count == 1, let path = files.first else {
            output("error: 'repl' takes one chapter file, not a folder of \(files.count)")
            return .usage
        }
        if let cell, cell < 1 {
            output("error: --cell counts from 1; got \(cell)")
            return .usage
        }
        final class Held: @unchecked Sendable { var session: Session? }
        let held = Held()
        func start() -> Bool {
            var chapterRunner = self.chapterRunner(lastCell: cell.map { $0 - 1 })
            chapterRunner.onSessionCreated = { held.session = $0 }
            let report = chapterRunner.run(url: URL(fileURLWithPath: path), file: path)
            guard let chapter = report.chapter else {
                report.problems.forEach(output)
                return false
            }
            if let cell, cell > chapter.cells.count {
                output(
                    "error: --cell \(cell) is out of range: \(path) has \(chapter.cells.count) cells"
                )
                return false
            }
            for c in report.checks where !c.passed { output(terminal.red(c.message ?? "")) }
            let ran = report.results.count
            output(
                terminal.dim("\(path): ran \(ran) cell\(ran == 1 ? "" : "s"); :help for commands"))
            return true
        }
        guard start() else { return .usage }
        let editor = LineEditor()
        var entry = 0
        let mainPrompt = terminal.bold("handson> ")
        while true {
            var source = ""
            var prompt = mainPrompt
            reading: while true {
                switch editor.read(prompt: prompt) {
                case .end: return .success
                case .interrupted:
                    source = ""
                    prompt = mainPrompt
                case .line(let line):
                    source += line + "\n"
                    if Self.isComplete(source) { break reading }
                    prompt = terminal.dim("     ... ")
                }
            }
            let command = source.trimmingCharacters(in: .whitespacesAndNewlines)
            switch command {
            case "": continue
            case ":quit", ":q", ":exit": return .success
            case ":help":
                output(Self.replHelp)
                continue
            case ":vars":
                let vars = held.session?.variables() ?? []
                let width = vars.map(\.name.count).max() ?? 0
                for v in vars {
                    output(
                        v.name.padding(toLength: width, withPad: " ", startingAt: 0) + "  "
                            + terminal.dim(v.type))
                }
                if vars.isEmpty { output("(no variables)") }
                continue
            case ":reset":
                guard start() else { return .failure }
                continue
            default:
                if command.hasPrefix(":") {
                    output(terminal.red("unknown command '\(command)'; :help lists them"))
                    continue
                }
            }
            guard let session = held.session else { return .failure }
            entry += 1
            let name = "<input \(entry)>"
            let result = session.run(source) { SourceLocation(file: name, line: $0, column: $1) }
            let formatter = DiagnosticFormatter(sources: [SourceText(file: name, text: source)])
            for item in Self.outcome(result, formatter: formatter).items {
                switch item {
                case .text(let s): output(s.hasSuffix("\n") ? String(s.dropLast()) : s)
                case .table(let header, let rows):
                    output(TextTable.render(header: header, rows: rows))
                case .svg: output("[figure: shown on the rendered page, or written by handson run]")
                case .error(let s), .failure(let s): output(terminal.red(s))
                }
            }
        }
    }

    static let replHelp = """
        Swift runs in the state the chapter left; input continues while a bracket is open.
          :vars   the variables and their types
          :reset  run the chapter again from the start (a fresh state)
          :quit   leave (or Ctrl-D)
        Keys: ← → Home End, ↑ ↓ earlier input, Ctrl-A/E start/end, Ctrl-U clear, Ctrl-C drop the input.
        """

    /// Whether `source` closes every bracket it opens (outside strings and line comments).
    static func isComplete(_ source: String) -> Bool {
        var depth = 0
        var inString = false
        var escaped = false
        var lineComment = false
        var previous: Character = " "
        for c in source {
            if lineComment {
                if c == "\n" { lineComment = false }
            } else if inString {
                if escaped {
                    escaped = false
                } else if c == "\\" {
                    escaped = true
                } else if c == "\"" {
                    inString = false
                }
            } else if c == "\"" {
                inString = true
            } else if c == "/" && previous == "/" {
                lineComment = true
            } else if "([{".contains(c) {
                depth += 1
            } else if ")]}".contains(c) {
                depth -= 1
            }
            previous = c
        }
        return depth <= 0 && !inString
    }
}
