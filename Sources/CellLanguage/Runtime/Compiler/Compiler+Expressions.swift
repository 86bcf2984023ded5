import Diagnostics

extension Compiler {
    static func expression(_ e: Expr) -> CompiledExpr {
        switch e.kind {
        case .intLiteral(let v):
            let value = Value.int(v)
            return { _, _ in value }
        case .doubleLiteral(let v):
            let value = Value.double(v)
            return { _, _ in value }
        case .boolLiteral(let v):
            let value = Value.bool(v)
            return { _, _ in value }
        case .name(let binding, _):
            return read(binding, e)
        case .binary(let op, let l, let r):
            return binary(e, op, l, r)
        case .logical(let isAnd, let l, let r):
            let left = condition(l)
            let right = condition(r)
            if isAnd {
                return { i, f in .bool(try left(i, f) ? right(i, f) : false) }
            }
            return { i, f in .bool(try left(i, f) ? true : right(i, f)) }
        case .ternary(let c, let t, let u):
            let test = condition(c)
            let yes = expression(t)
            let no = expression(u)
            return { i, f in try test(i, f) ? yes(i, f) : no(i, f) }
        case .call(let callee, let args):
            return call(e, callee, args)
        case .subscriptAccess(let base, let args) where !base.hasOptionalChain:
            return subscriptAccess(e, base, args)
        case .stringLiteral(let parts):
            return string(parts)
        case .assign(let target, let valueExpr):
            guard target.letRoot == nil, case .name(let binding, _) = target.kind,
                !binding.isBuiltin
            else { return fallback(e) }
            let value = expression(valueExpr)
            let literal = valueExpr.isNumericLiteral
            return { i, f in
                let v = try value(i, f)
                // `n = n * 3 + 1`: a variable holding an Int, Double, String or Bool given another.
                if !i.replaceSimple(binding, v, frame: f) {
                    try i.assign(target, v, literal: literal, frame: f)
                }
                return .void
            }
        case .compoundAssign(let op, let target, let valueExpr):
            return compoundAssign(e, op, target, valueExpr)
        default:
            return fallback(e)
        }
    }

    /// Reads a variable's slot or a built-in's value.
    static func read(_ binding: Binding, _ e: Expr) -> CompiledExpr {
        switch binding {
        case .global(let index):
            return { i, _ in i.globals.slots[index] }
        case .local(0, let slot):
            return { i, f in
                slot < f.slots.count ? f.slots[slot] : try i.evaluate(e, frame: f)
            }
        case .local(let depth, let slot):
            return { i, f in
                let a = f.ancestor(depth)
                return slot < a.slots.count ? a.slots[slot] : try i.evaluate(e, frame: f)
            }
        case .builtin(let index):
            return { i, _ in i.registry.builtinValues[index] }
        }
    }

    /// A condition: the value must be a Bool (the tree walker's `truth`).
    static func condition(_ e: Expr) -> CompiledCondition {
        if case .binary(let op, let l, let r) = e.kind, isComparison(op) {
            return comparison(e, op, l, r)
        }
        if case .boolLiteral(let b) = e.kind { return { _, _ in b } }
        let value = expression(e)
        return { i, f in
            let v = try value(i, f)
            guard case .bool(let b) = v else {
                throw RuntimeError(
                    "cannot convert value of type '\(v.typeName)' to expected condition type 'Bool'",
                    at: e.range)
            }
            return b
        }
    }

    /// `"\(a) and \(b)"`: the parts, each interpolation described as `print` would.
    static func string(_ parts: [Expr.StringPart]) -> CompiledExpr {
        let append = appending(parts[...])
        return { i, f in
            var s = ""
            try append(i, f, &s)
            return .string(s)
        }
    }

    /// Appends string parts in turn (a chain of closures: no array of parts walked per
    /// evaluation).
    private static func appending(_ parts: ArraySlice<Expr.StringPart>)
        -> (Interpreter, Frame, inout String) throws -> Void
    {
        guard let part = parts.first else { return { _, _, _ in } }
        let rest = parts.dropFirst()
        let next = appending(rest)
        switch part {
        case .text(let t):
            if rest.isEmpty { return { _, _, s in s += t } }
            return { i, f, s in
                s += t
                try next(i, f, &s)
            }
        case .interpolation(let x):
            let value = expression(x)
            let range = x.range
            if rest.isEmpty {
                return { i, f, s in s += try i.describe(try value(i, f), range: range) }
            }
            return { i, f, s in
                s += try i.describe(try value(i, f), range: range)
                try next(i, f, &s)
            }
        }
    }

    /// `xs[i]` on an array without the general subscript's argument list; other subscripts
    /// through the tree walker's functions, their indices evaluated here.
    static func subscriptAccess(_ e: Expr, _ baseExpr: Expr, _ args: [Expr.Argument])
        -> CompiledExpr
    {
        let base = expression(baseExpr)
        if args.count == 1, args[0].label == nil {
            let index = expression(args[0].value)
            return { i, f in
                let b = try base(i, f)
                if case .array(let items) = b {
                    let v = try index(i, f)
                    if case .int(let k) = v {
                        guard k >= 0 && k < items.count else {
                            throw RuntimeError(
                                "index out of range: \(k) is not in 0..<\(items.count)",
                                at: e.range)
                        }
                        return items[k]
                    }
                    return try Subscripts.get(b, [v], labels: [nil], range: e.range)
                }
                return try i.subscriptValue(e, args, of: b, indices: [try index(i, f)])
            }
        }
        let indices = args.map { CompiledExprBox(expression($0.value)) }
        return { i, f in
            let b = try base(i, f)
            var values: [Value] = []
            values.reserveCapacity(indices.count)
            for index in indices { values.append(try index.run(i, f)) }
            return try i.subscriptValue(e, args, of: b, indices: values)
        }
    }
}

extension Binding {
    var isBuiltin: Bool { if case .builtin = self { return true } else { return false } }
}
