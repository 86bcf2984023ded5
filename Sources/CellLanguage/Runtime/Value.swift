/// A run-time value of the cell language. Arrays, dictionaries and tuples have value semantics
/// (Swift's copy-on-write arrays underneath); functions and engine objects are references.
public enum Value {
    case void
    case int(Int)
    case double(Double)
    case bool(Bool)
    case string(String)
    case array([Value])
    case dictionary([DictionaryKey: Value], order: [DictionaryKey])
    case tuple([Value], labels: [String?])
    /// `a..<b` over Int (a closed range `a...b` is stored as `a..<b+1`).
    case range(Int, Int)
    /// A range of Doubles, for `switch` patterns and `contains`.
    case doubleRange(Double, Double, closed: Bool)
    indirect case some(Value)
    case none
    case function(Function)
    case type(BuiltinType)
    /// An implicit member not yet resolved against a type (`.relu` passed to a parameter).
    case symbol(String)
    /// An implicit member called with arguments (`.geometric(9)`, `.leakyRelu(alpha: 0.2)`).
    case symbolCall(String, [Value], labels: [String?])
    /// An object of the engine or of a built-in area (tensor, model, figure …).
    case object(AnyObject)
    /// A `struct` or `class` declared in a cell, as a value (`Point` in `Point(x: 1, y: 2)`).
    case userType(UserType)
    /// A struct value: its type and fields (value semantics).
    case structValue(UserType, [Value])
    /// A class instance (reference semantics).
    case instance(Instance)

    /// Swift's name of the value's type, for error messages.
    public var typeName: String {
        switch self {
        case .void: return "()"
        case .int: return "Int"
        case .double: return "Double"
        case .bool: return "Bool"
        case .string: return "String"
        case .array(let a): return "[\(a.first?.typeName ?? "Any")]"
        case .dictionary(let d, _):
            guard let (k, v) = d.first else { return "[AnyHashable: Any]" }
            return "[\(k.value.typeName): \(v.typeName)]"
        case .tuple(let vs, _): return "(" + vs.map(\.typeName).joined(separator: ", ") + ")"
        case .range: return "Range<Int>"
        case .doubleRange(_, _, let closed): return closed ? "ClosedRange<Double>" : "Range<Double>"
        case .some(let v): return "Optional<\(v.typeName)>"
        case .none: return "Optional<Any>"
        case .function: return "function"
        case .type(let t): return "\(t.name).Type"
        case .symbol(let s): return ".\(s)"
        case .symbolCall(let s, _, _): return ".\(s)(…)"
        case .object(let o):
            return (o as? any DisplayableObject)?.typeName ?? "\(Swift.type(of: o))"
        case .userType(let t): return "\(t.name).Type"
        case .structValue(let t, _): return t.name
        case .instance(let i): return i.type.name
        }
    }

    var isVoid: Bool { if case .void = self { return true } else { return false } }
}

/// A hashable wrapper for dictionary keys (Int, String, Bool, Double).
public struct DictionaryKey: Hashable {
    public let value: Value

    init?(_ value: Value) {
        guard Self.isHashable(value) else { return nil }
        self.value = value
    }

    /// Ints, Strings, Bools, Doubles, and tuples, optionals, enum cases and structs made of
    /// them (Hashable as Swift synthesizes it).
    static func isHashable(_ value: Value) -> Bool {
        switch value {
        case .structValue(let t, _) where t.customHash != nil: return true
        case .instance(let i): return i.type.customHash != nil
        case .int, .string, .bool, .double, .none: return true
        case .some(let w): return isHashable(w)
        case .tuple(let items, _), .structValue(_, let items): return items.allSatisfy(isHashable)
        default: return false
        }
    }

    public static func == (a: DictionaryKey, b: DictionaryKey) -> Bool { equal(a.value, b.value) }

    private static func equal(_ a: Value, _ b: Value) -> Bool {
        switch (a, b) {
        case (.structValue(let s, _), .structValue(let t, _)) where s === t && s.customHash != nil:
            // A type's own `==` (the stored properties compared when it declares none).
            if let same = s.customHashing?.equal(a, b) { return same }
            return structurallyEqual(a, b)
        case (.instance(let i), .instance(let j)):
            return i.type.customHashing?.equal(a, b) ?? (i === j)
        default: return structurallyEqual(a, b)
        }
    }

    private static func structurallyEqual(_ a: Value, _ b: Value) -> Bool {
        switch (a, b) {
        case (.int(let x), .int(let y)): return x == y
        case (.string(let x), .string(let y)): return x == y
        case (.bool(let x), .bool(let y)): return x == y
        case (.double(let x), .double(let y)): return x == y
        case (.none, .none): return true
        case (.some(let x), .some(let y)): return equal(x, y)
        case (.tuple(let xs, _), .tuple(let ys, _)):
            return xs.count == ys.count && zip(xs, ys).allSatisfy { equal($0, $1) }
        case (.structValue(let s, let xs), .structValue(let t, let ys)):
            return s === t && xs.count == ys.count && zip(xs, ys).allSatisfy { equal($0, $1) }
        default: return false
        }
    }

    public func hash(into hasher: inout Hasher) { Self.hash(value, into: &hasher) }

    private static func hash(_ value: Value, into hasher: inout Hasher) {
        switch value {
        case .int(let x): hasher.combine(x)
        case .string(let x): hasher.combine(x)
        case .bool(let x): hasher.combine(x)
        case .double(let x): hasher.combine(x)
        case .some(let w): hash(w, into: &hasher)
        case .structValue(let t, _) where t.customHash != nil:
            for item in t.customHashing?.combined(value) ?? [] { hash(item, into: &hasher) }
        case .instance(let i):
            for item in i.type.customHashing?.combined(value) ?? [] { hash(item, into: &hasher) }
        case .tuple(let items, _), .structValue(_, let items):
            for item in items { hash(item, into: &hasher) }
        default: break
        }
    }
}

/// An engine object that knows how to show itself in a cell's output.
public protocol DisplayableObject: AnyObject {
    var typeName: String { get }
    /// The text `print` writes for the object.
    var printedDescription: String { get }
    /// The rich display of the object as the last expression of a cell.
    var display: Display { get }
}
