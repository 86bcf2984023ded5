import Diagnostics
import SwiftSyntax

extension Lowerer {
    // MARK: - Operators

    func lowerInfix(
        _ infix: InfixOperatorExprSyntax, range r: Diagnostics.SourceRange, text: String
    ) -> Expr {
        if infix.operator.is(AssignmentExprSyntax.self),
            infix.leftOperand.is(DiscardAssignmentExprSyntax.self)
        {
            return Expr(.discard(lowerExpr(infix.rightOperand)), range: r, text: text)
        }
        let lhs = lowerExpr(infix.leftOperand)
        let rhs = lowerExpr(infix.rightOperand)
        if infix.operator.is(AssignmentExprSyntax.self) {
            checkAssignable(lhs, infix.leftOperand)
            // `prices["tea"] = 3` with `prices: [String: Double]`: the literal is a Double.
            // `self = .north` in an enum's initializer or mutating method: a case of the enum.
            if case .name(_, "self") = lhs.kind, typeContexts.last?.decl.isEnum == true {
                return Expr(
                    .assign(lhs, adapt(rhs, to: declaredType(of: lhs))), range: r, text: text)
            }
            if case .subscriptAccess = lhs.kind {
                return Expr(
                    .assign(lhs, adapt(rhs, to: declaredType(of: lhs))), range: r, text: text)
            }
            return Expr(.assign(lhs, rhs), range: r, text: text)
        }
        guard let op = infix.operator.as(BinaryOperatorExprSyntax.self)?.operator.text else {
            unsupported("this operator", infix.operator)
            return placeholder(infix)
        }
        switch op {
        case "&&": return Expr(.logical(and: true, lhs, rhs), range: r, text: text)
        case "||": return Expr(.logical(and: false, lhs, rhs), range: r, text: text)
        case "??":
            // `heights[p] ?? -1` with `heights: [Point: Double]`: the literal is a Double.
            return Expr(
                .nilCoalesce(lhs, adapt(rhs, to: declaredType(of: lhs))), range: r, text: text)
        case "..<": return Expr(.range(lhs, rhs, closed: false), range: r, text: text)
        case "...": return Expr(.range(lhs, rhs, closed: true), range: r, text: text)
        default: break
        }
        if op.count >= 2, op.hasSuffix("="),
            let base = BinaryOperator(rawValue: String(op.dropLast())),
            !["==", "!=", "<=", ">=", "===", "!=="].contains(op)
        {
            if case .name(_, let name) = lhs.kind, let entry = scopes.lookup(name), entry.isLet {
                // swiftc points at the operator of `x += 1` when `x` is a constant.
                error(
                    "left side of mutating operator isn't mutable: '\(name)' is a 'let' constant",
                    infix.operator)
            } else {
                checkAssignable(lhs, infix.leftOperand)
            }
            let e = Expr(.compoundAssign(base, lhs, rhs), range: r, text: text)
            e.operatorRange = range(infix.operator)
            return e
        }
        guard let binary = BinaryOperator(rawValue: op) else {
            if let entry = scopes.lookup(op) {
                // A declared operator (`infix operator •`): a call of its global function.
                let callee = Expr(.name(entry.binding, op), range: range(infix.operator), text: op)
                let arguments = [
                    Expr.Argument(label: nil, value: lhs, range: lhs.range),
                    Expr.Argument(label: nil, value: rhs, range: rhs.range),
                ]
                return Expr(.call(callee, arguments), range: r, text: text)
            }
            unsupported("operator '\(op)'", infix.operator)
            return placeholder(infix)
        }
        let e = Expr(.binary(binary, lhs, rhs), range: r, text: text)
        e.operatorRange = range(infix.operator)
        return e
    }
}
