import Diagnostics

extension Compiler {
    /// `l op r`: Ints and Doubles inline, everything else (and every error: overflow, division
    /// by zero, mixed types) through the tree walker's ``Interpreter/binaryValue``.
    static func binary(_ e: Expr, _ op: BinaryOperator, _ l: Expr, _ r: Expr) -> CompiledExpr {
        if case .intLiteral(let c) = r.kind, case .name(.local(0, let slot), _) = l.kind {
            // `n - 1` with `n` a local: neither side needs a closure.
            let constant = Value.int(c)
            return { i, f in
                let lv = f.slots[slot]
                if case .int(let a) = lv, let v = intOperation(op, a, c) { return v }
                return try i.binaryValue(e, op, l, r, lv, constant)
            }
        }
        let left = expression(l)
        if case .intLiteral(let c) = r.kind {
            // `n - 1`, `i % 2`: the constant needs no closure.
            let constant = Value.int(c)
            return { i, f in
                let lv = try left(i, f)
                if case .int(let a) = lv, let v = intOperation(op, a, c) { return v }
                return try i.binaryValue(e, op, l, r, lv, constant)
            }
        }
        let right = expression(r)
        return { i, f in
            let lv = try left(i, f)
            let rv = try right(i, f)
            if case .int(let a) = lv, case .int(let b) = rv {
                if let v = intOperation(op, a, b) { return v }
            } else if case .double(let a) = lv, case .double(let b) = rv,
                let v = doubleOperation(op, a, b)
            {
                return v
            }
            return try i.binaryValue(e, op, l, r, lv, rv)
        }
    }

    static func isComparison(_ op: BinaryOperator) -> Bool {
        switch op {
        case .less, .lessEqual, .greater, .greaterEqual, .equal, .notEqual: return true
        default: return false
        }
    }

    /// A comparison (``isComparison``) used as a condition: the Bool without a `Value` around
    /// it.
    static func comparison(_ e: Expr, _ op: BinaryOperator, _ l: Expr, _ r: Expr)
        -> CompiledCondition
    {
        let slow: (Interpreter, Value, Value) throws -> Bool = { i, lv, rv in
            let v = try i.binaryValue(e, op, l, r, lv, rv)
            guard case .bool(let b) = v else {
                throw RuntimeError(
                    "cannot convert value of type '\(v.typeName)' to expected condition type 'Bool'",
                    at: e.range)
            }
            return b
        }
        if case .intLiteral(let c) = r.kind, case .name(.local(0, let slot), _) = l.kind {
            let constant = Value.int(c)
            return { i, f in
                let lv = f.slots[slot]
                if case .int(let a) = lv { return compare(op, a, c) }
                return try slow(i, lv, constant)
            }
        }
        let left = expression(l)
        if case .intLiteral(let c) = r.kind {
            let constant = Value.int(c)
            return { i, f in
                let lv = try left(i, f)
                if case .int(let a) = lv { return compare(op, a, c) }
                return try slow(i, lv, constant)
            }
        }
        let right = expression(r)
        return { i, f in
            let lv = try left(i, f)
            let rv = try right(i, f)
            if case .int(let a) = lv, case .int(let b) = rv { return compare(op, a, b) }
            if case .double(let a) = lv, case .double(let b) = rv {
                return compare(op, a, b)
            }
            return try slow(i, lv, rv)
        }
    }

    /// `a op b` on Ints where it cannot fail; nil on overflow, division by zero and for the
    /// operators left to ``Operators/ints`` (which reports the errors).
    @inline(__always)
    static func intOperation(_ op: BinaryOperator, _ a: Int, _ b: Int) -> Value? {
        switch op {
        case .add:
            let (v, o) = a.addingReportingOverflow(b)
            return o ? nil : .int(v)
        case .subtract:
            let (v, o) = a.subtractingReportingOverflow(b)
            return o ? nil : .int(v)
        case .multiply:
            let (v, o) = a.multipliedReportingOverflow(by: b)
            return o ? nil : .int(v)
        case .divide:
            return b == 0 || b == -1 ? nil : .int(a / b)
        case .remainder:
            return b == 0 || b == -1 ? nil : .int(a % b)
        case .overflowAdd: return .int(a &+ b)
        case .overflowSubtract: return .int(a &- b)
        case .overflowMultiply: return .int(a &* b)
        case .bitAnd: return .int(a & b)
        case .bitOr: return .int(a | b)
        case .bitXor: return .int(a ^ b)
        case .shiftLeft: return .int(a << b)
        case .shiftRight: return .int(a >> b)
        case .equal: return .bool(a == b)
        case .notEqual: return .bool(a != b)
        case .less: return .bool(a < b)
        case .lessEqual: return .bool(a <= b)
        case .greater: return .bool(a > b)
        case .greaterEqual: return .bool(a >= b)
        case .identical, .notIdentical: return nil
        }
    }

    /// `a op b` on Doubles for the arithmetic and comparison operators (IEEE: never an error).
    @inline(__always)
    static func doubleOperation(_ op: BinaryOperator, _ a: Double, _ b: Double) -> Value? {
        switch op {
        case .add: return .double(a + b)
        case .subtract: return .double(a - b)
        case .multiply: return .double(a * b)
        case .divide: return .double(a / b)
        case .equal: return .bool(a == b)
        case .notEqual: return .bool(a != b)
        case .less: return .bool(a < b)
        case .lessEqual: return .bool(a <= b)
        case .greater: return .bool(a > b)
        case .greaterEqual: return .bool(a >= b)
        default: return nil
        }
    }

    /// One of the six comparisons (``comparison`` admits no other operator), of two Ints or two
    /// Doubles.
    @inline(__always)
    static func compare<T: Comparable>(_ op: BinaryOperator, _ a: T, _ b: T) -> Bool {
        switch op {
        case .less: return a < b
        case .lessEqual: return a <= b
        case .greater: return a > b
        case .greaterEqual: return a >= b
        case .equal: return a == b
        default: return a != b
        }
    }

    /// `x op= v`: an Int or Double variable updated in its slot; `counts[k, default: d] += n`
    /// with Ints updated in the dictionary in place; everything else through the tree walker.
    static func compoundAssign(_ e: Expr, _ op: BinaryOperator, _ target: Expr, _ valueExpr: Expr)
        -> CompiledExpr
    {
        let value = expression(valueExpr)
        if target.letRoot == nil, case .name(let binding, _) = target.kind {
            return { i, f in
                let rv = try value(i, f)
                if case .int(let b) = rv,
                    i.updateInt(binding, frame: f, { a in Interpreter.intArithmetic(op, a, b) })
                {
                    return .void
                }
                if case .double(let b) = rv,
                    i.updateDouble(
                        binding, frame: f, { a in Interpreter.doubleArithmetic(op, a, b) })
                {
                    return .void
                }
                return try i.compoundAssign(e, op, target, valueExpr, rv, frame: f)
            }
        }
        if target.letRoot == nil, case .subscriptAccess(let baseExpr, let args) = target.kind,
            case .name(let binding, _) = baseExpr.kind, !binding.isBuiltin, args.count == 2,
            args[0].label == nil, args[1].label == "default"
        {
            let key = expression(args[0].value)
            let fallbackValue = expression(args[1].value)
            let defaultIsLiteral = args[1].value.isNumericLiteral
            return { i, f in
                let rv = try value(i, f)
                let k = try key(i, f)
                let d = try fallbackValue(i, f)
                if case .int(let b) = rv, case .int = d, let hk = DictionaryKey(k),
                    i.updateCount(binding, frame: f, key: hk, default: d, op: op, by: b)
                {
                    return .void
                }
                try i.modifySubscript(target, baseExpr, args, indices: [k, d], frame: f) {
                    current in
                    current = try Operators.apply(
                        op, current, rv, leftLiteral: defaultIsLiteral,
                        rightLiteral: valueExpr.isNumericLiteral,
                        range: e.operatorRange ?? e.range, interpreter: i)
                }
                return .void
            }
        }
        return { i, f in try i.compoundAssign(e, op, target, valueExpr, try value(i, f), frame: f) }
    }
}

extension Interpreter {
    /// `counts[key, default: d] += n` on a dictionary held in a variable, with Ints, updated in
    /// place; false (nothing changed) when the variable holds no dictionary, the entry is not an
    /// Int, or the result overflows (the general path then runs and reports it).
    func updateCount(
        _ binding: Binding, frame: Frame, key: DictionaryKey, default d: Value,
        op: BinaryOperator, by b: Int
    ) -> Bool {
        withStorage(binding, frame: frame) { container in
            guard case .dictionary(var entries, var order) = container else { return false }
            container = .void  // release the storage so `entries` is unique and updates in place
            let count = entries.count
            var done = false
            Self.update(&entries[key, default: d]) { slot in
                if case .int(let a) = slot, let v = Self.intArithmetic(op, a, b) {
                    slot = .int(v)
                    done = true
                }
            }
            if entries.count != count {
                if done { order.append(key) } else { entries[key] = nil }
            }
            container = .dictionary(entries, order: order)
            return done
        }
    }

    @inline(__always)
    private static func update(_ slot: inout Value, _ body: (inout Value) -> Void) {
        body(&slot)
    }
}
