extension BuiltinRegistry {
    /// Operators as functions: `xs.reduce(0, +)`, `xs.sorted(by: >)`.
    func registerOperatorFunctions() {
        let operators: [BinaryOperator] = [
            .add, .subtract, .multiply, .divide, .remainder, .less, .lessEqual, .greater,
            .greaterEqual, .equal, .notEqual,
        ]
        for op in operators {
            let builtin = Builtin(op.rawValue, [.positional(), .positional()]) { inv in
                try Operators.apply(
                    op, inv.value(0) ?? .void, inv.value(1) ?? .void, leftLiteral: inv.literal[0],
                    rightLiteral: inv.literal[1], range: inv.callRange,
                    interpreter: inv.interpreter)
            }
            builtin.binaryOperator = op
            functions[op.rawValue, default: []].append(builtin)
        }
    }
}
