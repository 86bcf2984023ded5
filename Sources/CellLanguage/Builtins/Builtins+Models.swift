import Diagnostics
import NeuralNetwork
import Tensors

extension BuiltinRegistry {
    /// Models: `Sequential(_:name:)`, the functional `Model(inputs:outputs:name:)`, and their
    /// methods with Keras's names in Swift idiom — `add`, `compile`, `fit`, `evaluate`,
    /// `predict`, `summary`, `getLayer(named:)`, `getWeights`/`setWeights`, `layerStatistics`;
    /// `History` with `history`, `epoch`, `params` and `history["loss"]`.
    func registerModels() {
        let sequential = Builtin(
            "Sequential", [.positional(true), .labeled("name", defaulted: true)]
        ) { inv in
            let layers = inv.value(0) == nil ? [] : try inv.layers(0)
            let name = try inv.optionalString(1)
            return .object(
                ModelBox(try Self.tensorCall(inv) { try Sequential(layers, name: name) }))
        }
        types["Sequential"] = BuiltinType("Sequential", initializers: [sequential])
        let functional = Builtin(
            "Model", [.labeled("inputs"), .labeled("outputs"), .labeled("name", defaulted: true)]
        ) { inv in
            let inputs = try inv.symbolics(0)
            let outputs = try inv.symbolics(1)
            let name = try inv.optionalString(2)
            return .object(
                ModelBox(
                    try Self.tensorCall(inv) {
                        try Model(inputs: inputs, outputs: outputs, name: name)
                    }))
        }
        types["Model"] = BuiltinType("Model", initializers: [functional])
        registerModelMethods()
        registerModelMembers()
        registerHistoryMembers()
    }
}
