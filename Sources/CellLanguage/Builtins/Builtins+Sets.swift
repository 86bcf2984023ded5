import Diagnostics

/// A `Set` as a cell value. The box never changes: a mutating method (`insert`, `remove` …)
/// puts a new box into the variable, so sets have value semantics as in Swift. Elements keep
/// their insertion order (Swift's order is unspecified, so programs sort before printing).
final class SetBox: DisplayableObject {
    let elements: [Value]
    let members: Set<DictionaryKey>

    init(_ values: [Value], at range: SourceRange) throws {
        var elements: [Value] = []
        var members: Set<DictionaryKey> = []
        for v in values {
            guard let key = DictionaryKey(v) else {
                throw RuntimeError(
                    "type '\(v.typeName)' cannot be an element of a Set (it is not Hashable)",
                    at: range)
            }
            if members.insert(key).inserted { elements.append(v) }
        }
        self.elements = elements
        self.members = members
    }

    func contains(_ v: Value) -> Bool { DictionaryKey(v).map(members.contains) ?? false }

    var typeName: String { "Set<\(elements.first?.typeName ?? "AnyHashable")>" }
    var printedDescription: String {
        "[" + elements.map(Formatter.debugDescribe).joined(separator: ", ") + "]"
    }
    var display: Display { .text(printedDescription) }
}

extension BuiltinRegistry {
    /// `Set<Int>()`, `Set(array)`, `let s: Set = [1, 2]`; `insert` (returning `(inserted:,
    /// memberAfterInsert:)`), `remove`, `removeAll`, `formUnion`, `formIntersection`,
    /// `subtract`; `contains`, `count`, `isEmpty`, `union`, `intersection`, `subtracting`,
    /// `symmetricDifference`, `isSubset(of:)`, `isSuperset(of:)`, `isDisjoint(with:)`, and the
    /// array methods (`sorted()`, `map`, `filter` …) on its elements; `for x in set`.
    func registerSets() {
        let make = Builtin("Set", [.positional(true)]) { inv in
            if case .string(let text)? = inv.value(0) {
                // `Set(word)`
                return .object(try SetBox(text.map { .string(String($0)) }, at: inv.callRange))
            }
            return .object(
                try SetBox(inv.value(0) == nil ? [] : try inv.array(0), at: inv.callRange))
        }
        types["Set"] = BuiltinType("Set", initializers: [make])
        func other(_ inv: Invocation, _ i: Int) throws -> SetBox {
            if case .object(let s as SetBox)? = inv.value(i) { return s }
            var items = try inv.array(i)
            // `clubs.isDisjoint(with: [.painting])`: implicit members are cases of the enum the
            // receiver holds.
            if case .object(let s as SetBox) = inv.receiver,
                let type = s.elements.lazy.compactMap({ UserType.enumCase(of: $0)?.type }).first
            {
                for k in items.indices {
                    if let resolved = try inv.interpreter.resolveImplicitMember(
                        items[k], as: type, range: inv.range(i))
                    {
                        items[k] = resolved
                    }
                }
            }
            return try SetBox(items, at: inv.range(i))
        }
        func receiver(_ inv: Invocation) -> SetBox? {
            if case .object(let s as SetBox) = inv.receiver { return s }
            return nil
        }
        var methods: [String: [Builtin]] = [:]
        func method(
            _ name: String, _ parameters: [BuiltinParameter],
            _ body: @escaping (SetBox, inout Invocation) throws -> Value
        ) {
            methods[name, default: []].append(
                Builtin(name, parameters) { inv in
                    guard let s = receiver(inv) else { return .void }
                    return try body(s, &inv)
                })
        }
        method("contains", [.positional()]) { s, inv in
            var v = inv.value(0) ?? .void
            // `clubs.contains(.music)`: a case of the enum the set holds.
            if let type = s.elements.lazy.compactMap({ UserType.enumCase(of: $0)?.type }).first,
                let resolved = try inv.interpreter.resolveImplicitMember(
                    v, as: type, range: inv.range(0))
            {
                v = resolved
            }
            return .bool(s.contains(v))
        }
        method("union", [.positional()]) { s, inv in
            .object(try SetBox(s.elements + (try other(inv, 0)).elements, at: inv.callRange))
        }
        method("intersection", [.positional()]) { s, inv in
            let o = try other(inv, 0)
            return .object(try SetBox(s.elements.filter(o.contains), at: inv.callRange))
        }
        method("subtracting", [.positional()]) { s, inv in
            let o = try other(inv, 0)
            return .object(try SetBox(s.elements.filter { !o.contains($0) }, at: inv.callRange))
        }
        method("symmetricDifference", [.positional()]) { s, inv in
            let o = try other(inv, 0)
            return .object(
                try SetBox(
                    s.elements.filter { !o.contains($0) } + o.elements.filter { !s.contains($0) },
                    at: inv.callRange))
        }
        method("isSubset", [.labeled("of")]) { s, inv in
            let o = try other(inv, 0)
            return .bool(s.members.isSubset(of: o.members))
        }
        method("isSuperset", [.labeled("of")]) { s, inv in
            .bool(s.members.isSuperset(of: (try other(inv, 0)).members))
        }
        method("isStrictSubset", [.labeled("of")]) { s, inv in
            .bool(s.members.isStrictSubset(of: (try other(inv, 0)).members))
        }
        method("isStrictSuperset", [.labeled("of")]) { s, inv in
            .bool(s.members.isStrictSuperset(of: (try other(inv, 0)).members))
        }
        method("isDisjoint", [.labeled("with")]) { s, inv in
            .bool(s.members.isDisjoint(with: (try other(inv, 0)).members))
        }
        let own = methods
        let arrayMethods = self.arrayMethods
        objectMethods.append { value in
            guard case .object(let s as SetBox) = value else { return [:] }
            // The array methods on the elements (`sorted()`, `map`, `filter`, `reduce` …).
            var all: [String: [Builtin]] = [:]
            for (name, overloads) in arrayMethods {
                all[name] = overloads.map { b in
                    Builtin(name, b.parameters) { inv in
                        var onArray = inv
                        onArray.receiver = .array(s.elements)
                        return try b.implementation(&onArray)
                    }
                }
            }
            return all.merging(own) { _, set in set }
        }
        objectProperties.append { name, value in
            guard case .object(let s as SetBox) = value else { return nil }
            switch name {
            case "count": return .int(s.elements.count)
            case "isEmpty": return .bool(s.elements.isEmpty)
            case "first": return s.elements.first.map { .some($0) } ?? Value.none
            default: return nil
            }
        }
        func mutating(
            _ name: String, _ parameters: [BuiltinParameter],
            _ body: @escaping (SetBox, [Value?], SourceRange) throws -> (SetBox, Value)
        ) {
            setMutating[name, default: []].append(
                MutatingMethod(parameters: parameters) { receiver, args, range, interpreter in
                    guard case .object(let s as SetBox) = receiver else { return .void }
                    var args = args
                    // `weekend.insert(.chess)`: a case of the enum the set holds.
                    if let type = s.elements.lazy.compactMap({ UserType.enumCase(of: $0)?.type })
                        .first
                    {
                        for k in args.indices {
                            if let v = args[k],
                                let resolved = try interpreter.resolveImplicitMember(
                                    v, as: type, range: range)
                            {
                                args[k] = resolved
                            }
                        }
                    }
                    let (changed, result) = try body(s, args, range)
                    receiver = .object(changed)
                    return result
                })
        }
        mutating("insert", [.positional()]) { s, args, range in
            let v = args[0] ?? .void
            if s.contains(v) {
                return (s, .tuple([.bool(false), v], labels: ["inserted", "memberAfterInsert"]))
            }
            return (
                try SetBox(s.elements + [v], at: range),
                .tuple([.bool(true), v], labels: ["inserted", "memberAfterInsert"])
            )
        }
        mutating("remove", [.positional()]) { s, args, range in
            let v = args[0] ?? .void
            guard s.contains(v) else { return (s, .none) }
            let key = DictionaryKey(v)
            return (try SetBox(s.elements.filter { DictionaryKey($0) != key }, at: range), .some(v))
        }
        mutating("removeAll", []) { _, _, range in (try SetBox([], at: range), .void) }
        func elements(_ v: Value?, _ range: SourceRange) throws -> [Value] {
            switch v {
            case .object(let o as SetBox)?: return o.elements
            case .array(let a)?: return a
            default: throw RuntimeError("expected a Set or an array", at: range)
            }
        }
        mutating("formUnion", [.positional()]) { s, args, range in
            (try SetBox(s.elements + (try elements(args[0], range)), at: range), .void)
        }
        mutating("formIntersection", [.positional()]) { s, args, range in
            let o = try SetBox(try elements(args[0], range), at: range)
            return (try SetBox(s.elements.filter(o.contains), at: range), .void)
        }
        mutating("subtract", [.positional()]) { s, args, range in
            let o = try SetBox(try elements(args[0], range), at: range)
            return (try SetBox(s.elements.filter { !o.contains($0) }, at: range), .void)
        }
    }
}
