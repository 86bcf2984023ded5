import Diagnostics
import NeuralNetwork
import Tensors

extension BuiltinRegistry {
    /// The layers of `NeuralNetwork` with their Swift names and labels (`Input(shape:)`,
    /// `Dense(_:activation:useBias:kernelInitializer:biasInitializer:name:)` …), activation
    /// functions and initializers as values, and what layers can do: be called on tensors or
    /// on symbolic inputs, `getWeights()`/`setWeights(_:)`, `name`, `trainable` (settable).
    func registerLayers() {
        layerType("Input", [.labeled("shape"), .labeled("name", defaulted: true)]) { inv in
            try Input(shape: try inv.ints(0), name: try inv.optionalString(1))
        }
        layerType(
            "Dense",
            [
                .positional(), .labeled("activation", defaulted: true),
                .labeled("useBias", defaulted: true), .labeled("kernelInitializer", defaulted: true),
                .labeled("biasInitializer", defaulted: true), .labeled("kernelRegularizer", defaulted: true),
                .labeled("kernelConstraint", defaulted: true), .labeled("inputShape", defaulted: true),
                .labeled("name", defaulted: true),
            ]
        ) { inv in
            try Dense(
                try inv.int(0), activation: try inv.activation(1),
                useBias: try inv.optionalBool(2) ?? Dense.Defaults.useBias,
                kernelInitializer: try inv.initializer(3, default: Dense.Defaults.kernelInitializer),
                biasInitializer: try inv.initializer(4, default: Dense.Defaults.biasInitializer),
                kernelRegularizer: try inv.regularizer(5), kernelConstraint: try inv.constraint(6),
                inputShape: inv.value(7) == nil ? nil : try inv.ints(7), name: try inv.optionalString(8))
        }
        registerActivationValues()
        registerInitializerValues()
        registerLayerMembers()
    }

    /// A layer as a cell value: a cell's own `Layer` subclass as its instance, an engine layer
    /// in a box (the same layer compares `===` to itself however it was fetched).
    static func layerValue(_ layer: any Layer) -> Value {
        if let cellLayer = layer as? CellLayer { return .instance(cellLayer.instance) }
        return .object(LayerBox(layer))
    }

    /// Registers a layer type whose initializer is `make`.
    func layerType(
        _ name: String, _ parameters: [BuiltinParameter], _ make: @escaping (inout Invocation) throws -> any Layer
    ) {
        let initializer = Builtin(name, parameters) { inv in
            .object(LayerBox(try Self.tensorCall(inv) { try make(&inv) }))
        }
        types[name] = BuiltinType(name, initializers: [initializer])
    }

    private func registerLayerMembers() {
        let methods: [String: [Builtin]] = [
            "getWeights": [Builtin("getWeights", []) { inv in
                guard case .object(let o as LayerBox) = inv.receiver else { return .void }
                return .array(o.layer.getWeights().map { Self.box($0) })
            }],
            "setWeights": [Builtin("setWeights", [.positional()]) { inv in
                guard case .object(let o as LayerBox) = inv.receiver else { return .void }
                let weights = try inv.array(0).map { v -> Tensor in
                    guard case .object(let t as TensorBox) = v else { throw inv.mismatch(0, expected: "[Tensor]") }
                    return t.tensor
                }
                try Self.tensorCall(inv) { try o.layer.setWeights(weights) }
                return .void
            }],
        ]
        objectMethods.append { value in
            guard case .object(let o) = value, o is LayerBox else { return [:] }
            return methods
        }
        objectProperties.append { name, value in
            guard case .object(let o as LayerBox) = value else { return nil }
            let layer = o.layer
            switch name {
            case "name": return .string(layer.name)
            case "trainable": return .bool(layer.trainable)
            case "isBuilt": return .bool(layer.isBuilt)
            case "parameterCount": return .int(layer.parameterCount)
            case "trainableParameterCount": return .int(layer.trainableParameterCount)
            case "nonTrainableParameterCount": return .int(layer.nonTrainableParameterCount)
            case "kind": return .string(layer.kind)
            case "weights": return .array(layer.getWeights().map { Self.box($0) })
            case "trainableWeights": return .array(layer.trainableWeights.map { Self.box($0) })
            case "nonTrainableWeights": return .array(layer.nonTrainableWeights.map { Self.box($0) })
            case "units": return (layer as? Dense).map { .int($0.units) }
            case "activation": return (layer as? Dense).map { .object(ActivationBox($0.activation)) }
            case "shape": return (layer as? Input).map { .array($0.shape.map { .int($0) }) }
            default: return nil
            }
        }
        objectProperties.append { name, value in
            guard name == "shape", case .object(let o as SymbolicBox) = value else { return nil }
            return .array(o.symbolic.shape.map { .int($0) })
        }
        propertySetters.append { name, base, range, body in
            guard case .object(let o as LayerBox) = base, name == "trainable" else { return false }
            var v: Value = .bool(o.layer.trainable)
            try body(&v)
            guard case .bool(let b) = v else {
                throw RuntimeError("cannot assign value of type '\(v.typeName)' to type 'Bool'", at: range)
            }
            o.layer.trainable = b
            return true
        }
        // `layer(x)` on a tensor computes; on an Input or a symbolic output it builds a graph.
        let callOnValue = Builtin("callAsFunction", [.positional(), .labeled("training", defaulted: true)]) { inv in
            guard case .object(let o as LayerBox) = inv.receiver else { return .void }
            let layer = o.layer
            let argument = inv.value(0) ?? .void
            let training = inv.value(1) == nil ? false : try inv.bool(1)
            switch argument {
            case .object(_ as TensorBox):
                let x = try inv.data(0)
                return Self.box(try Self.tensorCall(inv) { try layer(x, training: training) })
            case .array(let items) where items.first.map({ if case .object(_ as TensorBox) = $0 { return true } else { return false } }) ?? false:
                // A merge layer on tensors: `Concatenate()([a, b])` inside a subclass's call.
                guard let merge = layer as? any MultiInputLayer else {
                    throw RuntimeError("'\(layer.name)' takes one tensor, not an array", at: inv.range(0))
                }
                let xs = try items.map { item -> Tensor in
                    guard case .object(let t as TensorBox) = item else { throw inv.mismatch(0, expected: "[Tensor]") }
                    return t.tensor
                }
                return Self.box(try Self.tensorCall(inv) {
                    if !merge.isBuilt {
                        var generator = RandomGenerator(seed: ModelSeeds.next())
                        try merge.build(inputShapes: xs.map { Array($0.shape.dropFirst()) }, using: &generator)
                    }
                    return try merge.apply(xs, weights: ForwardContext.weights(for: merge), training: training)
                })
            default:
                let inputs = try inv.symbolics(0)
                return .object(SymbolicBox(try Self.tensorCall(inv) { () -> SymbolicTensor in
                    if let merge = layer as? any MultiInputLayer {
                        return try merge(inputs)
                    }
                    guard inputs.count == 1 else {
                        throw TensorError.invalidArgument(
                            operation: layer.name, reason: "the layer takes one input, received \(inputs.count)")
                    }
                    return try layer(inputs[0])
                }))
            }
        }
        objectCalls.append { value in
            guard case .object(let o) = value, o is LayerBox else { return nil }
            return [callOnValue]
        }
    }

    /// `ActivationFunction.relu` … as values: callable on numbers, arrays and tensors, with
    /// `derivative(_:)` and `name`.
    private func registerActivationValues() {
        var statics: [String: Value] = [:]
        for (name, f) in Invocation.activations { statics[name] = .object(ActivationBox(f)) }
        types["ActivationFunction"] = BuiltinType("ActivationFunction", staticMembers: statics)
        func apply(_ inv: Invocation, derivative: Bool) throws -> Value {
            guard case .object(let o as ActivationBox) = inv.receiver else { return .void }
            let f = o.activation
            switch inv.value(0) {
            case .double(let x)?: return .double(derivative ? f.derivative(x) : f(x))
            case .int(let n)?: return .double(derivative ? f.derivative(Double(n)) : f(Double(n)))
            case .object(let t as TensorBox)?:
                return Self.box(try Self.tensorCall(inv) { derivative ? try f.derivative(t.tensor) : try f(t.tensor) })
            default:
                let xs = try inv.doubles(0)
                return .array((derivative ? f.derivative(xs) : f(xs)).map { .double($0) })
            }
        }
        let call = Builtin("callAsFunction", [.positional()]) { inv in try apply(inv, derivative: false) }
        let derivative = Builtin("derivative", [.positional()]) { inv in try apply(inv, derivative: true) }
        objectCalls.append { value in
            guard case .object(let o) = value, o is ActivationBox else { return nil }
            return [call]
        }
        objectMethods.append { value in
            guard case .object(let o) = value, o is ActivationBox else { return [:] }
            return ["derivative": [derivative]]
        }
        objectProperties.append { name, value in
            guard name == "name", case .object(let o as ActivationBox) = value else { return nil }
            return .string(o.activation.name)
        }
    }

    /// `VarianceScaling(scale:mode:distribution:seed:)`, `RandomNormal(…)`, `Constant(_:)` …
    private func registerInitializerValues() {
        func initializerType(_ name: String, _ parameters: [BuiltinParameter], _ make: @escaping (Invocation) throws -> any Initializer) {
            types[name] = BuiltinType(name, initializers: [Builtin(name, parameters) { inv in
                .object(InitializerBox(try Self.tensorCall(inv) { try make(inv) }))
            }])
        }
        func symbolOption<E>(_ inv: Invocation, _ i: Int, _ cases: [String: E], default d: E) throws -> E {
            guard let v = inv.value(i) else { return d }
            guard case .symbol(let name) = v, let e = cases[name] else {
                let names = cases.keys.sorted().map { "." + $0 }.joined(separator: ", ")
                throw RuntimeError("expected one of \(names), not \(Formatter.describe(v))", at: inv.range(i))
            }
            return e
        }
        initializerType(
            "VarianceScaling",
            [.labeled("scale", defaulted: true), .labeled("mode", defaulted: true),
             .labeled("distribution", defaulted: true), .labeled("seed", defaulted: true)]
        ) { inv in
            try VarianceScaling(
                scale: inv.value(0) == nil ? VarianceScaling.Defaults.scale : try inv.double(0),
                mode: try symbolOption(
                    inv, 1, ["fanIn": .fanIn, "fanOut": .fanOut, "fanAvg": .fanAvg], default: VarianceScaling.Defaults.mode),
                distribution: try symbolOption(
                    inv, 2,
                    ["truncatedNormal": .truncatedNormal, "normal": .truncatedNormal,
                     "untruncatedNormal": .untruncatedNormal, "uniform": .uniform],
                    default: VarianceScaling.Defaults.distribution),
                seed: try Self.seedArgument(inv, 3))
        }
        let normalLabels: [BuiltinParameter] = [
            .labeled("mean", defaulted: true), .labeled("standardDeviation", defaulted: true),
            .labeled("seed", defaulted: true),
        ]
        initializerType("RandomNormal", normalLabels) { inv in
            RandomNormal(
                mean: try inv.optionalFloat(0) ?? RandomNormal.defaultMean,
                standardDeviation: try inv.optionalFloat(1) ?? RandomNormal.defaultStandardDeviation,
                seed: try Self.seedArgument(inv, 2))
        }
        initializerType("TruncatedNormal", normalLabels) { inv in
            TruncatedNormal(
                mean: try inv.optionalFloat(0) ?? RandomNormal.defaultMean,
                standardDeviation: try inv.optionalFloat(1) ?? RandomNormal.defaultStandardDeviation,
                seed: try Self.seedArgument(inv, 2))
        }
        initializerType(
            "RandomUniform",
            [.labeled("minimum", defaulted: true), .labeled("maximum", defaulted: true), .labeled("seed", defaulted: true)]
        ) { inv in
            RandomUniform(
                minimum: try inv.optionalFloat(0) ?? RandomUniform.defaultMinimum,
                maximum: try inv.optionalFloat(1) ?? RandomUniform.defaultMaximum,
                seed: try Self.seedArgument(inv, 2))
        }
        initializerType("Constant", [.positional(true)]) { inv in Constant(try inv.optionalFloat(0) ?? 0) }
        initializerType("Zeros", []) { _ in Zeros() }
        // Keras's named presets of VarianceScaling: GlorotUniform(), HeNormal(seed: 1) …
        let presets: [(String, (UInt64?) -> VarianceScaling)] = [
            ("GlorotUniform", VarianceScaling.glorotUniform), ("GlorotNormal", VarianceScaling.glorotNormal),
            ("HeUniform", VarianceScaling.heUniform), ("HeNormal", VarianceScaling.heNormal),
            ("LecunUniform", VarianceScaling.lecunUniform), ("LecunNormal", VarianceScaling.lecunNormal),
        ]
        for (name, make) in presets {
            initializerType(name, [.labeled("seed", defaulted: true)]) { inv in make(try Self.seedArgument(inv, 0)) }
        }
        initializerType("Ones", []) { _ in Ones() }
    }
}
