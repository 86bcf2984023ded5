import Diagnostics
import NeuralNetwork
import Tensors

extension BuiltinRegistry {
    /// `History` in cells: `history` (the logs by key), `epoch`, `params`, `history["loss"]`;
    /// shown as learning curves.
    func registerHistoryMembers() {
        objectProperties.append { name, value in
            guard case .object(let o as HistoryBox) = value else { return nil }
            let h = o.history
            switch name {
            case "history":
                let keys = h.keys.map { DictionaryKey(.string($0)) }.compactMap { $0 }
                var d: [DictionaryKey: Value] = [:]
                for key in h.keys {
                    if let k = DictionaryKey(.string(key)) { d[k] = .array(h[key].map { .double($0) }) }
                }
                return .dictionary(d, order: keys)
            case "epoch": return .array(h.epoch.map { .int($0) })
            case "params":
                let keys = h.params.keys.sorted()
                var d: [DictionaryKey: Value] = [:]
                for key in keys { if let k = DictionaryKey(.string(key)), let v = h.params[key] { d[k] = .int(v) } }
                return .dictionary(d, order: keys.compactMap { DictionaryKey(.string($0)) })
            default: return nil
            }
        }
        objectProperties.append { name, value in
            guard case .object(let o as EvaluationBox) = value else { return nil }
            switch name {
            case "loss": return .double(o.evaluation.loss)
            case "keys": return .array(o.evaluation.keys.map { .string($0) })
            default: return o.evaluation.values[name].map { .double($0) }
            }
        }
    }
}
