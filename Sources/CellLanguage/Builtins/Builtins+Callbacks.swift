import Diagnostics
import NeuralNetwork

extension BuiltinRegistry {
    /// Training logs as a cell dictionary `[String: Double]`, keys sorted.
    static func logsValue(_ logs: [String: Double]) -> Value {
        let keys = logs.keys.sorted()
        var d: [DictionaryKey: Value] = [:]
        for key in keys {
            if let k = DictionaryKey(.string(key)), let v = logs[key] { d[k] = .double(v) }
        }
        return .dictionary(d, order: keys.compactMap { DictionaryKey(.string($0)) })
    }

    /// A callback argument.
    static func callback(_ v: Value, _ inv: Invocation, _ i: Int) throws -> Callback {
        if case .instance(let instance) = v, instance.type.decl.engineBase == "Callback" {
            return CellCallback(
                instance: instance, interpreter: inv.interpreter, range: inv.range(i))
        }
        guard case .object(let o as CallbackBox) = v else {
            throw inv.mismatch(i, expected: "[Callback]")
        }
        return o.callback
    }
}
