import Diagnostics

extension Interpreter {
    /// `[Grade.a, .b]`: implicit members among values of an enum of the cells are that enum's
    /// cases.
    func resolveImplicitMembers(_ values: inout [Value], range: SourceRange) throws {
        guard
            values.contains(where: {
                if case .symbol = $0 { true } else if case .symbolCall = $0 { true } else { false }
            }),
            let type = values.lazy.compactMap({ UserType.enumCase(of: $0)?.type }).first
        else { return }
        for i in values.indices {
            if let resolved = try resolveImplicitMember(values[i], as: type, range: range) {
                values[i] = resolved
            }
        }
    }

    func evaluate(_ e: Expr, frame: Frame) throws -> Value {
        switch e.kind {
        case .intLiteral(let v): return .int(v)
        case .doubleLiteral(let v): return .double(v)
        case .boolLiteral(let v): return .bool(v)
        case .nilLiteral: return .none
        case .stringLiteral(let parts):
            var s = ""
            for part in parts {
                switch part {
                case .text(let t): s += t
                case .interpolation(let x):
                    s += try describe(try evaluate(x, frame: frame), range: x.range)
                }
            }
            return .string(s)
        case .arrayLiteral(let elements):
            var values = try elements.map { try evaluate($0, frame: frame) }
            try resolveImplicitMembers(&values, range: e.range)
            // `[1, 0.5]` is a [Double]: integer literals adapt to their Double neighbours.
            if values.contains(where: { if case .double = $0 { true } else { false } }) {
                for (i, el) in elements.enumerated() where el.isNumericLiteral {
                    if case .int(let v) = values[i] { values[i] = .double(Double(v)) }
                }
            }
            return .array(values)
        case .dictionaryLiteral(let pairs):
            var d: [DictionaryKey: Value] = [:]
            var order: [DictionaryKey] = []
            for (k, v) in pairs {
                let key = try evaluate(k, frame: frame)
                guard let hk = DictionaryKey(key) else {
                    throw RuntimeError(
                        "type '\(key.typeName)' cannot be a dictionary key", at: k.range)
                }
                if d[hk] == nil { order.append(hk) }
                d[hk] = try evaluate(v, frame: frame)
            }
            return .dictionary(d, order: order)
        case .tuple(let elements):
            return .tuple(
                try elements.map { try evaluate($0.value, frame: frame) },
                labels: elements.map(\.label))
        case .name(let binding, let name):
            return try read(binding, name, frame: frame, range: e.range)
        case .binary(let op, let l, let r):
            let lv = try evaluate(l, frame: frame)
            let rv = try evaluate(r, frame: frame)
            return try binaryValue(e, op, l, r, lv, rv)
        case .logical(let isAnd, let l, let r):
            let lv = try truth(l, frame: frame)
            if isAnd ? !lv : lv { return .bool(lv) }
            return .bool(try truth(r, frame: frame))
        case .prefix(let op, let operand):
            let v = try evaluate(operand, frame: frame)
            if Operators.isUserValue(v), let custom = try userPrefixOperator(op, v, range: e.range)
            {
                return custom
            }
            if !builtinExtensions.isEmpty,
                let custom = try extensionOperator(
                    op.rawValue, [v], literal: [false], range: e.range)
            {
                return custom
            }
            return try Operators.prefix(op, v, range: e.range)
        case .ternary(let c, let t, let f):
            return try truth(c, frame: frame)
                ? evaluate(t, frame: frame) : evaluate(f, frame: frame)
        case .range(let lo, let hi, let closed):
            return try makeRange(lo, hi, closed: closed, frame: frame, range: e.range)
        case .call(let callee, let args):
            if let result = try callDirect(callee, args, frame: frame, call: e) { return result }
            return try evaluateCall(callee, args, site: e.callSite, frame: frame, range: e.range)
        case .member(let base, let name):
            if base.hasOptionalChain {
                // `owner.pet?.name.count`: nil as soon as a link is nil, else the result, wrapped.
                guard let v = try evaluateChain(e, frame: frame) else { return .none }
                return Self.wrapOptional(v)
            }
            let b = try evaluate(base, frame: frame)
            return try Members.get(
                name, of: b, range: e.range, baseRange: base.range, interpreter: self)
        case .implicitMember(let name):
            return .symbol(name)
        case .subscriptAccess(let base, let args):
            if base.hasOptionalChain {
                guard let v = try evaluateChain(e, frame: frame) else { return .none }
                return Self.wrapOptional(v)
            }
            let b = try evaluate(base, frame: frame)
            return try subscriptValue(e, args, of: b, frame: frame)
        case .closure(let decl):
            if frame === globals {
                return .function(Function(.user(decl, captured: nil), name: "closure"))
            }
            cycles.track(frame)
            return .function(Function(.user(decl, captured: frame), name: "closure"))
        case .assign(let target, let valueExpr):
            try checkLetRoot(target, frame: frame)
            let v = try evaluate(valueExpr, frame: frame)
            // `n = n * 3 + 1`: a variable holding an Int, Double, String or Bool given another.
            if case .name(let binding, _) = target.kind, replaceSimple(binding, v, frame: frame) {
                return .void
            }
            try assign(target, v, literal: valueExpr.isNumericLiteral, frame: frame)
            return .void
        case .compoundAssign(let op, let target, let valueExpr):
            let rv = try evaluate(valueExpr, frame: frame)
            return try compoundAssign(e, op, target, valueExpr, rv, frame: frame)
        case .forceUnwrap(let inner):
            switch try evaluate(inner, frame: frame) {
            case .some(let v): return v
            case .none:
                throw RuntimeError(
                    "unexpectedly found nil while unwrapping an Optional value", at: e.range)
            case let v:
                throw RuntimeError(
                    "cannot force unwrap value of non-optional type '\(v.typeName)'", at: e.range)
            }
        case .optionalChain(let inner):
            return try evaluate(inner, frame: frame)
        case .nilCoalesce(let l, let r):
            switch try evaluate(l, frame: frame) {
            case .some(let v): return v
            case .none: return try evaluate(r, frame: frame)
            case let v: return v
            }
        case .expectation(let condition, let isRequire, let comment):
            return try evaluateExpectation(
                condition, isRequire: isRequire, comment: comment, frame: frame, range: e.range)
        case .typeCast(let inner, let type, let kind):
            return try cast(
                try evaluate(inner, frame: frame), to: type, kind: kind,
                literal: inner.isNumericLiteral, range: e.range)
        case .oneSidedRange(let boundExpr, let hasLower, let closed):
            switch try evaluate(boundExpr, frame: frame) {
            case .int(let b):
                if hasLower { return .range(b, Int.max) }
                return .range(Int.min, closed ? (b == Int.max ? b : b + 1) : b)
            case .double(let b):
                return hasLower
                    ? .doubleRange(b, .infinity, closed: true)
                    : .doubleRange(-.infinity, b, closed: closed)
            case .object(let b as StringIndex):
                return .object(
                    hasLower
                        ? StringIndexRange(lower: b.offset, upper: nil)
                        : StringIndexRange(lower: nil, upper: closed ? b.offset + 1 : b.offset))
            case let v:
                throw RuntimeError(
                    "cannot form a one-sided range from '\(v.typeName)'", at: e.range)
            }
        case .inoutArgument(let target):
            // Outside a call that writes it back (`swap(&a, &b)` handles its own): the value.
            return try evaluate(target, frame: frame)
        case .keyPath(let names):
            let reader = Builtin("keyPath", [.positional()]) { inv in
                var v = inv.value(0) ?? .void
                for name in names {
                    v = try Members.get(
                        name, of: v, range: inv.callRange, baseRange: inv.callRange,
                        interpreter: inv.interpreter)
                }
                return v
            }
            let function = Function(.builtin([reader]), name: e.text)
            function.keyPath = names
            return .function(function)
        case .switchValue(let subject, let cases):
            return try evaluateSwitch(subject, cases, frame: frame, range: e.range)
        case .discard(let inner):
            _ = try evaluate(inner, frame: frame)
            return .void
        case .tryOptional(let inner):
            do {
                return .some(try evaluate(inner, frame: frame))
            } catch is RuntimeError {
                return .none
            }
        case .superMember(let selfExpr, let superclassExpr, let name):
            let me = try evaluate(selfExpr, frame: frame)
            guard case .userType(let parent) = try evaluate(superclassExpr, frame: frame) else {
                throw RuntimeError("superclass is not a type", at: e.range)
            }
            if name == "init" {
                return .function(
                    Function(.bound(parent.decl.initializers, receiver: me), name: "init"))
            }
            let methods = parent.methods(named: name)
            if !methods.isEmpty {
                return .function(Function(.bound(methods, receiver: me), name: name))
            }
            if let getter = parent.computed(named: name) {
                // `super.description`: the superclass's computed property, not the override.
                var receiver = me
                return try callMethod(
                    [getter], receiver: &receiver, [], labels: [], argumentRanges: [],
                    literal: [], range: e.range)
            }
            return try Members.get(
                name, of: me, range: e.range, baseRange: selfExpr.range, interpreter: self)
        case .conditional(let chain):
            for branch in chain.branches where try conditionsHold(branch.conditions, frame: frame) {
                return try branchValue(branch.body, frame: frame, range: e.range)
            }
            if let elseBody = chain.elseBody {
                return try branchValue(elseBody, frame: frame, range: e.range)
            }
            throw RuntimeError(
                "'if' must have an unconditional 'else' to be used as an expression", at: e.range)
        }
    }

    /// A binary operator applied to its evaluated operands (`l` and `r` are the operand
    /// expressions, for literal typing).
    func binaryValue(
        _ e: Expr, _ op: BinaryOperator, _ l: Expr, _ r: Expr, _ left: Value, _ right: Value
    ) throws -> Value {
        var lv = left
        var rv = right
        // `3 * 2 / x`, `1 / 3 * x` with `x` a Double: the literals are Doubles.
        if case .int = lv, case .double = rv, l.isLiteralArithmetic,
            let d = l.literalDoubleValue
        {
            lv = .double(d)
        } else if case .double = lv, case .int = rv, r.isLiteralArithmetic,
            let d = r.literalDoubleValue
        {
            rv = .double(d)
        }
        if case .double(let a) = lv, case .double(let b) = rv,
            let v = Self.doubleArithmetic(op, a, b)
        {
            return .double(v)
        }
        if case .int(let a) = lv, case .int(let b) = rv {
            return try Operators.ints(op, a, b, range: e.operatorRange ?? e.range)
        }
        return try Operators.apply(
            op, lv, rv, leftLiteral: l.isNumericLiteral, rightLiteral: r.isNumericLiteral,
            range: e.operatorRange ?? e.range, interpreter: self)
    }

    /// `base[args]` with the base evaluated (no optional chain on it).
    func subscriptValue(_ e: Expr, _ args: [Expr.Argument], of b: Value, frame: Frame) throws
        -> Value
    {
        if case .array(let items) = b, args.count == 1, args[0].label == nil {
            // `xs[i]`: the element, without the general subscript's argument list.
            let index = try evaluate(args[0].value, frame: frame)
            if case .int(let i) = index {
                guard i >= 0 && i < items.count else {
                    throw RuntimeError(
                        "index out of range: \(i) is not in 0..<\(items.count)", at: e.range)
                }
                return items[i]
            }
            return try Subscripts.get(b, [index], labels: [nil], range: e.range)
        }
        let indices = try args.map { try evaluate($0.value, frame: frame) }
        return try subscriptValue(e, args, of: b, indices: indices)
    }

    /// `base[args]` with the base and the indices evaluated, past the array fast path.
    func subscriptValue(_ e: Expr, _ args: [Expr.Argument], of b: Value, indices: [Value])
        throws -> Value
    {
        if args.count == 1, args[0].label == "keyPath", case .function = indices[0] {
            return try callClosure(indices[0], [b], range: e.range)  // `item[keyPath: path]`
        }
        if let type = Self.userType(of: b), !type.subscripts(setters: false).isEmpty {
            var me = b
            return try callMethod(
                type.subscripts(setters: false), receiver: &me, indices,
                labels: args.map(\.label),
                argumentRanges: args.map(\.range), literal: args.map(\.value.isNumericLiteral),
                range: e.range)
        }
        if let value = try extensionSubscript(
            b, indices, labels: args.map(\.label), argumentRanges: args.map(\.range),
            literal: args.map(\.value.isNumericLiteral), range: e.range)
        {
            return value
        }
        return try Subscripts.get(b, indices, labels: args.map(\.label), range: e.range)
    }

    /// `target op= value` with the value evaluated.
    func compoundAssign(
        _ e: Expr, _ op: BinaryOperator, _ target: Expr, _ valueExpr: Expr, _ rv: Value,
        frame: Frame
    ) throws -> Value {
        // `s += x` on a Double variable: updated in its slot (the hot path of numeric loops).
        if case .double(let b) = rv, case .name(let binding, _) = target.kind,
            updateDouble(binding, frame: frame, { a in Self.doubleArithmetic(op, a, b) })
        {
            return .void
        }
        // `n += 1` on an Int variable, likewise (an overflow takes the general path, which
        // reports it).
        if case .int(let b) = rv, case .name(let binding, _) = target.kind,
            target.letRoot == nil,
            updateInt(binding, frame: frame, { a in Self.intArithmetic(op, a, b) })
        {
            return .void
        }
        try checkLetRoot(target, frame: frame)
        // `counts[key, default: 0] += 0.5`: the literal default takes the other side's type.
        var defaultIsLiteral = false
        if case .subscriptAccess(_, let args) = target.kind, args.count == 2,
            args[1].label == "default"
        {
            defaultIsLiteral = args[1].value.isNumericLiteral
        }
        try modify(target, frame: frame) { current in
            current = try Operators.apply(
                op, current, rv, leftLiteral: defaultIsLiteral,
                rightLiteral: valueExpr.isNumericLiteral, range: e.operatorRange ?? e.range,
                interpreter: self)
        }
        return .void
    }

    func branchValue(_ body: [Stmt], frame: Frame, range: SourceRange) throws -> Value {
        if body.count == 1, case .throwStmt = body[0].kind {
            _ = try execute(body, frame: frame)
        }
        guard body.count == 1, case .expression(let e) = body[0].kind else {
            throw RuntimeError(
                "each branch of an 'if' expression must be a single expression", at: range)
        }
        return try evaluate(e, frame: frame)
    }

    private func makeRange(_ lo: Expr, _ hi: Expr, closed: Bool, frame: Frame, range: SourceRange)
        throws -> Value
    {
        let l = try evaluate(lo, frame: frame)
        let h = try evaluate(hi, frame: frame)
        switch (l, h) {
        case (.int(let a), .int(let b)):
            let upper: (Int, Bool) = closed ? b.addingReportingOverflow(1) : (b, false)
            if upper.1 {
                throw RuntimeError("range upper bound overflows 'Int'", at: range)
            }
            guard a <= upper.0 else {
                throw RuntimeError(
                    "range requires lowerBound <= upperBound (have \(a) and \(b))", at: range)
            }
            return .range(a, upper.0)
        case (.double(let a), .double(let b)):
            return try doubleRange(a, b, closed: closed, range: range)
        case (.double(let a), .int(let b)) where hi.isNumericLiteral:
            return try doubleRange(a, Double(b), closed: closed, range: range)
        case (.int(let a), .double(let b)) where lo.isNumericLiteral:
            return try doubleRange(Double(a), b, closed: closed, range: range)
        case (.object(let a as StringIndex), .object(let b as StringIndex)):
            return .object(try StringIndexRange.make(a, b, closed: closed, range: range))
        default:
            throw RuntimeError(
                "cannot form a range from '\(l.typeName)' and '\(h.typeName)'", at: range)
        }
    }

    private func doubleRange(_ a: Double, _ b: Double, closed: Bool, range: SourceRange) throws
        -> Value
    {
        guard a <= b else {
            throw RuntimeError(
                "range requires lowerBound <= upperBound (have \(a) and \(b))", at: range)
        }
        return .doubleRange(a, b, closed: closed)
    }

}
