import Diagnostics

extension Interpreter {
    /// An implicit member (`.empty`, `.bad("x")`) given where a generic parameter's type is
    /// expected (`Result.failure(.empty)`, whose `Failure` is erased at run time): the case of
    /// the one enum of the cells that has a case of that name and shape. Unchanged when no enum
    /// or more than one has such a case, or when the declared type is a known type.
    func resolveGenericImplicitMember(_ value: Value, declared: TypeName, range: SourceRange)
        throws -> Value
    {
        guard case .named(let name) = declared, userTypes[name] == nil, enumTypes[name] == nil
        else { return value }
        let caseName: String
        let hasPayload: Bool
        switch value {
        case .symbol(let n): (caseName, hasPayload) = (n, false)
        case .symbolCall(let n, _, _): (caseName, hasPayload) = (n, true)
        default: return value
        }
        let candidates = enumTypes.values.filter { type in
            type.decl.enumCases.contains { $0.name == caseName && ($0.labels != nil) == hasPayload }
        }
        guard candidates.count == 1, let type = candidates.first else { return value }
        return try resolveImplicitMember(value, as: type, range: range) ?? value
    }
}
