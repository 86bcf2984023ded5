import Diagnostics
import SwiftSyntax

extension Lowerer {
    // MARK: - Names

    func lowerName(_ name: String, _ node: some SyntaxProtocol) -> Expr {
        let r = range(node)
        if name.hasPrefix("$"), let index = Int(name.dropFirst()) {
            guard closureShorthand.last == true else {
                error("anonymous closure argument not contained in a closure", node)
                return placeholder(node)
            }
            // Shorthand parameters occupy the first slots of the closure's frame in order.
            return Expr(.name(.local(depth: 0, slot: index), name), range: r, text: name)
        }
        // `Suit` inside `Card`: the type nested in an enclosing one.
        if let qualified = nestedTypeName(name), let nested = scopes.lookup(qualified) {
            return Expr(.name(nested.binding, qualified), range: r, text: name)
        }
        let entry = scopes.lookup(name)
        if let entry, case .local = entry.binding {
            return Expr(.name(entry.binding, name), range: r, text: name)
        }
        // `Self.typeName` in a protocol extension, `T()` or `U.allCases` in a generic function:
        // the type of the value the name stands for (generics are erased at run time).
        if entry == nil, let witness = name == "Self" ? "self" : genericWitnesses.last?[name],
            let value = scopes.lookup(witness), let typeOf = builtins.index(of: "type")
        {
            let argument = Expr(.name(value.binding, witness), range: r, text: witness)
            let callee = Expr(.name(.builtin(typeOf), "type"), range: r, text: "type")
            return Expr(
                .call(callee, [Expr.Argument(label: "of", value: argument, range: r)]), range: r,
                text: name)
        }
        // Inside a method, the type's members are visible without `self.`.
        if let context = typeContexts.last, context.members.contains(name), name != "self",
            let me = scopes.lookup("self")
        {
            let selfExpr = Expr(.name(me.binding, "self"), range: r, text: "self")
            return Expr(.member(selfExpr, name), range: r, text: name)
        }
        // Inside a type, its static members are visible without the type's name.
        if let (type, statics) = staticTypes.last,
            !(typeContexts.last?.members.contains(name) ?? false),
            statics.contains(name), let typeEntry = scopes.lookup(type.name)
        {
            let typeExpr = Expr(.name(typeEntry.binding, type.name), range: r, text: type.name)
            return Expr(.member(typeExpr, name), range: r, text: name)
        }
        if let entry {
            return Expr(.name(entry.binding, name), range: r, text: name)
        }
        if let index = builtins.index(of: name) {
            return Expr(.name(.builtin(index), name), range: r, text: name)
        }
        if Self.unsupportedStandardNames.contains(name) {
            unsupported("'\(name)'", node)
            return placeholder(node)
        }
        var fixIts: [Diagnostics.Diagnostic.FixIt] = []
        var message = "cannot find '\(name)' in scope"
        if let near = Suggestions.closest(to: name, among: scopes.visibleNames + builtins.names) {
            fixIts.append(
                Diagnostics.Diagnostic.FixIt(
                    message: "did you mean '\(near)'?", range: r, replacement: near))
            message += "; did you mean '\(near)'?"
        }
        diagnostics.append(Diagnostics.Diagnostic(.error, message, at: r, fixIts: fixIts))
        return placeholder(node)
    }

    /// The qualified name of the type of the cells an expression names (`Card`, `Suit` inside
    /// `Card`, `Card.Suit`), or nil when it names none.
    func typePath(_ expr: ExprSyntax) -> String? {
        if let d = expr.as(DeclReferenceExprSyntax.self) {
            let name = d.baseName.text
            let qualified = nestedTypeName(name) ?? name
            return scopes.globals.typeDecl(qualified) != nil || qualified != name ? qualified : nil
        }
        if let m = expr.as(MemberAccessExprSyntax.self), let base = m.base,
            let outer = typePath(base)
        {
            let qualified = outer + "." + m.declName.baseName.text
            return scopes.lookup(qualified) != nil ? qualified : nil
        }
        return nil
    }

    /// The written type of what an expression reads, where the lowering knows it: a global
    /// variable's annotation, a stored property's declared type, and the element or value type
    /// of a subscript of those (`heights[p]` of `heights: [Point: Double]` is a Double).
    func declaredType(of e: Expr) -> TypeName? {
        switch e.kind {
        case .name(.global(let slot), _):
            return scopes.globals.declaredTypes[slot]
        case .name(_, "self"):
            return typeContexts.last.map { .named($0.decl.name) }
        case .member(let base, let name):
            guard case .named(let typeName)? = declaredType(of: base),
                let decl = scopes.globals.typeDecl(typeName)
            else { return nil }
            return decl.properties.first { $0.name == name }?.type
        case .subscriptAccess(let base, let arguments) where arguments.count == 1:
            switch declaredType(of: base) {
            case .dictionary(_, let value)?: return .optional(value)
            case .array(let element)?: return element
            default: return nil
            }
        default: return nil
        }
    }

    /// A dictionary subscript's `default:` value as a value of the dictionary's value type:
    /// numeric literals take it, and an array literal becomes a Set where the values are Sets.
    func defaultValue(_ value: Expr, as valueType: TypeName) -> Expr {
        let adapted = adapt(value, to: valueType)
        guard case .named("Set") = valueType, case .arrayLiteral = adapted.kind else {
            return adapted
        }
        return Expr(
            .typeCast(adapted, valueType, kind: .as), range: adapted.range, text: adapted.text)
    }
}
