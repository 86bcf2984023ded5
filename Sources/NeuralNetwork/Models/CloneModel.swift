import Tensors

/// A new model with the same architecture as `model` and freshly initialized weights (Keras's
/// `keras.models.clone_model`): every layer is recreated from its configuration through
/// ``LayerRegistry`` (same names and arguments, new weight objects), shared layers stay shared,
/// and the new layers are built with generators from ``ModelSeeds``.
///
/// Works for ``Sequential`` and functional models; the clone is not compiled. Layers whose
/// initializers carry their own seed get the same initial values again, as in Keras; adapted
/// statistics (``Normalization``) are not copied. Throws for a subclassed model, whose
/// architecture is code, or a layer kind the registry does not know.
public func cloneModel(_ model: Model) throws -> Model {
    if let sequential = model as? Sequential {
        var layers: [any Layer] = []
        if let input = sequential.inputLayer {
            layers.append(try Input(shape: input.shape, name: input.name))
        }
        for layer in sequential.layers { layers.append(try LayerRegistry.recreate(layer)) }
        return try Sequential(layers, name: sequential.name)
    }
    guard !model.graph.isEmpty else {
        throw TensorError.invalidArgument(
            operation: "cloneModel",
            reason:
                "'\(model.name)' is a subclassed model; only Sequential and functional models "
                + "can be cloned")
    }
    var newLayers: [ObjectIdentifier: any Layer] = [:]
    var newTensors: [ObjectIdentifier: SymbolicTensor] = [:]
    var newInputs: [Input] = []
    for input in model.inputs {
        let copy = try Input(shape: input.shape, name: input.name)
        newLayers[ObjectIdentifier(input)] = copy
        newTensors[ObjectIdentifier(input.symbolic)] = copy.symbolic
        newInputs.append(copy)
    }
    for node in model.graph where !node.inputs.isEmpty {
        let id = ObjectIdentifier(node.layer)
        let layer: any Layer
        if let existing = newLayers[id] {
            layer = existing
        } else {
            layer = try LayerRegistry.recreate(node.layer)
            newLayers[id] = layer
        }
        let arguments = try node.inputs.map { parent -> SymbolicTensor in
            guard let t = newTensors[ObjectIdentifier(parent)] else {
                throw TensorError.invalidArgument(
                    operation: "cloneModel",
                    reason: "the graph reached '\(node.layer.name)' before its input")
            }
            return t
        }
        let output: SymbolicTensor
        if let merge = layer as? any MultiInputLayer {
            output = try merge(arguments as [any SymbolicTensorConvertible])
        } else {
            output = try layer(arguments[0])
        }
        newTensors[ObjectIdentifier(node)] = output
    }
    let outputs = try model.outputs.map { output -> SymbolicTensor in
        guard let t = newTensors[ObjectIdentifier(output)] else {
            throw TensorError.invalidArgument(
                operation: "cloneModel", reason: "an output of '\(model.name)' was not reached")
        }
        return t
    }
    return try Model(inputs: newInputs, outputs: outputs, name: model.name)
}
