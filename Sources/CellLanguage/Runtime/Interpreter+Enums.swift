import Diagnostics

/// Enums declared in cells: cases as static members (a case with associated values is a
/// function making the value), raw values, `allCases`, `init(rawValue:)`, and implicit members
/// (`.north`, `.circle(radius: 1)`) resolved where an enum is expected.
extension Interpreter {
    /// Makes the cases of an enum type its static members and computes its raw values.
    func declareEnumCases(_ type: UserType, frame: Frame) throws {
        enumTypes[type.name] = type
        var raws: [Value] = []
        for (index, c) in type.decl.enumCases.enumerated() {
            if let labels = c.labels {
                let parameters = labels.map { BuiltinParameter(label: $0) }
                let types = c.types
                let make = Builtin(c.name, parameters) { inv in
                    var payload: [Value] = []
                    for (i, argument) in inv.arguments.enumerated() {
                        var v = argument ?? .void
                        if i < types.count {
                            v = try inv.interpreter.resolveGenericImplicitMember(
                                v, declared: types[i], range: inv.range(i))
                        }
                        guard i < types.count else {
                            payload.append(v)
                            continue
                        }
                        payload.append(
                            try inv.interpreter.coerce(
                                v, to: types[i], literal: i < inv.literal.count && inv.literal[i],
                                range: inv.range(i),
                                context: "argument type"))
                    }
                    return type.enumValue(index, payload)
                }
                type.staticMembers[c.name] = .function(Function(.builtin([make]), name: c.name))
            } else {
                type.staticMembers[c.name] = type.enumValue(index)
            }
            guard let rawType = type.decl.rawType else { continue }
            var raw: Value
            if let e = c.rawValue {
                raw = try coerce(
                    try evaluate(e, frame: frame), to: rawType, literal: e.isNumericLiteral,
                    range: e.range, context: "raw type")
            } else if case .named("String") = rawType {
                raw = .string(c.name)
            } else if case .named("Int") = rawType {
                // Implicit Int raw values count up from the previous one (0 for the first).
                guard case .int(let previous)? = raws.last ?? .int(-1) else {
                    throw RuntimeError(
                        "enum case '\(c.name)' needs an explicit raw value", at: type.decl.range)
                }
                raw = .int(previous + 1)
            } else {
                throw RuntimeError(
                    "enum case '\(c.name)' needs an explicit raw value", at: type.decl.range)
            }
            if raws.contains(where: {
                (try? valuesEqual($0, raw, literalLeft: false, range: type.decl.range)) == true
            }) {
                throw RuntimeError(
                    "raw value for enum case '\(c.name)' is not unique", at: type.decl.range)
            }
            raws.append(raw)
        }
        type.rawValues = raws
        if type.decl.enumCases.allSatisfy({ $0.labels == nil }) {
            type.staticMembers["allCases"] = .array(
                type.decl.enumCases.indices.map { type.enumValue($0) })
        }
    }

    /// `Direction(rawValue: "north")`: the case with that raw value, or nil.
    func enumFromRawValue(
        _ type: UserType, _ values: [Value], labels: [String?], range: SourceRange
    ) throws -> Value {
        // `compactMap(Move.init(rawValue:))` calls the initializer without its label.
        guard labels == ["rawValue"] || labels == [nil], values.count == 1, !type.rawValues.isEmpty
        else {
            throw RuntimeError(
                "enum '\(type.name)' has no initializer \(type.rawValues.isEmpty ? "(it has no raw type)" : "with these arguments; use init(rawValue:)")",
                at: range)
        }
        for (index, raw) in type.rawValues.enumerated()
        where try valuesEqual(raw, values[0], literalLeft: false, range: range) {
            return .some(type.enumValue(index))
        }
        return .none
    }

    /// An implicit member (`.north`, `.circle(radius: 1)`) as a value of `type`, or nil when
    /// `value` is not one or `type` is not an enum of the cells.
    func resolveImplicitMember(_ value: Value, as type: UserType, range: SourceRange) throws
        -> Value?
    {
        switch value {
        case .symbol(let name):
            guard let member = type.staticMembers[name] else { return nil }
            if case .function = member,
                let c = type.decl.enumCases.first(where: { $0.name == name }), c.labels != nil
            {
                return nil
            }
            return member
        case .symbolCall(let name, let args, let labels):
            guard let member = type.staticMembers[name] else { return nil }
            // The arguments were evaluated before the case was known: an Int among them was
            // written as a literal where the case takes a Double (`.number(2)`).
            return try call(
                member, args, labels: labels, argumentRanges: args.map { _ in range },
                literal: args.map { if case .int = $0 { true } else { false } }, range: range,
                calleeText: name)
        default:
            return nil
        }
    }

    /// Whether an enum value is the case named `name` (for `==` with an implicit member).
    static func enumValue(_ value: Value, isCase name: String, payload: [Value]?) -> Bool? {
        guard let (type, index, _) = UserType.enumCase(of: value) else { return nil }
        return type.decl.enumCases[index].name == name
            && (payload == nil || payload?.isEmpty == true)
    }

    /// How Swift prints an enum value: `north`, `circle(radius: 1.0)`, `square(4.0)`.
    static func describeEnum(_ type: UserType, _ index: Int, _ payload: [Value]) -> String {
        let c = type.decl.enumCases[index]
        guard let labels = c.labels, !payload.isEmpty else { return c.name }
        return c.name + "("
            + zip(payload, labels).map { v, l in
                (l.map { "\($0): " } ?? "") + Formatter.debugDescribe(v)
            }
            .joined(separator: ", ") + ")"
    }
}
