import Diagnostics

/// An expression compiled to a closure: names resolved to slots, no `Expr` traversal when it
/// runs.
typealias CompiledExpr = (Interpreter, Frame) throws -> Value
/// A condition of `if`, `while` or `guard`, compiled.
typealias CompiledCondition = (Interpreter, Frame) throws -> Bool
/// A statement or block compiled to a closure.
typealias CompiledStmt = (Interpreter, Frame) throws -> Flow

/// A function body compiled once, at its first call: its result before the conversion to the
/// declared return type.
final class CompiledBody {
    let run: CompiledExpr
    /// Whether the result is a numeric literal (a one-expression body `{ 0 }`), which adapts
    /// to the return type.
    let literalResult: Bool

    init(run: @escaping CompiledExpr, literalResult: Bool) {
        self.run = run
        self.literalResult = literalResult
    }
}

/// Compiles the AST to closures that the interpreter calls instead of walking the tree.
///
/// The common constructs of loops and function bodies — literals, names, Int and Double
/// arithmetic and comparisons, `&&`/`||`, direct calls of cell functions, `+=` on variables and
/// on dictionary `default:` subscripts, array subscripts, interpolated strings, `let`/`var`,
/// `if`, `guard`, `while`, `for` over ranges, `return`, `break` and `continue` — become
/// closures; everything else compiles to a closure that hands the node to the tree walker.
/// Both give the same values, errors and source ranges: the compiled code takes fast paths for
/// the cases that cannot fail and calls the tree walker's own functions otherwise.
enum Compiler {
    /// A node the compiler leaves to the tree walker.
    static func fallback(_ e: Expr) -> CompiledExpr {
        { interpreter, frame in try interpreter.evaluate(e, frame: frame) }
    }

    static func fallback(_ s: Stmt) -> CompiledStmt {
        { interpreter, frame in try interpreter.execute(s, frame: frame) }
    }

    /// A function's body: its one expression, or its statements up to a `return`.
    static func body(of decl: FunctionDecl) -> CompiledBody {
        if let e = decl.singleExpression {
            return CompiledBody(run: expression(e), literalResult: e.isNumericLiteral)
        }
        if let value = valueBody(decl.body[...]) {
            return CompiledBody(run: value, literalResult: false)
        }
        let statements = block(decl.body)
        return CompiledBody(
            run: { interpreter, frame in
                if case .returnValue(let v) = try statements(interpreter, frame) { return v }
                return .void
            }, literalResult: false)
    }
}

extension Compiler {
    /// A function body made of `return`s, `if`s that return and statements that cannot leave
    /// the body (`if n < 2 { return n }; return fib(n - 1) + fib(n - 2)`), compiled to one
    /// expression: no `Flow` wrapped and unwrapped per call. Nil for any other body.
    static func valueBody(_ statements: ArraySlice<Stmt>) -> CompiledExpr? {
        guard let first = statements.first else { return nil }
        let rest = statements.dropFirst()
        switch first.kind {
        case .returnStmt(let e?) where rest.isEmpty:
            return expression(e)
        case .ifChain(let chain)
        where chain.branches.count == 1 && chain.elseBody == nil
            && chain.branches[0].conditions.count == 1:
            guard case .boolean(let c) = chain.branches[0].conditions[0],
                chain.branches[0].body.count == 1,
                case .returnStmt(let e?) = chain.branches[0].body[0].kind,
                let orElse = valueBody(rest)
            else { return nil }
            let test = condition(c)
            let value = expression(e)
            return { i, f in try test(i, f) ? value(i, f) : orElse(i, f) }
        case .expression, .variable(_, _, _?):
            guard let after = valueBody(rest) else { return nil }
            let run = statement(first)
            return { i, f in
                _ = try run(i, f)
                return try after(i, f)
            }
        default:
            return nil
        }
    }
}

extension Interpreter {
    /// A function's compiled body, compiled at its first call.
    @inline(__always)
    func compiledBody(_ decl: FunctionDecl) -> CompiledBody {
        if let body = decl.compiled { return body }
        let body = Compiler.body(of: decl)
        decl.compiled = body
        cycles.track(compiled: decl)
        return body
    }

    /// Runs a function's compiled body in its frame, its arguments bound: the recursion limit,
    /// the step budget, and the result converted to the declared return type (as ``run``).
    @inline(__always)
    func runCompiled(
        _ decl: FunctionDecl, _ body: CompiledBody, frame: Frame,
        range: @autoclosure () -> SourceRange
    ) throws -> Value {
        try runCompiled(
            decl, body.run, literalResult: body.literalResult, frame: frame, range: range())
    }

    @inline(__always)
    func runCompiled(
        _ decl: FunctionDecl, _ run: CompiledExpr, literalResult: Bool, frame: Frame,
        range: @autoclosure () -> SourceRange
    ) throws -> Value {
        callDepth += 1
        defer { callDepth -= 1 }
        if callDepth > Self.maximumCallDepth {
            throw RuntimeError(
                "recursion too deep: more than \(Self.maximumCallDepth) nested calls (is a base case missing?)",
                at: range())
        }
        try tick(range())
        var result = try run(self, frame)
        if !decl.returnKind.matches(result), let rt = decl.returnType, !result.isVoid {
            result = try coerce(
                result, to: rt, literal: literalResult, range: decl.range, context: "return type")
        }
        return result
    }
}
