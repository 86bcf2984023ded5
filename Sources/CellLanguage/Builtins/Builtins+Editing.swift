import Diagnostics
import Foundation

extension BuiltinRegistry {
    /// Editing a String in place (`s.append(ch)`, `s.removeLast()`), `swapAt` and
    /// `removeAll(where:)` of arrays, `merging` of dictionaries, and `map`/`flatMap` of
    /// optionals.
    func registerEditing() {
        func editing(
            _ name: String, _ parameters: [BuiltinParameter],
            _ body: @escaping (inout String, [Value?], SourceRange) throws -> Value
        ) {
            stringMutating[name, default: []].append(
                MutatingMethod(parameters: parameters) { receiver, args, range, _ in
                    guard case .string(var s) = receiver else {
                        throw RuntimeError(
                            "value of type '\(receiver.typeName)' has no member '\(name)'",
                            at: range)
                    }
                    receiver = .void
                    defer { receiver = .string(s) }
                    return try body(&s, args, range)
                })
        }
        func text(_ v: Value?, _ range: SourceRange) throws -> String {
            guard case .string(let s)? = v else {
                throw RuntimeError(
                    "cannot convert value of type '\(v?.typeName ?? "()")' to expected argument type 'String'",
                    at: range)
            }
            return s
        }
        editing("append", [.positional()]) { s, args, range in
            s += try text(args[0], range)
            return .void
        }
        editing("append", [.labeled("contentsOf")]) { s, args, range in
            s += try text(args[0], range)
            return .void
        }
        editing("removeLast", []) { s, _, range in
            guard let c = s.popLast() else {
                throw RuntimeError("can't remove last element from an empty collection", at: range)
            }
            return .string(String(c))
        }
        editing("removeFirst", []) { s, _, range in
            guard !s.isEmpty else {
                throw RuntimeError("can't remove first element from an empty collection", at: range)
            }
            return .string(String(s.removeFirst()))
        }
        editing("removeAll", []) { s, _, _ in
            s.removeAll()
            return .void
        }
        editing("popLast", []) { s, _, _ in
            s.popLast().map { .some(.string(String($0))) } ?? Value.none
        }
        boolMutating["toggle"] = [
            MutatingMethod(parameters: []) { receiver, _, range, _ in
                guard case .bool(let b) = receiver else {
                    throw RuntimeError(
                        "value of type '\(receiver.typeName)' has no member 'toggle'", at: range)
                }
                receiver = .bool(!b)
                return .void
            }
        ]

        for (name, fromEnd) in [("removeLast", true), ("removeFirst", false)] {
            // `stack.removeLast(2)`
            arrayMutating[name, default: []].append(
                MutatingMethod(parameters: [.positional()]) { receiver, args, range, _ in
                    guard case .array(var items) = receiver, case .int(let n)? = args[0] else {
                        throw RuntimeError("\(name)(_:) needs an Int count", at: range)
                    }
                    guard n >= 0, n <= items.count else {
                        throw RuntimeError(
                            "can't remove more items from a collection than it contains", at: range)
                    }
                    receiver = .void
                    if fromEnd { items.removeLast(n) } else { items.removeFirst(n) }
                    receiver = .array(items)
                    return .void
                })
        }
        arrayMutating["swapAt", default: []].append(
            MutatingMethod(parameters: [.positional(), .positional()]) {
                receiver, args, range, _ in
                guard case .array(var items) = receiver, case .int(let i)? = args[0],
                    case .int(let j)? = args[1]
                else {
                    throw RuntimeError("swapAt(_:_:) needs two Int indices", at: range)
                }
                guard items.indices.contains(i), items.indices.contains(j) else {
                    throw RuntimeError(
                        "index out of range: swapAt(\(i), \(j)) on \(items.count) elements",
                        at: range)
                }
                receiver = .void
                items.swapAt(i, j)
                receiver = .array(items)
                return .void
            })
        arrayMutating["removeAll", default: []].append(
            MutatingMethod(parameters: [.labeled("where")]) {
                receiver, args, range, interpreter in
                guard case .array(var items) = receiver, let f = args[0], case .function = f else {
                    throw RuntimeError("removeAll(where:) needs a closure", at: range)
                }
                receiver = .void
                defer { receiver = .array(items) }
                try items.removeAll { v in
                    guard case .bool(let b) = try interpreter.callClosure(f, [v], range: range)
                    else {
                        throw RuntimeError("closure must return 'Bool'", at: range)
                    }
                    return b
                }
                return .void
            })
        dictionaryMethods["merging", default: []].append(
            Builtin("merging", [.positional(), .labeled("uniquingKeysWith")]) { inv in
                guard case .dictionary(var d, var order) = inv.receiver,
                    case .dictionary(let other, let otherOrder)? = inv.value(0)
                else {
                    throw RuntimeError(
                        "merging(_:uniquingKeysWith:) needs a dictionary", at: inv.callRange)
                }
                let combine = try inv.function(1)
                for key in otherOrder {
                    guard let new = other[key] else { continue }
                    if let old = d[key] {
                        d[key] = try inv.call(combine, old, new)
                    } else {
                        d[key] = new
                        order.append(key)
                    }
                }
                return .dictionary(d, order: order)
            })
        // `String(255, radix: 16)`, `Int("ff", radix: 16)`.
        types["String"]?.initializers.append(
            Builtin("String", [.positional(), .labeled("radix")]) { inv in
                let radix = try inv.int(1)
                guard (2...36).contains(radix) else {
                    throw RuntimeError("radix must be between 2 and 36", at: inv.range(1))
                }
                return .string(String(try inv.int(0), radix: radix))
            })
        types["Int"]?.initializers.append(
            Builtin("Int", [.positional(), .labeled("radix")]) { inv in
                let radix = try inv.int(1)
                guard (2...36).contains(radix) else {
                    throw RuntimeError("radix must be between 2 and 36", at: inv.range(1))
                }
                return Int(try inv.string(0), radix: radix).map { .some(.int($0)) } ?? Value.none
            })
        arrayMethods["prefix", default: []].append(
            Builtin("prefix", [.labeled("while")]) { inv in
                let items = try inv.receiverArray()
                let f = try inv.function(0)
                var out: [Value] = []
                for v in items {
                    guard try inv.truth(try inv.call(f, v)) else { break }
                    out.append(v)
                }
                return .array(out)
            })
        arrayMethods["drop", default: []].append(
            Builtin("drop", [.labeled("while")]) { inv in
                let items = try inv.receiverArray()
                let f = try inv.function(0)
                var start = 0
                while start < items.count, try inv.truth(try inv.call(f, items[start])) {
                    start += 1
                }
                return .array(Array(items[start...]))
            })
        // `UnicodeScalar(65)`, `UInt8(x)`: code points and bytes are Ints in cells; a scalar
        // is the one-character String it encodes.
        let scalar = Builtin("UnicodeScalar", [.positional()]) { inv in
            let code = try inv.int(0)
            guard let u = Unicode.Scalar(UInt32(clamping: max(0, code))), code >= 0 else {
                throw RuntimeError("\(code) is not a Unicode scalar value", at: inv.range(0))
            }
            return .string(String(Character(u)))
        }
        types["UnicodeScalar"] = BuiltinType("UnicodeScalar", initializers: [scalar])
        types["UInt8"] = BuiltinType(
            "UInt8",
            initializers: [
                Builtin("UInt8", [.positional()]) { inv in
                    let n = try inv.int(0)
                    guard (0...255).contains(n) else {
                        throw RuntimeError("\(n) does not fit in 'UInt8'", at: inv.range(0))
                    }
                    return .int(n)
                }
            ])
        if let string = types["String"] {
            types["Substring"] = BuiltinType("Substring", initializers: string.initializers)
        }
        function("type", [.labeled("of")]) { [unowned self] inv in
            switch inv.value(0) {
            case .instance(let i)?: return .userType(i.type)
            case .structValue(let t, _)?: return .userType(t)
            case .int?: return self.types["Int"].map { .type($0) } ?? .void
            case .double?: return self.types["Double"].map { .type($0) } ?? .void
            case .string?: return self.types["String"].map { .type($0) } ?? .void
            case .bool?: return self.types["Bool"].map { .type($0) } ?? .void
            default:
                throw RuntimeError(
                    "type(of:) is supported for values of the cells' own types", at: inv.callRange)
            }
        }
        stringMethods["split", default: []].append(
            Builtin("split", [.labeled("whereSeparator")]) { inv in
                guard case .string(let s) = inv.receiver else { return .void }
                let f = try inv.function(0)
                var parts: [Value] = []
                var current = ""
                for ch in s {
                    if try inv.truth(try inv.call(f, .string(String(ch)))) {
                        if !current.isEmpty { parts.append(.string(current)) }
                        current = ""
                    } else {
                        current.append(ch)
                    }
                }
                if !current.isEmpty { parts.append(.string(current)) }
                return .array(parts)
            })
        optionalMethods["map"] = [
            Builtin("map", [.positional()]) { inv in
                guard case .some(let v) = inv.receiver else { return Value.none }
                return .some(try inv.call(try inv.function(0), v))
            }
        ]
        optionalMethods["flatMap"] = [
            Builtin("flatMap", [.positional()]) { inv in
                guard case .some(let v) = inv.receiver else { return Value.none }
                switch try inv.call(try inv.function(0), v) {
                case .none: return Value.none
                case .some(let w): return .some(w)
                case let w: return .some(w)
                }
            }
        ]
    }
}
