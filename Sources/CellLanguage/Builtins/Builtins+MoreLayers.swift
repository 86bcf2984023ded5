import Diagnostics
import NeuralNetwork
import Tensors

extension BuiltinRegistry {
    /// Keras's functional `concatenate(_:axis:)`, `Normalization`'s `adapt(_:)`, and
    /// `cloneModel(_:)` and `foldBatchNormalization(_:)` for models.
    func registerMoreLayers() {
        let name = BuiltinParameter.labeled("name", defaulted: true)
        // Keras's functional `concatenate([a, b], axis:)`: on symbolic tensors a new
        // Concatenate layer in the graph, on tensors (inside a subclass's `call`) their join.
        function("concatenate", [.positional(), .labeled("axis", defaulted: true), name]) { inv in
            let axis = try inv.optionalInt(1)
            let layerName = try inv.optionalString(2)
            let items = try inv.array(0)
            guard
                items.contains(where: {
                    if case .object(_ as TensorBox) = $0 { return true } else { return false }
                })
            else {
                let inputs = try inv.symbolics(0)
                return .object(
                    SymbolicBox(
                        try Self.tensorCall(inv) {
                            try NeuralNetwork.concatenate(inputs, axis: axis, name: layerName)
                        }))
            }
            let xs = try items.map { try Invocation.dataTensor($0, at: inv.range(0)) }
            let layer =
                axis.map { Concatenate(axis: $0, name: layerName) } ?? Concatenate(name: layerName)
            return Self.box(
                try Self.tensorCall(inv) {
                    var generator = RandomGenerator(seed: 0)
                    try layer.build(
                        inputShapes: xs.map { Array($0.shape.dropFirst()) }, using: &generator)
                    return try layer.apply(xs, weights: [], training: false)
                })
        }
        let adapt = Builtin("adapt", [.positional()]) { inv in
            guard case .object(let o as LayerBox) = inv.receiver,
                let layer = o.layer as? Normalization
            else { return .void }
            let data = try inv.data(0)
            try Self.tensorCall(inv) { try layer.adapt(data) }
            return .void
        }
        objectMethods.append { value in
            guard case .object(let o as LayerBox) = value, o.layer is Normalization else {
                return [:]
            }
            return ["adapt": [adapt]]
        }
        function("cloneModel", [.positional()]) { inv in
            guard case .object(let o as ModelBox)? = inv.value(0) else {
                throw inv.mismatch(0, expected: "Model")
            }
            return .object(ModelBox(try Self.tensorCall(inv) { try cloneModel(o.model) }))
        }
        function("foldBatchNormalization", [.positional()]) { inv in
            guard case .object(let o as ModelBox)? = inv.value(0) else {
                throw inv.mismatch(0, expected: "Model")
            }
            return .object(
                ModelBox(try Self.tensorCall(inv) { try foldBatchNormalization(o.model) }))
        }
    }
}
