import Diagnostics

extension Compiler {
    /// A block: its statements in turn until one leaves it. A block with a `defer` is left to
    /// the tree walker.
    static func block(_ statements: [Stmt]) -> CompiledStmt {
        if statements.contains(where: \.isDefer) {
            return { i, f in try i.execute(statements, frame: f) }
        }
        return sequence(statements[...])
    }

    /// Statements in turn, as a tree of pairs (closures kept in arrays would be called through
    /// reabstraction thunks).
    private static func sequence(_ statements: ArraySlice<Stmt>) -> CompiledStmt {
        switch statements.count {
        case 0:
            return { _, _ in .normal }
        case 1:
            return statement(statements[statements.startIndex])
        default:
            let middle = statements.startIndex + statements.count / 2
            let first = sequence(statements[..<middle])
            let second = sequence(statements[middle...])
            return { i, f in
                let flow = try first(i, f)
                guard case .normal = flow else { return flow }
                return try second(i, f)
            }
        }
    }

    static func statement(_ s: Stmt) -> CompiledStmt {
        switch s.kind {
        case .expression(let e):
            let value = expression(e)
            return { i, f in
                _ = try value(i, f)
                return .normal
            }
        case .variable(let pattern, let type, let initializer?):
            return variable(s, pattern, type, initializer)
        case .ifChain(let chain):
            guard chain.branches.allSatisfy({ allBoolean($0.conditions) }) else {
                return fallback(s)
            }
            return branches(chain.branches[...], elseBody: chain.elseBody)
        case .guardStmt(let conditions, let body):
            guard allBoolean(conditions) else { return fallback(s) }
            let test = Self.conditions(conditions)
            let orElse = block(body)
            return { i, f in try test(i, f) ? .normal : orElse(i, f) }
        case .whileLoop(let conditions, let body, let label):
            guard allBoolean(conditions) else { return fallback(s) }
            let test = Self.conditions(conditions)
            let run = block(body)
            return { i, f in
                while try test(i, f) {
                    try i.tick(s.range)
                    if let exit = try run(i, f).loopExit(label) { return exit }
                }
                return .normal
            }
        case .forIn(
            let pattern, let sequence, let whereClause, let body, let label, nil):
            return forIn(s, pattern, sequence, whereClause, body, label)
        case .returnStmt(let e?):
            let value = expression(e)
            return { i, f in .returnValue(try value(i, f)) }
        case .returnStmt(nil):
            return { _, _ in .returnValue(.void) }
        case .breakStmt(let label):
            return { _, _ in .breakLoop(label) }
        case .continueStmt(let label):
            return { _, _ in .continueLoop(label) }
        case .block(let body):
            return block(body)
        default:
            return fallback(s)
        }
    }

    /// `let x = v`, `var total: Double = 0`: the value, converted to the declared type, bound.
    private static func variable(
        _ s: Stmt, _ pattern: Pattern, _ type: TypeName?, _ initializer: Expr
    ) -> CompiledStmt {
        let value = expression(initializer)
        if let type {
            let literal = initializer.isNumericLiteral
            return { i, f in
                let v = try i.coerce(
                    try value(i, f), to: type, literal: literal, range: initializer.range,
                    context: "specified type")
                try i.bind(pattern, v, frame: f, range: s.range)
                return .normal
            }
        }
        if case .bind(.local(0, let slot), _, _) = pattern {
            return { i, f in
                f.slots[slot] = try value(i, f)
                return .normal
            }
        }
        return { i, f in
            try i.bind(pattern, try value(i, f), frame: f, range: s.range)
            return .normal
        }
    }

    /// Whether every condition is a Boolean (the others are left to the tree walker).
    private static func allBoolean(_ conditions: [Condition]) -> Bool {
        conditions.allSatisfy { if case .boolean = $0 { true } else { false } }
    }

    /// The conditions of `if`, `while` or `guard`, all Booleans (``allBoolean``).
    private static func conditions(_ conditions: [Condition]) -> CompiledCondition {
        guard case .boolean(let e)? = conditions.first else { return { _, _ in true } }
        let first = condition(e)
        if conditions.count == 1 { return first }
        let rest = Self.conditions(Array(conditions.dropFirst()))
        return { i, f in try first(i, f) ? rest(i, f) : false }
    }

    /// `if c1 { … } else if c2 { … } else { … }` as nested two-way branches (every condition
    /// a Boolean).
    private static func branches(
        _ branches: ArraySlice<(conditions: [Condition], body: [Stmt])>, elseBody: [Stmt]?
    ) -> CompiledStmt {
        guard let branch = branches.first else {
            guard let elseBody else { return { _, _ in .normal } }
            return block(elseBody)
        }
        let test = conditions(branch.conditions)
        let body = block(branch.body)
        if branches.count == 1 && elseBody == nil {
            return { i, f in try test(i, f) ? body(i, f) : .normal }
        }
        let orElse = Self.branches(branches.dropFirst(), elseBody: elseBody)
        return { i, f in try test(i, f) ? body(i, f) : orElse(i, f) }
    }

    /// `for x in a..<b`: the loop variable in its slot, no `Value` range iterator; other
    /// sequences through the tree walker's loop.
    private static func forIn(
        _ s: Stmt, _ pattern: Pattern, _ sequenceExpr: Expr, _ whereClause: Expr?,
        _ bodyStatements: [Stmt], _ label: String?
    ) -> CompiledStmt {
        let sequence = expression(sequenceExpr)
        let body = block(bodyStatements)
        let test: CompiledCondition
        if let whereClause { test = condition(whereClause) } else { test = { _, _ in true } }
        enum Variable {
            case global(Int)
            case local(Int)
            case ignore
            case pattern
        }
        let variable: Variable
        switch pattern {
        case .ignore: variable = .ignore
        case .bind(.global(let index), _, _): variable = .global(index)
        case .bind(.local(0, let slot), _, _): variable = .local(slot)
        default: variable = .pattern
        }
        return { i, f in
            let value = try sequence(i, f)
            guard case .range(let lower, let upper) = value else {
                return try i.executeFor(
                    pattern, over: value, sequenceExpr, whereClause, bodyStatements, label,
                    iterationFrame: nil, frame: f, range: s.range)
            }
            var k = lower
            while k < upper {
                try i.tick(s.range)
                switch variable {
                case .global(let index): i.globals.slots[index] = .int(k)
                case .local(let slot): f.slots[slot] = .int(k)
                case .ignore: break
                case .pattern:
                    try i.bind(pattern, .int(k), frame: f, range: sequenceExpr.range)
                }
                k += 1
                if try !test(i, f) { continue }
                if let exit = try body(i, f).loopExit(label) { return exit }
            }
            return .normal
        }
    }
}
