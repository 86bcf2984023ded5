import Diagnostics

/// A call of one function of the cells specialized for one call site: its frame size,
/// parameter slots and compiled body are constants of ``invoke``.
final class DirectCall {
    /// The function value ``invoke`` calls (held, so that its identity stays its own).
    let function: Function
    let invoke: CompiledExpr

    init(_ function: Function, _ invoke: @escaping CompiledExpr) {
        self.function = function
        self.invoke = invoke
    }
}

/// What a call site learned about the functions it called: up to ``capacity`` functions of the
/// cells that take the site's arguments as written (``FunctionDecl/takesDirectCall``), each
/// with its call specialized for them, and which of them it called last.
///
/// The specializations are never dropped while the site lives, so the last one is called
/// through an unretained reference (no reference counting per call): a call that makes the
/// site specialize again (a function that reassigns the variable it was called through)
/// cannot free the closure that is running.
final class CallCache {
    static let capacity = 4
    private var calls: [DirectCall] = []
    /// The last function called, compared without counting references.
    private(set) var identity: ObjectIdentifier?
    private var last: Unmanaged<DirectCall>?

    /// Calls the specialization last used.
    @inline(__always)
    func invoke(_ i: Interpreter, _ f: Frame) throws -> Value {
        guard let last else { return .void }
        return try last._withUnsafeGuaranteedRef { try $0.invoke(i, f) }
    }

    /// Makes `function`'s specialization the last one, if the site has one.
    @inline(__always)
    func select(_ function: Function) -> Bool {
        for call in calls where call.function === function {
            use(call)
            return true
        }
        return false
    }

    /// Keeps a new specialization and makes it the last one; false when the site already
    /// keeps ``capacity`` (the call then takes the general path).
    func add(_ function: Function, _ invoke: @escaping CompiledExpr) -> Bool {
        guard calls.count < Self.capacity else { return false }
        let call = DirectCall(function, invoke)
        calls.append(call)
        use(call)
        return true
    }

    private func use(_ call: DirectCall) {
        identity = ObjectIdentifier(call.function)
        last = Unmanaged.passUnretained(call)
    }
}

/// Frames of one call site's finished calls of one function, for its next calls: their
/// parent (the frame the function captured) never changes. The frames form a list through
/// ``Frame/nextSpare``, so that taking and keeping one only moves references.
final class FramePool {
    private var head: Frame?
    private var count = 0
    static let capacity = 256

    /// A frame of `size` empty slots under `parent`: a kept one if there is one.
    @inline(__always)
    func take(_ size: Int, parent: Frame?) -> Frame {
        if let frame = head.take() {
            head = frame.nextSpare.take()
            count &-= 1
            return frame
        }
        return Frame(size: size, parent: parent)
    }

    /// Keeps a frame whose call has finished, emptied, unless something still refers to it (a
    /// closure that captured it) or the pool is full. The frame moves into the pool.
    @inline(__always)
    func recycle(_ frame: consuming Frame) {
        var frame = frame
        guard isKnownUniquelyReferenced(&frame), count < Self.capacity else { return }
        frame.slots.withUnsafeMutableBufferPointer { slots in
            for i in slots.indices { slots[i] = .void }
        }
        frame.nextSpare = head.take()
        head = consume frame
        count &+= 1
    }

    /// Runs `body` in a frame of `size` slots under `parent` and keeps the frame afterwards
    /// (the frame moves into the pool: no count of references added for it).
    @inline(__always)
    func withFrame(
        _ size: Int, parent: Frame?, _ body: (Frame) throws -> Value
    ) throws -> Value {
        let frame = take(size, parent: parent)
        let result: Value
        do {
            result = try body(frame)
        } catch {
            recycle(consume frame)
            throw error
        }
        recycle(consume frame)
        return result
    }
}

extension Frame {
    /// Whether slot `slot` holds the function of identity `id` (read in place: no copy).
    @inline(__always)
    func holdsFunction(_ id: ObjectIdentifier?, at slot: Int) -> Bool {
        slots.withUnsafeBufferPointer { values in
            guard slot < values.count else { return false }
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
                let a = depth == 0 ? f : f.ancestor(depth)
                guard slot < a.slots.count else {
                    return try i.evaluateCall(
                        callee, args, site: e.callSite, frame: f, range: e.range)
                }
                value = a.slots[slot]
            case .builtin(let index): value = i.registry.builtinValues[index]
            }
            if case .function(let function) = value {
                if cache.select(function) { return try cache.invoke(i, f) }
                if case .user(let decl, let captured) = function.body, decl.takesDirectCall,
                    args.count == decl.parameters.count,
                    decl.isClosure || decl.labels == e.callSite.labels,
                    cache.add(
                        function,
                        invoker(
                            decl, captured: captured, body: i.compiledBody(decl), arguments,
                            call: e))
                {
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
                try pool.withFrame(size, parent: captured) { frame in
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
            }
        case 2:
            let a = arguments[0].run
            let b = arguments[1].run
            let (slot0, slot1) = (slots[0], slots[1])
            let (kind0, kind1) = (kinds[0], kinds[1])
            return { i, f in
                try pool.withFrame(size, parent: captured) { frame in
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
            }
        default:
            return { i, f in
                try pool.withFrame(size, parent: captured) { frame in
                    for k in arguments.indices {
                        frame.slots[slots[k]] = try arguments[k].run(i, f)
                    }
                    try i.coerceArguments(
                        decl, frame, literal: e.callSite.literal, ranges: e.callSite.ranges)
                    return try i.runCompiled(
                        decl, run, literalResult: literalResult, frame: frame, range: e.range)
                }
            }
        }
    }
}

/// A compiled expression kept in an array.
final class CompiledExprBox {
    let run: CompiledExpr

    init(_ run: @escaping CompiledExpr) { self.run = run }
}
