import Diagnostics
import Tensors

/// Arithmetic, comparison and equality with Swift's rules: no implicit Int/Double mixing
/// (except for literals), overflow and division by zero are errors.
enum Operators {
    static func apply(
        _ op: BinaryOperator, _ l: Value, _ r: Value, leftLiteral: Bool, rightLiteral: Bool,
        range: @autoclosure () -> SourceRange, interpreter: Interpreter
    ) throws -> Value {
        switch (l, r) {
        case (.int(let a), .int(let b)): return try ints(op, a, b, range: range())
        case (.double(let a), .double(let b)): return try doubles(op, a, b, range: range())
        case (.int(let a), .double(let b)) where leftLiteral:
            return try doubles(op, Double(a), b, range: range())
        case (.double(let a), .int(let b)) where rightLiteral:
            return try doubles(op, a, Double(b), range: range())
        case (.string(let a), .string(let b)):
            switch op {
            case .add: return .string(a + b)
            case .equal: return .bool(a == b)
            case .notEqual: return .bool(a != b)
            case .less: return .bool(a < b)
            case .lessEqual: return .bool(a <= b)
            case .greater: return .bool(a > b)
            case .greaterEqual: return .bool(a >= b)
            default: break
            }
        case (.array(let a), .array(let b)) where op == .add:
            return .array(a + b)
        case (.tuple(let a, _), .tuple(let b, _))
        where a.count == b.count && [.less, .lessEqual, .greater, .greaterEqual].contains(op):
            // Tuples compare lexicographically, element by element.
            let strict: BinaryOperator = op == .less || op == .lessEqual ? .less : .greater
            for (x, y) in zip(a, b) {
                if try interpreter.valuesEqual(x, y, literalLeft: false, range: range()) {
                    continue
                }
                return try apply(
                    strict, x, y, leftLiteral: false, rightLiteral: false, range: range(),
                    interpreter: interpreter)
            }
            return .bool(op == .lessEqual || op == .greaterEqual)
        case (.object(let a), .object(let b)) where op == .identical || op == .notIdentical:
            let x = (a as? any EngineReference)?.referent ?? a
            let y = (b as? any EngineReference)?.referent ?? b
            return .bool((x === y) == (op == .identical))
        case (.instance(let a), .instance(let b)) where op == .identical || op == .notIdentical:
            return .bool((a === b) == (op == .identical))
        default: break
        }
        if Self.isUserValue(l) || Self.isUserValue(r),
            let custom = try interpreter.userOperator(
                op, l, r, literal: [leftLiteral, rightLiteral], range: range())
        {
            return custom
        }
        if case .object = l,
            let custom = try interpreter.registry.applyOperator(op, l, r, range: range())
        {
            return custom
        }
        if case .object = r,
            let custom = try interpreter.registry.applyOperator(op, l, r, range: range())
        {
            return custom
        }
        if op == .equal || op == .notEqual {
            let equal = try interpreter.valuesEqual(l, r, literalLeft: leftLiteral, range: range())
            return .bool(equal == (op == .equal))
        }
        if let custom = try interpreter.registry.applyOperator(op, l, r, range: range()) {
            return custom
        }
        if !interpreter.builtinExtensions.isEmpty,
            let custom = try interpreter.extensionOperator(
                op.rawValue, [l, r], literal: [leftLiteral, rightLiteral], range: range())
        {
            return custom
        }
        throw RuntimeError(
            "binary operator '\(op.rawValue)' cannot be applied to operands of type '\(l.typeName)' and '\(r.typeName)'",
            at: range())
    }

    @inline(__always)
    static func isUserValue(_ v: Value) -> Bool {
        switch v {
        case .structValue, .instance: return true
        default: return false
        }
    }

    static func ints(
        _ op: BinaryOperator, _ a: Int, _ b: Int, range: @autoclosure () -> SourceRange
    ) throws -> Value {
        func checked(_ r: (partialValue: Int, overflow: Bool), _ name: String) throws -> Value {
            if r.overflow {
                throw RuntimeError(
                    "arithmetic overflow: \(a) \(name) \(b) does not fit in 'Int'", at: range())
            }
            return .int(r.partialValue)
        }
        switch op {
        case .add: return try checked(a.addingReportingOverflow(b), "+")
        case .subtract: return try checked(a.subtractingReportingOverflow(b), "-")
        case .multiply: return try checked(a.multipliedReportingOverflow(by: b), "*")
        case .divide, .remainder:
            if b == 0 {
                throw RuntimeError("division by zero", at: range())
            }
            return op == .divide
                ? try checked(a.dividedReportingOverflow(by: b), "/")
                : try checked(a.remainderReportingOverflow(dividingBy: b), "%")
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
        case .identical, .notIdentical:
            throw RuntimeError("'\(op.rawValue)' requires class instances, not 'Int'", at: range())
        }
    }

    static func doubles(
        _ op: BinaryOperator, _ a: Double, _ b: Double, range: @autoclosure () -> SourceRange
    ) throws -> Value {
        switch op {
        case .add: return .double(a + b)
        case .subtract: return .double(a - b)
        case .multiply: return .double(a * b)
        case .divide: return .double(a / b)
        case .remainder:
            throw RuntimeError(
                "'%' is unavailable for 'Double': use truncatingRemainder(dividingBy:)", at: range()
            )
        case .equal: return .bool(a == b)
        case .notEqual: return .bool(a != b)
        case .less: return .bool(a < b)
        case .lessEqual: return .bool(a <= b)
        case .greater: return .bool(a > b)
        case .greaterEqual: return .bool(a >= b)
        default:
            throw RuntimeError(
                "binary operator '\(op.rawValue)' cannot be applied to operands of type 'Double' and 'Double'",
                at: range())
        }
    }

    static func prefix(_ op: PrefixOperator, _ v: Value, range: SourceRange) throws -> Value {
        switch (op, v) {
        case (.negate, .int(let i)):
            let r = (0).subtractingReportingOverflow(i)
            if r.overflow {
                throw RuntimeError("arithmetic overflow: -(\(i)) does not fit in 'Int'", at: range)
            }
            return .int(r.partialValue)
        case (.negate, .double(let d)): return .double(-d)
        case (.plus, .int), (.plus, .double): return v
        case (.bitNot, .int(let i)): return .int(~i)
        case (.not, .bool(let b)): return .bool(!b)
        case (.negate, .object(let o)) where o is TensorBox:
            return BuiltinRegistry.box(Float(-1) * (o as! TensorBox).tensor)
        default:
            throw RuntimeError(
                "unary operator '\(op.rawValue)' cannot be applied to an operand of type '\(v.typeName)'",
                at: range)
        }
    }
}

extension Interpreter {
    /// `==` over values of the same type (arrays, tuples and optionals element-wise).
    func valuesEqual(_ l: Value, _ r: Value, literalLeft: Bool, range: SourceRange) throws -> Bool {
        // `.none` against a value that is not an enum of the cells: an Optional's nil.
        if case .symbol("none") = l, UserType.enumCase(of: r) == nil {
            if case .none = r { return true } else { return false }
        }
        if case .symbol("none") = r, UserType.enumCase(of: l) == nil {
            if case .none = l { return true } else { return false }
        }
        switch (l, r) {
        case (.int(let a), .int(let b)): return a == b
        case (.double(let a), .double(let b)): return a == b
        case (.int(let a), .double(let b)), (.double(let b), .int(let a)): return Double(a) == b
        case (.bool(let a), .bool(let b)): return a == b
        case (.string(let a), .string(let b)): return a == b
        case (.none, .none): return true
        case (.none, _), (_, .none): return false
        case (.some(let a), .some(let b)):
            return try valuesEqual(a, b, literalLeft: literalLeft, range: range)
        case (.some(let a), _): return try valuesEqual(a, r, literalLeft: literalLeft, range: range)
        case (_, .some(let b)): return try valuesEqual(l, b, literalLeft: literalLeft, range: range)
        case (.array(let a), .array(let b)):
            guard a.count == b.count else { return false }
            for (x, y) in zip(a, b)
            where try !valuesEqual(x, y, literalLeft: literalLeft, range: range) { return false }
            return true
        case (.tuple(let a, _), .tuple(let b, _)):
            guard a.count == b.count else { return false }
            for (x, y) in zip(a, b)
            where try !valuesEqual(x, y, literalLeft: literalLeft, range: range) { return false }
            return true
        case (.range(let a, let b), .range(let c, let d)): return a == c && b == d
        case (.dictionary(let a, _), .dictionary(let b, _)):
            guard a.count == b.count else { return false }
            for (k, v) in a {
                guard let w = b[k], try valuesEqual(v, w, literalLeft: false, range: range) else {
                    return false
                }
            }
            return true
        case (.void, .void): return true
        case (.symbol(let a), .symbol(let b)): return a == b
        case (.structValue(let t, _), .symbol(let name)),
            (.symbol(let name), .structValue(let t, _)):
            if !t.isEnum, let member = t.staticMembers[name], case .structValue = member {
                // `(user & .write) == .write`: a static member of the struct.
                let value: Value
                if case .structValue = l { value = l } else { value = r }
                return try valuesEqual(member, value, literalLeft: false, range: range)
            }
            if let equal = Self.enumValue(l, isCase: name, payload: nil)
                ?? Self.enumValue(r, isCase: name, payload: nil)
            {
                return equal
            }
            throw RuntimeError(
                "binary operator '==' cannot be applied to operands of type '\(l.typeName)' and '\(r.typeName)'",
                at: range)
        case (.structValue(let t, _), .symbolCall), (.symbolCall, .structValue(let t, _)):
            let symbol = t === UserType.enumCase(of: l)?.type ? r : l
            let value = t === UserType.enumCase(of: l)?.type ? l : r
            if let resolved = try resolveImplicitMember(symbol, as: t, range: range) {
                return try valuesEqual(value, resolved, literalLeft: false, range: range)
            }
            return false
        case (.object(let a as TensorBox), .object(let b as TensorBox)): return a.tensor == b.tensor
        case (.object(let a as SetBox), .object(let b as SetBox)): return a.members == b.members
        case (.object(let a), .object(let b)): return a === b
        case (.structValue(let t, let a), .structValue(let u, let b)) where t === u:
            for (x, y) in zip(a, b) where try !valuesEqual(x, y, literalLeft: false, range: range) {
                return false
            }
            return true
        case (.instance(let a), .instance(let b)): return a === b
        case (.userType(let a), .userType(let b)): return a === b  // `type(of: v) == Car.self`
        default:
            throw RuntimeError(
                "binary operator '==' cannot be applied to operands of type '\(l.typeName)' and '\(r.typeName)'",
                at: range)
        }
    }
}
