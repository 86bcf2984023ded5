import Diagnostics
import SwiftSyntax

/// Finds closures and nested functions in a loop body (they may capture the loop variable).
final class ClosureFinder: SyntaxVisitor {
    private(set) var found = false

    static func containsClosure(_ node: some SyntaxProtocol) -> Bool {
        let finder = ClosureFinder(viewMode: .sourceAccurate)
        finder.walk(node)
        return finder.found
    }

    override func visit(_ node: ClosureExprSyntax) -> SyntaxVisitorContinueKind {
        found = true
        return .skipChildren
    }

    override func visit(_ node: FunctionDeclSyntax) -> SyntaxVisitorContinueKind {
        found = true
        return .skipChildren
    }
}

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

    func lowerIf(_ node: IfExprSyntax) -> IfChain {
        var branches: [(conditions: [Condition], body: [Stmt])] = []
        var elseBody: [Stmt]?
        var current: IfExprSyntax? = node
        while let i = current {
            scopes.pushBlock()
            let conditions = lowerConditions(i.conditions)
            let body = lowerBlock(i.body)
            scopes.popBlock()
            branches.append((conditions, body))
            current = nil
            switch i.elseBody {
            case .ifExpr(let next)?: current = next
            case .codeBlock(let block)?: elseBody = lowerBlock(block)
            case nil: break
            }
        }
        return IfChain(branches: branches, elseBody: elseBody)
    }

    func lowerConditions(_ list: ConditionElementListSyntax) -> [Condition] {
        list.compactMap { element in
            switch element.condition {
            case .expression(let e):
                return .boolean(lowerExpr(e))
            case .optionalBinding(let b):
                let isLet = b.bindingSpecifier.tokenKind == .keyword(.let)
                let value: Expr
                if let initializer = b.initializer {
                    value = lowerExpr(initializer.value)
                } else if let id = b.pattern.as(IdentifierPatternSyntax.self) {
                    // `if let x` is shorthand for `if let x = x`.
                    value = lowerName(id.identifier.text, id)
                } else {
                    unsupported("this optional binding", b)
                    return nil
                }
                return .optionalBinding(lowerPattern(b.pattern, isLet: isLet), value)
            case .matchingPattern(let m):
                // `if case .square(let side) = shape`
                let value = lowerExpr(m.initializer.value)
                return .pattern(lowerCasePattern(m.pattern), value)
            default:
                unsupported("this condition", element)
                return nil
            }
        }
    }

    func lowerSwitch(_ s: SwitchExprSyntax) -> Stmt {
        let subject = lowerExpr(s.subject)
        var cases: [SwitchCase] = []
        switchDepth += 1
        defer { switchDepth -= 1 }
        for element in s.cases {
            guard case .switchCase(let c) = element else {
                unsupported("'#if' inside 'switch'", element)
                continue
            }
            scopes.pushBlock()
            var patterns: [CasePattern] = []
            var guardExpr: Expr?
            if case .case(let label) = c.label {
                for (index, item) in label.caseItems.enumerated() {
                    // `case .a(let x), .b(let x)`: the later patterns bind the same names.
                    reusesCaseBindings = index > 0
                    defer { reusesCaseBindings = false }
                    patterns.append(lowerCasePattern(item.pattern))
                    if let w = item.whereClause { guardExpr = lowerExpr(w.condition) }
                }
            }
            let body = lowerItems(c.statements)
            if c.statements.isEmpty {
                error("'case' label in a 'switch' must have at least one executable statement", c)
            }
            scopes.popBlock()
            cases.append(
                SwitchCase(patterns: patterns, guardExpr: guardExpr, body: body, range: range(c)))
        }
        let catchAll = cases.contains { c in
            c.patterns.isEmpty
                || (c.guardExpr == nil
                    && c.patterns.contains {
                        if case .wildcard = $0 { return true }
                        if case .binding = $0 { return true }
                        return false
                    })
        }
        let booleans = Set(
            cases.flatMap { c in
                c.guardExpr != nil
                    ? []
                    : c.patterns.compactMap { p -> Bool? in
                        if case .expression(let e) = p, case .boolLiteral(let b) = e.kind {
                            return b
                        }
                        return nil
                    }
            })
        if !catchAll && booleans.count < 2 && !coversAnEnum(cases) {
            diagnostics.append(
                Diagnostics.Diagnostic(
                    .error, "switch must be exhaustive; add a 'default' case",
                    at: range(s.switchKeyword)))
        }
        return Stmt(.switchStmt(subject, cases), range: range(s))
    }

    func lowerCasePattern(_ p: PatternSyntax, bindingNames isLet: Bool? = nil) -> CasePattern {
        if let e = p.as(ExpressionPatternSyntax.self) {
            // `let v?`, `.square(let s)?`: an optional holding a value that matches.
            if let optional = e.expression.as(OptionalChainingExprSyntax.self) {
                return .optionalSome(lowerCaseSubpattern(optional.expression, bindingNames: isLet))
            }
            let expression = e.expression
            if let cast = expression.as(AsExprSyntax.self) {
                // `let e as ParseError`
                return .cast(
                    lowerCaseSubpattern(cast.expression, bindingNames: isLet), lowerType(cast.type))
            }
            if let call = expression.as(FunctionCallExprSyntax.self),
                let member = call.calledExpression.as(MemberAccessExprSyntax.self)
            {
                // `.circle(let r)`, `Shape.rectangle(let w, _)`: an enum case and its values.
                return .enumCase(
                    member.declName.baseName.text,
                    call.arguments.map {
                        lowerCaseSubpattern($0.expression, bindingNames: isLet)
                    })
            }
            if let tuple = e.expression.as(TupleExprSyntax.self), tuple.elements.count > 1 {
                return .tuple(
                    tuple.elements.map { lowerCaseSubpattern($0.expression, bindingNames: isLet) })
            }
            if e.expression.is(DiscardAssignmentExprSyntax.self) { return .wildcard }
            return .expression(lowerExpr(e.expression))
        }
        if p.is(WildcardPatternSyntax.self) { return .wildcard }
        if let t = p.as(IsTypePatternSyntax.self) { return .isType(lowerType(t.type)) }
        if let vb = p.as(ValueBindingPatternSyntax.self) {
            let isLet = vb.bindingSpecifier.tokenKind == .keyword(.let)
            if let e = vb.pattern.as(ExpressionPatternSyntax.self),
                !e.expression.is(DeclReferenceExprSyntax.self)
            {
                // `case let .rectangle(w, h)`: every name inside binds.
                return lowerCasePattern(vb.pattern, bindingNames: isLet)
            }
            return .binding(lowerPattern(vb.pattern, isLet: isLet))
        }
        if let id = p.as(IdentifierPatternSyntax.self), let isLet {
            return .binding(lowerPattern(PatternSyntax(id), isLet: isLet))
        }
        unsupported("this pattern", p)
        return .wildcard
    }

    /// One associated value's pattern: `let r`, `_`, a name bound by an outer `let`, a
    /// nested pattern, or a value to compare with.
    func lowerCaseSubpattern(_ e: ExprSyntax, bindingNames isLet: Bool?) -> CasePattern {
        if let pe = e.as(PatternExprSyntax.self) {
            return lowerCasePattern(pe.pattern, bindingNames: isLet)
        }
        if e.is(DiscardAssignmentExprSyntax.self) { return .wildcard }
        if let isLet, let ref = e.as(DeclReferenceExprSyntax.self) {
            let name = ref.baseName.text
            guard let binding = scopes.declare(name, isLet: isLet) ?? rebinding(name) else {
                error("invalid redeclaration of '\(name)'", ref)
                return .wildcard
            }
            return .binding(.bind(binding, name: name, range: range(ref)))
        }
        if let tuple = e.as(TupleExprSyntax.self), tuple.elements.count > 1 {
            return .tuple(
                tuple.elements.map { lowerCaseSubpattern($0.expression, bindingNames: isLet) })
        }
        if let call = e.as(FunctionCallExprSyntax.self),
            let member = call.calledExpression.as(MemberAccessExprSyntax.self)
        {
            return .enumCase(
                member.declName.baseName.text,
                call.arguments.map {
                    lowerCaseSubpattern($0.expression, bindingNames: isLet)
                })
        }
        return .expression(lowerExpr(e))
    }

    /// Whether the unguarded case patterns name every case of an enum of the cells (a
    /// `switch` over an enum needs no `default`).
    private func coversAnEnum(_ cases: [SwitchCase]) -> Bool {
        var names: Set<String> = []
        for c in cases where c.guardExpr == nil {
            for p in c.patterns {
                switch p {
                case .enumCase(let name, let subpatterns):
                    // Only patterns that match every value of the case cover it.
                    let total =
                        subpatterns?.allSatisfy {
                            if case .wildcard = $0 { return true }
                            if case .binding = $0 { return true }
                            return false
                        } ?? true
                    if total { names.insert(name) }
                case .expression(let e):
                    switch e.kind {
                    case .implicitMember(let name), .member(_, let name): names.insert(name)
                    default: break
                    }
                default: break
                }
            }
        }
        guard !names.isEmpty else { return false }
        if names.isSuperset(of: ["some", "none"]) { return true }  // an Optional's two cases
        return scopes.globals.enumDecls.contains { decl in
            let all = Set(decl.enumCases.map(\.name))
            return !all.isEmpty && all.isSubset(of: names)
        }
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
