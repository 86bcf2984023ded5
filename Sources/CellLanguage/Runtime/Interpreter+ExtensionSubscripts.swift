import Diagnostics

extension Interpreter {
    /// A subscript that an extension gave a built-in type (`extension String { subscript(offset:
    /// Int) -> Character }`), called when its labels and parameter types fit the arguments;
    /// nil otherwise (the built-in subscript applies).
    func extensionSubscript(
        _ base: Value, _ indices: [Value], labels: [String?], argumentRanges: [SourceRange],
        literal: [Bool], range: SourceRange
    ) throws -> Value? {
        guard !builtinExtensions.isEmpty,
            let decl = builtinExtensions[Self.extensionTypeName(base)],
            !decl.subscriptGetters.isEmpty
        else { return nil }
        let fitting = decl.subscriptGetters.filter { getter in
            guard
                let mapping = ArgumentMatcher.match(
                    labels: labels,
                    parameters: getter.parameters.map {
                        BuiltinParameter(
                            label: $0.label, hasDefault: $0.defaultValue != nil,
                            isVariadic: $0.isVariadic)
                    })
            else { return false }
            return overloadScore(getter, mapping, indices) != nil
        }
        guard !fitting.isEmpty else { return nil }
        var receiver = base
        return try callMethod(
            fitting, receiver: &receiver, indices, labels: labels, argumentRanges: argumentRanges,
            literal: literal, range: range)
    }
}
