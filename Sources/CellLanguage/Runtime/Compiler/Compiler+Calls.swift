import Diagnostics

/// What a call site learned about the function it called last: a function of the cells that
/// takes the site's arguments as written (``FunctionDecl/takesDirectCall``), its compiled body
/// and where its parameters live.
final class DirectCallee {
    let decl: FunctionDecl
    let body: CompiledBody
    let slots: [Int]
    let kinds: [SimpleKind]

    init(_ decl: FunctionDecl, body: CompiledBody) {
        self.decl = decl
        self.body = body
        self.slots = decl.parameterSlots
        self.kinds = decl.parameterKinds
    }
}

/// The callee a call site saw last (checked by identity on every call).
final class CallCache {
    var callee: DirectCallee?
}

extension Compiler {
    /// `f(x, by: y)` where `f` names a variable: when it holds a function of the cells that
    /// takes these arguments as written, the arguments are evaluated straight into a spare
    /// frame's slots and its compiled body runs; any other callee goes through the tree
    /// walker's ``Interpreter/evaluateCall``.
    static func call(_ e: Expr, _ callee: Expr, _ args: [Expr.Argument]) -> CompiledExpr {
        guard case .name(let binding, _) = callee.kind, !binding.isBuiltin else {
            return fallback(e)
        }
        let function = read(binding)
        let site = e.callSite
        if site.hasInout { return fallback(e) }
        let arguments = Arguments(args.map(\.value))
        let cache = CallCache()
        let range = e.range
        let count = args.count
        return { i, f in
            guard case .function(let fn) = try function(i, f),
                case .user(let decl, let captured) = fn.body
            else {
                return try i.evaluateCall(callee, args, site: site, frame: f, range: range)
            }
            let target: DirectCallee
            if let known = cache.callee, known.decl === decl {
                target = known
            } else {
                guard decl.takesDirectCall, count == decl.parameters.count,
                    decl.isClosure || decl.labels == site.labels
                else {
                    return try i.evaluateCall(callee, args, site: site, frame: f, range: range)
                }
                target = DirectCallee(decl, body: i.compiledBody(decl))
                cache.callee = target
            }
            var frame = i.takeFrame(decl.frameSize, parent: captured)
            defer { i.recycle(&frame) }
            let slots = target.slots
            switch arguments {
            case .none: break
            case .one(let a):
                frame.slots[slots[0]] = try a(i, f)
            case .two(let a, let b):
                frame.slots[slots[0]] = try a(i, f)
                frame.slots[slots[1]] = try b(i, f)
            case .three(let a, let b, let c):
                frame.slots[slots[0]] = try a(i, f)
                frame.slots[slots[1]] = try b(i, f)
                frame.slots[slots[2]] = try c(i, f)
            case .many(let all):
                for k in 0..<count { frame.slots[slots[k]] = try all[k].run(i, f) }
            }
            let kinds = target.kinds
            for k in 0..<count {
                let value = frame.slots[slots[k]]
                if !kinds[k].matches(value) || Interpreter.takesTypeFromContext(value),
                    let type = decl.parameters[k].type
                {
                    frame.slots[slots[k]] = try i.coerce(
                        value, to: type, literal: site.literal[k], range: site.ranges[k],
                        context: "argument type")
                }
            }
            return try i.runCompiled(decl, target.body, frame: frame, range: range)
        }
    }
}

/// The compiled arguments of a call, unboxed for up to three.
enum Arguments {
    case none
    case one(CompiledExpr)
    case two(CompiledExpr, CompiledExpr)
    case three(CompiledExpr, CompiledExpr, CompiledExpr)
    case many([CompiledExprBox])

    init(_ arguments: [Expr]) {
        let c = Compiler.expression
        switch arguments.count {
        case 0: self = .none
        case 1: self = .one(c(arguments[0]))
        case 2: self = .two(c(arguments[0]), c(arguments[1]))
        case 3: self = .three(c(arguments[0]), c(arguments[1]), c(arguments[2]))
        default: self = .many(arguments.map { CompiledExprBox(c($0)) })
        }
    }
}

/// A compiled expression kept in an array.
final class CompiledExprBox {
    let run: CompiledExpr

    init(_ run: @escaping CompiledExpr) { self.run = run }
}
