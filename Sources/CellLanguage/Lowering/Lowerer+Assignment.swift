import Diagnostics
import SwiftSyntax

extension Lowerer {
    /// Reports assignment to a `let` constant or to something that is not storage.
    func checkAssignable(_ target: Expr, _ node: ExprSyntax) {
        switch target.kind {
        case .name(let binding, let name):
            if case .builtin = binding {
                error("cannot assign to value: '\(name)' is a built-in", node)
            } else if let entry = scopes.lookup(name), entry.isLet {
                error("cannot assign to value: '\(name)' is a 'let' constant", node)
            }
        case .member(let base, let name):
            if let root = rootName(base), root != "self", let entry = scopes.lookup(root),
                entry.isLet
            {
                target.letRoot = root
            }
            guard case .name(_, "self") = base.kind, let context = typeContexts.last else { break }
            let inInitializer = methodNames.last == "init"
            if let property = storedProperty(name, of: context.decl), property.isLet, !inInitializer
            {
                error("cannot assign to value: '\(name)' is a 'let' constant", node)
            } else if !context.decl.isClass, let me = scopes.lookup("self"), me.isLet {
                error(
                    "cannot assign to property: 'self' is immutable; mark the method 'mutating' to change '\(name)'",
                    node)
            }
        case .subscriptAccess(let base, _):
            if case .name(_, let root) = base.kind, root != "self", let entry = scopes.lookup(root),
                entry.isLet
            {
                // An error for a value (an array, a dictionary), not for a class instance
                // with a `subscript`: decided when the assignment runs.
                target.letRoot = root
            }
        case .tuple(let elements):
            // `(a, b) = (b, a)`: each element is assigned.
            if let tuple = node.as(TupleExprSyntax.self) {
                for (element, syntax) in zip(elements, tuple.elements) {
                    checkAssignable(element.value, syntax.expression)
                }
            }
        case .nilLiteral:
            break  // already reported
        case .forceUnwrap(let inner), .optionalChain(let inner):
            // `counts[key]! -= 1`, `owner.pet?.name = "Rex"`: the storage inside the optional.
            checkAssignable(inner, node)
        default:
            error("cannot assign to this expression", node)
        }
    }

    func rootName(_ e: Expr) -> String? {
        switch e.kind {
        case .name(_, let n): return n
        case .subscriptAccess(let b, _), .member(let b, _): return rootName(b)
        default: return nil
        }
    }

    /// A stored property of a type or of its superclasses.
    func storedProperty(_ name: String, of decl: TypeDecl) -> TypeDecl.Property? {
        if let p = decl.properties.first(where: { $0.name == name }) { return p }
        guard let parent = decl.superclass?.text, let parentDecl = scopes.globals.typeDecl(parent)
        else { return nil }
        return storedProperty(name, of: parentDecl)
    }
}
