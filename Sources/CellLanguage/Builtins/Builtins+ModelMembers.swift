import Diagnostics
import NeuralNetwork
import Tensors

extension BuiltinRegistry {
    /// A model called as a function (`model(x, training: false)`), its properties (`layers`,
    /// `parameterCount`, `history` …) and the settable `stopTraining`.
    func registerModelMembers() {
        let call = Builtin(
            "callAsFunction", [.positional(), .labeled("training", defaulted: true)]
        ) { inv in
            guard case .object(let o as ModelBox) = inv.receiver else { return .void }
            let x = try inv.data(0)
            let training = inv.value(1) == nil ? false : try inv.bool(1)
            return Self.box(try Self.tensorCall(inv) { try o.model(x, training: training) })
        }
        objectCalls.append { value in
            guard case .object(let o) = value, o is ModelBox else { return nil }
            return [call]
        }
        objectProperties.append { name, value in
            guard case .object(let o as ModelBox) = value else { return nil }
            let model = o.model
            switch name {
            case "name": return .string(model.name)
            case "layers": return .array(model.layers.map { Self.layerValue($0) })
            case "trainableWeights":
                return .array(model.layers.flatMap(\.trainableWeights).map { Self.box($0) })
            case "nonTrainableWeights":
                return .array(model.layers.flatMap(\.nonTrainableWeights).map { Self.box($0) })
            case "parameterCount": return .int(model.parameterCount)
            case "trainableParameterCount": return .int(model.trainableParameterCount)
            case "nonTrainableParameterCount": return .int(model.nonTrainableParameterCount)
            case "stopTraining": return .bool(model.stopTraining)
            case "epochsTrained": return .int(model.epochsTrained)
            case "history":
                return model.history.map { .some(.object(HistoryBox($0))) } ?? Value.none
            case "isBuilt": return .bool(model.isBuilt)
            case "optimizer": return model.compiled.map { .object(OptimizerBox($0.optimizer)) }
            default: return nil
            }
        }
        propertySetters.append { name, base, range, body in
            guard case .object(let o as ModelBox) = base, name == "stopTraining" else {
                return false
            }
            var v: Value = .bool(o.model.stopTraining)
            try body(&v)
            guard case .bool(let b) = v else {
                throw RuntimeError(
                    "cannot assign value of type '\(v.typeName)' to type 'Bool'", at: range)
            }
            o.model.stopTraining = b
            return true
        }
    }
}
