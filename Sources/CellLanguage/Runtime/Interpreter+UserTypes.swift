import Diagnostics

extension Interpreter {
    /// Runs a `struct`/`class` declaration: makes its run-time type and static members.
    func declareType(_ decl: TypeDecl, binding: Binding, frame: Frame) throws {
        var parent: UserType?
        if let superExpr = decl.superclass {
            guard case .userType(let p) = try evaluate(superExpr, frame: frame) else {
                throw RuntimeError("'\(superExpr.text)' is not a class", at: superExpr.range)
            }
            parent = p
        }
        let type = UserType(decl: decl, superclass: parent)
        cycles.track(type)
        if !decl.isClass { structMutatingNames.formUnion(decl.mutatingMethods) }
        withStorage(binding, frame: frame) { $0 = .userType(type) }
        userTypes[decl.name] = type
        installCustomHashing(type)
        for (name, method) in decl.staticMethods {
            type.staticMembers[name] = .function(Function(.user(method, captured: nil), name: name))
        }
        for (name, method) in decl.staticOverloads {
            if case .function(let existing)? = type.staticMembers[name] {
                type.staticMembers[name] = .function(
                    Function.overloading(existing, with: method, captured: nil))
            }
        }
        if decl.isEnum { try declareEnumCases(type, frame: frame) }
        for (name, expr) in decl.staticProperties {
            type.staticMembers[name] = try evaluate(expr, frame: frame)
        }
    }

    /// `Point(x: 1, y: 2)`: runs the matching initializer on a new value (defaults filled in),
    /// or the memberwise initializer of a struct that declares none.
    func construct(
        _ type: UserType, _ values: [Value], labels: [String?], argumentRanges: [SourceRange],
        literal: [Bool], range: SourceRange
    ) throws -> Value {
        if type.isEnum, type.decl.initializers.isEmpty {
            return try enumFromRawValue(type, values, labels: labels, range: range)
        }
        var fields: [Value] = []
        var t: UserType? = type
        var chain: [UserType] = []
        while let current = t {
            chain.insert(current, at: 0)
            t = current.superclass
        }
        for c in chain {
            for p in c.decl.properties {
                var v = try p.defaultValue.map { try evaluate($0, frame: globals) } ?? .void
                if let declared = p.type, !v.isVoid, let d = p.defaultValue, !p.isLazy {
                    v = try coerce(
                        v, to: declared, literal: d.isNumericLiteral, range: d.range,
                        context: "specified type")
                }
                fields.append(v)
            }
        }
        var me: Value = .structValue(type, fields)
        if type.isClass {
            let instance = Instance(type: type, fields: fields)
            cycles.track(instance)
            me = .instance(instance)
        }
        let initializers = inheritedInitializers(type)
        var failable = false
        if initializers.isEmpty {
            if type.isClass {
                guard values.isEmpty else {
                    throw RuntimeError(
                        "class '\(type.name)' has no initializers taking arguments; add an 'init'",
                        at: range)
                }
            } else {
                try memberwise(
                    type, &me, values, labels: labels, argumentRanges: argumentRanges,
                    literal: literal, range: range)
            }
        } else {
            let chosen = initializers.first {
                ArgumentMatcher.match(labels: labels, parameters: $0.matcherParameters) != nil
            }
            failable = chosen?.isFailable ?? false
            let result = try callMethod(
                initializers, receiver: &me, values, labels: labels, argumentRanges: argumentRanges,
                literal: literal, range: range)
            // `init?` that returned nil.
            if failable, case .none = result { return .none }
        }
        let stored: [Value]
        switch me {
        case .instance(let i): stored = i.fields
        case .structValue(_, let f): stored = f
        default: stored = []
        }
        if let missing = zip(type.fieldNames, stored).first(where: { $0.1.isVoid }) {
            throw RuntimeError(
                "return from initializer without initializing all stored properties ('\(missing.0)' has no value)",
                at: range)
        }
        return failable ? .some(me) : me
    }

    /// The labels of the initializer of `type` taking `count` arguments (for `Name.init`
    /// used as a function, which is called without labels).
    func initializerLabels(_ type: UserType, count: Int) -> [String?] {
        let initializers = inheritedInitializers(type)
        if initializers.isEmpty {
            let props = type.decl.properties.filter { !($0.isLet && $0.defaultValue != nil) }
            if props.count == count { return props.map(\.name) }
        }
        if let match = initializers.first(where: { $0.parameters.count == count }) {
            return match.parameters.map(\.label)
        }
        return Array(repeating: nil, count: count)
    }

    private func inheritedInitializers(_ type: UserType) -> [FunctionDecl] {
        if !type.decl.initializers.isEmpty { return type.decl.initializers }
        return type.superclass.map(inheritedInitializers) ?? []
    }

    /// The memberwise initializer: one labeled parameter per stored property, in order;
    /// properties with a default value may be left out.
    private func memberwise(
        _ type: UserType, _ me: inout Value, _ values: [Value], labels: [String?],
        argumentRanges: [SourceRange], literal: [Bool], range: SourceRange
    ) throws {
        // A `let` with a default value is not a parameter of the memberwise initializer.
        let indices = type.decl.properties.indices.filter {
            !(type.decl.properties[$0].isLet && type.decl.properties[$0].defaultValue != nil)
                && !type.decl.properties[$0].isLazy
        }
        let props = indices.map { type.decl.properties[$0] }
        let params = props.map {
            BuiltinParameter(label: $0.name, hasDefault: $0.defaultValue != nil)
        }
        guard let mapping = ArgumentMatcher.match(labels: labels, parameters: params) else {
            throw ArgumentMatcher.mismatch(
                labels: labels, argumentRanges: argumentRanges, parameters: params,
                name: type.name, callRange: range)
        }
        guard case .structValue(let t, var fields) = me else { return }
        for (i, taken) in mapping.enumerated() {
            guard let a = taken.first else { continue }
            var v = values[a]
            if let declared = props[i].type {
                v = try coerce(
                    v, to: declared, literal: literal[a], range: argumentRanges[a],
                    context: "argument type")
            }
            fields[(type.superclass?.fieldNames.count ?? 0) + indices[i]] = v
        }
        me = .structValue(t, fields)
    }

    /// Calls a method (or initializer) with `self` in slot 0; `receiver` gets the final `self`
    /// back (a mutating method's changes).
    func callMethod(
        _ overloads: [FunctionDecl], receiver: inout Value, _ values: [Value], labels: [String?],
        argumentRanges: [SourceRange], literal: [Bool], range: SourceRange,
        inoutResults: UnsafeMutablePointer<[Int: Value]>? = nil
    ) throws -> Value {
        var candidates: [(decl: FunctionDecl, score: Int?)] = []
        for decl in overloads {
            guard
                let mapping = ArgumentMatcher.match(
                    labels: labels,
                    parameters: decl.parameters.map {
                        BuiltinParameter(
                            label: $0.label, hasDefault: $0.defaultValue != nil,
                            isVariadic: $0.isVariadic)
                    })
            else { continue }
            candidates.append(
                (decl, overloads.count > 1 ? overloadScore(decl, mapping, values) : 0))
        }
        // Among the overloads the labels allow, the one whose parameter types fit best.
        let fitting = candidates.filter { $0.score != nil }.max {
            ($0.score ?? 0) < ($1.score ?? 0)
        }?.decl
        guard let decl = fitting ?? candidates.first?.decl ?? overloads.first else {
            throw RuntimeError("no method to call", at: range)
        }
        return try withUnsafeMutablePointer(to: &receiver) { pointer in
            try callUser(
                decl, captured: nil, values, labels: labels, argumentRanges: argumentRanges,
                literal: literal, range: range, receiver: pointer, inoutResults: inoutResults)
        }
    }

    /// The value of a `lazy var` read for the first time: computed, and kept in a class
    /// instance (a struct value read through a `let` computes it again).
    private func lazyValue(
        _ name: String, _ index: Int, of type: UserType, base: Value, range: SourceRange
    )
        throws -> Value
    {
        var t: UserType? = type
        while let current = t, current.decl.lazyInitializers[name] == nil { t = current.superclass }
        guard let initializer = t?.decl.lazyInitializers[name] else { return .void }
        var me = base
        let value = try callMethod(
            [initializer], receiver: &me, [], labels: [], argumentRanges: [], literal: [],
            range: range)
        if case .instance(let instance) = base { instance.fields[index] = value }
        return value
    }

    /// Reads a property, computed property or method of a cell's struct or class value.
    func userMember(_ name: String, of base: Value, range: SourceRange) throws -> Value? {
        let type: UserType
        let fields: [Value]
        switch base {
        case .structValue(let t, let f): (type, fields) = (t, f)
        case .instance(let i): (type, fields) = (i.type, i.fields)
        case .userType(let t):
            if let v = t.staticMembers[name] { return v }
            throw RuntimeError("type '\(t.name)' has no member '\(name)'", at: range)
        default:
            guard !builtinExtensions.isEmpty,
                let decl = builtinExtensions[Self.extensionTypeName(base)]
            else { return nil }
            if let member = try extensionMember(name, in: decl, of: base, range: range) {
                return member
            }
            return try protocolMember(name, conformances: decl.conformances, of: base, range: range)
        }
        if type.isEnum, name == "rawValue", case .int(let index) = fields[0],
            index < type.rawValues.count
        {
            return type.rawValues[index]
        }
        if !name.hasPrefix("$"), let i = type.fieldIndex(name) {
            if case .symbol("$lazy") = fields[i] {
                return try lazyValue(name, i, of: type, base: base, range: range)
            }
            return fields[i]
        }
        if let getter = type.computed(named: name) {
            var me = base
            return try callMethod(
                [getter], receiver: &me, [], labels: [], argumentRanges: [], literal: [],
                range: range)
        }
        let methods = type.methods(named: name)
        if !methods.isEmpty {
            return .function(Function(.bound(methods, receiver: base), name: name))
        }
        if case .instance(let instance) = base,
            let engine = try engineObject(of: instance, range: range)
        {
            // Members the subclass inherits from the engine's class (`model.fit`, `layer.name`).
            if let engineMethods = registry.methods(for: engine)[name] {
                return .function(Function(.method(engineMethods, receiver: engine), name: name))
            }
            return try Members.get(
                name, of: engine, range: range, baseRange: range, interpreter: self)
        }
        var conformances: [String] = []
        var t: UserType? = type
        while let current = t {
            conformances += current.decl.conformances
            t = current.superclass
        }
        if let member = try protocolMember(name, conformances: conformances, of: base, range: range)
        {
            return member
        }
        if Self.isSequence(type), let elements = try sequenceElements(base, range: range) {
            // `countdown.filter { … }`: the sequence methods on its elements.
            return try Members.get(
                name, of: .array(elements), range: range, baseRange: range, interpreter: self)
        }
        var message = "value of type '\(type.name)' has no member '\(name)'"
        let known = type.fieldNames + Array(type.decl.methods.keys) + Array(type.decl.computed.keys)
        if let near = Suggestions.closest(to: name, among: known) {
            message += "; did you mean '\(near)'?"
        }
        throw RuntimeError(message, at: range)
    }

    /// Assigns through a computed property's setter: the getter's value, changed by `body`,
    /// is passed to `set`. False when the type has no such setter.
    private func setComputed(
        _ name: String, of type: UserType, on base: inout Value, range: SourceRange,
        _ body: (inout Value) throws -> Void
    ) throws -> Bool {
        guard let setter = type.setter(named: name) else {
            if type.computed(named: name) != nil {
                throw RuntimeError(
                    "cannot assign to property: '\(name)' is a get-only property", at: range)
            }
            return false
        }
        var value = try userMember(name, of: base, range: range) ?? .void
        try body(&value)
        _ = try callMethod(
            [setter], receiver: &base, [value], labels: [nil], argumentRanges: [range],
            literal: [false], range: range)
        return true
    }

    /// Assigns to a stored property with `willSet`/`didSet`: `willSet` sees the new value,
    /// then the property changes, then `didSet` sees the old one.
    private func setObserved(
        _ name: String, _ index: Int, of type: UserType, on base: inout Value,
        range: SourceRange, _ body: (inout Value) throws -> Void
    ) throws -> Bool {
        func field() -> Value {
            switch base {
            case .structValue(_, let fields): return fields[index]
            case .instance(let i): return i.fields[index]
            default: return .void
            }
        }
        let old = field()
        var new = old
        try body(&new)
        let inOwnObserver = propertiesBeingObserved.contains(name)
        propertiesBeingObserved.append(name)
        defer { propertiesBeingObserved.removeLast() }
        if !inOwnObserver, let will = type.observer(willSet: true, name) {
            _ = try callMethod(
                [will], receiver: &base, [new], labels: [nil], argumentRanges: [range],
                literal: [false], range: range)
        }
        switch base {
        case .structValue(let t, var fields):
            fields[index] = new
            base = .structValue(t, fields)
        case .instance(let i): i.fields[index] = new
        default: break
        }
        if !inOwnObserver, let did = type.observer(willSet: false, name) {
            _ = try callMethod(
                [did], receiver: &base, [old], labels: [nil], argumentRanges: [range],
                literal: [false], range: range)
        }
        return true
    }

    /// Assigns to a stored property of a struct value (in place) or a class instance.
    func modifyUserMember(
        _ name: String, of base: inout Value, range: SourceRange,
        _ body: (inout Value) throws -> Void
    ) throws -> Bool {
        switch base {
        case .structValue(let t, var fields):
            guard let i = t.fieldIndex(name) else {
                if try setComputed(name, of: t, on: &base, range: range, body) { return true }
                throw RuntimeError(
                    "value of type '\(t.name)' has no stored property '\(name)'", at: range)
            }
            if t.hasObservers(name) {
                return try setObserved(name, i, of: t, on: &base, range: range, body)
            }
            base = .void
            defer { base = .structValue(t, fields) }
            try body(&fields[i])
            try conformToDeclaredType(&fields[i], of: name, in: t, range: range)
            return true
        case .instance(let instance):
            if instance.type.fieldIndex(name) == nil,
                var engine = try engineObject(of: instance, range: range)
            {
                for setter in registry.propertySetters where try setter(name, &engine, range, body)
                { return true }
            }
            guard let i = instance.type.fieldIndex(name) else {
                if try setComputed(name, of: instance.type, on: &base, range: range, body) {
                    return true
                }
                throw RuntimeError(
                    "value of type '\(instance.type.name)' has no stored property '\(name)'",
                    at: range)
            }
            if instance.type.hasObservers(name) {
                return try setObserved(name, i, of: instance.type, on: &base, range: range, body)
            }
            try body(&instance.fields[i])
            try conformToDeclaredType(
                &instance.fields[i], of: name, in: instance.type, range: range)
            return true
        default:
            return false
        }
    }

    /// A stored property's new value in its declared type: `ledger.entries = [.deposit(5)]`
    /// makes the implicit members cases of the element enum.
    func conformToDeclaredType(
        _ value: inout Value, of name: String, in type: UserType, range: SourceRange
    ) throws {
        switch value {
        case .symbol, .symbolCall, .array, .dictionary, .tuple: break
        default: return
        }
        var t: UserType? = type
        while let current = t {
            if let p = current.decl.properties.first(where: { $0.name == name }) {
                if let declared = p.type {
                    value = try coerce(
                        value, to: declared, literal: false, range: range, context: "type")
                }
                return
            }
            t = current.superclass
        }
    }
}

extension Interpreter {
    /// The type of a struct value or class instance of the cells.
    static func userType(of v: Value) -> UserType? {
        switch v {
        case .structValue(let t, _): return t
        case .instance(let i): return i.type
        default: return nil
        }
    }
}
