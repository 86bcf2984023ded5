import Diagnostics

/// Extensions and protocols at run time: the members extensions gave built-in types, and the
/// default implementations of protocols, found by name when a value's own type has no such
/// member.
extension Interpreter {
    /// Runs an `extension`: registers the members of a protocol's or built-in type's
    /// extensions, or adds static members to a type of the cells.
    func declareExtension(_ members: TypeDecl, type typeExpr: Expr?, frame: Frame) throws {
        guard let typeExpr else {
            if members.isProtocol {
                protocolDecls[members.name] = members
                structMutatingNames.formUnion(members.mutatingMethods)
            }
            if members.isBuiltinExtension { builtinExtensions[members.name] = members }
            return
        }
        guard case .userType(let type) = try evaluate(typeExpr, frame: frame) else {
            throw RuntimeError("'\(typeExpr.text)' is not a type", at: typeExpr.range)
        }
        if !type.isClass { structMutatingNames.formUnion(members.mutatingMethods) }
        for (name, method) in members.staticMethods {
            type.staticMembers[name] = .function(Function(.user(method, captured: nil), name: name))
        }
        for (name, method) in members.staticOverloads {
            if case .function(let existing)? = type.staticMembers[name] {
                type.staticMembers[name] = .function(
                    Function.overloading(existing, with: method, captured: nil))
            }
        }
        for (name, expr) in members.staticProperties {
            type.staticMembers[name] = try evaluate(expr, frame: frame)
        }
    }

    /// The name under which extensions of a built-in value's type are kept.
    static func extensionTypeName(_ v: Value) -> String {
        switch v {
        case .int: return "Int"
        case .double: return "Double"
        case .string: return "String"
        case .bool: return "Bool"
        case .array, .range: return "Array"
        case .dictionary: return "Dictionary"
        default: return ""
        }
    }

    /// A method (bound to `base`) or the value of a computed property declared in `decl`.
    func extensionMember(_ name: String, in decl: TypeDecl, of base: Value, range: SourceRange)
        throws -> Value?
    {
        if let getter = decl.computed[name] {
            var me = base
            return try callMethod(
                [getter], receiver: &me, [], labels: [], argumentRanges: [], literal: [],
                range: range)
        }
        if let methods = decl.methods[name], !methods.isEmpty {
            return .function(Function(.bound(methods, receiver: base), name: name))
        }
        return nil
    }

    /// A default implementation from the extensions of the protocols `conformances` (and of
    /// the protocols they refine).
    func protocolMember(_ name: String, conformances: [String], of base: Value, range: SourceRange)
        throws -> Value?
    {
        var seen: Set<String> = []
        var pending = conformances
        while let p = pending.popLast() {
            guard seen.insert(p).inserted, let decl = protocolDecls[p] else { continue }
            if let member = try extensionMember(name, in: decl, of: base, range: range) {
                return member
            }
            pending += decl.conformances
        }
        return nil
    }
}

extension Interpreter {
    /// The text `print` and string interpolation write for a value: a type's own
    /// `description` (CustomStringConvertible, declared or from a protocol extension) where it
    /// has one, Swift's default form elsewhere (an enum case by its name, a struct by its type
    /// and fields, a class instance by its module-qualified type name).
    func describe(_ v: Value, range: SourceRange) throws -> String {
        switch v {
        case .int, .double, .string, .bool: return Formatter.describe(v)
        default:
            if let text = try userDescription(v, range: range) { return text }
            switch v {
            case .structValue(let t, _) where t.isEnum:
                guard let (_, index, payload) = UserType.enumCase(of: v) else { return t.name }
                return try describeEnumCase(t, index, payload, range: range)
            case .structValue(let t, let fields):
                return try describeFields(t, fields, named: t.simpleName, range: range)
            case .array, .some, .tuple, .dictionary, .instance, .object:
                return try debugDescribe(v, range: range)
            default: return Formatter.describe(v)
            }
        }
    }

    /// The form of a value inside a collection, as `debugPrint` writes it: strings quoted,
    /// user types qualified by the module's name (`[main.Heading.east]`), user descriptions
    /// where a type has one.
    func debugDescribe(_ v: Value, range: SourceRange) throws -> String {
        if let text = try userDescription(v, range: range) { return text }
        switch v {
        case .array(let items):
            return "["
                + (try items.map { try debugDescribe($0, range: range) }).joined(separator: ", ")
                + "]"
        case .some(let wrapped):
            return "Optional(" + (try debugDescribe(wrapped, range: range)) + ")"
        case .tuple(let items, let labels):
            return "("
                + (try zip(items, labels).map { item, label in
                    (label.map { "\($0): " } ?? "") + (try debugDescribe(item, range: range))
                }).joined(separator: ", ") + ")"
        case .dictionary(let d, let order):
            if order.isEmpty { return "[:]" }
            return "["
                + (try order.map { key in
                    let value = try d[key].map { try debugDescribe($0, range: range) } ?? "nil"
                    return (try debugDescribe(key.value, range: range)) + ": " + value
                }).joined(separator: ", ") + "]"
        case .structValue(let t, _) where t.isEnum:
            guard let (_, index, payload) = UserType.enumCase(of: v) else { return t.name }
            return moduleName + "." + t.name + "."
                + (try describeEnumCase(t, index, payload, range: range))
        case .structValue(let t, let fields):
            return moduleName + "." + (try describeFields(t, fields, named: t.name, range: range))
        case .instance(let i):
            return moduleName + "." + i.type.name
        case .object(let o as SetBox):
            return "["
                + (try o.elements.map { try debugDescribe($0, range: range) })
                .joined(separator: ", ") + "]"
        default: return Formatter.debugDescribe(v)
        }
    }

    /// `circle(radius: 1.0)`: an enum case with its payload in the debug form.
    private func describeEnumCase(
        _ type: UserType, _ index: Int, _ payload: [Value], range: SourceRange
    ) throws -> String {
        let c = type.decl.enumCases[index]
        guard let labels = c.labels, !payload.isEmpty else { return c.name }
        return c.name + "("
            + (try zip(payload, labels).map { v, l in
                (l.map { "\($0): " } ?? "") + (try debugDescribe(v, range: range))
            }).joined(separator: ", ") + ")"
    }

    /// `Point(x: 1.0, y: 2.0)`: a struct by its type and its fields in the debug form.
    private func describeFields(
        _ type: UserType, _ fields: [Value], named name: String, range: SourceRange
    ) throws -> String {
        name + "("
            + (try zip(type.fieldNames, fields).map { name, value in
                "\(name): " + (try debugDescribe(value, range: range))
            }).joined(separator: ", ") + ")"
    }

    /// The value of a user type's `description` property, if it declares one.
    private func userDescription(_ v: Value, range: SourceRange) throws -> String? {
        let type: UserType
        switch v {
        case .structValue(let t, _): type = t
        case .instance(let i): type = i.type
        default: return nil
        }
        var conformances: [String] = []
        var t: UserType? = type
        while let current = t {
            if current.decl.computed["description"] != nil { break }
            conformances += current.decl.conformances
            t = current.superclass
        }
        guard
            t != nil
                || conformances.contains(where: {
                    protocolDecls[$0]?.computed["description"] != nil
                })
        else { return nil }
        guard case .string(let text)? = try userMember("description", of: v, range: range) else {
            return nil
        }
        return text
    }
}

extension Interpreter {
    /// An operator a type of the cells declares (`static func + (lhs: Vector, rhs: Vector)`,
    /// `static func < (a: Card, b: Card)`), with Swift's derived forms: `!=` from `==`, and `>`,
    /// `<=`, `>=` from `<` (Comparable). Nil when neither operand's type declares it.
    func userOperator(
        _ op: BinaryOperator, _ l: Value, _ r: Value, literal: [Bool] = [false, false],
        range: SourceRange
    ) throws
        -> Value?
    {
        func declared(_ name: String) -> Value? {
            for v in [l, r] {
                let type: UserType
                switch v {
                case .structValue(let t, _): type = t
                case .instance(let i): type = i.type
                default: continue
                }
                var t: UserType? = type
                while let current = t {
                    if let f = current.staticMembers[name], case .function = f { return f }
                    t = current.superclass
                }
            }
            return nil
        }
        func apply(_ f: Value, _ a: Value, _ b: Value, swapped: Bool = false) throws -> Value {
            // Overloads of an operator (`Money * Int`, `Money * Double`): the one whose
            // parameter types fit the operands.
            if case .function(let function) = f, case .overloads(let list) = function.body {
                let scored = list.compactMap { entry in
                    entry.decl.parameters.count == 2
                        ? overloadScore(entry.decl, [[0], [1]], [a, b]).map { (entry, $0) } : nil
                }
                if let best = scored.max(by: { $0.1 < $1.1 })?.0 {
                    // `2 * vector`
                    let literal = [a, b].map { if case .int = $0 { true } else { false } }
                    return try callUser(
                        best.decl, captured: best.captured, [a, b], labels: best.decl.labels,
                        argumentRanges: [range, range], literal: literal, range: range)
                }
            }
            // An operator is called without labels, whatever its parameters are named.
            var labels: [String?] = [nil, nil]
            if case .function(let function) = f, case .user(let decl, _) = function.body,
                decl.labels.count == 2
            {
                labels = decl.labels
            }
            // An integer literal operand converts to a Double parameter (`vector * 2`).
            return try call(
                f, [a, b], labels: labels, argumentRanges: [range, range],
                literal: swapped ? literal.reversed() : literal,
                range: range, calleeText: op.rawValue)
        }
        func negated(_ v: Value) -> Value {
            if case .bool(let b) = v { return .bool(!b) }
            return v
        }
        if let f = declared(op.rawValue) { return try apply(f, l, r) }
        switch op {
        case .notEqual: return try declared("==").map { negated(try apply($0, l, r)) }
        case .greater: return try declared("<").map { try apply($0, r, l, swapped: true) }
        case .lessEqual:
            return try declared("<").map { negated(try apply($0, r, l, swapped: true)) }
        case .greaterEqual: return try declared("<").map { negated(try apply($0, l, r)) }
        default: return nil
        }
    }

    /// A prefix operator a user type declares (`static prefix func - (v: Vector) -> Vector`):
    /// the one-operand function of that name. Nil when the type declares none.
    func userPrefixOperator(_ op: PrefixOperator, _ v: Value, range: SourceRange) throws -> Value? {
        var type: UserType?
        switch v {
        case .structValue(let t, _): type = t
        case .instance(let i): type = i.type
        default: return nil
        }
        while let current = type {
            if case .function(let function)? = current.staticMembers[op.rawValue] {
                switch function.body {
                case .overloads(let list):
                    if let entry = list.first(where: { $0.decl.parameters.count == 1 }) {
                        return try callUser(
                            entry.decl, captured: entry.captured, [v], labels: entry.decl.labels,
                            argumentRanges: [range], literal: [false], range: range)
                    }
                case .user(let decl, let captured) where decl.parameters.count == 1:
                    return try callUser(
                        decl, captured: captured, [v], labels: decl.labels, argumentRanges: [range],
                        literal: [false], range: range)
                default: break
                }
            }
            type = current.superclass
        }
        return nil
    }

    /// An operator that an extension of the operands' built-in types declares (`"ab" * 3`,
    /// `[1, 2] + 5`, `~"stressed"`): the overload whose parameter types fit the operands best.
    /// Nil when none does.
    func extensionOperator(
        _ name: String, _ operands: [Value], literal: [Bool], range: SourceRange
    ) throws -> Value? {
        var candidates: [FunctionDecl] = []
        var seen: Set<String> = []
        for v in operands {
            let typeName = Self.extensionTypeName(v)
            guard seen.insert(typeName).inserted,
                let list = builtinExtensions[typeName]?.operators[name]
            else { continue }
            candidates += list.filter { $0.parameters.count == operands.count }
        }
        let mapping = operands.indices.map { [$0] }
        let scored = candidates.compactMap { decl in
            overloadScore(decl, mapping, operands).map { (decl, $0) }
        }
        guard let best = scored.max(by: { $0.1 < $1.1 })?.0 else { return nil }
        return try callUser(
            best, captured: nil, operands, labels: best.labels,
            argumentRanges: operands.map { _ in range }, literal: literal, range: range)
    }
}
