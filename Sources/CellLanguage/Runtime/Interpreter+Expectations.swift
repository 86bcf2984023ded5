import Diagnostics

extension Interpreter {
    /// `#expect(condition)` records a failure and goes on; `#require(condition)` stops the
    /// chapter. A failure shows the values of the condition's sub-expressions, as Swift Testing
    /// does: `expectation failed: (accuracy → 0.8132) > 0.85`.
    func evaluateExpectation(_ condition: Expr, isRequire: Bool, comment: Expr?, frame: Frame,
                             range: SourceRange) throws -> Value {
        result.expectationCount += 1
        var shown = condition.text
        var passed: Bool
        switch condition.kind {
        case .binary(let op, let l, let r):
            let lv = try evaluate(l, frame: frame)
            let rv = try evaluate(r, frame: frame)
            let v = try Operators.apply(op, lv, rv, leftLiteral: l.isNumericLiteral, rightLiteral: r.isNumericLiteral,
                                        range: condition.range, interpreter: self)
            guard case .bool(let b) = v else { throw notBool(v, condition) }
            passed = b
            shown = "\(Self.captured(l, lv)) \(op.rawValue) \(Self.captured(r, rv))"
        case .prefix(.not, let inner):
            let v = try evaluate(inner, frame: frame)
            guard case .bool(let b) = v else { throw notBool(v, condition) }
            passed = !b
            shown = "!\(Self.captured(inner, v))"
        default:
            let v = try evaluate(condition, frame: frame)
            // `let x = #require(optional)` unwraps, as in Swift Testing.
            if isRequire, case .some(let wrapped) = v { return wrapped }
            if isRequire, case .none = v {
                result.failedExpectations.append(ExpectationFailure(
                    message: "expectation failed: \(Self.captured(condition, v)) is nil", range: range, isRequire: true))
                throw RequirementFailed()
            }
            guard case .bool(let b) = v else { throw notBool(v, condition) }
            passed = b
            if case .name = condition.kind { shown = Self.captured(condition, v) }
            else if case .call = condition.kind { shown = Self.captured(condition, v) }
            else if case .member = condition.kind { shown = Self.captured(condition, v) }
        }
        if passed { return .void }
        var message = "expectation failed: \(shown)"
        if let comment {
            message += ": " + Formatter.describe(try evaluate(comment, frame: frame))
        }
        result.failedExpectations.append(ExpectationFailure(message: message, range: range, isRequire: isRequire))
        if isRequire { throw RequirementFailed() }
        return .void
    }

    private func notBool(_ v: Value, _ e: Expr) -> RuntimeError {
        RuntimeError("cannot convert value of type '\(v.typeName)' to expected argument type 'Bool'", at: e.range)
    }

    /// A sub-expression as Swift Testing shows it: literals as written, others with their value.
    static func captured(_ e: Expr, _ v: Value) -> String {
        switch e.kind {
        case .intLiteral, .doubleLiteral, .boolLiteral, .stringLiteral, .nilLiteral: return e.text
        default: return "(\(e.text) → \(Formatter.debugDescribe(v)))"
        }
    }
}
