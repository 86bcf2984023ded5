import Diagnostics

extension BuiltinRegistry {
    /// `String.Index`: `index(after:)`, `index(before:)`, `index(_:offsetBy:)`,
    /// `index(_:offsetBy:limitedBy:)`, `distance(from:to:)`, `firstIndex`/`lastIndex` of
    /// strings, `insert(_:at:)` and `remove(at:)`, and `<`/`==` between indices.
    func registerStringIndices() {
        func method(
            _ name: String, _ parameters: [BuiltinParameter],
            _ body: @escaping (inout Invocation, [Character]) throws -> Value
        ) {
            stringMethods[name, default: []].append(
                Builtin(name, parameters) { inv in
                    guard case .string(let s) = inv.receiver else { return .void }
                    return try body(&inv, Array(s))
                })
        }
        func index(_ inv: Invocation, _ i: Int) throws -> Int {
            guard case .object(let index as StringIndex)? = inv.value(i) else {
                throw inv.mismatch(i, expected: "String.Index")
            }
            return index.offset
        }
        func found(_ offset: Int?) -> Value {
            offset.map { .some(.object(StringIndex($0))) } ?? Value.none
        }
        method("index", [.labeled("after")]) { inv, cs in
            .object(
                try StringIndex.checked(
                    try index(inv, 0) + 1, count: cs.count, allowEnd: true, range: inv.range(0)))
        }
        method("index", [.labeled("before")]) { inv, cs in
            .object(
                try StringIndex.checked(
                    try index(inv, 0) - 1, count: cs.count, allowEnd: true, range: inv.range(0)))
        }
        /// `start + distance`, saturated where it overflows (out of bounds either way).
        func offset(_ start: Int, by distance: Int) -> Int {
            let (sum, overflow) = start.addingReportingOverflow(distance)
            return overflow ? (distance > 0 ? Int.max : Int.min) : sum
        }
        method("index", [.positional(), .labeled("offsetBy")]) { inv, cs in
            .object(
                try StringIndex.checked(
                    offset(try index(inv, 0), by: try inv.int(1)), count: cs.count,
                    allowEnd: true, range: inv.callRange))
        }
        method("index", [.positional(), .labeled("offsetBy"), .labeled("limitedBy")]) { inv, cs in
            let start = try index(inv, 0)
            let distance = try inv.int(1)
            let limit = try index(inv, 2)
            let target = offset(start, by: distance)
            // Nil when the limit lies between the start and the target.
            if distance >= 0
                ? (limit >= start && limit < target) : (limit <= start && limit > target)
            {
                return .none
            }
            return .some(
                .object(
                    try StringIndex.checked(
                        target, count: cs.count, allowEnd: true, range: inv.callRange)))
        }
        method("distance", [.labeled("from"), .labeled("to")]) { inv, _ in
            .int(try index(inv, 1) - (try index(inv, 0)))
        }
        method("firstIndex", [.labeled("of")]) { inv, cs in
            let target = try inv.string(0)
            return found(cs.firstIndex { String($0) == target })
        }
        method("lastIndex", [.labeled("of")]) { inv, cs in
            let target = try inv.string(0)
            return found(cs.lastIndex { String($0) == target })
        }
        method("firstIndex", [.labeled("where")]) { inv, cs in
            let f = try inv.function(0)
            return found(try cs.firstIndex { try inv.truth(try inv.call(f, .string(String($0)))) })
        }
        method("lastIndex", [.labeled("where")]) { inv, cs in
            let f = try inv.function(0)
            return found(try cs.lastIndex { try inv.truth(try inv.call(f, .string(String($0)))) })
        }
        func editing(
            _ name: String, _ parameters: [BuiltinParameter],
            _ body: @escaping (inout [Character], [Value?], SourceRange) throws -> Value
        ) {
            stringMutating[name, default: []].append(
                MutatingMethod(parameters: parameters) { receiver, args, range, _ in
                    guard case .string(let s) = receiver else {
                        throw RuntimeError(
                            "value of type '\(receiver.typeName)' has no member '\(name)'",
                            at: range)
                    }
                    var characters = Array(s)
                    let result = try body(&characters, args, range)
                    receiver = .string(String(characters))
                    return result
                })
        }
        func position(_ v: Value?, _ range: SourceRange) throws -> Int {
            guard case .object(let index as StringIndex)? = v else {
                throw RuntimeError(
                    "cannot convert value of type '\(v?.typeName ?? "()")' to expected argument type 'String.Index'",
                    at: range)
            }
            return index.offset
        }
        func text(_ v: Value?, _ range: SourceRange) throws -> String {
            guard case .string(let s)? = v else {
                throw RuntimeError(
                    "cannot convert value of type '\(v?.typeName ?? "()")' to expected argument type 'Character'",
                    at: range)
            }
            return s
        }
        editing("insert", [.positional(), .labeled("at")]) { cs, args, range in
            let at = try StringIndex.checked(
                try position(args[1], range), count: cs.count, allowEnd: true, range: range)
            cs.insert(contentsOf: Array(try text(args[0], range)), at: at.offset)
            return .void
        }
        editing("insert", [.labeled("contentsOf"), .labeled("at")]) { cs, args, range in
            let at = try StringIndex.checked(
                try position(args[1], range), count: cs.count, allowEnd: true, range: range)
            cs.insert(contentsOf: Array(try text(args[0], range)), at: at.offset)
            return .void
        }
        editing("remove", [.labeled("at")]) { cs, args, range in
            let at = try StringIndex.checked(
                try position(args[0], range), count: cs.count, allowEnd: false, range: range)
            return .string(String(cs.remove(at: at.offset)))
        }
        operatorHandlers.append { op, l, r, _ in
            guard case .object(let a as StringIndex) = l, case .object(let b as StringIndex) = r
            else { return nil }
            switch op {
            case .equal: return .bool(a.offset == b.offset)
            case .notEqual: return .bool(a.offset != b.offset)
            case .less: return .bool(a.offset < b.offset)
            case .lessEqual: return .bool(a.offset <= b.offset)
            case .greater: return .bool(a.offset > b.offset)
            case .greaterEqual: return .bool(a.offset >= b.offset)
            default: return nil
            }
        }
    }
}
