import Diagnostics
import Foundation
import Tensors

/// Control signals of statements: not errors, just where execution goes next.
enum Flow {
    case normal
    case breakLoop(String?)
    case continueLoop(String?)
    case returnValue(Value)
    /// `fallthrough`: run the next case's body.
    case fallthroughCase
}

extension Flow {
    /// What a loop labelled `label` does after an iteration whose body ended with this flow:
    /// nil to go on (the body finished or continued this loop), else the flow the loop returns —
    /// `.normal` for a `break` of this loop, any other flow (a return, an outer loop's break or
    /// continue) as is.
    @inline(__always)
    func loopExit(_ label: String?) -> Flow? {
        switch self {
        case .normal: return nil
        case .continueLoop(let l) where l == nil || l == label: return nil
        case .breakLoop(let l) where l == nil || l == label: return .normal
        default: return self
        }
    }
}

/// The tree-walking interpreter of one chapter: the global frame, the built-ins, what the
/// current cell printed, and the limits that keep a cell from hanging or overflowing the stack.
final class Interpreter {
    let registry: BuiltinRegistry
    var globals: Frame
    var result = CellResult()
    /// Wall-clock deadline of the running cell.
    var deadline: DispatchTime = .distantFuture
    var timeLimit: Double = 300
    /// Calls in progress, for the recursion limit.
    var callDepth = 0
    static let maximumCallDepth = 3_000
    /// Counts loop iterations and calls between deadline checks.
    var ticks = 0
    /// Loop iterations and calls left before the step budget stops the cell.
    var stepsLeft = Int.max
    /// Names of the mutating methods of the structs declared so far (calls on storage with these
    /// names work in place).
    var structMutatingNames: Set<String> = []
    /// The enums declared so far by name, for implicit members (`.north`) given where one of
    /// them is expected.
    var enumTypes: [String: UserType] = [:]
    /// The structs and classes of the cells by name (their static members resolve implicit
    /// members: `Permissions.read | .write`).
    var userTypes: [String: UserType] = [:]
    /// The properties whose `willSet`/`didSet` are running: assigning to one of them inside
    /// its own observer changes it without calling the observers again, as in Swift.
    var propertiesBeingObserved: [String] = []
    /// Protocols with default implementations, and built-in types with extensions, by name.
    var protocolDecls: [String: TypeDecl] = [:]
    var builtinExtensions: [String: TypeDecl] = [:]
    /// Captured frames and instances, emptied when the session ends.
    let cycles = CycleBreaker()
    /// The most bytes of text a cell may print; the rest is counted in ``elidedBytes``.
    var outputLimit = 1_000_000
    /// Bytes printed past ``outputLimit`` in the running cell.
    var elidedBytes = 0
    /// Text printed since the last display, not yet in the outputs.
    var pendingText = ""
    /// Frames of finished calls that nothing kept (no closure captured them), by size, for
    /// the next calls: a call then allocates no frame.
    var spareFrames: [[Frame]] = Array(repeating: [], count: Interpreter.spareFrameSizes)
    static let spareFrameSizes = 32
    static let sparesPerSize = 512
    /// The module name that qualifies user types in the debug form of values
    /// (`[main.Heading.east]`), as swiftc names the module of a program.
    var moduleName = "main"

    init(registry: BuiltinRegistry) {
        self.registry = registry
        self.globals = Frame(size: 0, parent: nil)
    }

    /// Grows the global frame to hold `count` slots (new cells declare new globals).
    func ensureGlobals(_ count: Int) {
        if globals.slots.count < count {
            globals.slots.append(
                contentsOf: Array(repeating: .void, count: count - globals.slots.count))
        }
    }

    /// Stops a cell that runs past its time limit.
    @inline(__always)
    func tick(_ range: @autoclosure () -> SourceRange) throws {
        ticks &+= 1
        stepsLeft &-= 1
        if stepsLeft < 0 {
            throw RuntimeError("the cell used up its step budget and was stopped", at: range())
        }
        if ticks & 0x3FF == 0, DispatchTime.now() > deadline {
            throw RuntimeError(
                "the cell ran longer than its time limit of \(timeLimit == timeLimit.rounded() ? String(Int(timeLimit)) : String(timeLimit)) s and was stopped (raise it with --cell-timeout)",
                at: range())
        }
    }

    // MARK: - Frames

    /// A frame of `size` empty slots under `parent`: a spare one if there is one.
    @inline(__always)
    func takeFrame(_ size: Int, parent: Frame?) -> Frame {
        if size < Self.spareFrameSizes, let frame = spareFrames[size].popLast(),
            frame.slots.count == size
        {
            frame.parent = parent
            return frame
        }
        return Frame(size: size, parent: parent)
    }

    /// Keeps a frame whose call has finished for the next call of its size, emptied, unless
    /// something still refers to it (a closure that captured it).
    @inline(__always)
    func recycle(_ frame: inout Frame) {
        let size = frame.slots.count
        guard size < Self.spareFrameSizes, isKnownUniquelyReferenced(&frame),
            spareFrames[size].count < Self.sparesPerSize
        else { return }
        for i in 0..<size { frame.slots[i] = .void }
        frame.parent = nil
        spareFrames[size].append(frame)
    }

    // MARK: - Output

    func write(_ text: String) {
        var text = text
        let room = outputLimit - result.stdout.utf8.count
        if elidedBytes > 0 || text.utf8.count > room {
            var kept = Self.prefix(of: text, bytes: max(0, room))
            if let lastBreak = kept.lastIndex(of: "\n") {
                kept = String(kept[...lastBreak])
            }
            elidedBytes += text.utf8.count - kept.utf8.count
            text = kept
            if text.isEmpty { return }
        }
        result.stdout += text
        pendingText += text
    }

    func show(_ display: Display) {
        flushText()
        result.displays.append(display)
        result.outputs.append(.display(display))
    }

    /// Moves the text printed since the last display into the outputs.
    func flushText() {
        guard !pendingText.isEmpty else { return }
        result.outputs.append(.text(pendingText))
        pendingText = ""
    }

    /// Ends the cell's output: pending text, then a notice when text was left out.
    func finishOutput() {
        if elidedBytes > 0 {
            let notice =
                (result.stdout.hasSuffix("\n") || result.stdout.isEmpty ? "" : "\n")
                + "… output truncated: \(Tensors.MemoryBudget.describe(elidedBytes)) more\n"
            result.stdout += notice
            pendingText += notice
            elidedBytes = 0
        }
        flushText()
    }

    /// The longest prefix of `text` of at most `bytes` UTF-8 bytes, cut between characters.
    static func prefix(of text: String, bytes: Int) -> String {
        var used = 0
        var end = text.startIndex
        for character in text {
            let size = character.utf8.count
            if used + size > bytes { break }
            used += size
            end = text.index(after: end)
        }
        return String(text[..<end])
    }

    // MARK: - Names

    @inline(__always)
    func read(_ binding: Binding, _ name: String, frame: Frame, range: SourceRange) throws -> Value
    {
        switch binding {
        case .global(let i): return globals.slots[i]
        case .local(let depth, let slot):
            let f = depth == 0 ? frame : frame.ancestor(depth)
            guard slot < f.slots.count else { throw Self.unreachable(name, range) }
            return f.slots[slot]
        case .builtin(let index):
            return registry.builtinValues[index]
        }
    }

    /// A name whose declaration's frame is not among the frames of the code running: a local
    /// of a function read from a type declared inside it.
    static func unreachable(_ name: String, _ range: SourceRange) -> RuntimeError {
        RuntimeError(
            "'\(name)' is declared in an enclosing function; using it from a type declared inside that function is not supported yet",
            at: range)
    }

    /// Runs `body` on the storage of a name, in place (no copy of arrays held there).
    @inline(__always)
    func withStorage<T>(_ binding: Binding, frame: Frame, _ body: (inout Value) throws -> T)
        rethrows -> T
    {
        switch binding {
        case .global(let i): return try body(&globals.slots[i])
        case .local(let depth, let slot):
            let f = depth == 0 ? frame : frame.ancestor(depth)
            return try body(&f.slots[slot])
        case .builtin:
            var scratch = Value.void
            return try body(&scratch)
        }
    }

    /// `+ - * /` of two Doubles (IEEE, so never an error); nil for other operators.
    @inline(__always)
    static func doubleArithmetic(_ op: BinaryOperator, _ a: Double, _ b: Double) -> Double? {
        switch op {
        case .add: return a + b
        case .subtract: return a - b
        case .multiply: return a * b
        case .divide: return a / b
        default: return nil
        }
    }

    /// Replaces the Double in a variable's slot by `update(old)`, in place; false (nothing done)
    /// when the slot holds something else or `update` declines.
    @inline(__always)
    func updateDouble(_ binding: Binding, frame: Frame, _ update: (Double) -> Double?) -> Bool {
        switch binding {
        case .global(let i):
            guard case .double(let a) = globals.slots[i], let v = update(a) else { return false }
            globals.slots[i] = .double(v)
            return true
        case .local(let depth, let slot):
            let f = depth == 0 ? frame : frame.ancestor(depth)
            guard case .double(let a) = f.slots[slot], let v = update(a) else { return false }
            f.slots[slot] = .double(v)
            return true
        case .builtin:
            return false
        }
    }

    /// Replaces the Int in a variable's slot by `update(old)`, in place; false (nothing done)
    /// when the slot holds something else or `update` declines (an overflow, which the
    /// general path then reports).
    @inline(__always)
    func updateInt(_ binding: Binding, frame: Frame, _ update: (Int) -> Int?) -> Bool {
        switch binding {
        case .global(let i):
            guard case .int(let a) = globals.slots[i], let v = update(a) else { return false }
            globals.slots[i] = .int(v)
            return true
        case .local(let depth, let slot):
            let f = depth == 0 ? frame : frame.ancestor(depth)
            guard case .int(let a) = f.slots[slot], let v = update(a) else { return false }
            f.slots[slot] = .int(v)
            return true
        case .builtin:
            return false
        }
    }

    /// Stores `value` in a variable's slot when the slot holds a value of the same simple type
    /// (Int, Double, String or Bool), which needs none of assignment's conversions; false
    /// (nothing done) otherwise.
    @inline(__always)
    func replaceSimple(_ binding: Binding, _ value: Value, frame: Frame) -> Bool {
        let kind = SimpleKind.of(value)
        guard kind != .other else { return false }
        switch binding {
        case .global(let i):
            guard SimpleKind.of(globals.slots[i]) == kind else { return false }
            globals.slots[i] = value
            return true
        case .local(let depth, let slot):
            let f = depth == 0 ? frame : frame.ancestor(depth)
            guard SimpleKind.of(f.slots[slot]) == kind else { return false }
            f.slots[slot] = value
            return true
        case .builtin:
            return false
        }
    }

    /// `+ - *` (and their `&` forms) of two Ints; nil for other operators and on overflow.
    @inline(__always)
    static func intArithmetic(_ op: BinaryOperator, _ a: Int, _ b: Int) -> Int? {
        switch op {
        case .add:
            let (v, o) = a.addingReportingOverflow(b)
            return o ? nil : v
        case .subtract:
            let (v, o) = a.subtractingReportingOverflow(b)
            return o ? nil : v
        case .multiply:
            let (v, o) = a.multipliedReportingOverflow(by: b)
            return o ? nil : v
        case .overflowAdd: return a &+ b
        case .overflowSubtract: return a &- b
        case .overflowMultiply: return a &* b
        default: return nil
        }
    }

    func bind(_ pattern: Pattern, _ value: Value, frame: Frame, range: SourceRange) throws {
        switch pattern {
        case .ignore: return
        case .bind(let binding, _, _):
            withStorage(binding, frame: frame) { $0 = value }
        case .tuple(let patterns):
            guard case .tuple(let values, _) = value, values.count == patterns.count else {
                throw RuntimeError(
                    "cannot destructure a value of type '\(value.typeName)' into \(patterns.count) names",
                    at: range)
            }
            for (p, v) in zip(patterns, values) { try bind(p, v, frame: frame, range: range) }
        }
    }
}
