import Diagnostics
import Dispatch
import Foundation
import SwiftDiagnostics
import SwiftOperators
import SwiftParser
import SwiftParserDiagnostics
import SwiftSyntax
import Tensors

/// One chapter's interpreter state: the cells run in it share one environment, in order.
///
/// `run` parses a cell with SwiftParser, folds operators with the standard precedence table
/// and the operators the chapter's cells declared, lowers it (reporting every unsupported construct at once) and interprets it on a thread with
/// a large stack, within the cell time limit.
public final class Session {
    let registry: BuiltinRegistry
    let globals: GlobalTable
    let interpreter: Interpreter
    /// The standard operators and those the cells declared so far (`infix operator **`).
    var operators = OperatorTable.standardOperators
    /// The engine's seed sequence, layer-name counters and kernel settings for this session's
    /// cells alone: bound while a cell runs, so no other session (or earlier chapter) changes
    /// what this one computes.
    public let engine: EngineContext
    /// Seconds a cell may run before it is stopped.
    public var timeLimit: Double
    /// At most this many loop iterations and calls per cell (nil: no limit); the fuzzer's budget.
    public var stepLimit: Int?
    /// Whether `fit` prints seconds per epoch in its progress lines (off: the output of a
    /// chapter is the same on every run).
    public var showsTimings: Bool {
        get { registry.showsTimings }
        set { registry.showsTimings = newValue }
    }
    /// The folder relative paths in cells start from (`Iris.load()` reads `data/iris.csv` from
    /// it): the chapter's folder; empty for the working directory. Setting it confines the
    /// cells' file access to this folder (``FileAccess/confined(to:)``); set ``fileAccess``
    /// afterwards for other roots.
    public var baseDirectory: String {
        get { registry.fileAccess.baseDirectory }
        set { registry.fileAccess = .confined(to: newValue) }
    }
    /// The files this session's cells have read (resolved paths, sorted).
    public var filesRead: [String] { registry.filesRead.sorted() }

    /// Where cells may read and write files (default: only under ``baseDirectory``).
    public var fileAccess: FileAccess {
        get { registry.fileAccess }
        set { registry.fileAccess = newValue }
    }

    /// The most bytes one tensor made by a cell may take (default: a quarter of the physical
    /// memory, ``MemoryBudget/defaultBytes``); a larger one is an error at the expression.
    public var memoryBudget = MemoryBudget.defaultBytes
    /// The most bytes of text one cell may print (default 1 MB); the rest is left out and a
    /// line `… output truncated: 3.2 MB more` says how much.
    public var outputLimit: Int {
        get { interpreter.outputLimit }
        set { interpreter.outputLimit = newValue }
    }
    /// The module name that qualifies user types where Swift prints them in their debug form
    /// (`print([Heading.east])` writes `[main.Heading.east]`); swiftc names a program's module
    /// after its output file (default `main`).
    public var moduleName: String {
        get { interpreter.moduleName }
        set { interpreter.moduleName = newValue }
    }
    /// The most points (marks, vertices, pixels) one figure may draw (default 1,000,000).
    public var figurePointLimit: Int {
        get { registry.figurePointLimit }
        set { registry.figurePointLimit = newValue }
    }

    public init(timeLimit: Double = 300, seed: UInt64 = 42) {
        registry = BuiltinRegistry()
        registry.random = SplitMix64(seed: seed)
        registry.tensorRandom = RandomGenerator(seed: seed)
        engine = EngineContext(seed: seed)
        globals = GlobalTable()
        interpreter = Interpreter(registry: registry)
        self.timeLimit = timeLimit
    }

    /// Frees what the cells made, cycles included: engine objects of subclass instances,
    /// the global variables, captured frames and class instances.
    deinit {
        registry.releaseEngineObjects()
        interpreter.globals.slots = []
        interpreter.result = CellResult()
        interpreter.cycles.breakCycles()
    }

    /// Maps a 1-based line and UTF-8 column of the cell to the chapter file.
    public typealias LocationMap = (Int, Int) -> Diagnostics.SourceLocation

    /// Parses and lowers a cell without running it: its syntax and structure errors.
    public static func check(_ source: String, map: @escaping LocationMap) -> [Diagnostics
        .Diagnostic]
    {
        Session().checkCell(source, map: map)
    }

    /// Runs one cell and returns what it printed, displayed, expected and any error.
    ///
    /// Parsing, lowering and interpretation all happen on a thread with a 512 MB stack, so
    /// deeply nested code or deep recursion ends with the interpreter's own errors.
    public func run(_ source: String, map: @escaping LocationMap) -> CellResult {
        let start = DispatchTime.now()
        var result = CellResult()
        onLargeStack {
            self.declareStandardTypes(usedBy: source, execute: true)
            let before = self.globals.count
            switch self.compile(source, map: map) {
            case .failure(let error):
                result.error = error
            case .success(let statements):
                result = MemoryBudget.$bytes.withValue(self.memoryBudget) {
                    self.execute(statements)
                }
                if result.error != nil { self.forgetUnbound(declaredSince: before) }
            }
        }
        result.duration =
            Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
        return result
    }

    /// After a cell fails, the names it declared but never gave a value (`let x = f()` where
    /// `f()` failed) are forgotten, so a later cell can declare them again.
    func forgetUnbound(declaredSince before: Int) {
        for name in globals.names {
            if case .global(let slot)? = globals.lookup(name)?.binding, slot >= before,
                slot < interpreter.globals.slots.count,
                case .void = interpreter.globals.slots[slot]
            {
                globals.forget(name)
            }
        }
    }

    /// Runs `body` on a new thread with a 512 MB stack, in the session's engine context, and
    /// waits for it.
    func onLargeStack(_ body: @escaping () -> Void) {
        /// The work, let go of before the caller is woken: the thread object outlives the
        /// call a little, and must not keep the session (which `body` captures) alive.
        final class Job: @unchecked Sendable {
            var body: (() -> Void)?
            init(_ body: @escaping () -> Void) { self.body = body }
        }
        let done = DispatchSemaphore(value: 0)
        let engine = self.engine
        let job = Job(body)
        let thread = Thread {
            engine.run { job.body?() }
            job.body = nil
            done.signal()
        }
        thread.stackSize = 512 << 20
        thread.start()
        done.wait()
    }

    // MARK: - Phases

    func compile(_ source: String, map: @escaping LocationMap) -> Result<[Stmt], CellError> {
        if let at = BracketChains.firstTooLong(in: source) {
            let message =
                "more than \(BracketChains.maximumRun) '[' in a row; build deeply nested arrays "
                + "in steps (SwiftParser takes exponential time on them)"
            let range = Diagnostics.SourceRange(map(at.line, at.column))
            return .failure(
                CellError(
                    phase: .syntax,
                    diagnostics: [Diagnostics.Diagnostic(.error, message, at: range)]))
        }
        let tree = Parser.parse(source: source)
        let converter = SourceLocationConverter(fileName: "cell", tree: tree)
        if let equal = UnfixableEquals.first(in: tree) {
            let at = converter.location(for: equal.positionAfterSkippingLeadingTrivia)
            let message = "'=' must have consistent whitespace on both sides"
            let range = Diagnostics.SourceRange(map(at.line, at.column))
            return .failure(
                CellError(
                    phase: .syntax,
                    diagnostics: [Diagnostics.Diagnostic(.error, message, at: range)]))
        }
        let syntaxErrors = ParseDiagnosticsGenerator.diagnostics(for: tree)
        if !syntaxErrors.isEmpty {
            return .failure(
                CellError(
                    phase: .syntax,
                    diagnostics: syntaxErrors.map { d in
                        // A missing token is reported where the code before it ends (not after the
                        // comment that follows), as the compiler does.
                        var start = d.location(converter: converter)
                        var end = converter.location(for: d.node.endPositionBeforeTrailingTrivia)
                        if let first = d.node.firstToken(viewMode: .all),
                            first.presence == .missing,
                            let previous = first.previousToken(viewMode: .sourceAccurate)
                        {
                            start = converter.location(
                                for: previous.endPositionBeforeTrailingTrivia)
                            end = start
                        }
                        let range = Diagnostics.SourceRange(
                            start: map(start.line, start.column),
                            end: end.line == start.line
                                ? map(end.line, end.column) : map(start.line, start.column))
                        let fixIts = d.fixIts.map {
                            Diagnostics.Diagnostic.FixIt(
                                message: $0.message.message, range: range, replacement: "")
                        }
                        return Diagnostics.Diagnostic(
                            d.diagMessage.severity == .error ? .error : .warning, d.message,
                            at: range, fixIts: fixIts)
                    }))
        }
        // `infix operator •: MultiplicationPrecedence` and `precedencegroup` declarations:
        // the chapter's operators, from this cell on (kept only when the cell lowers).
        var foldErrors: [Diagnostics.Diagnostic] = []
        func report(_ error: OperatorError) {
            let at = error.asDiagnostic.location(converter: converter)
            foldErrors.append(
                Diagnostics.Diagnostic(
                    .error, error.message, at: Diagnostics.SourceRange(map(at.line, at.column))))
        }
        var table = operators
        table.addSourceFile(tree, errorHandler: report)
        if !foldErrors.isEmpty {
            return .failure(CellError(phase: .syntax, diagnostics: foldErrors))
        }
        let folded = table.foldAll(tree, errorHandler: report)
        guard foldErrors.isEmpty, let file = folded.as(SourceFileSyntax.self) else {
            return .failure(CellError(phase: .syntax, diagnostics: foldErrors))
        }
        let saved = globals.snapshot()
        let lowerer = Lowerer(
            converter: converter, mapLocation: map, scopes: Scopes(globals: globals),
            builtins: registry)
        let statements = lowerer.lowerTopLevel(file.statements)
        if !lowerer.diagnostics.isEmpty {
            globals.restore(saved)
            return .failure(CellError(phase: .lowering, diagnostics: lowerer.diagnostics))
        }
        operators = table
        return .success(statements)
    }

    /// What the interpreter says when a cell runs out of steps.
    static let stepBudgetMessage = "the cell used up its step budget and was stopped"

    /// `1000000` as `1,000,000`.
    static func grouped(_ n: Int) -> String {
        var digits = Array(String(n.magnitude))
        var out = ""
        while digits.count > 3 {
            out = "," + String(digits.suffix(3)) + out
            digits.removeLast(3)
        }
        return (n < 0 ? "-" : "") + String(digits) + out
    }

    /// Interprets lowered statements (on the caller's thread: `run` provides the large stack).
    func execute(_ statements: [Stmt]) -> CellResult {
        interpreter.ensureGlobals(globals.count)
        interpreter.result = CellResult()
        interpreter.pendingText = ""
        interpreter.elidedBytes = 0
        interpreter.timeLimit = timeLimit
        interpreter.deadline = DispatchTime.now() + timeLimit
        interpreter.stepsLeft = stepLimit ?? Int.max
        interpreter.runTopLevel(statements)
        interpreter.finishOutput()
        if let limit = stepLimit, var error = interpreter.result.error,
            error.diagnostics.first?.message == Self.stepBudgetMessage
        {
            error.diagnostics[0].message =
                "the cell used up its budget of \(Self.grouped(limit)) steps and was stopped (raise it with --step-limit)"
            interpreter.result.error = error
        }
        return interpreter.result
    }
}

extension Interpreter {
    /// Runs a cell's statements; the value of a final expression statement is displayed.
    func runTopLevel(_ statements: [Stmt]) {
        do {
            callDepth = 0
            var body = statements
            var last: Expr?
            if case .expression(let e)? = statements.last?.kind, Self.displaysValue(e) {
                last = e
                body.removeLast()
            }
            _ = try Compiler.block(body)(self, globals)
            if let last {
                let value = try evaluate(last, frame: globals)
                if !value.isVoid { show(BuiltinRegistry.display(of: value)) }
            }
        } catch let error as RuntimeError {
            result.error = CellError(
                phase: .runtime,
                diagnostics: [
                    Diagnostics.Diagnostic(
                        .error, relativePaths(error.message), at: error.range, notes: error.notes)
                ])
        } catch is RequirementFailed {
            result.requirementFailed = true
        } catch {
            result.error = CellError(
                phase: .runtime,
                diagnostics: [
                    Diagnostics.Diagnostic(
                        .error, relativePaths("\(error)"),
                        at: statements.first?.range
                            ?? Diagnostics.SourceRange(
                                Diagnostics.SourceLocation(file: "", line: 1, column: 1)))
                ])
        }
    }

    /// `message` with the scratch and chapter folders taken off the paths in it, so an error
    /// about `models/a.safetensors` names the file as the cell did, not where it resolved to
    /// on this machine.
    func relativePaths(_ message: String) -> String {
        var text = message
        let access = registry.fileAccess
        let working = FileManager.default.currentDirectoryPath
        func absolute(_ folder: String) -> [String] {
            let path = folder.hasPrefix("/") ? folder : working + "/" + folder
            return [URL(fileURLWithPath: path).resolvingSymlinksInPath().path, path]
        }
        // Absolute forms first (they contain the relative ones); the chapter folder's relative
        // form is what the user sees anyway, the scratch folder's is an internal detail.
        var forms = [access.scratchDirectory, access.baseDirectory].compactMap { $0 }.flatMap(
            absolute)
        if let scratch = access.scratchDirectory { forms.append(scratch) }
        for folder in forms where folder.count > 1 {
            let prefix = folder.hasSuffix("/") ? folder : folder + "/"
            text = Self.removing(prefix, beforeFileNamesIn: text)
        }
        return text
    }

    /// `text` without `prefix` where a file name follows it (not where the folder itself is
    /// named, as in "only under chapters/, output/").
    static func removing(_ prefix: String, beforeFileNamesIn text: String) -> String {
        var out = ""
        var rest = text[...]
        while let r = rest.range(of: prefix) {
            out += rest[..<r.lowerBound]
            let next = rest[r.upperBound...].first
            if let c = next, !c.isWhitespace, !",;:'\")".contains(c) {
                // A file name follows: drop the folder.
            } else {
                out += rest[r]
            }
            rest = rest[r.upperBound...]
        }
        return out + rest
    }

    /// Assignments and expectations are statements, not values to show.
    static func displaysValue(_ e: Expr) -> Bool {
        switch e.kind {
        case .assign, .compoundAssign, .expectation: return false
        default: return true
        }
    }
}

extension Session {
    /// Parses and lowers a cell in this session without running it; declarations of a cell
    /// that lowers cleanly stay known to the cells checked after it.
    public func checkCell(_ source: String, map: @escaping LocationMap) -> [Diagnostics.Diagnostic]
    {
        var diagnostics: [Diagnostics.Diagnostic] = []
        onLargeStack {
            self.declareStandardTypes(usedBy: source, execute: false)
            if case .failure(let e) = self.compile(source, map: map) { diagnostics = e.diagnostics }
        }
        return diagnostics
    }
}
