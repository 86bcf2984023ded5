import Diagnostics
import NeuralNetwork

/// A learning-rate schedule as a cell value (`ExponentialDecay(…)`), passed to an optimizer's
/// `learningRate:` and callable on a step (`schedule(10)`).
final class ScheduleBox: DisplayableObject {
    let schedule: any LearningRateSchedule
    init(_ schedule: any LearningRateSchedule) { self.schedule = schedule }
    var typeName: String { schedule.kind }
    var printedDescription: String { "<\(schedule.kind)>" }
    var display: Display { .text(printedDescription) }
}

extension BuiltinRegistry {
    /// The kind of value a hyperparameter takes in a cell.
    enum HyperparameterKind { case number, bool, int, ints, numbers, rate }

    /// The optimizers with Keras's defaults and the engine's labels — `SGD(learningRate:momentum:
    /// nesterov:)`, `Adagrad`, `RMSprop(rho:momentum:centered:)`, `Adam(beta1:beta2:amsgrad:)`,
    /// `Adamax`, `Nadam`, each with `epsilon:`, `clipValue:`, `clipNorm:`, `globalClipNorm:` — and
    /// the learning-rate schedules. Each is built through the engine's config reader, so a cell
    /// gets the engine's own checks and messages.
    func registerOptimizers() {
        let clipping: [(String, HyperparameterKind)] = [("clipValue", .number), ("clipNorm", .number), ("globalClipNorm", .number)]
        let optimizers: [(String, [(String, HyperparameterKind)])] = [
            ("SGD", [("learningRate", .rate), ("momentum", .number), ("nesterov", .bool)]),
            ("Adagrad", [("learningRate", .rate), ("initialAccumulatorValue", .number), ("epsilon", .number)]),
            ("RMSprop", [("learningRate", .rate), ("rho", .number), ("momentum", .number), ("epsilon", .number), ("centered", .bool)]),
            ("Adam", [("learningRate", .rate), ("beta1", .number), ("beta2", .number), ("epsilon", .number), ("amsgrad", .bool)]),
            ("Adamax", [("learningRate", .rate), ("beta1", .number), ("beta2", .number), ("epsilon", .number)]),
            ("Nadam", [("learningRate", .rate), ("beta1", .number), ("beta2", .number), ("epsilon", .number)]),
        ]
        for (kind, parameters) in optimizers {
            configType(kind, parameters + clipping) { config in .object(OptimizerBox(try makeOptimizer(config: config))) }
        }
        let schedules: [(String, [(String, HyperparameterKind)], Set<String>)] = [
            ("ExponentialDecay", [("initialLearningRate", .number), ("decaySteps", .int), ("decayRate", .number), ("staircase", .bool)],
             ["initialLearningRate", "decaySteps", "decayRate"]),
            ("InverseTimeDecay", [("initialLearningRate", .number), ("decaySteps", .int), ("decayRate", .number), ("staircase", .bool)],
             ["initialLearningRate", "decaySteps", "decayRate"]),
            ("PiecewiseConstantDecay", [("boundaries", .ints), ("values", .numbers)], ["boundaries", "values"]),
            ("OneCycle", [("maxLearningRate", .number), ("totalSteps", .int), ("startLearningRate", .number),
                          ("lastSteps", .int), ("lastLearningRate", .number)], ["maxLearningRate", "totalSteps"]),
        ]
        for (kind, parameters, required) in schedules {
            configType(kind, parameters, required: required) { config in .object(ScheduleBox(try makeSchedule(config: config))) }
        }
        objectCalls.append { value in
            guard case .object(let o as ScheduleBox) = value else { return nil }
            return [Builtin("schedule", [.positional()]) { inv in
                let step = try inv.int(0)
                guard step >= 0 else { throw RuntimeError("the step must not be negative", at: inv.range(0)) }
                return .double(Self.decimal(o.schedule(step)))
            }]
        }
        objectProperties.append { name, value in
            guard case .object(let o as OptimizerBox) = value else { return nil }
            switch name {
            case "learningRate": return .double(Self.decimal(o.optimizer.learningRate))
            case "iterations": return .int(o.optimizer.iterations)
            case "name": return .string(o.optimizer.name)
            default: return nil
            }
        }
        propertySetters.append { name, base, range, body in
            guard case .object(let o as OptimizerBox) = base, name == "learningRate" else { return false }
            var v: Value = .double(Self.decimal(o.optimizer.learningRate))
            try body(&v)
            switch v {
            case .double(let d): o.optimizer.learningRate = Float(d)
            case .int(let n): o.optimizer.learningRate = Float(n)
            default: throw RuntimeError("cannot assign value of type '\(v.typeName)' to type 'Float'", at: range)
            }
            return true
        }
    }

    /// A type whose initializer gathers its labeled arguments into an engine config
    /// (`{"kind": …, label: value …}`) and builds the value from it; `required` labels have no
    /// default.
    private func configType(
        _ kind: String, _ parameters: [(String, HyperparameterKind)], required: Set<String> = [],
        _ make: @escaping (JSONValue) throws -> Value
    ) {
        let builtin = Builtin(kind, parameters.map { .labeled($0.0, defaulted: !required.contains($0.0)) }) { inv in
            var config: [String: JSONValue] = ["kind": .string(kind)]
            for (i, (label, type)) in parameters.enumerated() {
                guard let v = inv.value(i) else { continue }
                if case .none = v { continue }
                switch type {
                case .number: config[label] = .number(try inv.double(i))
                case .bool: config[label] = .bool(try inv.bool(i))
                case .int: config[label] = .number(Double(try inv.int(i)))
                case .ints: config[label] = .array(try inv.ints(i).map { .number(Double($0)) })
                case .numbers: config[label] = .array(try inv.doubles(i).map { .number($0) })
                case .rate:
                    if case .object(let s as ScheduleBox) = v {
                        config[label] = s.schedule.config
                    } else {
                        config[label] = .number(try inv.double(i))
                    }
                }
            }
            return try Self.tensorCall(inv) { try make(.object(config)) }
        }
        types[kind] = BuiltinType(kind, initializers: [builtin])
    }

    /// A Float as the Double a reader expects: the shortest decimal that rounds to it
    /// (`Float(0.01)` is 0.01, not 0.009999999776482582).
    static func decimal(_ x: Float) -> Double {
        Double("\(x)") ?? Double(x)
    }

    /// An optimizer argument: a value, or a Keras identifier (`"sgd"`, `"adam"` …) with its
    /// defaults; SGD() when omitted.
    static func optimizer(_ inv: Invocation, _ i: Int) throws -> any Optimizer {
        switch inv.value(i) {
        case nil: return try tensorCall(inv) { try SGD() }
        case .object(let o as OptimizerBox)?: return o.optimizer
        case .string(let name)?:
            let kinds = ["sgd": "SGD", "adagrad": "Adagrad", "rmsprop": "RMSprop", "adam": "Adam", "adamax": "Adamax", "nadam": "Nadam"]
            guard let kind = kinds[name.lowercased()] else {
                throw RuntimeError("unknown optimizer '\(name)'; expected one of \(kinds.keys.sorted().joined(separator: ", "))", at: inv.range(i))
            }
            return try tensorCall(inv) { try makeOptimizer(config: .object(["kind": .string(kind)])) }
        default: throw inv.mismatch(i, expected: "an optimizer (SGD(learningRate:) …)")
        }
    }
}
