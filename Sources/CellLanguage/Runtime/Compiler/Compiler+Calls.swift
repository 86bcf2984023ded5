import Diagnostics

/// What a call site learned about the function it called last: a function of the cells that
/// takes the site's arguments as written (``FunctionDecl/takesDirectCall``), and the call
/// specialized for it (its frame size, parameter slots and compiled body are constants of
/// ``invoke``).
final class CallCache {
    /// The function value ``invoke`` calls (held, so that its identity stays its own).
    var function: Function? {
        didSet { identity = function.map(ObjectIdentifier.init) }
    }
    /// ``function``'s identity, compared without counting references.
    private(set) var identity: ObjectIdentifier?
    var invoke: CompiledExpr = { _, _ in .void }
}

/// Frames of one call site's finished calls of one function, for its next calls: their
/// parent (the frame the function captured) never changes.
final class FramePool {
    var frames: [Frame] = []
    static let capacity = 256

    /// A frame of `size` empty slots under `parent`: a kept one if there is one.
    @inline(__always)
    func take(_ size: Int, parent: Frame?) -> Frame {
        if let frame = frames.popLast() { return frame }
        return Frame(size: size, parent: parent)
    }

    /// Keeps a frame whose call has finished, emptied, unless something still refers to it (a
    /// closure that captured it) or the pool is full.
    @inline(__always)
    func recycle(_ frame: inout Frame) {
        guard isKnownUniquelyReferenced(&frame), frames.count < Self.capacity else { return }
        for i in frame.slots.indices { frame.slots[i] = .void }
        frames.append(frame)
    }
}

extension Frame {
    /// Whether slot `slot` holds the function of identity `id` (read in place: no copy).
    @inline(__always)
    func holdsFunction(_ id: ObjectIdentifier?, at slot: Int) -> Bool {
        slots.withUnsafeBufferPointer { values in
            if case .function(let f) = values[slot] { return ObjectIdentifier(f) == id }
            return false
        }
    }
}

extension Compiler {
    /// `f(x, by: y)` where `f` names a variable: when it holds a function of the cells that
    /// takes these arguments as written, the arguments are evaluated straight into a spare
    /// frame's slots and its compiled body runs; any other callee goes through the tree
    /// walker's ``Interpreter/evaluateCall``.
    static func call(_ e: Expr, _ callee: Expr, _ args: [Expr.Argument]) -> CompiledExpr {
        guard case .name(let binding, _) = callee.kind, !binding.isBuiltin,
            !e.callSite.hasInout
        else {
            return fallback(e)
        }
        let cache = CallCache()
        let arguments = args.map { CompiledExprBox(expression($0.value)) }
        return { i, f in
            switch binding {
            case .global(let index):
                if i.globals.holdsFunction(cache.identity, at: index) {
                    return try cache.invoke(i, f)
                }
            case .local(0, let slot):
                if f.holdsFunction(cache.identity, at: slot) { return try cache.invoke(i, f) }
            default: break
            }
            let value: Value
            switch binding {
            case .global(let index): value = i.globals.slots[index]
            case .local(let depth, let slot):
                value = depth == 0 ? f.slots[slot] : f.ancestor(depth).slots[slot]
            case .builtin(let index): value = i.registry.builtinValues[index]
            }
            if case .function(let function) = value {
                if function === cache.function { return try cache.invoke(i, f) }
                if case .user(let decl, let captured) = function.body, decl.takesDirectCall,
                    args.count == decl.parameters.count,
                    decl.isClosure || decl.labels == e.callSite.labels
                {
                    cache.invoke = invoker(
                        decl, captured: captured, body: i.compiledBody(decl), arguments, call: e)
                    cache.function = function
                    return try cache.invoke(i, f)
                }
            }
            return try i.evaluateCall(callee, args, site: e.callSite, frame: f, range: e.range)
        }
    }

    /// The call of one function of the cells with the arguments of one call site.
    private static func invoker(
        _ decl: FunctionDecl, captured: Frame?, body: CompiledBody,
        _ arguments: [CompiledExprBox], call e: Expr
    ) -> CompiledExpr {
        let size = decl.frameSize
        let run = body.run
        let literalResult = body.literalResult
        let slots = decl.parameterSlots
        let kinds = decl.parameterKinds
        let pool = FramePool()
        switch arguments.count {
        case 1:
            let a = arguments[0].run
            let slot = slots[0]
            let kind = kinds[0]
            return { i, f in
                var frame = pool.take(size, parent: captured)
                defer { pool.recycle(&frame) }
                let v = try a(i, f)
                let simple = kind.matches(v)
                frame.slots[slot] = v
                if !simple {
                    try i.coerceArguments(
                        decl, frame, literal: e.callSite.literal, ranges: e.callSite.ranges)
                }
                return try i.runCompiled(
                    decl, run, literalResult: literalResult, frame: frame, range: e.range)
            }
        case 2:
            let a = arguments[0].run
            let b = arguments[1].run
            let (slot0, slot1) = (slots[0], slots[1])
            let (kind0, kind1) = (kinds[0], kinds[1])
            return { i, f in
                var frame = pool.take(size, parent: captured)
                defer { pool.recycle(&frame) }
                let v = try a(i, f)
                var simple = kind0.matches(v)
                frame.slots[slot0] = v
                let w = try b(i, f)
                simple = simple && kind1.matches(w)
                frame.slots[slot1] = w
                if !simple {
                    try i.coerceArguments(
                        decl, frame, literal: e.callSite.literal, ranges: e.callSite.ranges)
                }
                return try i.runCompiled(
                    decl, run, literalResult: literalResult, frame: frame, range: e.range)
            }
        default:
            return { i, f in
                var frame = pool.take(size, parent: captured)
                defer { pool.recycle(&frame) }
                for k in arguments.indices { frame.slots[slots[k]] = try arguments[k].run(i, f) }
                try i.coerceArguments(
                    decl, frame, literal: e.callSite.literal, ranges: e.callSite.ranges)
                return try i.runCompiled(
                    decl, run, literalResult: literalResult, frame: frame, range: e.range)
            }
        }
    }
}

/// A compiled expression kept in an array.
final class CompiledExprBox {
    let run: CompiledExpr

    init(_ run: @escaping CompiledExpr) { self.run = run }
}
