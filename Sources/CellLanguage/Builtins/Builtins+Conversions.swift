import Diagnostics

extension BuiltinRegistry {
    /// `Int(x)`, `Double(x)`, `Float(x)`, `String(x)`, `String(format:)`-free describing, `Bool`.
    func registerConversions() {
        types["Double"]?.initializers = [
            Builtin("Double", [.positional()]) { inv in
                switch inv.value(0) {
                case .int(let i)?: return .double(Double(i))
                case .double(let d)?: return .double(d)
                case .string(let s)?: return Double(s).map { .some(.double($0)) } ?? Value.none
                default: throw inv.mismatch(0, expected: "Double")
                }
            }
        ]
        types["Double"]?.initializers.first?.unary = { v in
            switch v {
            case .int(let i): return .double(Double(i))
            case .double: return v
            default: return nil
            }
        }
        types["Float"] = BuiltinType("Float", initializers: types["Double"]?.initializers ?? [])
        types["Int"]?.initializers = [
            Builtin("Int", [.positional()]) { inv in
                switch inv.value(0) {
                case .int(let i)?: return .int(i)
                case .double(let d)?:
                    guard d.isFinite, d > -9.3e18, d < 9.3e18 else {
                        throw RuntimeError(
                            "Double value \(d) cannot be converted to Int because it is \(d.isNaN ? "NaN" : d.isFinite ? "outside the representable range" : "infinite")",
                            at: inv.range(0))
                    }
                    return .int(Int(d))
                case .string(let s)?: return Int(s).map { .some(.int($0)) } ?? Value.none
                case .bool(let b)?: return .int(b ? 1 : 0)
                default: throw inv.mismatch(0, expected: "Int")
                }
            }
        ]
        types["Int"]?.initializers.first?.unary = { v in
            switch v {
            case .int: return v
            case .double(let d) where d.isFinite && d > -9.2e18 && d < 9.2e18: return .int(Int(d))
            default: return nil
            }
        }
        types["String"] = BuiltinType(
            "String",
            initializers: [
                Builtin("String", [.positional()]) { inv in
                    // `String(characters)`: the characters joined.
                    if case .array(let items)? = inv.value(0), !items.isEmpty,
                        items.allSatisfy({
                            if case .string(let c) = $0 {
                                return c.count == 1
                            } else {
                                return false
                            }
                        })
                    {
                        return .string(items.map(Formatter.describe).joined())
                    }
                    return .string(Formatter.describe(inv.value(0) ?? .void))
                },
                Builtin("String", [.labeled("describing")]) { inv in
                    .string(
                        try inv.interpreter.describe(inv.value(0) ?? .void, range: inv.callRange))
                },
                Builtin("String", [.labeled("reflecting")]) { inv in
                    .string(
                        try inv.interpreter.debugDescribe(
                            inv.value(0) ?? .void, range: inv.callRange))
                },
                Builtin("String", [.labeled("repeating"), .labeled("count")]) { inv in
                    let n = try inv.int(1)
                    guard n >= 0 else {
                        throw RuntimeError("negative repeat count \(n)", at: inv.range(1))
                    }
                    let unit = try inv.string(0)
                    try Limits.checkSize(
                        n.multipliedReportingOverflow(by: max(unit.count, 1)).overflow
                            ? Int.max : n * max(unit.count, 1),
                        what: "a string", at: inv.callRange)
                    return .string(String(repeating: unit, count: n))
                },
            ])
        types["Bool"] = BuiltinType(
            "Bool",
            initializers: [
                Builtin("Bool", [.positional()]) { inv in
                    switch inv.value(0) {
                    case .bool(let b)?: return .bool(b)
                    case .string(let s)?: return Bool(s).map { .some(.bool($0)) } ?? Value.none
                    default: throw inv.mismatch(0, expected: "Bool")
                    }
                }
            ])
        let grouping = Builtin("Dictionary", [.labeled("grouping"), .labeled("by")]) { inv in
            // Keys in the order they first appear; each value the elements with that key.
            var groups: [DictionaryKey: Value] = [:]
            var order: [DictionaryKey] = []
            for element in try inv.array(0) {
                let k = try inv.call(try inv.function(1), element)
                guard let key = DictionaryKey(k) else {
                    throw RuntimeError(
                        "type '\(k.typeName)' cannot be a dictionary key", at: inv.range(1))
                }
                if case .array(var items)? = groups[key] {
                    groups[key] = .void
                    items.append(element)
                    groups[key] = .array(items)
                } else {
                    groups[key] = .array([element])
                    order.append(key)
                }
            }
            return .dictionary(groups, order: order)
        }
        let uniqueKeys = Builtin("Dictionary", [.labeled("uniqueKeysWithValues")]) { inv in
            var d: [DictionaryKey: Value] = [:]
            var order: [DictionaryKey] = []
            for pair in try inv.array(0) {
                guard case .tuple(let kv, _) = pair, kv.count == 2, let key = DictionaryKey(kv[0])
                else {
                    throw inv.mismatch(0, expected: "[(Key, Value)]")
                }
                guard d[key] == nil else {
                    throw RuntimeError(
                        "Fatal error: Duplicate values for key: '\(Formatter.describe(kv[0]))'",
                        at: inv.range(0))
                }
                d[key] = kv[1]
                order.append(key)
            }
            return .dictionary(d, order: order)
        }
        // A Character is a one-character String in cells.
        types["Character"] = BuiltinType(
            "Character",
            initializers: [
                Builtin("Character", [.positional()]) { inv in
                    guard case .string(let s)? = inv.value(0), s.count == 1 else {
                        throw RuntimeError(
                            "a Character needs exactly one character", at: inv.range(0))
                    }
                    return .string(s)
                }
            ])
        types["Dictionary"] = BuiltinType(
            "Dictionary",
            initializers: [
                Builtin("Dictionary", []) { _ in .dictionary([:], order: []) }, grouping,
                uniqueKeys,
            ])
        types["Array"] = BuiltinType(
            "Array",
            initializers: [
                Builtin("Array", []) { _ in .array([]) },
                Builtin("Array", [.positional()]) { inv in
                    if case .string(let s)? = inv.value(0) {
                        return .array(s.map { .string(String($0)) })
                    }
                    return .array(try inv.array(0))
                },
                Builtin("Array", [.labeled("repeating"), .labeled("count")]) { inv in
                    let n = try inv.int(1)
                    guard n >= 0 else {
                        throw RuntimeError(
                            "can't construct Array with count < 0 (\(n))", at: inv.range(1))
                    }
                    try Limits.checkSize(n, what: "an array", at: inv.range(1))
                    return .array(Array(repeating: inv.value(0) ?? .void, count: n))
                },
            ])
    }
}
