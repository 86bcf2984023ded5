import Diagnostics

extension Interpreter {
    /// Converts a value to a written type where Swift would (an integer literal to `Double`,
    /// a value to an optional) and reports a mismatch the way the compiler does.
    func coerce(
        _ value: Value, to type: TypeName, literal: Bool, range: SourceRange, context: String
    ) throws -> Value {
        if case .symbol(let name) = value, case .named(let typeName) = type,
            let member = registry.types[typeName]?.staticMembers[name]
        {
            return member  // `let p: Double = .pi`
        }
        if case .named(let typeName) = type, let enumType = enumTypes[typeName] {
            if let resolved = try resolveImplicitMember(value, as: enumType, range: range) {
                return resolved
            }
        }
        if case .symbol(let name) = value, case .named(let typeName) = type,
            let member = userTypes[typeName]?.staticMembers[name]
        {
            return member  // `Permissions.read | .write`
        }
        if case .none = value, !type.isOptional, case .named(let n) = type, n != "Any" {
            throw RuntimeError("'nil' cannot initialize \(context) '\(n)'", at: range)
        }
        switch (type, value) {
        case (.named("Set"), .array(var items)):
            // `let s: Set<Int> = [1, 2]`. A Set's element type is erased: implicit members
            // (`[.chess, .music]`) are the cases of the one enum of the cells that has them all.
            let names = Set(
                items.compactMap { v -> String? in if case .symbol(let n) = v { n } else { nil } })
            if !names.isEmpty {
                let owners = enumTypes.values.filter {
                    names.isSubset(of: Set($0.decl.enumCases.map(\.name)))
                }
                if owners.count == 1, let owner = owners.first {
                    for i in items.indices {
                        if let resolved = try resolveImplicitMember(
                            items[i], as: owner, range: range)
                        {
                            items[i] = resolved
                        }
                    }
                }
            }
            return .object(try SetBox(items, at: range))
        case (.optional, .none): return value
        case (.optional(let wrapped), .some(let inner)):
            guard Interpreter.takesTypeFromContext(inner) else { return value }
            return .some(
                try coerce(inner, to: wrapped, literal: literal, range: range, context: context))
        case (.optional(let wrapped), _):
            return .some(
                try coerce(value, to: wrapped, literal: literal, range: range, context: context))
        case (.named("Double"), .int(let i)) where literal,
            (.named("Float"), .int(let i)) where literal:
            return .double(Double(i))
        case (.named("Double"), .double), (.named("Float"), .double), (.named("Int"), .int),
            (.named("String"), .string), (.named("Bool"), .bool):
            return value
        case (.named(let n), _) where ["Double", "Float", "Int", "String", "Bool"].contains(n):
            throw RuntimeError(
                "cannot convert value of type '\(value.typeName)' to \(context) '\(n)'", at: range)
        case (.tuple(let types, let labels), .tuple(let items, _)) where types.count == items.count:
            // A function declared `-> (quotient: Int, remainder: Int)` returns a labeled tuple.
            return .tuple(
                try zip(types, items).map {
                    try coerce($1, to: $0, literal: literal, range: range, context: context)
                },
                labels: labels)
        case (.dictionary(let keyType, let valueType), .dictionary(let d, let order)):
            // `let m: [String: Set<Activity>] = …`, `[Grade: Int]`: keys and values converted.
            var out: [DictionaryKey: Value] = [:]
            var newOrder: [DictionaryKey] = []
            for key in order {
                guard let v = d[key] else { continue }
                let k = try coerce(
                    key.value, to: keyType, literal: false, range: range, context: context)
                guard let hk = DictionaryKey(k) else { continue }
                if out[hk] == nil { newOrder.append(hk) }
                out[hk] = try coerce(
                    v, to: valueType, literal: literal, range: range, context: context)
            }
            return .dictionary(out, order: newOrder)
        case (.array(let element), .array(let items)):
            return .array(
                try items.map {
                    try coerce($0, to: element, literal: literal, range: range, context: context)
                })
        case (.array, _):
            throw RuntimeError(
                "cannot convert value of type '\(value.typeName)' to \(context) '\(type)'",
                at: range)
        default:
            return value
        }
    }

    /// `as`, `as?`, `as!` and `is` against built-in types.
    func cast(
        _ value: Value, to type: TypeName, kind: Expr.CastKind, literal: Bool, range: SourceRange
    ) throws -> Value {
        let matches = Self.value(value, is: type) || conforms(value, to: type)
        switch kind {
        case .is: return .bool(matches)
        case .as:
            return try coerce(value, to: type, literal: literal, range: range, context: "type")
        case .asOptional: return matches ? .some(value) : .none
        case .asForced:
            guard matches else {
                throw RuntimeError(
                    "could not cast value of type '\(value.typeName)' to '\(type)'", at: range)
            }
            return value
        }
    }

    static func value(_ v: Value, is type: TypeName) -> Bool {
        switch (type, v) {
        case (.named("Any"), _): return true
        case (.named("Int"), .int), (.named("Double"), .double), (.named("String"), .string),
            (.named("Bool"), .bool):
            return true
        case (.array(let t), .array(let items)): return items.allSatisfy { value($0, is: t) }
        case (.optional(let t), .some(let w)): return value(w, is: t)
        case (.optional, .none): return true
        case (.named(let n), .instance(let i)):
            var t: UserType? = i.type
            while let c = t {
                if c.name == n { return true }
                t = c.superclass
            }
            return false
        case (.named(let n), _): return v.typeName == n
        case (.tuple(let types, _), .tuple(let items, _)):
            // `case let (x, y) as (Double, Double)`
            return types.count == items.count && zip(items, types).allSatisfy { value($0, is: $1) }
        case (.function(let parameters, _), .function(let f)):
            // `case let greet as (String) -> String`: a function of as many parameters.
            if case .user(let decl, _) = f.body { return decl.parameters.count == parameters.count }
            return true
        default: return false
        }
    }
}
