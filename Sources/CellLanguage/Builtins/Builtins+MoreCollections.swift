import Diagnostics
import Foundation

extension BuiltinRegistry {
    /// The rest of the Array, String and Dictionary API the chapters' readers reach for.
    func registerMoreCollections() {
        // `swap(&a, &b)`: the call writes each value back to the other's storage.
        function("swap", [.positional(), .positional()]) { inv in
            throw RuntimeError("swap(_:_:) needs '&' before both arguments", at: inv.callRange)
        }
        func method(
            _ name: String, _ parameters: [BuiltinParameter],
            _ body: @escaping (inout Invocation, [Value]) throws -> Value
        ) {
            arrayMethods[name, default: []].append(
                Builtin(name, parameters) { inv in
                    try body(&inv, try inv.receiverArray())
                })
        }
        func optional(_ v: Value?) -> Value { v.map { .some($0) } ?? Value.none }
        method("min", [.labeled("by")]) { inv, a in
            let f = try inv.function(0)
            if let m = try Self.extremeNatively(a, by: f, largest: false, inv) { return m }
            return optional(try a.min { try inv.truth(try inv.call(f, $0, $1)) })
        }
        method("max", [.labeled("by")]) { inv, a in
            let f = try inv.function(0)
            if let m = try Self.extremeNatively(a, by: f, largest: true, inv) { return m }
            return optional(try a.max { try inv.truth(try inv.call(f, $0, $1)) })
        }
        method("firstIndex", [.labeled("where")]) { inv, a in
            optional(
                try a.firstIndex { try inv.truth(try inv.call(try inv.function(0), $0)) }.map {
                    .int($0)
                })
        }
        method("lastIndex", [.labeled("of")]) { inv, a in
            let x = inv.value(0) ?? .void
            return optional(
                try a.lastIndex {
                    try inv.interpreter.valuesEqual($0, x, literalLeft: false, range: inv.callRange)
                }.map { .int($0) })
        }
        method("last", [.labeled("where")]) { inv, a in
            optional(try a.last { try inv.truth(try inv.call(try inv.function(0), $0)) })
        }
        method("count", [.labeled("where")]) { inv, a in
            .int(try a.filter { try inv.truth(try inv.call(try inv.function(0), $0)) }.count)
        }
        method("flatMap", [.positional()]) { inv, a in
            var out: [Value] = []
            for v in a {
                switch try inv.call(try inv.function(0), v) {
                case .array(let items): out.append(contentsOf: items)
                case let other: out.append(other)
                }
            }
            return .array(out)
        }
        // `[[1, 2], [3]].joined()` flattens; `["a", "b"].joined(separator:)` makes a string.
        arrayMethods["joined"]?.insert(
            Builtin("joined", []) { inv in
                let a = try inv.receiverArray()
                if a.allSatisfy({ if case .array = $0 { true } else { false } }), !a.isEmpty {
                    var flat: [Value] = []
                    for v in a { if case .array(let items) = v { flat.append(contentsOf: items) } }
                    return .array(flat)
                }
                return .string(a.map(Formatter.describe).joined())
            }, at: 0)
        arrayMutating["sort"]?.append(
            MutatingMethod(parameters: [.labeled("by")]) { receiver, args, range, interp in
                guard case .array(var items) = receiver, let f = args[0] else { return .void }
                receiver = .void
                defer { receiver = .array(items) }
                let inv = Invocation(
                    arguments: [], ranges: [], literal: [], callRange: range, receiver: .void,
                    interpreter: interp)
                if let sorted = try Self.sortedNatively(items, by: f, inv) {
                    items = sorted
                    return .void
                }
                try items.sort { try inv.truth(try inv.call(f, $0, $1)) }
                return .void
            })
        rangeMethods["contains"] = [
            Builtin("contains", [.positional()]) { inv in
                switch (inv.receiver, inv.value(0)) {
                case (.doubleRange(let lo, let hi, let closed), .double(let x)?):
                    return .bool(x >= lo && (closed ? x <= hi : x < hi))
                case (.doubleRange(let lo, let hi, let closed), .int(let n)?):
                    let x = Double(n)
                    return .bool(x >= lo && (closed ? x <= hi : x < hi))
                case (.range(let lo, let hi), .int(let x)?): return .bool(x >= lo && x < hi)
                case (.range(let lo, let hi), .double(let x)?):
                    // `(-50...150).contains(reading)`: literal bounds are Doubles for a Double.
                    return .bool(x >= Double(lo) && x < Double(hi))
                default: throw inv.mismatch(0, expected: "the range's bound type")
                }
            }
        ]
        registerMoreStrings()
        registerDictionaryMethods()
    }

    private func registerMoreStrings() {
        func method(
            _ name: String, _ parameters: [BuiltinParameter],
            _ body: @escaping (inout Invocation, String) throws -> Value
        ) {
            stringMethods[name, default: []].append(
                Builtin(name, parameters) { inv in
                    guard case .string(let s) = inv.receiver else { return .void }
                    return try body(&inv, s)
                })
        }
        method("reversed", []) { _, s in .string(String(s.reversed())) }
        method("prefix", [.positional()]) { inv, s in
            .string(String(s.prefix(max(0, try inv.int(0)))))
        }
        method("suffix", [.positional()]) { inv, s in
            .string(String(s.suffix(max(0, try inv.int(0)))))
        }
        method("dropFirst", [.positional(true)]) { inv, s in
            .string(String(s.dropFirst(max(0, try inv.optionalInt(0) ?? 1))))
        }
        method("dropLast", [.positional(true)]) { inv, s in
            .string(String(s.dropLast(max(0, try inv.optionalInt(0) ?? 1))))
        }
        method("components", [.labeled("separatedBy")]) { inv, s in
            .array(s.components(separatedBy: try inv.string(0)).map { .string($0) })
        }
        method("replacingOccurrences", [.labeled("of"), .labeled("with")]) { inv, s in
            let target = try inv.string(0)
            guard !target.isEmpty else { return .string(s) }
            return .string(s.replacingOccurrences(of: target, with: try inv.string(1)))
        }
        method("trimmingCharacters", [.labeled("in")]) { inv, s in
            guard case .symbol(let set)? = inv.value(0),
                set == "whitespaces" || set == "whitespacesAndNewlines"
            else {
                throw RuntimeError(
                    "trimmingCharacters(in:) takes .whitespaces or .whitespacesAndNewlines",
                    at: inv.callRange)
            }
            return .string(
                s.trimmingCharacters(
                    in: set == "whitespaces" ? .whitespaces : .whitespacesAndNewlines))
        }
    }

    private func registerDictionaryMethods() {
        func pairs(_ receiver: Value) -> [Value] {
            guard case .dictionary(let d, let order) = receiver else { return [] }
            return order.compactMap { k in
                d[k].map { .tuple([k.value, $0], labels: ["key", "value"]) }
            }
        }
        dictionaryMethods["sorted"] = [
            Builtin("sorted", [.labeled("by")]) { inv in
                let f = try inv.function(0)
                return .array(
                    try pairs(inv.receiver).sorted { try inv.truth(try inv.call(f, $0, $1)) })
            }
        ]
        dictionaryMethods["mapValues"] = [
            Builtin("mapValues", [.positional()]) { inv in
                guard case .dictionary(var d, let order) = inv.receiver else { return .void }
                for k in order { if let v = d[k] { d[k] = try inv.call(try inv.function(0), v) } }
                return .dictionary(d, order: order)
            }
        ]
        dictionaryMethods["filter"] = [
            Builtin("filter", [.positional()]) { inv in
                guard case .dictionary(var d, var order) = inv.receiver else { return .void }
                for pair in pairs(inv.receiver) {
                    guard case .tuple(let kv, _) = pair, let key = DictionaryKey(kv[0]) else {
                        continue
                    }
                    if case .bool(false) = try inv.call(try inv.function(0), pair) {
                        d[key] = nil
                        order.removeAll { $0 == key }
                    }
                }
                return .dictionary(d, order: order)
            }
        ]
        dictionaryMethods["map"] = [
            Builtin("map", [.positional()]) { inv in
                .array(try pairs(inv.receiver).map { try inv.call(try inv.function(0), $0) })
            }
        ]
    }
}
