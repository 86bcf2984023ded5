import Diagnostics
import Foundation

/// Properties and methods of built-in values: `xs.count`, `xs.map { … }`, `x.rounded()`,
/// tuple elements `t.0` / `t.name`, and static members of types (`Double.pi`).
enum Members {
    static func get(
        _ name: String, of base: Value, range: SourceRange, baseRange: SourceRange,
        interpreter: Interpreter
    ) throws -> Value {
        if name == "self", case .userType = base { return base }  // `Car.self`
        if name == "init" {
            switch base {
            case .type:
                return base  // `String.init`, `map(String.init)`
            case .userType(let t) where t.isEnum:
                return base  // `Move.init(rawValue:)`
            case .userType(let t):
                // `map(Name.init)`: the initializer called without labels takes its arguments
                // in order.
                let make = Builtin("init", [.variadic]) { inv in
                    let values = try inv.array(0)
                    return try interpreter.construct(
                        t, values, labels: interpreter.initializerLabels(t, count: values.count),
                        argumentRanges: values.map { _ in inv.callRange },
                        literal: values.map { _ in false },
                        range: inv.callRange)
                }
                return .function(Function(.builtin([make]), name: "\(t.name).init"))
            default: break
            }
        }
        if let value = try interpreter.userMember(name, of: base, range: range) { return value }
        if let value = try property(name, of: base, range: range) { return value }
        if case .object = base {
            for property in interpreter.registry.objectProperties {
                if let value = property(name, base) { return value }
            }
        }
        if let methods = interpreter.registry.methods(for: base)[name] {
            return .function(Function(.method(methods, receiver: base), name: name))
        }
        if case .type(let t) = base, let value = t.staticMembers[name] { return value }
        if case .string(let s) = base {
            switch name {
            case "startIndex": return .object(StringIndex(0))
            case "endIndex": return .object(StringIndex(s.count))
            case "indices": return .array((0..<s.count).map { .object(StringIndex($0)) })
            default: break
            }
        }
        if case .string = base, stringIndexMembers.contains(name) {
            throw RuntimeError(
                "String.Index ('\(name)') is not supported in cells yet; use 'index(after:)' or 'index(_:offsetBy:)'",
                at: range)
        }
        var message = "value of type '\(base.typeName)' has no member '\(name)'"
        let known = interpreter.registry.methods(for: base).keys + propertyNames(of: base)
        if let near = Suggestions.closest(to: name, among: Array(known)) {
            message += "; did you mean '\(near)'?"
        }
        throw RuntimeError(message, at: range)
    }

    private static func propertyNames(of v: Value) -> [String] {
        switch v {
        case .array, .string, .dictionary:
            return ["count", "isEmpty", "first", "last", "keys", "values"]
        case .double: return ["isNaN", "isFinite", "isInfinite", "magnitude"]
        case .type(let t): return Array(t.staticMembers.keys)
        default: return []
        }
    }

    /// The parts of the String.Index API cells do not have yet, refused by name.
    static let stringIndexMembers: Set<String> = ["formIndex"]

    /// Properties of a `Character` (a one-character string in cells).
    static let characterProperties: Set<String> = [
        "isLetter", "isNumber", "isUppercase", "isLowercase", "isWhitespace", "isPunctuation",
        "isHexDigit",
        "asciiValue", "wholeNumberValue", "isASCII",
    ]

    private static func characterProperty(_ name: String, of s: String) -> Value {
        guard let c = s.first else { return .none }
        switch name {
        case "isLetter": return .bool(c.isLetter)
        case "isNumber": return .bool(c.isNumber)
        case "isUppercase": return .bool(c.isUppercase)
        case "isLowercase": return .bool(c.isLowercase)
        case "isWhitespace": return .bool(c.isWhitespace)
        case "isPunctuation": return .bool(c.isPunctuation)
        case "isHexDigit": return .bool(c.isHexDigit)
        case "isASCII": return .bool(c.isASCII)
        case "asciiValue": return c.asciiValue.map { .some(.int(Int($0))) } ?? .none
        case "wholeNumberValue": return c.wholeNumberValue.map { .some(.int($0)) } ?? .none
        default: return .none
        }
    }

    /// Stored-like properties computed from the value.
    static func property(_ name: String, of base: Value, range: SourceRange) throws -> Value? {
        switch (base, name) {
        case (.array(let a), "count"): return .int(a.count)
        case (.array(let a), "isEmpty"): return .bool(a.isEmpty)
        case (.array(let a), "first"): return a.first.map { .some($0) } ?? Value.none
        case (.array(let a), "last"): return a.last.map { .some($0) } ?? Value.none
        case (.array(let a), "indices"): return .range(0, a.count)
        case (.string(let s), "count"): return .int(s.count)
        case (.string(let s), "first"):
            return s.first.map { .some(.string(String($0))) } ?? Value.none
        case (.string(let s), "last"):
            return s.last.map { .some(.string(String($0))) } ?? Value.none
        case (.string(let s), "isEmpty"): return .bool(s.isEmpty)
        case (.string(let s), "capitalized"): return .string(s.capitalized)
        case (.string(let s), "unicodeScalars"):
            // Scalars are one-scalar Strings in cells; `.value` gives the code point.
            return .array(s.unicodeScalars.map { .string(String($0)) })
        case (.string(let s), "value") where s.unicodeScalars.count == 1:
            return .int(Int(s.unicodeScalars.first?.value ?? 0))
        case (.string(let s), _) where s.count == 1 && characterProperties.contains(name):
            return characterProperty(name, of: s)
        case (.dictionary(let d, _), "count"): return .int(d.count)
        case (.dictionary(let d, _), "isEmpty"): return .bool(d.isEmpty)
        case (.dictionary(_, let order), "keys"): return .array(order.map(\.value))
        case (.dictionary(let d, let order), "values"): return .array(order.compactMap { d[$0] })
        case (.range(let a, let b), "count"): return .int(b - a)
        case (.range(let a, _), "lowerBound"): return .int(a)
        case (.range(_, let b), "upperBound"): return .int(b)
        case (.range(let a, let b), "isEmpty"): return .bool(a == b)
        case (.double(let d), "isNaN"): return .bool(d.isNaN)
        case (.double(let d), "isFinite"): return .bool(d.isFinite)
        case (.double(let d), "isInfinite"): return .bool(d.isInfinite)
        case (.double(let d), "magnitude"): return .double(d.magnitude)
        case (.int(let i), "magnitude"):
            return .int(i.magnitude > UInt(Int.max) ? Int.max : Int(i.magnitude))
        case (.double, "description"), (.int, "description"):
            return .string(Formatter.describe(base))
        case (.tuple(let items, let labels), _):
            if let i = Int(name), i >= 0, i < items.count { return items[i] }
            if let i = labels.firstIndex(of: name) { return items[i] }
            return nil
        default: return nil
        }
    }

    /// Assignment to a member: tuple elements, or properties of engine objects.
    static func modify(
        _ name: String, of base: inout Value, range: SourceRange, interpreter: Interpreter,
        _ body: (inout Value) throws -> Void
    ) throws {
        switch base {
        case .tuple(var items, let labels):
            let index = Int(name) ?? labels.firstIndex(of: name)
            guard let i = index, i >= 0, i < items.count else {
                throw RuntimeError(
                    "value of type '\(base.typeName)' has no member '\(name)'", at: range)
            }
            base = .void
            defer { base = .tuple(items, labels: labels) }
            try body(&items[i])
        case .userType(let type) where type.staticMembers[name] != nil:
            // `Counter.instances += 1`: a `static var` of a type of the cells.
            guard type.decl.staticProperties.contains(where: { $0.name == name }),
                !type.decl.staticConstants.contains(name)
            else {
                throw RuntimeError(
                    "cannot assign to property: '\(name)' is not a static variable of '\(type.name)'",
                    at: range)
            }
            guard var value = type.staticMembers[name] else { return }
            try body(&value)
            type.staticMembers[name] = value
        default:
            if try interpreter.modifyUserMember(name, of: &base, range: range, body) { return }
            if try interpreter.registry.modifyProperty(name, of: base, range: range, body) {
                return
            }
            throw RuntimeError(
                "cannot assign to property: '\(name)' of '\(base.typeName)' is get-only", at: range)
        }
    }

    /// Runs a mutating method on storage in place.
    static func callMutating(
        _ name: String, on receiver: inout Value, arguments: [Value], labels: [String?],
        argumentRanges: [SourceRange], range: SourceRange, interpreter: Interpreter
    ) throws -> Value {
        guard let methods = interpreter.registry.mutatingMethods(for: receiver)[name] else {
            // Not a mutating method of this type: call it normally.
            let f = try get(
                name, of: receiver, range: range, baseRange: range, interpreter: interpreter)
            return try interpreter.call(
                f, arguments, labels: labels, argumentRanges: argumentRanges,
                literal: arguments.map { _ in false }, range: range, calleeText: name)
        }
        var result = Value.void
        var owned = receiver
        receiver = .void  // so the array inside `owned` is uniquely referenced
        defer { receiver = owned }
        for m in methods {
            guard let mapping = ArgumentMatcher.match(labels: labels, parameters: m.parameters)
            else { continue }
            let values: [Value?] = mapping.map { $0.first.map { arguments[$0] } }
            result = try m.body(&owned, values, range, interpreter)
            return result
        }
        throw ArgumentMatcher.mismatch(
            labels: labels, argumentRanges: argumentRanges,
            parameters: methods[0].parameters, name: name, callRange: range)
    }
}

/// A method that changes its receiver in place (`append`, `sort` …).
struct MutatingMethod {
    var parameters: [BuiltinParameter]
    var body: (inout Value, [Value?], SourceRange, Interpreter) throws -> Value
}
