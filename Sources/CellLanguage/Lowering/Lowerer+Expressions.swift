import Diagnostics
import SwiftSyntax

extension Lowerer {
    func lowerExpr(_ expr: ExprSyntax) -> Expr {
        let r = range(expr)
        let text = expr.trimmedDescription
        func make(_ kind: Expr.Kind) -> Expr { Expr(kind, range: r, text: text) }

        if let i = expr.as(IntegerLiteralExprSyntax.self) {
            let digits = i.literal.text.replacingOccurrences(of: "_", with: "")
            let value: Int?
            if digits.hasPrefix("0x") {
                value = Int(digits.dropFirst(2), radix: 16)
            } else if digits.hasPrefix("0b") {
                value = Int(digits.dropFirst(2), radix: 2)
            } else if digits.hasPrefix("0o") {
                value = Int(digits.dropFirst(2), radix: 8)
            } else {
                value = Int(digits)
            }
            guard let value else {
                error("integer literal '\(i.literal.text)' overflows when stored into 'Int'", expr)
                return placeholder(expr)
            }
            return make(.intLiteral(value))
        }
        if let f = expr.as(FloatLiteralExprSyntax.self) {
            guard let value = Double(f.literal.text.replacingOccurrences(of: "_", with: "")) else {
                error("invalid floating-point literal", expr)
                return placeholder(expr)
            }
            return make(.doubleLiteral(value))
        }
        if let b = expr.as(BooleanLiteralExprSyntax.self) {
            return make(.boolLiteral(b.literal.tokenKind == .keyword(.true)))
        }
        if expr.is(NilLiteralExprSyntax.self) { return make(.nilLiteral) }
        if let s = expr.as(StringLiteralExprSyntax.self) {
            return make(.stringLiteral(lowerString(s)))
        }
        if let a = expr.as(ArrayExprSyntax.self) {
            return make(.arrayLiteral(a.elements.map { lowerExpr($0.expression) }))
        }
        if let d = expr.as(DictionaryExprSyntax.self) {
            switch d.content {
            case .colon: return make(.dictionaryLiteral([]))
            case .elements(let elements):
                return make(
                    .dictionaryLiteral(elements.map { (lowerExpr($0.key), lowerExpr($0.value)) }))
            }
        }
        if let ref = expr.as(DeclReferenceExprSyntax.self) {
            return lowerName(ref.baseName.text, ref)
        }
        if let t = expr.as(TupleExprSyntax.self) {
            if t.elements.count == 1, let only = t.elements.first, only.label == nil {
                return lowerExpr(only.expression)
            }
            return make(.tuple(t.elements.map { ($0.label?.text, lowerExpr($0.expression)) }))
        }
        if let infix = expr.as(InfixOperatorExprSyntax.self) {
            return lowerInfix(infix, range: r, text: text)
        }
        if let p = expr.as(PrefixOperatorExprSyntax.self) {
            let operand = lowerExpr(p.expression)
            switch p.operator.text {
            case "-":
                // Fold negative literals so `-9223372036854775808`-style extremes and `-0.5` stay literal.
                if case .intLiteral(let v) = operand.kind { return make(.intLiteral(-v)) }
                if case .doubleLiteral(let v) = operand.kind { return make(.doubleLiteral(-v)) }
                return make(.prefix(.negate, operand))
            case "!": return make(.prefix(.not, operand))
            case "..<": return make(.oneSidedRange(operand, hasLower: false, closed: false))
            case "...": return make(.oneSidedRange(operand, hasLower: false, closed: true))
            case "+": return make(.prefix(.plus, operand))
            case "~": return make(.prefix(.bitNot, operand))
            default:
                if let entry = scopes.lookup(p.operator.text) {
                    // A declared operator (`prefix operator √`): a call of its global function.
                    let op = p.operator.text
                    let callee = Expr(.name(entry.binding, op), range: range(p.operator), text: op)
                    return make(
                        .call(
                            callee,
                            [Expr.Argument(label: nil, value: operand, range: operand.range)]
                        ))
                }
                unsupported("prefix operator '\(p.operator.text)'", p.operator)
                return placeholder(expr)
            }
        }
        if let t = expr.as(TernaryExprSyntax.self) {
            var then = lowerExpr(t.thenExpression)
            var otherwise = lowerExpr(t.elseExpression)
            // `express ? 1.8 : 1`: both branches have one type, Double when either literal is.
            if then.isNumericLiteral, otherwise.isNumericLiteral {
                if case .doubleLiteral = then.kind {
                    otherwise = adapt(otherwise, to: .named("Double"))
                }
                if case .doubleLiteral = otherwise.kind { then = adapt(then, to: .named("Double")) }
            }
            return make(.ternary(lowerExpr(t.condition), then, otherwise))
        }
        if let call = expr.as(FunctionCallExprSyntax.self) {
            return lowerCall(call, range: r, text: text)
        }
        if let m = expr.as(MemberAccessExprSyntax.self) {
            let name = Self.withoutBackticks(m.declName.baseName.text)
            guard let base = m.base else { return make(.implicitMember(name)) }
            if base.is(SuperExprSyntax.self) {
                guard let context = typeContexts.last, let parent = context.decl.superclass,
                    let me = scopes.lookup("self")
                else {
                    error("'super' cannot be used outside of a class method", base)
                    return placeholder(expr)
                }
                let selfExpr = Expr(.name(me.binding, "self"), range: r, text: "self")
                return make(.superMember(selfExpr, superclass: parent, name))
            }
            // `Swift.max`, `Swift.String`: the standard library's names, module-qualified.
            if base.as(DeclReferenceExprSyntax.self)?.baseName.text == "Swift",
                scopes.lookup("Swift") == nil
            {
                return lowerName(name, m.declName)
            }
            // `Card.Suit`: a type nested in a type of the cells.
            if let outer = typePath(base), let entry = scopes.lookup(outer + "." + name) {
                return make(.name(entry.binding, outer + "." + name))
            }
            return make(.member(lowerExpr(base), name))
        }
        if let s = expr.as(SubscriptCallExprSyntax.self) {
            let base = lowerExpr(s.calledExpression)
            var arguments = lowerArguments(s.arguments)
            if case .name(.global(let slot), _) = base.kind,
                case .dictionary(_, let valueType)? = scopes.globals.declaredTypes[slot]
            {
                // `counts[key, default: []]`: the default value has the dictionary's value type.
                for i in arguments.indices where arguments[i].label == "default" {
                    arguments[i].value = defaultValue(arguments[i].value, as: valueType)
                }
            }
            return make(.subscriptAccess(base, arguments))
        }
        if let c = expr.as(ClosureExprSyntax.self) {
            if let capture = c.signature?.capture {
                return lowerCapturingClosure(c, capture, range: r, text: text)
            }
            return make(.closure(lowerClosure(c)))
        }
        if let f = expr.as(ForceUnwrapExprSyntax.self) {
            return make(.forceUnwrap(lowerExpr(f.expression)))
        }
        if let o = expr.as(OptionalChainingExprSyntax.self) {
            return make(.optionalChain(lowerExpr(o.expression)))
        }
        if let m = expr.as(MacroExpansionExprSyntax.self) {
            return lowerMacro(m, range: r, text: text)
        }
        if let i = expr.as(IfExprSyntax.self) { return make(.conditional(lowerIf(i))) }
        if let a = expr.as(AsExprSyntax.self) {
            let kind: Expr.CastKind
            switch a.questionOrExclamationMark?.tokenKind {
            case .postfixQuestionMark?: kind = .asOptional
            case .exclamationMark?: kind = .asForced
            default: kind = .as
            }
            return make(.typeCast(lowerExpr(a.expression), lowerType(a.type), kind: kind))
        }
        if let i = expr.as(IsExprSyntax.self) {
            return make(.typeCast(lowerExpr(i.expression), lowerType(i.type), kind: .is))
        }
        if let p = expr.as(PostfixOperatorExprSyntax.self) {
            guard p.operator.text == "..." else {
                unsupported("postfix operator '\(p.operator.text)'", p.operator)
                return placeholder(expr)
            }
            return make(.oneSidedRange(lowerExpr(p.expression), hasLower: true, closed: true))
        }
        if let io = expr.as(InOutExprSyntax.self) {
            // `&x`: the storage an `inout` parameter reads and writes back.
            let target = lowerExpr(io.expression)
            checkAssignable(target, io.expression)
            return make(.inoutArgument(target))
        }
        if let g = expr.as(GenericSpecializationExprSyntax.self) {
            // `Dictionary<String, Int>()`, `Array<Double>(repeating: 0, count: 3)`: generic
            // arguments are erased at run time.
            return lowerExpr(g.expression)
        }
        if let t = expr.as(TryExprSyntax.self) {
            // `try` marks a call that can fail; every failure in a cell is already an error
            // with a location, so `try` and `try!` just run it and `try?` turns it into nil.
            let inner = lowerExpr(t.expression)
            return t.questionOrExclamationMark?.tokenKind == .postfixQuestionMark
                ? make(.tryOptional(inner)) : inner
        }
        if expr.is(AwaitExprSyntax.self) {
            unsupported("'await'", expr)
        } else if let s = expr.as(SwitchExprSyntax.self) {
            guard case .switchStmt(let subject, let cases) = lowerSwitch(s).kind else {
                return placeholder(expr)
            }
            return make(.switchValue(subject, cases))
        } else if let k = expr.as(KeyPathExprSyntax.self) {
            var names: [String] = []
            for component in k.components {
                guard case .property(let p) = component.component else {
                    unsupported("this key path component", component)
                    return placeholder(expr)
                }
                names.append(p.declName.baseName.text)
            }
            return make(.keyPath(names))
        } else if expr.is(RegexLiteralExprSyntax.self) {
            unsupported("regex literals", expr)
        } else {
            unsupported("this expression", expr)
        }
        return placeholder(expr)
    }
}
