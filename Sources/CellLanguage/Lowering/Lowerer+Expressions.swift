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
