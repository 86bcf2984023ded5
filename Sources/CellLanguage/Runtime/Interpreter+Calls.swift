import Diagnostics

extension Interpreter {
    /// The default implementation of the mutating method `name` that a protocol the type
    /// conforms to gives it in an extension.
    func protocolMutatingMethod(_ name: String, of type: UserType, labels: [String?])
        -> FunctionDecl?
    {
        var seen: Set<String> = []
        var pending = type.decl.conformances
        while let p = pending.popLast() {
            guard seen.insert(p).inserted, let decl = protocolDecls[p] else { continue }
            if decl.mutatingMethods.contains(name),
                let method = decl.methods[name]?.first(where: {
                    ArgumentMatcher.match(labels: labels, parameters: $0.matcherParameters) != nil
                })
            {
                return method
            }
            pending += decl.conformances
        }
        return nil
    }

    /// Whether calling the mutating method `name` on `receiver` changes a value (an error on a
    /// `let`), rather than an object that a `let` only refers to.
    func isValueReceiver(_ receiver: Value, mutating name: String) -> Bool {
        switch receiver {
        case .structValue(let type, _): return type.isMutating(name)
        case .array, .dictionary, .string, .tuple, .int, .double, .bool: return true
        // A Set, a SearchSpace.
        case .object: return registry.mutatingMethods(for: receiver)[name] != nil
        default: return false
        }
    }

    func evaluateCall(
        _ callee: Expr, _ args: [Expr.Argument], site: CallSite, frame: Frame, range: SourceRange
    ) throws -> Value {
        // A mutating method on storage (`xs.append(1)`, `point.moveRight(1)`) works in place on
        // that storage; the storage is reached (and its indices evaluated) once.
        if case .member(let base, let name) = callee.kind, isStorage(base),
            registry.mutatingNames.contains(name) || structMutatingNames.contains(name)
        {
            let values = try args.map { try evaluate($0.value, frame: frame) }
            // Through an optional chain that meets nil, the call does not happen: nil.
            var result = base.hasOptionalChain ? Value.none : Value.void
            var results: [Int: Value] = [:]
            try modify(base, frame: frame) { receiver in
                if let root = callee.letRoot, isValueReceiver(receiver, mutating: name) {
                    throw RuntimeError(
                        "cannot use mutating member on immutable value: '\(root)' is a 'let' constant",
                        at: callee.range)
                }
                if case .instance(let instance) = receiver,
                    !instance.type.methods(named: name).isEmpty
                {
                    result = try withUnsafeMutablePointer(to: &results) { pointer in
                        try callMethod(
                            instance.type.methods(named: name), receiver: &receiver, values,
                            labels: site.labels, argumentRanges: site.ranges, literal: site.literal,
                            range: range, inoutResults: site.hasInout ? pointer : nil)
                    }
                } else if case .structValue(let type, _) = receiver,
                    !type.methods(named: name).contains(where: {
                        ArgumentMatcher.match(labels: site.labels, parameters: $0.matcherParameters)
                            != nil
                    }),
                    let method = protocolMutatingMethod(name, of: type, labels: site.labels)
                {
                    // A `mutating func` a protocol extension gives the struct by default.
                    result = try withUnsafeMutablePointer(to: &results) { pointer in
                        try callMethod(
                            [method], receiver: &receiver, values, labels: site.labels,
                            argumentRanges: site.ranges, literal: site.literal, range: range,
                            inoutResults: site.hasInout ? pointer : nil)
                    }
                } else if case .structValue(let type, _) = receiver, type.isMutating(name) {
                    result = try withUnsafeMutablePointer(to: &results) { pointer in
                        try callMethod(
                            type.methods(named: name), receiver: &receiver, values,
                            labels: site.labels,
                            argumentRanges: site.ranges, literal: site.literal, range: range,
                            inoutResults: site.hasInout ? pointer : nil)
                    }
                } else {
                    result = try Members.callMutating(
                        name, on: &receiver, arguments: values, labels: site.labels,
                        argumentRanges: site.ranges, range: range, interpreter: self)
                }
            }
            try writeBack(results, args, frame: frame)
            return result
        }
        if callee.hasOptionalChain {
            // `words?.map { … }`: the call happens only when every link has a value.
            let e = Expr(.call(callee, args), range: range, text: callee.text)
            guard let v = try evaluateChain(e, frame: frame) else { return .none }
            return Self.wrapOptional(v)
        }
        let function: Value
        if case .member(let base, let name) = callee.kind {
            function = try memberFunction(
                name, of: try evaluate(base, frame: frame), callee: callee, base: base,
                labels: site.labels)
        } else {
            function = try evaluate(callee, frame: frame)
        }
        // Shortcut for built-ins of one unlabeled argument on the common types (`Double(i)`);
        // the argument is evaluated once whichever path the call then takes.
        if args.count == 1, args[0].label == nil, let unary = Self.unaryShortcut(function) {
            let argument = try evaluate(args[0].value, frame: frame)
            if let result = unary(argument) { return result }
            return try call(
                function, [argument], labels: site.labels, argumentRanges: site.ranges,
                literal: site.literal, range: range, calleeText: callee.text)
        }
        if let result = try runDirect(function, args, site: site, frame: frame, range: range) {
            return result
        }
        var values: [Value] = []
        values.reserveCapacity(args.count)
        for i in args.indices { values.append(try evaluate(args[i].value, frame: frame)) }
        if site.hasInout {
            return try callWritingBack(
                function, args, values, site: site, frame: frame, range: range,
                calleeText: callee.text)
        }
        return try call(
            function, values, labels: site.labels, argumentRanges: site.ranges,
            literal: site.literal, range: range, calleeText: callee.text)
    }

    /// The overload a call selects: the labels must fit; among those that fit, the one whose
    /// parameter types the arguments already have (an Int argument picks `(_ x: Int)` over
    /// `(_ x: Double)`, as an integer literal does in Swift).
    /// An implicit member passed to a parameter of type `Self`: a case or static member of
    /// the receiver's type.
    func resolveSelfTyped(_ value: Value, _ type: UserType, range: SourceRange) throws -> Value? {
        guard Self.takesTypeFromContext(value) else { return nil }
        return try coerce(
            value, to: .named(type.name), literal: false, range: range, context: "argument type")
    }

    /// Whether a value is an implicit member (`.pawn`) or a collection that may hold some,
    /// which only the declared type it meets can resolve.
    static func takesTypeFromContext(_ v: Value) -> Bool {
        switch v {
        case .symbol, .symbolCall: return true
        case .array(let items): return items.first.map(takesTypeFromContext) ?? false
        case .dictionary(let d, _): return d.values.first.map(takesTypeFromContext) ?? false
        default: return false
        }
    }

    /// How well the argument values fit a function's parameter types (higher is better), or
    /// nil when one cannot be passed: overloads by parameter type (`describe(_: Book)` and
    /// `describe(_: [Book])`) are told apart by the values they are called with.
    func overloadScore(_ decl: FunctionDecl, _ mapping: [[Int]], _ values: [Value]) -> Int? {
        var total = 0
        for (i, taken) in mapping.enumerated() where i < decl.parameters.count {
            let parameter = decl.parameters[i]
            for a in taken where a < values.count {
                guard
                    let s = typeScore(
                        values[a], parameter.isVariadic ? parameter.type : parameter.type)
                else {
                    return nil
                }
                total += s
            }
        }
        return total
    }

    /// How well a value fits a declared type: 2 exactly, 1 possibly, nil not at all.
    func typeScore(_ v: Value, _ type: TypeName?) -> Int? {
        guard let type else { return 1 }
        switch (type, v) {
        case (.named("Int"), .int), (.named("Double"), .double), (.named("Float"), .double),
            (.named("String"), .string), (.named("Character"), .string), (.named("Bool"), .bool):
            return 2
        case (.named("Double"), .int), (.named("Float"), .int):
            return 0  // an integer literal may become a Double
        case (.named("Int"), _), (.named("Double"), _), (.named("Float"), _), (.named("String"), _),
            (.named("Bool"), _), (.named("Character"), _):
            return nil
        case (.named(let n), _):
            guard let declared = userTypes[n] ?? enumTypes[n] else { return 1 }
            switch v {
            case .structValue(let t, _): return t.isSubtype(of: declared) ? 2 : nil
            case .instance(let i): return i.type.isSubtype(of: declared) ? 2 : nil
            case .symbol, .symbolCall: return 1
            default: return nil
            }
        case (.optional, .none): return 1
        case (.optional(let wrapped), .some(let w)): return typeScore(w, wrapped)
        case (.optional(let wrapped), _): return typeScore(v, wrapped).map { max(0, $0 - 1) }
        case (.array(let element), .array(let items)):
            return items.first.map { typeScore($0, element) } ?? 1
        case (.array, .range): return 1
        case (.array, _): return nil
        case (.dictionary, .dictionary), (.tuple, .tuple), (.function, .function): return 2
        case (.dictionary, _), (.tuple, _): return nil
        default: return 1
        }
    }

    func selectOverload(
        _ list: [(decl: FunctionDecl, captured: Frame?)], _ values: [Value], labels: [String?],
        argumentRanges: [SourceRange], range: SourceRange
    ) throws -> (decl: FunctionDecl, captured: Frame?) {
        var best: (score: Int, index: Int)?
        var fallback: Int?
        for (index, entry) in list.enumerated() {
            guard
                let mapping = ArgumentMatcher.match(
                    labels: labels, parameters: entry.decl.matcherParameters)
            else { continue }
            if fallback == nil { fallback = index }
            guard let score = overloadScore(entry.decl, mapping, values) else { continue }
            if best.map({ score > $0.score }) ?? true { best = (score, index) }
        }
        if best == nil, let fallback { best = (0, fallback) }
        guard let best else {
            let names = list.map { $0.decl.fullName }.joined(separator: ", ")
            let have = "(" + labels.map { ($0 ?? "_") + ":" }.joined() + ")"
            throw RuntimeError(
                "no '\(list.first?.decl.name ?? "")' takes the arguments \(have); candidates: \(names)",
                at: range)
        }
        return list[best.index]
    }

    /// A call with `&storage` arguments: the `inout` parameters' final values are written back
    /// to that storage after the call (Swift's copy-in copy-out).
    private func callWritingBack(
        _ function: Value, _ args: [Expr.Argument], _ values: [Value], site: CallSite,
        frame: Frame, range: SourceRange, calleeText: String
    ) throws -> Value {
        var results: [Int: Value] = [:]
        var result: Value = .void
        switch function {
        case .function(let f):
            switch f.body {
            case .user(let decl, let captured):
                result = try callUser(
                    decl, captured: captured, values, labels: site.labels,
                    argumentRanges: site.ranges,
                    literal: site.literal, range: range, inoutResults: &results)
            case .bound(let methods, let receiver):
                var me = receiver
                result = try callMethod(
                    methods, receiver: &me, values, labels: site.labels,
                    argumentRanges: site.ranges,
                    literal: site.literal, range: range, inoutResults: &results)
            case .overloads(let list):
                let chosen = try selectOverload(
                    list, values, labels: site.labels, argumentRanges: site.ranges, range: range)
                result = try callUser(
                    chosen.decl, captured: chosen.captured, values, labels: site.labels,
                    argumentRanges: site.ranges, literal: site.literal, range: range,
                    inoutResults: &results)
            case .builtin where f.name == "swap" && values.count == 2:
                results = [0: values[1], 1: values[0]]
            default:
                result = try call(
                    function, values, labels: site.labels, argumentRanges: site.ranges,
                    literal: site.literal, range: range, calleeText: calleeText)
            }
        default:
            result = try call(
                function, values, labels: site.labels, argumentRanges: site.ranges,
                literal: site.literal, range: range, calleeText: calleeText)
        }
        try writeBack(results, args, frame: frame)
        return result
    }

    /// Writes the final values of `inout` parameters to the `&storage` arguments.
    private func writeBack(_ results: [Int: Value], _ args: [Expr.Argument], frame: Frame) throws {
        for (a, value) in results.sorted(by: { $0.key < $1.key }) {
            guard case .inoutArgument(let target) = args[a].value.kind else { continue }
            try assign(target, value, literal: false, frame: frame)
        }
    }

    /// The one-argument shortcut of a built-in function or type initializer, if it has one.
    static func unaryShortcut(_ function: Value) -> ((Value) -> Value?)? {
        switch function {
        case .function(let f):
            if case .builtin(let overloads) = f.body, overloads.count == 1 {
                return overloads[0].unary
            }
            return nil
        case .type(let t): return t.initializers.first?.unary
        default: return nil
        }
    }

    /// The callable `receiver.name`: a call prefers a method over a property of the same name
    /// (`xs.first(where:)`).
    func memberFunction(
        _ name: String, of receiver: Value, callee: Expr, base: Expr, labels: [String?]? = nil
    ) throws -> Value {
        if !builtinExtensions.isEmpty, let labels,
            let added = builtinExtensions[Self.extensionTypeName(receiver)]?.methods[name],
            added.contains(where: {
                ArgumentMatcher.match(labels: labels, parameters: $0.matcherParameters) != nil
            })
        {
            // An extension's method of a built-in type, where its labels fit (`x.rounded(to: 2)`).
            return .function(Function(.bound(added, receiver: receiver), name: name))
        }
        if let methods = registry.methods(for: receiver)[name], userMemberIsAbsent(name, receiver) {
            return .function(Function(.method(methods, receiver: receiver), name: name))
        }
        return try Members.get(
            name, of: receiver, range: callee.range, baseRange: base.range, interpreter: self)
    }

    private func userMemberIsAbsent(_ name: String, _ receiver: Value) -> Bool {
        switch receiver {
        case .structValue, .instance, .userType: return false
        default: return true
        }
    }

    private func isStorage(_ e: Expr) -> Bool {
        switch e.kind {
        case .name(.builtin, _): return false
        case .name: return true
        case .subscriptAccess(let b, _), .member(let b, _), .optionalChain(let b),
            .forceUnwrap(let b):
            return isStorage(b)
        default: return false
        }
    }

    /// Calls any callable value with Swift's argument-label rules.
    func call(
        _ callee: Value, _ values: [Value], labels: [String?], argumentRanges: [SourceRange],
        literal: [Bool], range: SourceRange, calleeText: String
    ) throws -> Value {
        switch callee {
        case .function(let f):
            switch f.body {
            case .user(let decl, let captured):
                return try callUser(
                    decl, captured: captured, values, labels: labels,
                    argumentRanges: argumentRanges,
                    literal: literal, range: range)
            case .builtin(let overloads):
                return try callBuiltin(
                    overloads, receiver: .void, values, labels: labels,
                    argumentRanges: argumentRanges, literal: literal, range: range)
            case .method(let overloads, let receiver):
                return try callBuiltin(
                    overloads, receiver: receiver, values, labels: labels,
                    argumentRanges: argumentRanges, literal: literal, range: range)
            case .bound(let methods, let receiver):
                var me = receiver
                return try callMethod(
                    methods, receiver: &me, values, labels: labels, argumentRanges: argumentRanges,
                    literal: literal, range: range)
            case .overloads(let list):
                let chosen = try selectOverload(
                    list, values, labels: labels, argumentRanges: argumentRanges, range: range)
                return try callUser(
                    chosen.decl, captured: chosen.captured, values, labels: labels,
                    argumentRanges: argumentRanges, literal: literal, range: range)
            }
        case .symbol(let name):
            return .symbolCall(name, values, labels: labels)
        case .userType(let type):
            return try construct(
                type, values, labels: labels, argumentRanges: argumentRanges, literal: literal,
                range: range)
        case .type(let t):
            return try callBuiltin(
                t.initializers, receiver: callee, values, labels: labels,
                argumentRanges: argumentRanges, literal: literal, range: range)
        case .instance(let instance):
            // A subclass of the engine's Layer or Model, called on data (`model(x)`).
            if let engine = try engineObject(of: instance, range: range),
                let overloads = registry.callOverloads(for: engine)
            {
                return try callBuiltin(
                    overloads, receiver: engine, values, labels: labels,
                    argumentRanges: argumentRanges, literal: literal, range: range)
            }
            throw RuntimeError(
                "cannot call value of non-function type '\(callee.typeName)'", at: range)
        case .object:
            // Engine objects that can be called (`Dense(30)(input)`, `loss(yTrue, yPred)`).
            if let overloads = registry.callOverloads(for: callee) {
                return try callBuiltin(
                    overloads, receiver: callee, values, labels: labels,
                    argumentRanges: argumentRanges, literal: literal, range: range)
            }
            throw RuntimeError(
                "cannot call value of non-function type '\(callee.typeName)'", at: range)
        default:
            throw RuntimeError(
                "cannot call value of non-function type '\(callee.typeName)'", at: range)
        }
    }

    /// Calls `f(&accumulator, element)` for `reduce(into:_:)` and returns the accumulator as
    /// the closure left it.
    func callAccumulating(_ f: Value, _ accumulator: Value, _ element: Value, range: SourceRange)
        throws -> Value
    {
        guard case .function(let function) = f, case .user(let decl, let captured) = function.body,
            decl.hasInout
        else {
            _ = try callClosure(f, [accumulator, element], range: range)
            return accumulator
        }
        var results: [Int: Value] = [:]
        _ = try callUser(
            decl, captured: captured, [accumulator, element], labels: [nil, nil],
            argumentRanges: [range, range], literal: [false, false], range: range,
            inoutResults: &results)
        return results[0] ?? accumulator
    }

    /// `f(x, by: y)` where `f` names a function of the cells that takes these arguments as
    /// written (``FunctionDecl/takesDirectCall``): the arguments are evaluated straight into a
    /// spare frame's slots. Nil when the call needs the general path.
    @inline(__always)
    func callDirect(
        _ callee: Expr, _ args: [Expr.Argument], frame: Frame, call e: Expr
    ) throws -> Value? {
        guard case .name(let binding, _) = callee.kind else { return nil }
        let function: Value
        switch binding {
        case .global(let i): function = globals.slots[i]
        case .local(let depth, let slot):
            function = depth == 0 ? frame.slots[slot] : frame.ancestor(depth).slots[slot]
        case .builtin: return nil
        }
        return try runDirect(function, args, site: e.callSite, frame: frame, range: e.range)
    }

    /// Calls `function` when it is a function of the cells that takes `args` as written, one
    /// argument per parameter with its label (``FunctionDecl/takesDirectCall``): the arguments
    /// go straight into a spare frame's slots. Nil when the call needs the general path.
    @inline(__always)
    func runDirect(
        _ function: Value, _ args: [Expr.Argument], site: CallSite, frame: Frame,
        range: SourceRange
    ) throws -> Value? {
        guard case .function(let f) = function, case .user(let decl, let captured) = f.body,
            decl.takesDirectCall, args.count == decl.parameters.count, !site.hasInout,
            decl.isClosure || decl.labels == site.labels
        else { return nil }
        var callee = takeFrame(decl.frameSize, parent: captured)
        defer { recycle(&callee) }
        let slots = decl.parameterSlots
        for i in args.indices {
            callee.slots[slots[i]] = try evaluate(args[i].value, frame: frame)
        }
        try coerceArguments(decl, callee, literal: site.literal, ranges: site.ranges)
        return try run(decl, frame: callee, range: range)
    }

    /// Converts the arguments in a frame's parameter slots to the parameters' declared types
    /// where they are not already of them (an Int literal given for a Double parameter).
    @inline(__always)
    func coerceArguments(
        _ decl: FunctionDecl, _ frame: Frame, literal: [Bool], ranges: [SourceRange]
    ) throws {
        let slots = decl.parameterSlots
        let kinds = decl.parameterKinds
        for i in slots.indices {
            let value = frame.slots[slots[i]]
            if !kinds[i].matches(value) || Self.takesTypeFromContext(value),
                let type = decl.parameters[i].type
            {
                frame.slots[slots[i]] = try coerce(
                    value, to: type, literal: i < literal.count && literal[i],
                    range: i < ranges.count ? ranges[i] : decl.range, context: "argument type")
            }
        }
    }

    /// Runs a function's body in its frame, its arguments bound: the recursion limit, the
    /// step budget, and the result converted to the declared return type.
    @inline(__always)
    func run(_ decl: FunctionDecl, frame: Frame, range: @autoclosure () -> SourceRange)
        throws -> Value
    {
        try runCompiled(decl, compiledBody(decl), frame: frame, range: range())
    }

    /// Calls a closure value of one argument from a built-in (`map`, `filter` …).
    func callClosure(_ f: Value, _ value: Value, range: SourceRange) throws -> Value {
        if case .function(let function) = f, case .user(let decl, let captured) = function.body,
            decl.takesDirectCall, decl.parameters.count == 1
        {
            var callee = takeFrame(decl.frameSize, parent: captured)
            defer { recycle(&callee) }
            callee.slots[decl.parameterSlots[0]] = value
            try coerceArguments(decl, callee, literal: [], ranges: [])
            return try run(decl, frame: callee, range: range)
        }
        if case .function(let function) = f, let path = function.keyPath {
            // `map(\.name)`: the members, read in turn.
            var v = value
            for name in path {
                v = try Members.get(name, of: v, range: range, baseRange: range, interpreter: self)
            }
            return v
        }
        // `map(abs)`, `map(String.init)`: the built-in's one-argument shortcut.
        if let unary = Self.unaryShortcut(f), let result = unary(value) { return result }
        return try callClosure(f, [value], range: range)
    }

    /// Calls a closure value of two arguments from a built-in (`sorted(by:)`, `reduce` …).
    func callClosure(_ f: Value, _ a: Value, _ b: Value, range: SourceRange) throws -> Value {
        if case .function(let function) = f, case .user(let decl, let captured) = function.body,
            decl.takesDirectCall, decl.parameters.count == 2
        {
            var callee = takeFrame(decl.frameSize, parent: captured)
            defer { recycle(&callee) }
            let slots = decl.parameterSlots
            callee.slots[slots[0]] = a
            callee.slots[slots[1]] = b
            try coerceArguments(decl, callee, literal: [], ranges: [])
            return try run(decl, frame: callee, range: range)
        }
        if case .function(let function) = f, case .builtin(let overloads) = function.body,
            overloads.count == 1, let op = overloads[0].binaryOperator,
            !Self.isInstance(a), !Self.isInstance(b)
        {
            // `reduce(0, +)`, `sorted(by: >)`: the operator itself.
            return try Operators.apply(
                op, a, b, leftLiteral: false, rightLiteral: false, range: range,
                interpreter: self)
        }
        return try callClosure(f, [a, b], range: range)
    }

    private static func isInstance(_ v: Value) -> Bool {
        if case .instance = v { return true } else { return false }
    }

    /// Calls a closure value from a built-in (`map`, `filter` …) with unlabeled arguments.
    func callClosure(_ f: Value, _ values: [Value], range: SourceRange) throws -> Value {
        var labels: [String?] = values.map { _ in nil }
        if case .function(let function) = f, case .user(let decl, _) = function.body,
            !decl.isClosure,
            decl.parameters.count == values.count
        {
            // `compactMap(sender(of:))`: a function used as a value is called without labels.
            labels = decl.labels
        }
        return try call(
            f, values, labels: labels, argumentRanges: values.map { _ in range },
            literal: values.map { _ in false }, range: range, calleeText: "closure")
    }

    func callUser(
        _ decl: FunctionDecl, captured: Frame?, _ values: [Value], labels: [String?],
        argumentRanges: [SourceRange], literal: [Bool], range: SourceRange,
        receiver: UnsafeMutablePointer<Value>? = nil,
        inoutResults: UnsafeMutablePointer<[Int: Value]>? = nil
    ) throws -> Value {
        let isClosure = decl.isClosure
        if isClosure, decl.parameters.count > 1, values.count == 1,
            case .tuple(let items, _) = values[0],
            items.count == decl.parameters.count
        {
            // `zip(a, b).map { x, y in … }`: a closure of n parameters takes an n-tuple apart.
            return try callUser(
                decl, captured: captured, items, labels: items.map { _ in nil },
                argumentRanges: items.map { _ in argumentRanges.first ?? range },
                literal: items.map { _ in false },
                range: range, receiver: receiver)
        }
        let parameters = decl.matcherParameters
        if isClosure, decl.parameters.count != values.count {
            throw RuntimeError(
                "closure expects \(decl.parameters.count) argument\(decl.parameters.count == 1 ? "" : "s"), but \(values.count) \(values.count == 1 ? "was" : "were") used",
                at: range)
        }
        guard
            let mapping = decl.isPlain && (isClosure || decl.labels == labels)
                ? decl.identityMapping
                : ArgumentMatcher.match(
                    labels: isClosure ? labels.map { _ in nil } : labels, parameters: parameters)
        else {
            throw ArgumentMatcher.mismatch(
                labels: labels, argumentRanges: argumentRanges, parameters: parameters,
                name: decl.fullName, callRange: range)
        }
        callDepth += 1
        defer { callDepth -= 1 }
        if callDepth > Self.maximumCallDepth {
            throw RuntimeError(
                "recursion too deep: more than \(Self.maximumCallDepth) nested calls (is a base case missing?)",
                at: range)
        }
        try tick(range)
        var frame = takeFrame(decl.frameSize, parent: captured)
        defer { recycle(&frame) }
        if let receiver { frame.slots[0] = receiver.pointee }
        defer { if let receiver { receiver.pointee = frame.slots[0] } }
        let slots = decl.parameterSlots
        let kinds = decl.parameterKinds
        for i in 0..<min(slots.count, mapping.count) {
            let taken = mapping[i]
            var value: Value
            if taken.count == 1 && !decl.parameters[i].isVariadic {
                let a = taken[0]
                value = values[a]
                if case .named("Self")? = decl.parameters[i].type, let me = receiver?.pointee,
                    let type = Self.userType(of: me),
                    let resolved = try resolveSelfTyped(value, type, range: argumentRanges[a])
                {
                    value = resolved  // `convert(_:to: Self)` called with `.mile`
                }
                // Values already of the declared simple type need no conversion.
                if case .function(_, let ret)? = decl.parameters[i].type,
                    case .named("Double") = ret,
                    case .function(let f) = value, case .user(let closure, _) = f.body,
                    closure.isClosure,
                    closure.returnType == nil
                {
                    // `readAll(sensors) { $0.raw ?? 0 }` for a `(Sensor) -> Double`: the closure's
                    // literal results take the parameter's return type.
                    closure.returnType = ret
                }
                if !kinds[i].matches(value) || Self.takesTypeFromContext(value),
                    let type = decl.parameters[i].type
                {
                    value = try coerce(
                        value, to: type, literal: literal[a], range: argumentRanges[a],
                        context: "argument type")
                }
            } else if decl.parameters[i].isVariadic {
                let elementType = decl.parameters[i].type
                value = .array(
                    try taken.map { a in
                        try elementType.map {
                            try coerce(
                                values[a], to: $0, literal: literal[a], range: argumentRanges[a],
                                context: "argument type")
                        } ?? values[a]
                    })
            } else if let d = decl.parameters[i].defaultValue {
                value = try evaluate(d, frame: frame)
            } else {
                value = .void
            }
            frame.slots[slots[i]] = value
        }
        let body = compiledBody(decl)
        var result = try body.run(self, frame)
        let literalResult = body.literalResult
        if let inoutResults, decl.hasInout {
            for i in decl.parameters.indices where decl.parameters[i].isInout && i < mapping.count {
                for a in mapping[i] { inoutResults.pointee[a] = frame.slots[slots[i]] }
            }
        }
        if !decl.returnKind.matches(result), let rt = decl.returnType, !result.isVoid {
            result = try coerce(
                result, to: rt, literal: literalResult, range: decl.range, context: "return type")
        }
        return result
    }

    func callBuiltin(
        _ overloads: [Builtin], receiver: Value, _ values: [Value], labels: [String?],
        argumentRanges: [SourceRange], literal: [Bool], range: SourceRange
    ) throws -> Value {
        if values.count == 1, labels == [nil], case .tuple(let items, _) = values[0],
            items.count > 1,
            !overloads.contains(where: { $0.parameters.count == 1 }),
            overloads.contains(where: { $0.parameters.count == items.count })
        {
            // `zip(a, b).map(*)`: an operator given pairs takes each pair apart.
            return try callBuiltin(
                overloads, receiver: receiver, items, labels: items.map { _ in nil },
                argumentRanges: items.map { _ in argumentRanges.first ?? range },
                literal: items.map { _ in false },
                range: range)
        }
        var values = values
        for i in values.indices {
            if let converted = try engineArgument(values[i], range: argumentRanges[i]) {
                values[i] = converted
            }
        }
        var overloads = overloads
        if labels.last == ArgumentMatcher.trailingClosure, overloads.count > 1 {
            // `xs.firstIndex { $0 > 3 }`, `s.prefix { … }`: a trailing closure goes to the
            // overload taking a predicate, not to `firstIndex(of:)` or `prefix(_:)`.
            let predicateLabels: Set<String?> = ["where", "while", "by"]
            let takesPredicate = overloads.filter {
                predicateLabels.contains($0.parameters.last?.label)
            }
            overloads =
                takesPredicate
                + overloads.filter { !predicateLabels.contains($0.parameters.last?.label) }
        }
        for b in overloads {
            // Fast path: one argument per parameter, labels as declared (most calls).
            if b.isPlain, b.labels == labels {
                var invocation = Invocation(
                    arguments: values.map { Optional($0) }, ranges: argumentRanges,
                    literal: literal, callRange: range, receiver: receiver, interpreter: self)
                return try b.implementation(&invocation)
            }
            guard let mapping = ArgumentMatcher.match(labels: labels, parameters: b.parameters)
            else { continue }
            var arguments: [Value?] = []
            var ranges: [SourceRange] = []
            var literals: [Bool] = []
            for (i, taken) in mapping.enumerated() {
                if b.parameters[i].isVariadic {
                    arguments.append(.array(taken.map { values[$0] }))
                    ranges.append(taken.first.map { argumentRanges[$0] } ?? range)
                    literals.append(false)
                } else if let a = taken.first {
                    arguments.append(values[a])
                    ranges.append(argumentRanges[a])
                    literals.append(literal[a])
                } else {
                    arguments.append(nil)
                    ranges.append(range)
                    literals.append(false)
                }
            }
            var invocation = Invocation(
                arguments: arguments, ranges: ranges, literal: literals, callRange: range,
                receiver: receiver, interpreter: self)
            return try b.implementation(&invocation)
        }
        guard
            let first = overloads.min(by: {
                abs($0.parameters.count - labels.count) < abs($1.parameters.count - labels.count)
            })
        else {
            throw RuntimeError("cannot call this value", at: range)
        }
        var error = ArgumentMatcher.mismatch(
            labels: labels, argumentRanges: argumentRanges, parameters: first.parameters,
            name: first.fullName, callRange: range)
        // A built-in type's initializer (`Dense(…)`) is named with every label it takes.
        if overloads.count == 1, first.name.first?.isUppercase == true, !first.parameters.isEmpty {
            error.message += "; \(first.name) takes \(first.fullName)"
        }
        throw error
    }
}
