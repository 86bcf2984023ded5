import CellLanguage
import Diagnostics
import Foundation
import HTMLRendering
import Notebook

/// The logic behind the `handson` verbs. Each returns the process exit code:
/// 0 success, 1 a cell or expectation failed, 2 bad usage or unreadable input.
public struct Runner {
    public enum ExitCode: Int32 {
        case success = 0
        case failure = 1
        case usage = 2
    }

    /// Where text goes (standard output by default; tests capture it).
    public var output: (String) -> Void
    /// Where notes about the output folder go (files removed by a render): standard error by
    /// default, so they never mix with a report read from standard output.
    public var note: (String) -> Void = { FileHandle.standardError.write(Data(($0 + "\n").utf8)) }
    public var cellTimeout: Double
    /// More folders cells may read and write besides the chapters' and `output/`
    /// (`--allow-path`).
    public var allowedPaths: [String] = []
    /// The most interpreter steps (loop iterations and calls) one cell may take (nil: no
    /// limit): unlike the time limit, the same on every machine.
    public var stepLimit: Int? = ChapterRunner.defaultStepLimit
    /// How many chapters run at the same time (`--jobs`); the results do not depend on it.
    public var jobs = 1
    /// How `run` draws: progress bars and colours on a terminal, plain text otherwise.
    public var terminal = TerminalStyle.plain

    public init(cellTimeout: Double = 300, output: @escaping (String) -> Void = { print($0) }) {
        self.cellTimeout = cellTimeout
        self.output = output
    }

    func resolve(_ paths: [String]) -> [String]? {
        do {
            let files = try ChapterFiles.resolve(paths)
            if files.isEmpty {
                output(
                    "error: no chapters found in \(paths.isEmpty ? "chapters/" : paths.joined(separator: ", "))"
                )
            }
            return files.isEmpty ? nil : files
        } catch {
            output("\(error)")
            return nil
        }
    }

    /// A chapter runner with these settings.
    func chapterRunner(outputDirectory: String = "output", lastCell: Int? = nil) -> ChapterRunner {
        var runner = ChapterRunner(cellTimeout: cellTimeout, lastCell: lastCell)
        runner.outputDirectory = outputDirectory
        runner.allowedPaths = allowedPaths
        runner.stepLimit = stepLimit
        return runner
    }

    /// Runs `files`, `jobs` at a time; the reports come back in the order of `files`.
    func runChapters(_ files: [String], outputDirectory: String = "output") -> [ChapterReport] {
        let runner = chapterRunner(outputDirectory: outputDirectory)
        return Self.inParallel(files.count, jobs: jobs) { i in
            runner.run(url: URL(fileURLWithPath: files[i]), file: files[i])
        }
    }

    /// `work(0..<count)` on up to `jobs` threads, each taking the next index when done.
    static func inParallel<T>(_ count: Int, jobs: Int, _ work: @escaping (Int) -> T) -> [T] {
        guard jobs > 1, count > 1 else { return (0..<count).map(work) }
        let shared = ParallelResults<T>(count: count)
        let group = DispatchGroup()
        for _ in 0..<min(jobs, count) {
            group.enter()
            let thread = Thread {
                while let i = shared.take() { shared.put(work(i), at: i) }
                group.leave()
            }
            thread.start()
        }
        group.wait()
        return shared.results.map { $0! }
    }

    // MARK: - test

    /// Runs chapters and checks every expectation; with `update`, first rewrites the `output`
    /// blocks that do not match with what their cells printed (those checks then pass).
    public func test(_ paths: [String], junit: String?, update: Bool = false) -> ExitCode {
        guard let files = resolve(paths) else { return .usage }
        var reports = runChapters(files)
        var updateFailed = false
        if update {
            for i in reports.indices {
                switch OutputUpdate.update(&reports[i]) {
                case .unchanged: break
                case .updated(let blocks):
                    for b in blocks { output("\(b): updated the 'output' block") }
                case .failed(let message):
                    output(message)
                    updateFailed = true
                }
            }
        }
        for r in reports {
            output(summaryLine(r))
            for c in r.checks where !c.passed { output(c.message ?? "") }
        }
        if let junit {
            do {
                try AtomicWriter.write(JUnitReport.xml(reports), to: URL(fileURLWithPath: junit))
            } catch {
                output("error: cannot write JUnit report '\(junit)': \(error.localizedDescription)")
                return .usage
            }
        }
        let passed = reports.reduce(0) { $0 + $1.passed }
        let failed = reports.reduce(0) { $0 + $1.failed }
        output("\(passed) passed, \(failed) failed")
        if reports.contains(where: \.unreadable) { return .usage }
        return failed > 0 || updateFailed ? .failure : .success
    }

    // MARK: - run

    /// Runs one chapter in the terminal, printing each cell's outputs and errors.
    public func run(_ file: String, cell: Int?) -> ExitCode {
        guard let files = resolve([file]) else { return .usage }
        guard files.count == 1, let path = files.first else {
            output("error: 'run' takes one chapter file, not a folder of \(files.count)")
            return .usage
        }
        var lastCell: Int?
        if let cell {
            guard cell >= 1 else {
                output("error: --cell counts from 1; got \(cell)")
                return .usage
            }
            lastCell = cell - 1
        }
        let parsed: ChapterParser.Result
        do {
            parsed = try ChapterParser().parse(contentsOf: URL(fileURLWithPath: path), file: path)
        } catch {
            output(Self.unreadableMessage(error, file: path))
            return .usage
        }
        let chapter = parsed.chapter
        if let lastCell, lastCell >= chapter.cells.count {
            output(
                "error: --cell \(lastCell + 1) is out of range: \(path) has \(chapter.cells.count) cells"
            )
            return .usage
        }
        let formatter = DiagnosticFormatter(sources: [chapter.sourceText])
        for d in parsed.diagnostics { output(formatter.format(d)) }
        var chapterRunner = self.chapterRunner(lastCell: lastCell)
        chapterRunner.showsTimings = true
        let style = terminal
        let progress =
            style.isTerminal ? TerminalProgress(style: style, write: Self.writeToTerminal) : nil
        if let progress { chapterRunner.onTrainingProgress = { progress.update($0) } }
        let figures = FigureFiles(chapter: path, outputDirectory: "output")
        chapterRunner.onCellFinished = { [output, lastCell] cell, result in
            progress?.finish()
            if let lastCell, cell.index != lastCell { return }
            let seconds = String(format: "%.2f", result.duration)
            output(
                style.dim("── \(cell.displayName) · line \(cell.range.start.line) · \(seconds) s"))
            for item in Self.outcome(result, formatter: formatter).items {
                switch item {
                case .text(let s): output(s.hasSuffix("\n") ? String(s.dropLast()) : s)
                case .table(let header, let rows):
                    output(TextTable.render(header: header, rows: rows))
                case .svg(let svg): output(figures.write(svg, cell: cell))
                case .error(let s), .failure(let s): output(style.red(s))
                }
            }
        }
        var report = ChapterReport(file: path)
        let start = DispatchTime.now()
        chapterRunner.run(parsed, into: &report)
        report.duration =
            Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
        for c in report.checks where !c.passed && c.kind == .output {
            output(style.red(c.message ?? ""))
        }
        let summary = summaryLine(report)
        output(report.failed > 0 ? style.red(summary) : style.green(summary))
        return report.failed > 0 ? .failure : .success
    }

    /// Writes straight to standard output (the progress bar, between lines of text).
    static func writeToTerminal(_ text: String) {
        fflush(stdout)
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    // MARK: - check

    /// Parses every chapter and every cell without running anything.
    public func check(_ paths: [String]) -> ExitCode {
        guard let files = resolve(paths) else { return .usage }
        var errors = 0
        var unreadable = false
        for file in files {
            let parsed: ChapterParser.Result
            do {
                parsed = try ChapterParser().parse(
                    contentsOf: URL(fileURLWithPath: file), file: file)
            } catch let bad as ChapterDecoder.Unreadable {
                let sources = [SourceText(file: file, text: bad.text)]
                output(DiagnosticFormatter(sources: sources).format(bad.diagnostic))
                unreadable = true
                continue
            } catch {
                output("\(file): error: cannot read the chapter: \(error.localizedDescription)")
                unreadable = true
                continue
            }
            let formatter = DiagnosticFormatter(sources: [parsed.chapter.sourceText])
            var diagnostics = parsed.diagnostics
            // Cells are checked one by one; names declared by earlier cells are known to later ones.
            let session = Session()
            for cell in parsed.chapter.cells where !cell.options.norun {
                let map = cell.sourceMap
                diagnostics += session.checkCell(cell.source) { map.location(line: $0, column: $1) }
            }
            for d in diagnostics { output(formatter.format(d)) }
            let count = diagnostics.filter { $0.severity == .error }.count
            errors += count
            output(
                "\(file): \(count == 0 ? "ok" : "\(count) error\(count == 1 ? "" : "s")") (\(parsed.chapter.cells.count) cells)"
            )
        }
        if unreadable { return .usage }
        return errors > 0 ? .failure : .success
    }

    // MARK: - Helpers

    func summaryLine(_ r: ChapterReport) -> String {
        let mark = r.failed == 0 ? "✓" : "✗"
        return
            "\(mark) \(r.file): \(r.passed) passed, \(r.failed) failed (\(String(format: "%.2f", r.duration)) s)"
    }

    /// The page form of a cell's result.
    /// `formatter` knows the chapter's text, so errors come with their source line and caret.
    static func outcome(_ result: CellResult, formatter: DiagnosticFormatter) -> CellOutcome {
        var items: [CellOutcome.Item] = []
        for o in result.outputs {
            switch o {
            case .text(let s): items.append(.text(s))
            case .display(.text(let s)): items.append(.text(s))
            case .display(.table(let h, let rows)): items.append(.table(header: h, rows: rows))
            case .display(.svg(let svg)): items.append(.svg(svg))
            }
        }
        if let error = result.error {
            items.append(.error(formatter.format(error.diagnostics)))
        }
        for f in result.failedExpectations {
            items.append(.failure("\(f.range.start): error: \(f.message)"))
        }
        return CellOutcome(items: items, duration: result.duration)
    }
}

/// The next index to take and the results so far, shared by ``Runner/inParallel(_:jobs:_:)``'s
/// threads.
final class ParallelResults<T>: @unchecked Sendable {
    let lock = NSLock()
    var next = 0
    var results: [T?]
    init(count: Int) { results = Array(repeating: nil, count: count) }
    func take() -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard next < results.count else { return nil }
        next += 1
        return next - 1
    }
    func put(_ value: T, at i: Int) {
        lock.lock()
        results[i] = value
        lock.unlock()
    }
}

/// Where `handson run` writes the figures cells display: `output/run/<chapter>-cell-<N>.svg`
/// (`-2`, `-3` … for a cell's later figures).
final class FigureFiles: @unchecked Sendable {
    let folder: String
    let stem: String
    private var counts: [Int: Int] = [:]

    init(chapter: String, outputDirectory: String) {
        folder = (outputDirectory as NSString).appendingPathComponent("run")
        stem = ((chapter as NSString).lastPathComponent as NSString).deletingPathExtension
    }

    /// Writes `svg` and returns the line that says where it is.
    func write(_ svg: String, cell: Cell) -> String {
        counts[cell.index, default: 0] += 1
        let k = counts[cell.index]!
        let name = "\(stem)-cell-\(cell.index + 1)\(k > 1 ? "-\(k)" : "").svg"
        let path = (folder as NSString).appendingPathComponent(name)
        do {
            try AtomicWriter.write(svg, to: URL(fileURLWithPath: path))
            return "[figure: \(path)]"
        } catch {
            return "[figure: cannot write \(path): \(error.localizedDescription)]"
        }
    }
}
