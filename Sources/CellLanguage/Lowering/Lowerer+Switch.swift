import Diagnostics
import SwiftSyntax

extension Lowerer {
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
    func coversAnEnum(_ cases: [SwitchCase]) -> Bool {
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
}
