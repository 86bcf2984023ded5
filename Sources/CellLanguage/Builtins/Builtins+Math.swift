import Foundation

extension BuiltinRegistry {
    /// `exp`, `log`, `sqrt`, `pow`, `abs`, `min`, `max`, `tanh` … on Double (Foundation's).
    func registerMath() {
        let unary: [(String, (Double) -> Double)] = [
            ("exp", Foundation.exp), ("log", Foundation.log), ("log2", Foundation.log2), ("log10", Foundation.log10),
            ("sqrt", Foundation.sqrt), ("tanh", Foundation.tanh), ("sinh", Foundation.sinh), ("cosh", Foundation.cosh),
            ("sin", Foundation.sin), ("cos", Foundation.cos), ("tan", Foundation.tan), ("atan", Foundation.atan),
            ("asin", Foundation.asin), ("acos", Foundation.acos), ("floor", Foundation.floor), ("ceil", Foundation.ceil),
            ("round", Foundation.round), ("exp2", Foundation.exp2), ("log1p", Foundation.log1p), ("expm1", Foundation.expm1),
        ]
        for (name, f) in unary {
            function(name, [.positional()]) { inv in .double(f(try inv.double(0))) }
            functions[name]?.last?.unary = { v in if case .double(let d) = v { .double(f(d)) } else { nil } }
        }
        function("pow", [.positional(), .positional()]) { inv in .double(Foundation.pow(try inv.double(0), try inv.double(1))) }
        function("atan2", [.positional(), .positional()]) { inv in .double(Foundation.atan2(try inv.double(0), try inv.double(1))) }
        defer {
            functions["abs"]?.last?.unary = { v in
                switch v {
                case .double(let d): return .double(Swift.abs(d))
                case .int(let i) where i != Int.min: return .int(Swift.abs(i))
                default: return nil
                }
            }
        }
        function("abs", [.positional()]) { inv in
            switch inv.value(0) {
            case .int(let i)?:
                guard i != Int.min else { throw RuntimeError("arithmetic overflow: abs(Int.min)", at: inv.range(0)) }
                return .int(Swift.abs(i))
            default: return .double(Swift.abs(try inv.double(0)))
            }
        }
        for name in ["min", "max"] {
            let better: BinaryOperator = name == "min" ? .less : .greater
            function(name, [.positional(), .positional(), .variadic]) { inv in
                var values = [inv.value(0) ?? .void, inv.value(1) ?? .void] + (try inv.array(2))
                // Integer literals adapt to Double neighbours: max(0, x) with x a Double.
                if values.contains(where: { if case .double = $0 { true } else { false } }) {
                    for i in 0..<2 where inv.literal[i] {
                        if case .int(let n) = values[i] { values[i] = .double(Double(n)) }
                    }
                }
                var best = values[0]
                for v in values.dropFirst() {
                    let r = try Operators.apply(better, v, best, leftLiteral: false, rightLiteral: false,
                                                range: inv.callRange, interpreter: inv.interpreter)
                    if case .bool(true) = r { best = v }
                }
                return best
            }
        }
        types["Double"] = BuiltinType("Double", staticMembers: [
            "pi": .double(Double.pi), "infinity": .double(.infinity), "nan": .double(.nan),
            "greatestFiniteMagnitude": .double(.greatestFiniteMagnitude), "ulpOfOne": .double(.ulpOfOne),
            "leastNonzeroMagnitude": .double(.leastNonzeroMagnitude), "zero": .double(0),
        ])
        types["Int"] = BuiltinType("Int", staticMembers: ["max": .int(Int.max), "min": .int(Int.min), "zero": .int(0)])
        numberMethods["rounded"] = [Builtin("rounded", []) { inv in
            guard case .double(let d) = inv.receiver else { return inv.receiver }
            return .double(d.rounded())
        }, Builtin("rounded", [.positional()]) { inv in
            guard case .double(let d) = inv.receiver else { return inv.receiver }
            let rules: [String: FloatingPointRoundingRule] = [
                "up": .up, "down": .down, "towardZero": .towardZero, "awayFromZero": .awayFromZero,
                "toNearestOrEven": .toNearestOrEven, "toNearestOrAwayFromZero": .toNearestOrAwayFromZero,
            ]
            guard case .symbol(let name)? = inv.value(0), let rule = rules[name] else {
                throw RuntimeError("rounded(_:) takes a rounding rule such as .down or .up", at: inv.range(0))
            }
            return .double(d.rounded(rule))
        }]
        numberMethods["squareRoot"] = [Builtin("squareRoot", []) { inv in
            guard case .double(let d) = inv.receiver else { throw RuntimeError("value of type 'Int' has no member 'squareRoot'", at: inv.callRange) }
            return .double(d.squareRoot())
        }]
        numberMethods["truncatingRemainder"] = [Builtin("truncatingRemainder", [.labeled("dividingBy")]) { inv in
            guard case .double(let d) = inv.receiver else { throw RuntimeError("value of type 'Int' has no member 'truncatingRemainder'", at: inv.callRange) }
            return .double(d.truncatingRemainder(dividingBy: try inv.double(0)))
        }]
        numberMethods["isMultiple"] = [Builtin("isMultiple", [.labeled("of")]) { inv in
            guard case .int(let n) = inv.receiver else { throw RuntimeError("value of type 'Double' has no member 'isMultiple'", at: inv.callRange) }
            return .bool(n.isMultiple(of: try inv.int(0)))
        }]
    }
}
