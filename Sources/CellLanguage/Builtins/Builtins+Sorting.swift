import Diagnostics

/// The keys a comparator compares, read once per element, when it compares one member path of
/// its two arguments with `<` or `>`: `sorted(by:)`, `sort(by:)`, `min(by:)` and `max(by:)`
/// (and `sorted()`, `min()`, `max()`) then order the keys natively instead of calling the
/// comparator per comparison. The order is the same as the comparator's, comparison for
/// comparison, so the results are Swift's (its sort is stable, and so is this one).
struct NativeOrder {
    enum Keys {
        case ints([Int])
        case doubles([Double])
        case strings([String])
    }

    let keys: Keys
    /// Whether the comparator is `>` on the keys.
    let descending: Bool

    /// The positions of the elements in sorted order.
    func sortedIndices() -> [Int] {
        switch keys {
        case .ints(let ks): return Self.order(ks, descending)
        case .doubles(let ks): return Self.order(ks, descending)
        case .strings(let ks): return Self.order(ks, descending)
        }
    }

    /// The position `min(by:)` (`largest` false) or `max(by:)` picks, as Swift's do: the
    /// first element none before it beats.
    func extremeIndex(largest: Bool) -> Int? {
        switch keys {
        case .ints(let ks): return Self.extreme(ks, descending, largest)
        case .doubles(let ks): return Self.extreme(ks, descending, largest)
        case .strings(let ks): return Self.extreme(ks, descending, largest)
        }
    }

    private static func order<K: Comparable>(_ ks: [K], _ descending: Bool) -> [Int] {
        descending
            ? ks.indices.sorted { ks[$0] > ks[$1] } : ks.indices.sorted { ks[$0] < ks[$1] }
    }

    private static func extreme<K: Comparable>(_ ks: [K], _ descending: Bool, _ largest: Bool)
        -> Int?
    {
        guard !ks.isEmpty else { return nil }
        func increasing(_ a: K, _ b: K) -> Bool { descending ? a > b : a < b }
        var result = 0
        for i in ks.indices.dropFirst() {
            if largest ? increasing(ks[result], ks[i]) : increasing(ks[i], ks[result]) {
                result = i
            }
        }
        return result
    }
}

extension BuiltinRegistry {
    /// `sorted(by:)` without calling the comparator per comparison, when ``nativeOrder`` applies;
    /// nil otherwise (the general path then runs).
    static func sortedNatively(_ items: [Value], by comparator: Value?, _ inv: Invocation) throws
        -> [Value]?
    {
        guard items.count > 1, let order = try nativeOrder(items, by: comparator, inv) else {
            return nil
        }
        return order.sortedIndices().map { items[$0] }
    }

    /// `min(by:)` or `max(by:)` without calling the comparator per element; nil when
    /// ``nativeOrder`` does not apply.
    static func extremeNatively(
        _ items: [Value], by comparator: Value?, largest: Bool, _ inv: Invocation
    ) throws -> Value? {
        guard items.count > 1, let order = try nativeOrder(items, by: comparator, inv),
            let i = order.extremeIndex(largest: largest)
        else { return nil }
        return Value.some(items[i])
    }

    /// The keys of `items` and the direction, when the comparator (nil: `<`) is `<` or `>`
    /// itself or a closure comparing one member path of its two arguments
    /// (`{ $0.age > $1.age }`, `{ a, b in a.name < b.name }`), and the compared values are all
    /// Ints, all Doubles or all Strings, or all structs or instances of one type whose
    /// `static func <` (or `>`) compares one member path in the same way.
    static func nativeOrder(_ items: [Value], by comparator: Value?, _ inv: Invocation) throws
        -> NativeOrder?
    {
        guard var (path, descending) = comparator.map(comparison) ?? ([], false) else {
            return nil
        }
        var keys: [Value] = []
        keys.reserveCapacity(items.count)
        for item in items {
            keys.append(try read(path, of: item, inv))
        }
        if let type = sharedUserType(keys) {
            // `sorted(by: >)` on a Comparable struct: the members its `<` compares.
            guard let (more, flips) = operatorComparison(of: type, descending: descending) else {
                return nil
            }
            path = more
            descending = descending != flips
            for i in keys.indices { keys[i] = try read(path, of: keys[i], inv) }
        }
        switch keys.first {
        case .int?:
            var ks: [Int] = []
            ks.reserveCapacity(keys.count)
            for k in keys {
                guard case .int(let x) = k else { return nil }
                ks.append(x)
            }
            return NativeOrder(keys: .ints(ks), descending: descending)
        case .double?:
            var ks: [Double] = []
            ks.reserveCapacity(keys.count)
            for k in keys {
                guard case .double(let x) = k else { return nil }
                ks.append(x)
            }
            return NativeOrder(keys: .doubles(ks), descending: descending)
        case .string?:
            var ks: [String] = []
            ks.reserveCapacity(keys.count)
            for k in keys {
                guard case .string(let x) = k else { return nil }
                ks.append(x)
            }
            return NativeOrder(keys: .strings(ks), descending: descending)
        default:
            return nil
        }
    }

    private static func read(_ path: [String], of item: Value, _ inv: Invocation) throws -> Value {
        var key = item
        for name in path {
            key = try Members.get(
                name, of: key, range: inv.callRange, baseRange: inv.callRange,
                interpreter: inv.interpreter)
        }
        return key
    }

    /// The one struct or class type of the cells every value has (exactly, not a subclass).
    private static func sharedUserType(_ values: [Value]) -> UserType? {
        func type(_ v: Value) -> UserType? {
            switch v {
            case .structValue(let t, _) where !t.isEnum: return t
            case .instance(let i): return i.type
            default: return nil
            }
        }
        guard let first = values.first, let t = type(first) else { return nil }
        for v in values.dropFirst() {
            guard let u = type(v), u === t else { return nil }
        }
        return t
    }

    /// The member path a type's own `<` (or, for `>`, its `>` if declared, else its `<` with
    /// the operands swapped, as Comparable derives it) compares, and whether that reverses the
    /// order.
    private static func operatorComparison(of type: UserType, descending: Bool)
        -> (path: [String], flips: Bool)?
    {
        func declared(_ name: String) -> Value? {
            var t: UserType? = type
            while let current = t {
                if let f = current.staticMembers[name] { return f }
                t = current.superclass
            }
            return nil
        }
        if descending, let f = declared(">") {
            // The comparator is the type's own `>`: its path, in its own direction.
            return comparison(f).map { ($0.path, !$0.descending) }
        }
        guard let f = declared("<"), let (path, reversed) = comparison(f) else { return nil }
        return (path, reversed)
    }

    /// The member path a comparator compares and whether it sorts in descending order.
    private static func comparison(_ comparator: Value) -> (path: [String], descending: Bool)? {
        guard case .function(let f) = comparator else { return nil }
        switch f.body {
        case .builtin where f.name == "<": return ([], false)
        case .builtin where f.name == ">": return ([], true)
        case .user(let decl, _):
            guard decl.parameters.count == 2, decl.body.count == 1,
                !decl.parameters.contains(where: { $0.isInout || $0.defaultValue != nil })
            else {
                return nil
            }
            let e: Expr
            switch decl.body[0].kind {
            case .expression(let x) where decl.implicitReturn: e = x
            case .returnStmt(let x?): e = x
            default: return nil
            }
            guard case .binary(let op, let l, let r) = e.kind, op == .less || op == .greater,
                let (lp, ls) = memberPath(l), let (rp, rs) = memberPath(r), lp == rp
            else { return nil }
            let (a, b) = (decl.parameterSlots[0], decl.parameterSlots[1])
            if ls == a && rs == b { return (lp, op == .greater) }
            if ls == b && rs == a { return (lp, op == .less) }
            return nil
        default:
            return nil
        }
    }

    /// `$0.address.city` as (["address", "city"], the slot of `$0`) for a parameter of the
    /// closure itself.
    private static func memberPath(_ e: Expr) -> (path: [String], slot: Int)? {
        switch e.kind {
        case .name(.local(depth: 0, let slot), _): return ([], slot)
        case .member(let base, let name):
            guard let (path, slot) = memberPath(base) else { return nil }
            return (path + [name], slot)
        default: return nil
        }
    }
}
