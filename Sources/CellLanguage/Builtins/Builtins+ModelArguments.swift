import Diagnostics
import NeuralNetwork
import Tensors

extension BuiltinRegistry {
    /// A loss written `"mse"`, `.mse`, or as a value (`Huber(delta: 2)`).
    static func lossChoice(_ v: Value, _ inv: Invocation, _ i: Int) throws -> LossChoice {
        switch v {
        case .string(let name): return .named(name)
        case .object(let o as LossBox): return .loss(o.loss)
        case .symbol(let name):
            let names = [
                "mse": "mse", "mae": "mae", "huber": "huber",
                "binaryCrossentropy": "binary_crossentropy",
                "categoricalCrossentropy": "categorical_crossentropy",
                "sparseCategoricalCrossentropy": "sparse_categorical_crossentropy",
            ]
            if let n = names[name] { return .named(n) }
        default: break
        }
        throw inv.mismatch(
            i, expected: "a loss (\"mse\", .sparseCategoricalCrossentropy, Huber(delta:) …)")
    }

    /// `compile(metrics:)`: identifiers (`"accuracy"`) and metric values
    /// (`BinaryAccuracy(threshold: 0.7)`); none when not given.
    static func metricChoices(_ inv: Invocation, _ i: Int) throws -> [MetricChoice] {
        guard inv.value(i) != nil else { return [] }
        return try inv.array(i).map { v in
            switch v {
            case .string(let name): return .named(name)
            case .object(let o as MetricBox): return .metric(o.metric)
            default: throw inv.mismatch(i, expected: "[String] or [Metric]")
            }
        }
    }

    /// Data given as one tensor or an array of tensors.
    static func dataList(_ v: Value, _ range: SourceRange) throws -> [Tensor] {
        if case .array(let items) = v,
            items.contains(where: {
                if case .object(_ as TensorBox) = $0 { return true } else { return false }
            })
        {
            return try items.map { try Invocation.dataTensor($0, at: range) }
        }
        return [try Invocation.dataTensor(v, at: range)]
    }
}
