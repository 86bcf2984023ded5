import Diagnostics

extension BuiltinRegistry {
    /// `sorted(by:)` without calling the comparator per comparison, when the comparator is `<`
    /// or `>` itself or a closure comparing one member path of its two arguments
    /// (`{ $0.age > $1.age }`, `{ a, b in a.name < b.name }`), and the compared values are all
    /// Ints, all Doubles or all Strings: each element's key is read once and the keys are
    /// compared natively, with the same result (Swift's sort is stable, and so is this one).
    /// Nil when the comparator has another form; the general path then runs.
    static func sortedNatively(_ items: [Value], by comparator: Value, _ inv: Invocation) throws
        -> [Value]?
    {
        guard items.count > 1, let (path, descending) = comparison(comparator) else { return nil }
        var keys: [Value] = []
        keys.reserveCapacity(items.count)
        for item in items {
            var key = item
            for name in path {
                key = try Members.get(
                    name, of: key, range: inv.callRange, baseRange: inv.callRange,
                    interpreter: inv.interpreter)
            }
            keys.append(key)
        }
        func order<K: Comparable>(_ ks: [K]) -> [Value] {
            let indices =
                descending
                ? ks.indices.sorted { ks[$0] > ks[$1] }
                : ks.indices.sorted { ks[$0] < ks[$1] }
            return indices.map { items[$0] }
        }
        switch keys[0] {
        case .int:
            var ks: [Int] = []
            ks.reserveCapacity(keys.count)
            for k in keys {
                guard case .int(let x) = k else { return nil }
                ks.append(x)
            }
            return order(ks)
        case .double:
            var ks: [Double] = []
            ks.reserveCapacity(keys.count)
            for k in keys {
                guard case .double(let x) = k else { return nil }
                ks.append(x)
            }
            return order(ks)
        case .string:
            var ks: [String] = []
            ks.reserveCapacity(keys.count)
            for k in keys {
                guard case .string(let x) = k else { return nil }
                ks.append(x)
            }
            return order(ks)
        default:
            return nil
        }
    }

    /// The member path a comparator compares and whether it sorts in descending order.
    private static func comparison(_ comparator: Value) -> (path: [String], descending: Bool)? {
        guard case .function(let f) = comparator else { return nil }
        switch f.body {
        case .builtin where f.name == "<": return ([], false)
        case .builtin where f.name == ">": return ([], true)
        case .user(let decl, _):
            guard decl.isClosure, decl.parameters.count == 2, decl.body.count == 1 else {
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
