import Diagnostics
import SwiftSyntax

extension Lowerer {
    func lowerStmt(_ stmt: StmtSyntax) -> [Stmt] {
        let r = range(stmt)
        if let e = stmt.as(ExpressionStmtSyntax.self) {
            return [lowerExpressionStatement(e.expression)]
        }
        if let g = stmt.as(GuardStmtSyntax.self) {
            // Names bound by `guard let` stay visible after the guard: conditions are lowered
            // in the enclosing scope, the else-body in its own.
            let conditions = lowerConditions(g.conditions)
            let body = lowerBlock(g.body)
            if !endsControlFlow(body) {
                error(
                    "'guard' body must not fall through, consider using a 'return' or 'throw' to exit the scope",
                    g.guardKeyword)
            }
            return [Stmt(.guardStmt(conditions, body: body), range: r)]
        }
        if let w = stmt.as(WhileStmtSyntax.self) {
            scopes.pushBlock()
            let conditions = lowerConditions(w.conditions)
            let body = lowerLoopBody(w.body)
            scopes.popBlock()
            return [Stmt(.whileLoop(conditions, body: body, label: nil), range: r)]
        }
        if let rep = stmt.as(RepeatStmtSyntax.self) {
            let body = lowerLoopBody(rep.body)
            return [
                Stmt(
                    .repeatWhile(body: body, condition: lowerExpr(rep.condition), label: nil),
                    range: r)
            ]
        }
        if let f = stmt.as(ForStmtSyntax.self) {
            if f.tryKeyword != nil || f.awaitKeyword != nil {
                unsupported("'for try'/'for await'", f)
            }
            let sequence = lowerExpr(f.sequence)
            let captures = ClosureFinder.containsClosure(f.body)
            if captures { scopes.pushFunction() } else { scopes.pushBlock() }
            var pattern: Pattern
            var whereClause: Expr?
            var body: [Stmt]
            if f.caseKeyword != nil, let element = scopes.declare("$element", isLet: true) {
                // `for case let v? in values where v > 1`: each element is matched as `if case`.
                pattern = .bind(element, name: "$element", range: range(f.pattern))
                let matched = lowerCasePattern(f.pattern)
                let elementExpr = Expr(
                    .name(element, "$element"), range: range(f.pattern),
                    text: f.pattern.trimmedDescription)
                var conditions: [Condition] = [.pattern(matched, elementExpr)]
                if let w = f.whereClause { conditions.append(.boolean(lowerExpr(w.condition))) }
                let inner = lowerLoopBody(f.body)
                body = [
                    Stmt(
                        .ifChain(IfChain(branches: [(conditions, inner)], elseBody: nil)),
                        range: range(f.body))
                ]
            } else {
                pattern = lowerPattern(f.pattern, isLet: true)
                whereClause = f.whereClause.map { lowerExpr($0.condition) }
                body = lowerLoopBody(f.body)
            }
            var frameSize: Int?
            if captures { frameSize = scopes.popFunction() } else { scopes.popBlock() }
            return [
                Stmt(
                    .forIn(
                        pattern, sequence: sequence, whereClause: whereClause, body: body,
                        label: nil, iterationFrame: frameSize), range: r)
            ]
        }
        if let ret = stmt.as(ReturnStmtSyntax.self) {
            if functionDepth == 0 {
                error("return invalid outside of a func", ret.returnKeyword)
            }
            let value = ret.expression.map { adapt(lowerExpr($0), to: returnTypes.last ?? nil) }
            return [Stmt(.returnStmt(value), range: r)]
        }
        if let b = stmt.as(BreakStmtSyntax.self) {
            if loopDepth == 0 && !inSwitch {
                error("'break' is only allowed inside a loop, if, do, or switch", b)
            }
            return [Stmt(.breakStmt(label: b.label?.text), range: r)]
        }
        if let c = stmt.as(ContinueStmtSyntax.self) {
            if loopDepth == 0 { error("'continue' is only allowed inside a loop", c) }
            return [Stmt(.continueStmt(label: c.label?.text), range: r)]
        }
        if let labeled = stmt.as(LabeledStmtSyntax.self) {
            return lowerStmt(labeled.statement).map { s in
                let label = labeled.label.text
                switch s.kind {
                case .whileLoop(let c, let b, _):
                    return Stmt(.whileLoop(c, body: b, label: label), range: s.range)
                case .repeatWhile(let b, let c, _):
                    return Stmt(.repeatWhile(body: b, condition: c, label: label), range: s.range)
                case .forIn(let p, let seq, let w, let b, _, let frame):
                    return Stmt(
                        .forIn(
                            p, sequence: seq, whereClause: w, body: b, label: label,
                            iterationFrame: frame), range: s.range)
                default: return s
                }
            }
        }
        if stmt.is(FallThroughStmtSyntax.self) {
            if switchDepth == 0 { error("'fallthrough' is only allowed inside a switch", stmt) }
            return [Stmt(.fallthroughStmt, range: r)]
        }
        if let t = stmt.as(ThrowStmtSyntax.self) {
            return [Stmt(.throwStmt(lowerExpr(t.expression)), range: r)]
        }
        if let d = stmt.as(DoStmtSyntax.self) {
            let body = lowerBlock(d.body)
            if d.catchClauses.isEmpty { return [Stmt(.block(body), range: r)] }
            return [Stmt(.doCatch(body: body, catches: d.catchClauses.map(lowerCatch)), range: r)]
        }
        if let d = stmt.as(DeferStmtSyntax.self) {
            return [Stmt(.deferStmt(lowerBlock(d.body)), range: r)]
        }
        unsupported("this statement", stmt)
        return []
    }

    var inSwitch: Bool { switchDepth > 0 }

    /// `catch VendingError.outOfStock`, `catch .insufficientFunds(let n)`, `catch let e as
    /// ParseError`, `catch is ParseError`, or `catch` (the error is named `error`).
    func lowerCatch(_ clause: CatchClauseSyntax) -> CatchClause {
        scopes.pushBlock()
        defer { scopes.popBlock() }
        var patterns: [CasePattern] = []
        var guardExpr: Expr?
        var errorBinding: Pattern?
        if clause.catchItems.isEmpty {
            if let binding = scopes.declare("error", isLet: true) {
                errorBinding = .bind(binding, name: "error", range: range(clause.catchKeyword))
            }
        }
        for item in clause.catchItems {
            if let p = item.pattern { patterns.append(lowerCasePattern(p)) }
            if let w = item.whereClause { guardExpr = lowerExpr(w.condition) }
        }
        return CatchClause(
            patterns: patterns, guardExpr: guardExpr, errorBinding: errorBinding,
            body: lowerBlock(clause.body))
    }

    /// A statement made of an expression: `if` and `switch` become statements.
    func lowerExpressionStatement(_ e: ExprSyntax) -> Stmt {
        if let i = e.as(IfExprSyntax.self) {
            return Stmt(.ifChain(lowerIf(i)), range: range(e))
        }
        if let s = e.as(SwitchExprSyntax.self) {
            return lowerSwitch(s)
        }
        return Stmt(.expression(lowerExpr(e)), range: range(e))
    }

    func lowerLoopBody(_ block: CodeBlockSyntax) -> [Stmt] {
        loopDepth += 1
        defer { loopDepth -= 1 }
        return lowerBlock(block)
    }

    /// Whether a body always leaves its scope (`return`, `break`, `continue`, or a call to a
    /// function that never returns such as `fatalError`).
    func endsControlFlow(_ body: [Stmt]) -> Bool {
        guard let last = body.last else { return false }
        switch last.kind {
        case .returnStmt, .breakStmt, .continueStmt, .throwStmt: return true
        case .expression(let e):
            if case .call(let callee, _) = e.kind, case .name(.builtin, let n) = callee.kind {
                return n == "fatalError"
            }
            return false
        default: return false
        }
    }
}
