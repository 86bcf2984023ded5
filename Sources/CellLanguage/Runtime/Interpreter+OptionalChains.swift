import Diagnostics

extension Interpreter {
    /// Evaluates an optional chain's spine: nil when a `?.` link meets nil.
    func evaluateChain(_ e: Expr, frame: Frame) throws -> Value? {
        switch e.kind {
        case .optionalChain(let inner):
            switch try evaluate(inner, frame: frame) {
            case .none: return nil
            case .some(let v): return v
            case let v: return v
            }
        case .member(let base, let name) where base.hasOptionalChain:
            guard let b = try evaluateChain(base, frame: frame) else { return nil }
            return try Members.get(
                name, of: b, range: e.range, baseRange: base.range, interpreter: self)
        case .subscriptAccess(let base, let args) where base.hasOptionalChain:
            guard let b = try evaluateChain(base, frame: frame) else { return nil }
            let indices = try args.map { try evaluate($0.value, frame: frame) }
            if let type = Self.userType(of: b), !type.subscripts(setters: false).isEmpty {
                // `doc["tags"]?[1]` on a type of the cells with `subscript` declarations.
                var me = b
                return try callMethod(
                    type.subscripts(setters: false), receiver: &me, indices,
                    labels: args.map(\.label),
                    argumentRanges: args.map(\.range), literal: args.map(\.value.isNumericLiteral),
                    range: e.range)
            }
            return try Subscripts.get(b, indices, labels: args.map(\.label), range: e.range)
        case .call(let callee, let args) where callee.hasOptionalChain:
            let function: Value
            if case .member(let base, let name) = callee.kind {
                guard let receiver = try evaluateChain(base, frame: frame) else { return nil }
                function = try memberFunction(name, of: receiver, callee: callee, base: base)
            } else {
                guard let f = try evaluateChain(callee, frame: frame) else { return nil }
                function = f
            }
            var values: [Value] = []
            for i in args.indices { values.append(try evaluate(args[i].value, frame: frame)) }
            let site = e.callSite
            return try call(
                function, values, labels: site.labels, argumentRanges: site.ranges,
                literal: site.literal,
                range: e.range, calleeText: callee.text)
        default:
            return try evaluate(e, frame: frame)
        }
    }

    /// The result of an optional chain: wrapped once (an optional stays as it is).
    static func wrapOptional(_ v: Value) -> Value {
        switch v {
        case .some, .none: return v
        default: return .some(v)
        }
    }
}
