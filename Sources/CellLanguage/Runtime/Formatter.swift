/// Text forms of values, as Swift's `print` (`describe`) and `debugPrint` (`debugDescribe`)
/// write them: `[1.0, 2.5]`, `["a", "b"]`, `Optional(3)`.
public enum Formatter {
    public static func describe(_ v: Value) -> String {
        switch v {
        case .string(let s): return s
        default: return debugDescribe(v)
        }
    }

    public static func debugDescribe(_ v: Value) -> String {
        switch v {
        case .void: return "()"
        case .int(let i): return String(i)
        case .double(let d): return "\(d)"
        case .bool(let b): return b ? "true" : "false"
        case .string(let s):
            return "\""
                + s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(
                    of: "\"", with: "\\\"") + "\""
        case .array(let items): return "[" + items.map(debugDescribe).joined(separator: ", ") + "]"
        case .dictionary(let d, let order):
            if order.isEmpty { return "[:]" }
            return "["
                + order.map { "\(debugDescribe($0.value)): \(d[$0].map(debugDescribe) ?? "nil")" }
                .joined(separator: ", ") + "]"
        case .tuple(let items, let labels):
            return "("
                + zip(items, labels).map { item, label in
                    (label.map { "\($0): " } ?? "") + debugDescribe(item)
                }.joined(separator: ", ") + ")"
        case .range(let a, let b): return "\(a)..<\(b)"
        case .doubleRange(let a, let b, let closed): return "\(a)\(closed ? "..." : "..<")\(b)"
        case .some(let w): return "Optional(\(debugDescribe(w)))"
        case .none: return "nil"
        case .function(let f): return "(function \(f.name))"
        case .type(let t): return t.name
        case .symbol(let s): return ".\(s)"
        case .symbolCall(let s, let values, let labels):
            return ".\(s)("
                + zip(values, labels).map { v, l in (l.map { "\($0): " } ?? "") + debugDescribe(v) }
                .joined(separator: ", ") + ")"
        case .object(let o):
            return (o as? any DisplayableObject)?.printedDescription ?? "\(type(of: o))"
        case .userType(let t): return t.simpleName
        case .structValue(let t, let fields) where t.isEnum:
            guard let (_, index, payload) = UserType.enumCase(of: v) else { return t.name }
            return Interpreter.describeEnum(t, index, payload)
        case .structValue(let t, let fields):
            // Swift prints a struct as `Point(x: 1.0, y: 2.0)`.
            return t.simpleName + "("
                + zip(t.fieldNames, fields).map { "\($0): \(debugDescribe($1))" }.joined(
                    separator: ", ") + ")"
        case .instance(let i):
            return i.type.name
        }
    }
}
