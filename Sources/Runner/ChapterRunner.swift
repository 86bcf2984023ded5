import CellLanguage
import Diagnostics
import Dispatch
import Foundation
import Notebook

/// Runs a chapter's cells in order in one fresh `Session` and checks every expectation.
public struct ChapterRunner: Sendable {
    /// Seconds a cell may run.
    public var cellTimeout: Double
    /// Run only cells up to and including this index (0-based), for `run --cell`.
    public var lastCell: Int?
    /// Whether training progress shows seconds per epoch (in the terminal); pages and test
    /// reports leave them out, so two runs of a chapter print the same text.
    public var showsTimings = false
    /// The folder pages are written to; cells may write under it, and each chapter gets a
    /// scratch folder `.scratch/<chapter>/` in it for the files its cells save.
    public var outputDirectory = "output"
    /// More folders cells may read and write (`--allow-path`).
    public var allowedPaths: [String] = []
    /// The most interpreter steps one cell may take (nil: no limit).
    public var stepLimit: Int? = Self.defaultStepLimit
    /// What the last run of this chapter left, to resume from its first changed cell (nil: run
    /// from the start every time).
    public var resume: ChapterResume?
    /// Called while `fit` trains, for a progress bar (see ``Session/onTrainingProgress``).
    public var onTrainingProgress: (@Sendable (TrainingProgress) -> Void)?
    /// Called with the session a run makes, before its first cell (the REPL keeps it).
    public var onSessionCreated: (@Sendable (Session) -> Void)?
    /// Called after each cell that ran, with its result.
    public var onCellFinished: (@Sendable (Cell, CellResult) -> Void)?
    /// The default step budget: hundreds of times what any chapter's cell takes, and used up
    /// (at about five million steps a second) well within the default time limit, so a
    /// runaway cell stops at the same step on every machine.
    public static let defaultStepLimit: Int? = 500_000_000

    public init(cellTimeout: Double = 300, lastCell: Int? = nil) {
        self.cellTimeout = cellTimeout
        self.lastCell = lastCell
    }

    /// Parses and runs the chapter at `url` (named `file` in messages).
    public func run(url: URL, file: String) -> ChapterReport {
        let start = DispatchTime.now()
        var report = ChapterReport(file: file)
        let parsed: ChapterParser.Result
        do {
            parsed = try ChapterParser().parse(contentsOf: url, file: file)
        } catch let bad as ChapterDecoder.Unreadable {
            let formatter = DiagnosticFormatter(sources: [SourceText(file: file, text: bad.text)])
            let message = formatter.format(bad.diagnostic)
            report.problems = [message]
            report.unreadable = true
            report.checks.append(Check(kind: .structure, name: file, passed: false, message: message))
            return report
        } catch {
            let message = "\(file): error: cannot read the chapter: \(error.localizedDescription)"
            report.problems = [message]
            report.unreadable = true
            report.checks.append(Check(kind: .structure, name: file, passed: false, message: message))
            return report
        }
        run(parsed, into: &report)
        report.duration = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
        return report
    }

    func run(_ parsed: ChapterParser.Result, into report: inout ChapterReport) {
        let chapter = parsed.chapter
        report.chapter = chapter
        let formatter = DiagnosticFormatter(sources: [chapter.sourceText])
        for d in parsed.diagnostics {
            let text = formatter.format(d)
            report.problems.append(text)
            if d.severity == .error {
                report.checks.append(Check(kind: .structure, name: chapter.file, passed: false, message: text))
            }
        }
        if let resume, lastCell == nil {
            runResuming(chapter, resume: resume, into: &report, formatter: formatter)
            return
        }
        let session = makeSession(for: chapter.file)
        for cell in chapter.cells where !cell.options.norun {
            if let last = lastCell, cell.index > last { break }
            let map = cell.sourceMap
            let result = session.run(cell.source) { map.location(line: $0, column: $1) }
            report.results[cell.index] = result
            report.checks.append(contentsOf: checks(for: cell, result: result, formatter: formatter))
            onCellFinished?(cell, result)
            if result.requirementFailed { break }
        }
        report.filesRead = session.filesRead
    }

    /// A fresh session for the chapter `file`, with an emptied scratch folder.
    func makeSession(for file: String) -> Session {
        let session = Session(timeLimit: cellTimeout)
        session.fileAccess = fileAccess(for: file)
        session.showsTimings = showsTimings
        session.stepLimit = stepLimit
        session.onTrainingProgress = onTrainingProgress
        onSessionCreated?(session)
        return session
    }

    /// Runs the chapter from its first changed cell, reusing what `resume` kept of the last run
    /// (see ``ChapterResume``).
    func runResuming(
        _ chapter: Chapter, resume: ChapterResume, into report: inout ChapterReport,
        formatter: DiagnosticFormatter
    ) {
        let cells = chapter.cells.filter { !$0.options.norun }
        let settings = [
            "cell-timeout \(cellTimeout)", "step-limit \(stepLimit.map(String.init) ?? "none")",
            "output \(outputDirectory)", "timings \(showsTimings)", "file \(chapter.file)",
        ] + allowedPaths.map { "allow-path \($0)" }
        let folder = (chapter.file as NSString).deletingLastPathComponent
        let base = ChapterCache.key(
            text: "", folder: folder.isEmpty ? "." : folder, options: settings,
            excluded: [outputDirectory])
        let keys = ChapterResume.keys(for: cells, base: base)
        let scratch = scratchFolder(for: chapter.file)
        var (count, note) = resume.resumePoint(
            keys: keys, files: ChapterResume.stamp(ofFolder: scratch))
        var outcome = ChapterResume.Resumption()
        let session: Session
        if count > 0, let live = resume.session {
            session = live
            if count < resume.points.count { session.restore(resume.points[count - 1].snapshot) }
            resume.points.removeSubrange(count...)
        } else {
            count = 0
            session = makeSession(for: chapter.file)
            resume.session = session
            resume.points = []
        }
        outcome.note = note
        for (k, cell) in cells.enumerated() {
            let result: CellResult
            if k < count {
                result = resume.points[k].result
                outcome.reused.append(cell.index)
            } else {
                let map = cell.sourceMap
                result = session.run(cell.source) { map.location(line: $0, column: $1) }
                resume.points.append(
                    ChapterResume.Point(
                        key: keys[k], cell: cell.index, result: result, snapshot: session.snapshot(),
                        files: ChapterResume.stamp(ofFolder: scratch)))
                outcome.ran.append(cell.index)
            }
            report.results[cell.index] = result
            report.checks.append(contentsOf: checks(for: cell, result: result, formatter: formatter))
            if result.requirementFailed { break }
        }
        report.filesRead = session.filesRead
        resume.last = outcome
    }

    /// The folder the cells of the chapter `file` save their files in.
    func scratchFolder(for file: String) -> String {
        let stem = ((file as NSString).lastPathComponent as NSString).deletingPathExtension
        return (outputDirectory as NSString).appendingPathComponent(".scratch/" + stem)
    }

    /// What the cells of the chapter `file` may read (its folder, which holds `data/`) and
    /// write (``outputDirectory``), with a scratch folder emptied for this run.
    func fileAccess(for file: String) -> FileAccess {
        let folder = (file as NSString).deletingLastPathComponent
        let scratch = scratchFolder(for: file)
        try? FileManager.default.removeItem(atPath: scratch)
        return FileAccess(
            readRoots: [folder.isEmpty ? "." : folder] + allowedPaths,
            writeRoots: [outputDirectory] + allowedPaths,
            baseDirectory: folder, scratchDirectory: scratch)
    }

    /// The checks one cell contributes, in order.
    func checks(for cell: Cell, result: CellResult, formatter: DiagnosticFormatter) -> [Check] {
        var out: [Check] = []
        let name = cell.displayName
        if cell.options.expectsError {
            out.append(Check(
                kind: .cellFails, name: name, passed: result.error != nil,
                message: result.error == nil
                    ? formatter.format(Diagnostic(.error, "\(name) is marked 'error' but ran without an error", at: cell.range))
                    : nil))
        } else {
            out.append(Check(kind: .cellRuns, name: name, passed: result.error == nil,
                             message: result.error.map { formatter.format($0.diagnostics) }))
        }
        let passedExpectations = result.expectationCount - result.failedExpectations.count
        for _ in 0..<max(0, passedExpectations) {
            out.append(Check(kind: .expectation, name: name, passed: true))
        }
        for failure in result.failedExpectations {
            out.append(Check(kind: .expectation, name: name, passed: false,
                             message: formatter.format(Diagnostic(.error, failure.message, at: failure.range))))
        }
        if let expected = cell.expectedOutput {
            let actual = Self.comparableOutput(result, cell: cell)
            let ok = OutputComparison.matches(expected: expected.text, actual: actual)
            out.append(Check(
                kind: .output, name: name, passed: ok,
                message: ok ? nil : formatter.format(Diagnostic(.error, "output of \(name) does not match its 'output' block", at: expected.range))
                    + "\n" + OutputComparison.diff(expected: expected.text, actual: actual)))
        }
        for i in out.indices { out[i].cell = cell.index }
        return out
    }

    /// What an `output` block is compared with: printed text and text displays, then for an
    /// `error` cell the error message.
    static func comparableOutput(_ result: CellResult, cell: Cell) -> String {
        var text = ""
        for output in result.outputs {
            switch output {
            case .text(let s): text += s
            case .display(.text(let s)): text += s.hasSuffix("\n") ? s : s + "\n"
            case .display: break
            }
        }
        if cell.options.expectsError, let error = result.error {
            text += "error: \(error.message)\n"
        }
        return text
    }
}
