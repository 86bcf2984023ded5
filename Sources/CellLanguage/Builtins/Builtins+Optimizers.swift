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
    /// What optimizers and schedules (made from ``EngineCatalog``) can do: a schedule is
    /// callable on a step (`schedule(10)`); an optimizer has `learningRate` (settable),
    /// `iterations` and `name`.
    func registerOptimizers() {
        objectCalls.append { value in
            guard case .object(let o as ScheduleBox) = value else { return nil }
            return [
                Builtin("schedule", [.positional()]) { inv in
                    let step = try inv.int(0)
                    guard step >= 0 else {
                        throw RuntimeError("the step must not be negative", at: inv.range(0))
                    }
                    return .double(Self.decimal(o.schedule(step)))
                }
            ]
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
            guard case .object(let o as OptimizerBox) = base, name == "learningRate" else {
                return false
            }
            var v: Value = .double(Self.decimal(o.optimizer.learningRate))
            try body(&v)
            switch v {
            case .double(let d): o.optimizer.learningRate = Float(d)
            case .int(let n): o.optimizer.learningRate = Float(n)
            default:
                throw RuntimeError(
                    "cannot assign value of type '\(v.typeName)' to type 'Float'", at: range)
            }
            return true
        }
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
            let entries = EngineCatalog.entries(of: .optimizer)
            guard let entry = entries.first(where: { $0.name.lowercased() == name.lowercased() }),
                case .optimizer(let optimizer) = try tensorCall(inv, { try entry.make() })
            else {
                let known = entries.map { $0.name.lowercased() }.sorted().joined(separator: ", ")
                throw RuntimeError(
                    "unknown optimizer '\(name)'; expected one of \(known)", at: inv.range(i))
            }
            return optimizer
        default: throw inv.mismatch(i, expected: "an optimizer (SGD(learningRate:) …)")
        }
    }
}
