import Diagnostics
import NeuralNetwork

extension BuiltinRegistry {
    /// The optimizers, with Keras's defaults: `SGD(learningRate:momentum:nesterov:)` …
    func registerOptimizers() {
        types["SGD"] = BuiltinType("SGD", initializers: [Builtin("SGD", [
            .labeled("learningRate", defaulted: true), .labeled("momentum", defaulted: true),
            .labeled("nesterov", defaulted: true),
        ]) { inv in
            .object(OptimizerBox(SGD(
                learningRate: try inv.optionalFloat(0) ?? 0.01, momentum: try inv.optionalFloat(1) ?? 0,
                nesterov: inv.value(2) == nil ? false : try inv.bool(2))))
        }])
        objectProperties.append { name, value in
            guard case .object(let o as OptimizerBox) = value else { return nil }
            switch name {
            case "learningRate": return .double(Double(o.optimizer.learningRate))
            case "iterations": return .int(o.optimizer.iterations)
            case "name": return .string(o.optimizer.name)
            default: return nil
            }
        }
        propertySetters.append { name, base, range, body in
            guard case .object(let o as OptimizerBox) = base, name == "learningRate" else { return false }
            var v: Value = .double(Double(o.optimizer.learningRate))
            try body(&v)
            switch v {
            case .double(let d): o.optimizer.learningRate = Float(d)
            case .int(let n): o.optimizer.learningRate = Float(n)
            default: throw RuntimeError("cannot assign value of type '\(v.typeName)' to type 'Float'", at: range)
            }
            return true
        }
    }

    /// An optimizer argument: a value, or a Keras identifier (`"sgd"`); SGD() when omitted.
    static func optimizer(_ inv: Invocation, _ i: Int) throws -> any Optimizer {
        switch inv.value(i) {
        case nil: return SGD()
        case .object(let o as OptimizerBox)?: return o.optimizer
        case .string("sgd")?: return SGD()
        default: throw inv.mismatch(i, expected: "an optimizer (SGD(learningRate:) …)")
        }
    }
}
