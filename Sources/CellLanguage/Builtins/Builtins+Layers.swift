import Diagnostics
import NeuralNetwork
import Tensors

extension BuiltinRegistry {
    /// Activation functions as values, and what layers (made from ``EngineCatalog``, see
    /// `Builtins+Catalog.swift`) can do: be called on tensors or on symbolic inputs,
    /// `getWeights()`/`setWeights(_:)`, `name`, `trainable` (settable).
    func registerLayers() {
        registerActivationValues()
        registerLayerMembers()
    }

    /// A layer as a cell value: a cell's own `Layer` subclass as its instance, an engine layer
    /// in a box (the same layer compares `===` to itself however it was fetched).
    static func layerValue(_ layer: any Layer) -> Value {
        if let cellLayer = layer as? CellLayer { return .instance(cellLayer.instance) }
        return .object(LayerBox(layer))
    }

    private func registerLayerMembers() {
        let methods: [String: [Builtin]] = [
            "getWeights": [
                Builtin("getWeights", []) { inv in
                    guard case .object(let o as LayerBox) = inv.receiver else { return .void }
                    return .array(o.layer.getWeights().map { Self.box($0) })
                }
            ],
            "setWeights": [
                Builtin("setWeights", [.positional()]) { inv in
                    guard case .object(let o as LayerBox) = inv.receiver else { return .void }
                    let weights = try inv.array(0).map { v -> Tensor in
                        guard case .object(let t as TensorBox) = v else {
                            throw inv.mismatch(0, expected: "[Tensor]")
                        }
                        return t.tensor
                    }
                    try Self.tensorCall(inv) { try o.layer.setWeights(weights) }
                    return .void
                }
            ],
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
            case "nonTrainableWeights":
                return .array(layer.nonTrainableWeights.map { Self.box($0) })
            case "units": return (layer as? Dense).map { .int($0.units) }
            case "activation":
                return (layer as? Dense).map { .object(ActivationBox($0.activation)) }
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
                throw RuntimeError(
                    "cannot assign value of type '\(v.typeName)' to type 'Bool'", at: range)
            }
            o.layer.trainable = b
            return true
        }
        // `layer(x)` on a tensor computes; on an Input or a symbolic output it builds a graph.
        let callOnValue = Builtin(
            "callAsFunction", [.positional(), .labeled("training", defaulted: true)]
        ) { inv in
            guard case .object(let o as LayerBox) = inv.receiver else { return .void }
            let layer = o.layer
            let argument = inv.value(0) ?? .void
            let training = inv.value(1) == nil ? false : try inv.bool(1)
            switch argument {
            case .object(_ as TensorBox):
                let x = try inv.data(0)
                return Self.box(try Self.tensorCall(inv) { try layer(x, training: training) })
            case .array(let items)
            where items.first.map({
                if case .object(_ as TensorBox) = $0 { return true } else { return false }
            }) ?? false:
                // A merge layer on tensors: `Concatenate()([a, b])` inside a subclass's call.
                guard let merge = layer as? any MultiInputLayer else {
                    throw RuntimeError(
                        "'\(layer.name)' takes one tensor, not an array", at: inv.range(0))
                }
                let xs = try items.map { item -> Tensor in
                    guard case .object(let t as TensorBox) = item else {
                        throw inv.mismatch(0, expected: "[Tensor]")
                    }
                    return t.tensor
                }
                return Self.box(
                    try Self.tensorCall(inv) {
                        if !merge.isBuilt {
                            var generator = RandomGenerator(seed: ModelSeeds.next())
                            try merge.build(
                                inputShapes: xs.map { Array($0.shape.dropFirst()) },
                                using: &generator)
                        }
                        return try merge.apply(
                            xs, weights: ForwardContext.weights(for: merge), training: training)
                    })
            default:
                let inputs = try inv.symbolics(0)
                return .object(
                    SymbolicBox(
                        try Self.tensorCall(inv) { () -> SymbolicTensor in
                            if let merge = layer as? any MultiInputLayer {
                                return try merge(inputs)
                            }
                            guard inputs.count == 1 else {
                                throw TensorError.invalidArgument(
                                    operation: layer.name,
                                    reason: "the layer takes one input, received \(inputs.count)")
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
                return Self.box(
                    try Self.tensorCall(inv) {
                        derivative ? try f.derivative(t.tensor) : try f(t.tensor)
                    })
            default:
                let xs = try inv.doubles(0)
                return .array((derivative ? f.derivative(xs) : f(xs)).map { .double($0) })
            }
        }
        let call = Builtin("callAsFunction", [.positional()]) { inv in
            try apply(inv, derivative: false)
        }
        let derivative = Builtin("derivative", [.positional()]) { inv in
            try apply(inv, derivative: true)
        }
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
}
