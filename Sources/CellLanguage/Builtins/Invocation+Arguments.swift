import Diagnostics

/// Typed access to a built-in's arguments, with the compiler's conversion messages.
extension Invocation {
    func mismatch(_ i: Int, expected: String) -> RuntimeError {
        RuntimeError(
            "cannot convert value of type '\(value(i)?.typeName ?? "()")' to expected argument type '\(expected)'",
            at: range(i))
    }

    /// A Double argument; an integer literal is accepted as Swift would.
    func double(_ i: Int) throws -> Double {
        switch value(i) {
        case .double(let d)?: return d
        case .int(let n)? where i < literal.count && literal[i]: return Double(n)
        default: throw mismatch(i, expected: "Double")
        }
    }

    func int(_ i: Int) throws -> Int {
        guard case .int(let n)? = value(i) else { throw mismatch(i, expected: "Int") }
        return n
    }

    func string(_ i: Int) throws -> String {
        guard case .string(let s)? = value(i) else { throw mismatch(i, expected: "String") }
        return s
    }

    func bool(_ i: Int) throws -> Bool {
        guard case .bool(let b)? = value(i) else { throw mismatch(i, expected: "Bool") }
        return b
    }

    func array(_ i: Int) throws -> [Value] {
        switch value(i) {
        case .array(let a)?: return a
        case .range(let lo, let hi)?: return try Limits.elements(of: lo, hi, at: range(i))
        case .object(let s as SetBox)?: return s.elements
        case let v?:
            // A cells' `Sequence` (`Array(countdown)`, `zip(countdown, other)`).
            guard let elements = try interpreter.sequenceElements(v, range: range(i)) else {
                throw mismatch(i, expected: "Array")
            }
            return elements
        default: throw mismatch(i, expected: "Array")
        }
    }

    func function(_ i: Int) throws -> Value {
        switch value(i) {
        case .function?, .type?, .userType?: return value(i) ?? .void  // `map(String.init)`
        default: throw mismatch(i, expected: "closure")
        }
    }

    /// The receiver of a method as an array (ranges count as arrays of Int).
    func receiverArray() throws -> [Value] {
        switch receiver {
        case .array(let a): return a
        case .range(let lo, let hi): return try Limits.elements(of: lo, hi, at: callRange)
        default: throw RuntimeError("expected an array, not '\(receiver.typeName)'", at: callRange)
        }
    }

    /// A closure's result that must be a Bool (`filter`, `sorted(by:)` …).
    func truth(_ v: Value) throws -> Bool {
        guard case .bool(let b) = v else {
            throw RuntimeError("closure must return 'Bool', not '\(v.typeName)'", at: callRange)
        }
        return b
    }

    /// `a < b` with the language's rules, for `sorted()`, `min()` and `max()`.
    func isLess(_ a: Value, _ b: Value) throws -> Bool {
        try truth(
            try Operators.apply(
                .less, a, b, leftLiteral: false, rightLiteral: false, range: callRange,
                interpreter: interpreter))
    }

    /// Calls a closure argument.
    func call(_ f: Value, _ args: Value...) throws -> Value {
        try interpreter.callClosure(f, args, range: callRange)
    }

    /// Calls a closure argument with one value (`map`, `filter` …).
    func call(_ f: Value, _ a: Value) throws -> Value {
        try interpreter.callClosure(f, a, range: callRange)
    }

    /// Calls a closure argument with two values (`sorted(by:)`, `reduce` …).
    func call(_ f: Value, _ a: Value, _ b: Value) throws -> Value {
        try interpreter.callClosure(f, a, b, range: callRange)
    }
}
