import Diagnostics
import NeuralNetwork
import Tensors

extension BuiltinRegistry {
    /// Every type of the engine's ``EngineCatalog`` (layers, losses, metrics, optimizers,
    /// schedules, initializers, callbacks) as a cell type, read from its entry: the labels and
    /// defaults are the engine's, each argument is converted to its parameter's type (a wrong
    /// one is an error at the argument), and what the entry makes becomes a cell value.
    func registerCatalog() {
        for entry in EngineCatalog.entries {
            types[entry.name] = BuiltinType(entry.name, initializers: [catalogInitializer(entry)])
        }
        registerMetricMembers()
    }

    private func catalogInitializer(_ entry: CatalogEntry) -> Builtin {
        let parameters = entry.parameters.map {
            BuiltinParameter(label: $0.label, hasDefault: !$0.isRequired)
        }
        return Builtin(entry.name, parameters) { [unowned self] inv in
            var arguments: [String: CatalogValue] = [:]
            for (i, p) in entry.parameters.enumerated() {
                if let v = inv.value(i) {
                    arguments[p.key] = try catalogValue(v, p, inv, i)
                } else if p.type == .outputPath, case .string(let path)? = p.defaultValue {
                    // A default path is confined to the chapter's folders as a given one is.
                    arguments[p.key] = .string(try pathToWrite(inv, i, default: path))
                }
            }
            return Self.value(of: try Self.tensorCall(inv) { try entry.make(arguments) })
        }
    }

    /// The argument `v` (argument `i` of `inv`) as a value of parameter `p`'s type.
    func catalogValue(
        _ v: Value, _ p: CatalogParameter, _ inv: Invocation, _ i: Int
    ) throws -> CatalogValue {
        if case .none = v {
            guard case .none? = p.defaultValue else {
                throw inv.mismatch(i, expected: p.type.description)
            }
            return .none
        }
        switch p.type {
        case .int: return .int(try inv.int(i))
        case .seed: return try Self.seedArgument(inv, i).map { .int(Int($0)) } ?? .none
        case .double: return .double(try inv.double(i))
        case .bool: return .bool(try inv.bool(i))
        case .string: return .string(try inv.string(i))
        case .outputPath: return .string(try pathToWrite(inv, i))
        case .ints: return .ints(try inv.ints(i))
        case .doubles: return .doubles(try inv.doubles(i))
        case .activation: return .activation(try inv.activation(i))
        case .initializer: return .initializer(try inv.initializer(i, default: Zeros()))
        case .regularizer: return try inv.regularizer(i).map { .regularizer($0) } ?? .none
        case .constraint: return try inv.constraint(i).map { .constraint($0) } ?? .none
        case .learningRate:
            if case .object(let s as ScheduleBox) = v { return .schedule(s.schedule) }
            return .double(try inv.double(i))
        case .option(let names):
            guard case .symbol(let name) = v, names.contains(name) else {
                let known = names.map { "." + $0 }.joined(separator: ", ")
                throw RuntimeError(
                    "expected one of \(known), not \(Formatter.describe(v))", at: inv.range(i))
            }
            return .option(name)
        case .function:
            let f = try inv.function(i)
            let interpreter = inv.interpreter
            let range = inv.range(i)
            return .function { arguments in
                let result = try interpreter.callClosure(
                    f, arguments.map(Self.cellValue), range: range)
                switch result {
                case .int(let n): return .int(n)
                case .double(let d): return .double(d)
                case .bool(let b): return .bool(b)
                case .string(let s): return .string(s)
                default: return .none
                }
            }
        }
    }

    /// The arguments of an implicit member call of a catalogue type (`.heNormal(seed: 1)`,
    /// `.constant(0.1)`), matched to its parameters by label.
    func catalogArguments(
        _ entry: CatalogEntry, _ args: [Value], _ labels: [String?], _ inv: Invocation, _ i: Int
    ) throws -> [String: CatalogValue] {
        var arguments: [String: CatalogValue] = [:]
        for (arg, label) in zip(args, labels) {
            guard let p = entry.parameters.first(where: { $0.label == label }),
                arguments[p.key] == nil
            else {
                let member = entry.name.prefix(1).lowercased() + entry.name.dropFirst()
                throw RuntimeError(
                    "incorrect argument label '\(label ?? "_"):' in .\(member)(…); "
                        + "\(entry.name) takes \(entry.signature)", at: inv.range(i))
            }
            var one = inv
            one.arguments = [arg]
            one.ranges = [inv.range(i)]
            one.literal = [true]
            arguments[p.key] = try catalogValue(arg, p, one, 0)
        }
        return arguments
    }

    /// A value a catalogue closure is called with, as a cell value.
    static func cellValue(_ v: CatalogValue) -> Value {
        switch v {
        case .int(let n): return .int(n)
        case .double(let d): return .double(d)
        case .bool(let b): return .bool(b)
        case .string(let s): return .string(s)
        case .ints(let a): return .array(a.map { .int($0) })
        case .doubles(let a): return .array(a.map { .double($0) })
        case .logs(let logs): return logsValue(logs)
        default: return .none
        }
    }

    /// What a catalogue entry made, as a cell value.
    static func value(of object: CatalogObject) -> Value {
        switch object {
        case .layer(let x): return .object(LayerBox(x))
        case .loss(let x): return .object(LossBox(x))
        case .metric(let x): return .object(MetricBox(x))
        case .optimizer(let x): return .object(OptimizerBox(x))
        case .schedule(let x): return .object(ScheduleBox(x))
        case .initializer(let x): return .object(InitializerBox(x))
        case .callback(let x): return .object(CallbackBox(x))
        }
    }

    /// Metrics are callable on tensors (`BinaryAccuracy()(yTrue, yPred)` is the fraction
    /// right) and have a `name`.
    private func registerMetricMembers() {
        let call = Builtin("callAsFunction", [.positional(), .positional()]) { inv in
            guard case .object(let o as MetricBox) = inv.receiver else { return .void }
            let yTrue = try inv.data(0)
            let yPred = try inv.data(1)
            return .double(try Self.tensorCall(inv) { try o.metric(yTrue, yPred) })
        }
        objectCalls.append { value in
            guard case .object(let o) = value, o is MetricBox else { return nil }
            return [call]
        }
        objectProperties.append { name, value in
            guard name == "name", case .object(let o as MetricBox) = value else { return nil }
            return .string(o.metric.name)
        }
    }
}
