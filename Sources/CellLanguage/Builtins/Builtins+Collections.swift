import Diagnostics

extension BuiltinRegistry {
    /// Array (and range) methods, `zip`, `stride`, and the mutating array/dictionary methods.
    func registerCollections() {
        func method(
            _ name: String, _ parameters: [BuiltinParameter],
            _ body: @escaping (inout Invocation, [Value]) throws -> Value
        ) {
            arrayMethods[name, default: []].append(
                Builtin(name, parameters) { inv in
                    try body(&inv, try inv.receiverArray())
                })
        }
        method("map", [.positional()]) { inv, a in
            .array(try a.map { try inv.call(try inv.function(0), $0) })
        }
        method("compactMap", [.positional()]) { inv, a in
            .array(
                try a.compactMap { v -> Value? in
                    switch try inv.call(try inv.function(0), v) {
                    case .none: return nil
                    case .some(let w): return w
                    case let w: return w
                    }
                })
        }
        method("filter", [.positional()]) { inv, a in
            .array(try a.filter { try inv.truth(try inv.call(try inv.function(0), $0)) })
        }
        method("forEach", [.positional()]) { inv, a in
            for v in a { _ = try inv.call(try inv.function(0), v) }
            return .void
        }
        method("reduce", [.positional(), .positional()]) { inv, a in
            var acc = inv.value(0) ?? .void
            if case .int(let n) = acc, inv.literal[0],
                a.contains(where: { if case .double = $0 { true } else { false } })
            {
                acc = .double(Double(n))
            }
            if case .int(let n) = acc, inv.literal[0] {
                // `reduce(0) { $0 + $1.price }`: the literal takes the type the closure returns.
                do {
                    for v in a { acc = try inv.call(try inv.function(1), acc, v) }
                    return acc
                } catch let first as RuntimeError {
                    acc = .double(Double(n))
                    do {
                        for v in a { acc = try inv.call(try inv.function(1), acc, v) }
                    } catch {
                        throw first
                    }
                    return acc
                }
            }
            for v in a { acc = try inv.call(try inv.function(1), acc, v) }
            return acc
        }
        method("reduce", [.labeled("into"), .positional()]) { inv, a in
            // The closure changes its first parameter, the accumulator.
            var acc = inv.value(0) ?? .void
            let f = try inv.function(1)
            for v in a {
                acc = try inv.interpreter.callAccumulating(f, acc, v, range: inv.callRange)
            }
            return acc
        }
        method("allSatisfy", [.positional()]) { inv, a in
            .bool(try a.allSatisfy { try inv.truth(try inv.call(try inv.function(0), $0)) })
        }
        method("contains", [.labeled("where")]) { inv, a in
            .bool(try a.contains { try inv.truth(try inv.call(try inv.function(0), $0)) })
        }
        method("contains", [.positional()]) { inv, a in
            let x = inv.value(0) ?? .void
            return .bool(
                try a.contains {
                    try inv.interpreter.valuesEqual($0, x, literalLeft: false, range: inv.callRange)
                })
        }
        method("first", [.labeled("where")]) { inv, a in
            for v in a where try inv.truth(try inv.call(try inv.function(0), v)) { return .some(v) }
            return .none
        }
        method("firstIndex", [.labeled("of")]) { inv, a in
            let x = inv.value(0) ?? .void
            for (i, v) in a.enumerated()
            where try inv.interpreter.valuesEqual(v, x, literalLeft: false, range: inv.callRange) {
                return .some(.int(i))
            }
            return .none
        }
        method("sorted", []) { inv, a in
            if let sorted = try Self.sortedNatively(a, by: nil, inv) { return .array(sorted) }
            return .array(try a.sorted { try inv.isLess($0, $1) })
        }
        method("sorted", [.labeled("by")]) { inv, a in
            let comparator = try inv.function(0)
            if let sorted = try Self.sortedNatively(a, by: comparator, inv) {
                return .array(sorted)
            }
            return .array(try a.sorted { try inv.truth(try inv.call(comparator, $0, $1)) })
        }
        method("min", []) { inv, a in
            if let m = try Self.extremeNatively(a, by: nil, largest: false, inv) { return m }
            return try a.min { try inv.isLess($0, $1) }.map { .some($0) } ?? Value.none
        }
        method("max", []) { inv, a in
            if let m = try Self.extremeNatively(a, by: nil, largest: true, inv) { return m }
            return try a.max { try inv.isLess($0, $1) }.map { .some($0) } ?? Value.none
        }
        method("reversed", []) { _, a in .array(a.reversed()) }
        method("enumerated", []) { _, a in
            .array(
                a.enumerated().map {
                    .tuple([.int($0.offset), $0.element], labels: ["offset", "element"])
                })
        }
        method("prefix", [.positional()]) { inv, a in
            .array(Array(a.prefix(max(0, try inv.int(0)))))
        }
        method("suffix", [.positional()]) { inv, a in
            .array(Array(a.suffix(max(0, try inv.int(0)))))
        }
        method("dropFirst", [.positional(true)]) { inv, a in
            .array(Array(a.dropFirst(max(0, try inv.value(0).map { _ in try inv.int(0) } ?? 1))))
        }
        method("dropLast", [.positional(true)]) { inv, a in
            .array(Array(a.dropLast(max(0, try inv.value(0).map { _ in try inv.int(0) } ?? 1))))
        }
        method("joined", [.labeled("separator", defaulted: true)]) { inv, a in
            let sep = try inv.value(0).map { _ in try inv.string(0) } ?? ""
            return .string(a.map(Formatter.describe).joined(separator: sep))
        }
        function("zip", [.positional(), .positional()]) { inv in
            // Strings zip character by character.
            func items(_ i: Int) throws -> [Value] {
                if case .string(let s)? = inv.value(i) { return s.map { .string(String($0)) } }
                return try inv.array(i)
            }
            return .array(
                zip(try items(0), try items(1)).map { .tuple([$0, $1], labels: [nil, nil]) })
        }
        for bound in ["to", "through"] {
            function("stride", [.labeled("from"), .labeled(bound), .labeled("by")]) { inv in
                let closed = bound == "through"
                if case .int(let a)? = inv.value(0), case .int(let b)? = inv.value(1),
                    case .int(let s)? = inv.value(2)
                {
                    guard s != 0 else {
                        throw RuntimeError("stride step must not be zero", at: inv.range(2))
                    }
                    let span = Double(b) - Double(a)
                    try Limits.checkSize(
                        Int(min(span / Double(s), 9e18)), what: "a stride", at: inv.callRange)
                    return .array(
                        closed
                            ? stride(from: a, through: b, by: s).map { .int($0) }
                            : stride(from: a, to: b, by: s).map { .int($0) })
                }
                let a = try inv.double(0)
                let b = try inv.double(1)
                let s = try inv.double(2)
                guard s != 0, s.isFinite else {
                    throw RuntimeError("stride step must be finite and non-zero", at: inv.range(2))
                }
                guard a.isFinite, b.isFinite else {
                    throw RuntimeError("stride bounds must be finite", at: inv.callRange)
                }
                try Limits.checkSize(
                    Int(min(max((b - a) / s, 0), 9e18)), what: "a stride", at: inv.callRange)
                return .array(
                    closed
                        ? stride(from: a, through: b, by: s).map { .double($0) }
                        : stride(from: a, to: b, by: s).map { .double($0) })
            }
        }
        registerMutatingCollections()
    }

    private func registerMutatingCollections() {
        func mutating(
            _ name: String, _ parameters: [BuiltinParameter],
            _ body: @escaping (inout [Value], [Value?], SourceRange, Interpreter) throws -> Value
        ) {
            arrayMutating[name, default: []].append(
                MutatingMethod(parameters: parameters) { receiver, args, range, interp in
                    guard case .array(var items) = receiver else {
                        throw RuntimeError(
                            "value of type '\(receiver.typeName)' has no member '\(name)'",
                            at: range)
                    }
                    receiver = .void
                    defer { receiver = .array(items) }
                    return try body(&items, args, range, interp)
                })
        }
        func index(_ v: Value?, _ range: SourceRange) throws -> Int {
            guard case .int(let i)? = v else {
                throw RuntimeError("index must be an 'Int'", at: range)
            }
            return i
        }
        mutating("append", [.positional()]) { items, args, _, _ in
            var v = args[0] ?? .void
            if case .int(let n) = v, case .double? = items.first { v = .double(Double(n)) }
            items.append(v)
            return .void
        }
        mutating("append", [.labeled("contentsOf")]) { items, args, range, _ in
            guard case .array(let more)? = args[0] else {
                throw RuntimeError("append(contentsOf:) needs an array", at: range)
            }
            items.append(contentsOf: more)
            return .void
        }
        mutating("insert", [.positional(), .labeled("at")]) { items, args, range, _ in
            let i = try index(args[1], range)
            guard i >= 0 && i <= items.count else {
                throw RuntimeError("index \(i) out of range 0...\(items.count)", at: range)
            }
            items.insert(args[0] ?? .void, at: i)
            return .void
        }
        mutating("remove", [.labeled("at")]) { items, args, range, _ in
            let i = try index(args[0], range)
            guard i >= 0 && i < items.count else {
                throw RuntimeError(
                    "index out of range: \(i) is not in 0..<\(items.count)", at: range)
            }
            return items.remove(at: i)
        }
        mutating("removeLast", []) { items, _, range, _ in
            guard !items.isEmpty else {
                throw RuntimeError("can't remove last element from an empty collection", at: range)
            }
            return items.removeLast()
        }
        mutating("removeFirst", []) { items, _, range, _ in
            guard !items.isEmpty else {
                throw RuntimeError("can't remove first element from an empty collection", at: range)
            }
            return items.removeFirst()
        }
        mutating("popLast", []) { items, _, _, _ in items.popLast().map { .some($0) } ?? Value.none
        }
        mutating("removeAll", []) { items, _, _, _ in
            items.removeAll()
            return .void
        }
        mutating("reverse", []) { items, _, _, _ in
            items.reverse()
            return .void
        }
        mutating("sort", []) { items, _, range, interp in
            let inv = Invocation(
                arguments: [], ranges: [], literal: [], callRange: range, receiver: .void,
                interpreter: interp)
            if let sorted = try Self.sortedNatively(items, by: nil, inv) {
                items = sorted
                return .void
            }
            try items.sort { try inv.isLess($0, $1) }
            return .void
        }
        mutating("shuffle", []) { items, _, _, interp in
            interp.registry.random.shuffle(&items)
            return .void
        }
        dictionaryMutating["removeValue"] = [
            MutatingMethod(parameters: [.labeled("forKey")]) { receiver, args, range, _ in
                guard case .dictionary(var d, var order) = receiver,
                    let key = args[0].flatMap(DictionaryKey.init)
                else {
                    throw RuntimeError("removeValue(forKey:) needs a dictionary key", at: range)
                }
                receiver = .void
                let old = d.removeValue(forKey: key)
                order.removeAll { $0 == key }
                receiver = .dictionary(d, order: order)
                return old.map { .some($0) } ?? Value.none
            }
        ]
    }
}
