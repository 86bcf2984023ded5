import Diagnostics
import NeuralNetwork
import Tensors

extension BuiltinRegistry {
    /// The layers beside `Input` and `Dense`, with the engine's labels: `Flatten`, `Activation`,
    /// `LeakyReLU`, `PReLU`, `BatchNormalization`, `Dropout`, `Concatenate`, `Normalization`
    /// (with `adapt(_:)`); and `cloneModel(_:)` and `foldBatchNormalization(_:)` for models.
    func registerMoreLayers() {
        let name = BuiltinParameter.labeled("name", defaulted: true)
        layerType("Flatten", [.labeled("inputShape", defaulted: true), name]) { inv in
            Flatten(inputShape: inv.value(0) == nil ? nil : try inv.ints(0), name: try inv.optionalString(1))
        }
        layerType("Activation", [.positional(), name]) { inv in
            if case .string(let identifier)? = inv.value(0) {
                return try Activation(identifier, name: try inv.optionalString(1))
            }
            return Activation(try inv.activation(0), name: try inv.optionalString(1))
        }
        layerType("LeakyReLU", [.labeled("negativeSlope", defaulted: true), .labeled("alpha", defaulted: true), name]) { inv in
            let slope = try inv.optionalFloat(0) ?? inv.optionalFloat(1) ?? LeakyReLU.defaultNegativeSlope
            return try LeakyReLU(negativeSlope: slope, name: try inv.optionalString(2))
        }
        layerType("PReLU", [.labeled("alphaInitializer", defaulted: true), .labeled("sharedAxes", defaulted: true), name]) { inv in
            PReLU(
                alphaInitializer: try inv.initializer(0, default: Zeros()),
                sharedAxes: inv.value(1) == nil ? nil : try inv.ints(1), name: try inv.optionalString(2))
        }
        layerType("BatchNormalization", [
            .labeled("axis", defaulted: true), .labeled("momentum", defaulted: true), .labeled("epsilon", defaulted: true),
            .labeled("center", defaulted: true), .labeled("scale", defaulted: true), name,
        ]) { inv in
            try BatchNormalization(
                axis: try inv.optionalInt(0) ?? BatchNormalization.Defaults.axis,
                momentum: inv.value(1) == nil ? BatchNormalization.Defaults.momentum : try inv.double(1),
                epsilon: inv.value(2) == nil ? BatchNormalization.Defaults.epsilon : try inv.double(2),
                center: try inv.optionalBool(3) ?? BatchNormalization.Defaults.center,
                scale: try inv.optionalBool(4) ?? BatchNormalization.Defaults.scale,
                name: try inv.optionalString(5))
        }
        layerType("Dropout", [.labeled("rate"), .labeled("seed", defaulted: true), name]) { inv in
            try Dropout(
                rate: try inv.double(0), seed: try Self.seedArgument(inv, 1),
                name: try inv.optionalString(2))
        }
        layerType("Concatenate", [.labeled("axis", defaulted: true), name]) { inv in
            Concatenate(axis: try inv.optionalInt(0) ?? -1, name: try inv.optionalString(1))
        }
        // Keras's functional `concatenate([a, b], axis:)`: on symbolic tensors a new
        // Concatenate layer in the graph, on tensors (inside a subclass's `call`) their join.
        function("concatenate", [.positional(), .labeled("axis", defaulted: true), name]) { inv in
            let axis = try inv.optionalInt(1), layerName = try inv.optionalString(2)
            let items = try inv.array(0)
            guard items.contains(where: { if case .object(_ as TensorBox) = $0 { return true } else { return false } })
            else {
                let inputs = try inv.symbolics(0)
                return .object(SymbolicBox(try Self.tensorCall(inv) {
                    try NeuralNetwork.concatenate(inputs, axis: axis, name: layerName)
                }))
            }
            let xs = try items.map { try Invocation.dataTensor($0, at: inv.range(0)) }
            let layer = axis.map { Concatenate(axis: $0, name: layerName) } ?? Concatenate(name: layerName)
            return Self.box(try Self.tensorCall(inv) {
                var generator = RandomGenerator(seed: 0)
                try layer.build(inputShapes: xs.map { Array($0.shape.dropFirst()) }, using: &generator)
                return try layer.apply(xs, weights: [], training: false)
            })
        }
        layerType("Normalization", [.labeled("axis", defaulted: true), .labeled("mean", defaulted: true), .labeled("variance", defaulted: true), name]) { inv in
            try Normalization(
                axis: try inv.optionalInt(0) ?? -1, mean: try inv.optionalDoubles(1)?.map(Float.init),
                variance: try inv.optionalDoubles(2)?.map(Float.init), name: try inv.optionalString(3))
        }
        let adapt = Builtin("adapt", [.positional()]) { inv in
            guard case .object(let o as LayerBox) = inv.receiver, let layer = o.layer as? Normalization else { return .void }
            let data = try inv.data(0)
            try Self.tensorCall(inv) { try layer.adapt(data) }
            return .void
        }
        objectMethods.append { value in
            guard case .object(let o as LayerBox) = value, o.layer is Normalization else { return [:] }
            return ["adapt": [adapt]]
        }
        function("cloneModel", [.positional()]) { inv in
            guard case .object(let o as ModelBox)? = inv.value(0) else { throw inv.mismatch(0, expected: "Model") }
            return .object(ModelBox(try Self.tensorCall(inv) { try cloneModel(o.model) }))
        }
        function("foldBatchNormalization", [.positional()]) { inv in
            guard case .object(let o as ModelBox)? = inv.value(0) else { throw inv.mismatch(0, expected: "Model") }
            return .object(ModelBox(try Self.tensorCall(inv) { try foldBatchNormalization(o.model) }))
        }
    }
}
