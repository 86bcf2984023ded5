import Diagnostics
import SwiftSyntax

extension Lowerer {
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
}
