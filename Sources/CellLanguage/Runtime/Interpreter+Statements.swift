import Diagnostics

extension Interpreter {
    /// Runs the statements of one block (lowering has hoisted its function declarations).
    func execute(_ statements: [Stmt], frame: Frame) throws -> Flow {
        for i in statements.indices {
            let s = statements[i]
            if s.isDefer {
                return try executeDeferring(statements[i...], frame: frame)
            }
            let flow = try execute(s, frame: frame)
            if case .normal = flow { continue }
            return flow
        }
        return .normal
    }

    /// Runs statements from a `defer`: each `defer` body runs when the block is left, however
    /// it is left, the last registered first.
    private func executeDeferring(_ statements: ArraySlice<Stmt>, frame: Frame) throws -> Flow {
        var deferred: [[Stmt]] = []
        var flow = Flow.normal
        do {
            for s in statements {
                if case .deferStmt(let body) = s.kind {
                    deferred.append(body)
                    continue
                }
                flow = try execute(s, frame: frame)
                if case .normal = flow { continue }
                break
            }
        } catch {
            for body in deferred.reversed() { _ = try execute(body, frame: frame) }
            throw error
        }
        for body in deferred.reversed() { _ = try execute(body, frame: frame) }
        return flow
    }

    func execute(_ s: Stmt, frame: Frame) throws -> Flow {
        switch s.kind {
        case .expression(let e):
            _ = try evaluate(e, frame: frame)
            return .normal
        case .variable(let pattern, let type, let initializer):
            guard let initializer else {
                // `var x: Double?` starts as nil, as in Swift.
                if let type, type.isOptional {
                    try bind(pattern, .none, frame: frame, range: s.range)
                }
                return .normal
            }
            var value = try evaluate(initializer, frame: frame)
            if let type {
                value = try coerce(
                    value, to: type, literal: initializer.isNumericLiteral,
                    range: initializer.range, context: "specified type")
            }
            try bind(pattern, value, frame: frame, range: s.range)
            return .normal
        case .function(let decl, let binding):
            let captured: Frame? = frame === globals ? nil : frame
            if let captured { cycles.track(captured) }
            withStorage(binding, frame: frame) {
                if decl.isOverloaded, case .function(let existing) = $0, existing.name == decl.name
                {
                    $0 = .function(Function.overloading(existing, with: decl, captured: captured))
                } else {
                    $0 = .function(Function(.user(decl, captured: captured), name: decl.name))
                }
            }
            return .normal
        case .type(let decl, let binding):
            try declareType(decl, binding: binding, frame: frame)
            return .normal
        case .ifChain(let chain):
            for branch in chain.branches {
                if try conditionsHold(branch.conditions, frame: frame) {
                    return try execute(branch.body, frame: frame)
                }
            }
            if let elseBody = chain.elseBody { return try execute(elseBody, frame: frame) }
            return .normal
        case .guardStmt(let conditions, let body):
            if try conditionsHold(conditions, frame: frame) { return .normal }
            return try execute(body, frame: frame)
        case .whileLoop(let conditions, let body, let label):
            while try conditionsHold(conditions, frame: frame) {
                try tick(s.range)
                if let exit = try execute(body, frame: frame).loopExit(label) { return exit }
            }
            return .normal
        case .repeatWhile(let body, let condition, let label):
            repeat {
                try tick(s.range)
                if let exit = try execute(body, frame: frame).loopExit(label) { return exit }
            } while try truth(condition, frame: frame)
            return .normal
        case .forIn(
            let pattern, let sequenceExpr, let whereClause, let body, let label, let iterationFrame):
            return try executeFor(
                pattern, sequenceExpr, whereClause, body, label, iterationFrame: iterationFrame,
                frame: frame, range: s.range)
        case .switchStmt(let subject, let cases):
            return try executeSwitch(subject, cases, frame: frame)
        case .returnStmt(let e):
            return .returnValue(try e.map { try evaluate($0, frame: frame) } ?? .void)
        case .breakStmt(let label): return .breakLoop(label)
        case .continueStmt(let label): return .continueLoop(label)
        case .fallthroughStmt: return .fallthroughCase
        case .block(let body): return try execute(body, frame: frame)
        case .throwStmt(let e):
            let value = try evaluate(e, frame: frame)
            throw RuntimeError(
                "error thrown and not caught: \(Formatter.describe(value))", at: s.range,
                thrown: value)
        case .doCatch(let body, let catches):
            do {
                return try execute(body, frame: frame)
            } catch let error as RuntimeError {
                guard let thrown = error.thrown else { throw error }
                for clause in catches {
                    var matched = clause.patterns.isEmpty
                    for p in clause.patterns where !matched {
                        matched = try matches(p, thrown, frame: frame, subjectRange: s.range)
                    }
                    if matched, let g = clause.guardExpr, try !truth(g, frame: frame) {
                        matched = false
                    }
                    guard matched else { continue }
                    if let binding = clause.errorBinding {
                        try bind(binding, thrown, frame: frame, range: s.range)
                    }
                    return try execute(clause.body, frame: frame)
                }
                throw error
            }
        case .extensionDecl(let members, let type):
            try declareExtension(members, type: type, frame: frame)
            return .normal
        case .deferStmt(let body):
            // Reached only through `execute(_:frame:)` of a block, which defers it.
            _ = body
            return .normal
        }
    }

    func truth(_ e: Expr, frame: Frame) throws -> Bool {
        let v = try evaluate(e, frame: frame)
        guard case .bool(let b) = v else {
            throw RuntimeError(
                "cannot convert value of type '\(v.typeName)' to expected condition type 'Bool'",
                at: e.range)
        }
        return b
    }

    func conditionsHold(_ conditions: [Condition], frame: Frame) throws -> Bool {
        for c in conditions {
            switch c {
            case .boolean(let e):
                if try !truth(e, frame: frame) { return false }
            case .optionalBinding(let pattern, let e):
                switch try evaluate(e, frame: frame) {
                case .none: return false
                case .some(let wrapped): try bind(pattern, wrapped, frame: frame, range: e.range)
                case let other:
                    throw RuntimeError(
                        "initializer for conditional binding must have Optional type, not '\(other.typeName)'",
                        at: e.range)
                }
            case .pattern(let pattern, let e):
                if try !matches(
                    pattern, try evaluate(e, frame: frame), frame: frame, subjectRange: e.range)
                {
                    return false
                }
            }
        }
        return true
    }

    private func executeFor(
        _ pattern: Pattern, _ sequenceExpr: Expr, _ whereClause: Expr?, _ body: [Stmt],
        _ label: String?,
        iterationFrame: Int?, frame outer: Frame, range: SourceRange
    ) throws -> Flow {
        let sequence = try evaluate(sequenceExpr, frame: outer)
        return try executeFor(
            pattern, over: sequence, sequenceExpr, whereClause, body, label,
            iterationFrame: iterationFrame, frame: outer, range: range)
    }

    /// A `for` loop over its evaluated sequence.
    func executeFor(
        _ pattern: Pattern, over sequence: Value, _ sequenceExpr: Expr, _ whereClause: Expr?,
        _ body: [Stmt], _ label: String?, iterationFrame: Int?, frame outer: Frame,
        range: SourceRange
    ) throws -> Flow {
        // The last iteration's frame, emptied and used again when nothing kept it.
        var spare: Frame?
        // One iteration; returns nil to go on, or the flow that leaves the loop.
        func iterate(_ element: Value) throws -> Flow? {
            try tick(range)
            let frame: Frame
            if let size = iterationFrame {
                if spare != nil, isKnownUniquelyReferenced(&spare), let f = spare {
                    for i in f.slots.indices { f.slots[i] = .void }
                    frame = f
                } else {
                    frame = Frame(size: size, parent: outer)
                    spare = frame
                }
            } else {
                frame = outer
            }
            try bind(pattern, element, frame: frame, range: sequenceExpr.range)
            if let w = whereClause, try !truth(w, frame: frame) { return nil }
            return try execute(body, frame: frame).loopExit(label)
        }
        switch sequence {
        case .range(let lower, let upper):
            var i = lower
            while i < upper {
                if let flow = try iterate(.int(i)) { return flow }
                i += 1
            }
        case .array(let elements):
            for e in elements { if let flow = try iterate(e) { return flow } }
        case .object(let set as SetBox):
            for e in set.elements { if let flow = try iterate(e) { return flow } }
        case .string(let s):
            for c in s { if let flow = try iterate(.string(String(c))) { return flow } }
        case .dictionary(let d, let order):
            for k in order {
                if let v = d[k],
                    let flow = try iterate(.tuple([k.value, v], labels: ["key", "value"]))
                {
                    return flow
                }
            }
        default:
            // A cells' `Sequence` or an `AnyIterator`: `next()` until it returns nil.
            guard var iterator = try makeIterator(sequence, range: sequenceExpr.range) else {
                throw RuntimeError(
                    "for-in loop requires '\(sequence.typeName)' to conform to 'Sequence'",
                    at: sequenceExpr.range)
            }
            while let element = try next(&iterator, range: sequenceExpr.range) {
                if let flow = try iterate(element) { return flow }
            }
        }
        return .normal
    }

    /// An Int or Double as a Double.
    static func number(_ v: Value) throws -> Double? {
        switch v {
        case .int(let n): return Double(n)
        case .double(let d): return d
        default: return nil
        }
    }

    /// The value inside an optional (`case .north?` style matching on optionals).
    static func unwrapped(_ v: Value) -> Value {
        if case .some(let w) = v { return w }
        return v
    }

    /// `switch` as an expression: the value of the first matching case's expression.
    func evaluateSwitch(
        _ subjectExpr: Expr, _ cases: [SwitchCase], frame: Frame, range: SourceRange
    ) throws -> Value {
        let subject = try evaluate(subjectExpr, frame: frame)
        for c in cases {
            var matched = c.patterns.isEmpty
            for p in c.patterns where !matched {
                matched = try matches(p, subject, frame: frame, subjectRange: subjectExpr.range)
            }
            if matched, let g = c.guardExpr, try !truth(g, frame: frame) { matched = false }
            if matched { return try branchValue(c.body, frame: frame, range: c.range) }
        }
        throw RuntimeError(
            "no case of the 'switch' matched \(Formatter.describe(subject))", at: range)
    }

    private func executeSwitch(_ subjectExpr: Expr, _ cases: [SwitchCase], frame: Frame) throws
        -> Flow
    {
        let subject = try evaluate(subjectExpr, frame: frame)
        var falling = false
        for c in cases {
            var matched = c.patterns.isEmpty || falling
            for p in c.patterns where !matched {
                matched = try matches(p, subject, frame: frame, subjectRange: subjectExpr.range)
            }
            if matched, !falling, let g = c.guardExpr, try !truth(g, frame: frame) {
                matched = false
            }
            guard matched else { continue }
            switch try execute(c.body, frame: frame) {
            case .breakLoop(nil): return .normal
            case .fallthroughCase: falling = true
            case let flow: return flow
            }
        }
        return .normal
    }

    func matches(_ pattern: CasePattern, _ value: Value, frame: Frame, subjectRange: SourceRange)
        throws -> Bool
    {
        switch pattern {
        case .wildcard: return true
        case .binding(let p):
            try bind(p, value, frame: frame, range: subjectRange)
            return true
        case .tuple(let patterns):
            guard case .tuple(let values, _) = value, values.count == patterns.count else {
                return false
            }
            for (p, v) in zip(patterns, values)
            where try !matches(p, v, frame: frame, subjectRange: subjectRange) {
                return false
            }
            return true
        case .isType(let type):
            return Self.value(value, is: type) || conforms(value, to: type)
        case .optionalSome(let inner):
            guard case .some(let wrapped) = value else { return false }
            return try matches(inner, wrapped, frame: frame, subjectRange: subjectRange)
        case .cast(let inner, let type):
            guard Self.value(value, is: type) || conforms(value, to: type) else { return false }
            return try matches(inner, value, frame: frame, subjectRange: subjectRange)
        case .enumCase("some", let subpatterns?)
        where subpatterns.count == 1 && UserType.enumCase(of: value) == nil:
            // `case .some(let n)` over an Optional.
            switch value {
            case .none: return false
            case .some(let wrapped):
                return try matches(
                    subpatterns[0], wrapped, frame: frame, subjectRange: subjectRange)
            default:
                return try matches(subpatterns[0], value, frame: frame, subjectRange: subjectRange)
            }
        case .enumCase(let name, let subpatterns):
            guard
                let (type, index, payload) = UserType.enumCase(of: value)
                    ?? UserType.enumCase(of: Self.unwrapped(value)),
                type.decl.enumCases[index].name == name
            else { return false }
            guard let subpatterns else { return true }
            if subpatterns.count == payload.count {
                for (p, v) in zip(subpatterns, payload)
                where try !matches(p, v, frame: frame, subjectRange: subjectRange) {
                    return false
                }
                return true
            }
            if subpatterns.count == 1 {
                // `case .rectangle(let size)` binds all the values as one tuple.
                let labels = type.decl.enumCases[index].labels ?? []
                return try matches(
                    subpatterns[0], .tuple(payload, labels: labels), frame: frame,
                    subjectRange: subjectRange)
            }
            return false
        case .expression(let e):
            if case .string(let x) = value, case .range(let lo, let hi, let closed) = e.kind,
                case .string(let a) = try evaluate(lo, frame: frame),
                case .string(let b) = try evaluate(hi, frame: frame)
            {
                // `case "0"..."9"`: a range of characters.
                return x >= a && (closed ? x <= b : x < b)
            }
            if case .double(let x) = value {
                // `case 80..<90`, `case 90...` against a Double: the literal bounds are Doubles.
                switch e.kind {
                case .range(let lo, let hi, let closed):
                    let a = try Self.number(try evaluate(lo, frame: frame))
                    let b = try Self.number(try evaluate(hi, frame: frame))
                    if let a, let b { return x >= a && (closed ? x <= b : x < b) }
                case .oneSidedRange(let bound, let hasLower, let closed):
                    if let b = try Self.number(try evaluate(bound, frame: frame)) {
                        return hasLower ? x >= b : (closed ? x <= b : x < b)
                    }
                default: break
                }
            }
            let candidate = try evaluate(e, frame: frame)
            switch (candidate, value) {
            case (.function(let f), .structValue):
                // `catch ShippingError.tooHeavy`: a case with associated values, whatever they are.
                if let (type, index, _) = UserType.enumCase(of: value),
                    type.decl.enumCases[index].name == f.name,
                    case .function(let made)? = type.staticMembers[f.name], made === f
                {
                    return true
                }
                return false
            case (.range(let lo, let hi), .int(let x)): return x >= lo && x < hi
            case (.doubleRange(let lo, let hi, let closed), .double(let x)):
                return x >= lo && (closed ? x <= hi : x < hi)
            default:
                return try valuesEqual(
                    candidate, value, literalLeft: e.isNumericLiteral, range: e.range)
            }
        }
    }
}
