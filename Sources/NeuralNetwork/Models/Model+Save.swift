import Foundation
import Tensors

extension Model {
    /// The format name and version written into saved models. `includeOptimizer: false` leaves
    /// out the optimizer's state (its configuration is always saved).
    public static let savedModelFormat = (name: "handson.model", version: "1")

    /// Saves the whole model to one safetensors file (Keras's `model.save`): every weight as a
    /// tensor named `layer/index`; the optimizer's state as `optimizer/…` tensors; and in the
    /// file's metadata, as JSON strings, the architecture (`model_config`: each layer's kind and
    /// config and, for a functional model, the graph), the compile settings (`compile_config`)
    /// and the optimizer's config (`optimizer_config`), with `format` `handson.model` and
    /// `format_version` `1`. Any safetensors reader opens the file; ``loadModel(_:compile:)``
    /// rebuilds the model from it. Written atomically.
    ///
    /// A subclassed model's architecture is code, not configuration: save its weights with
    /// ``saveWeights(_:)`` instead.
    public func save(_ path: String, includeOptimizer: Bool = true) throws {
        let architecture = try architectureConfig()
        let (weights, order) = weightEntries()
        var tensors = weights
        var metadata: [String: String] = [
            "format": Self.savedModelFormat.name, "format_version": Self.savedModelFormat.version,
            "layers": try JSONValue.array(order.map { .string($0) }).encoded(),
            "model_config": try architecture.encoded(),
        ]
        if let settings = compiled {
            metadata["compile_config"] = try Self.compileConfig(settings).encoded()
            metadata["optimizer_config"] = try settings.optimizer.config.encoded()
            if includeOptimizer {
                for (name, tensor) in settings.optimizer.stateTensors() {
                    tensors.append(("optimizer/" + name, tensor))
                }
            }
        }
        try SafeTensors(tensors: tensors, metadata: metadata).write(to: path)
    }

    /// The layers and, for a functional model, the graph between them, as JSON.
    func architectureConfig() throws -> JSONValue {
        if let sequential = self as? Sequential {
            guard let input = sequential.inputLayer else {
                throw SerializationError.unsupported(
                    "the model '\(name)' is not built yet; give it an Input or train it before saving"
                )
            }
            return .object([
                "className": .string("Sequential"), "name": .string(name),
                "input": LayerRegistry.serialize(input),
                "layers": .array(sequential.layers.map(LayerRegistry.serialize)),
            ])
        }
        guard !graph.isEmpty else {
            throw SerializationError.unsupported(
                "the model '\(name)' is a subclassed model, whose architecture is code; save its weights with saveWeights(_:) and rebuild it in code"
            )
        }
        var layerIndex: [ObjectIdentifier: Int] = [:]
        var layerList: [JSONValue] = []
        var nodeIndex: [ObjectIdentifier: Int] = [:]
        var nodes: [JSONValue] = []
        for node in graph {
            let id = ObjectIdentifier(node.layer)
            if layerIndex[id] == nil {
                layerIndex[id] = layerList.count
                layerList.append(LayerRegistry.serialize(node.layer))
            }
            let parents = try node.inputs.map { parent -> JSONValue in
                guard let k = nodeIndex[ObjectIdentifier(parent)] else {
                    throw SerializationError.unsupported("the graph of '\(name)' is not in order")
                }
                return .number(Double(k))
            }
            nodeIndex[ObjectIdentifier(node)] = nodes.count
            nodes.append(
                .object(["layer": .number(Double(layerIndex[id] ?? 0)), "inputs": .array(parents)]))
        }
        func indices(_ list: [SymbolicTensor]) throws -> JSONValue {
            .array(
                try list.map { t in
                    guard let k = nodeIndex[ObjectIdentifier(t)] else {
                        throw SerializationError.unsupported(
                            "an input or output of '\(name)' is not in its graph")
                    }
                    return .number(Double(k))
                })
        }
        return .object([
            "className": .string("Functional"), "name": .string(name), "layers": .array(layerList),
            "nodes": .array(nodes), "inputs": try indices(inputs.map(\.symbolic)),
            "outputs": try indices(outputs),
        ])
    }

    /// The losses (names, and Huber's δ), loss weights and metrics of `compile`.
    static func compileConfig(_ settings: CompileSettings) -> JSONValue {
        let losses = settings.losses.map { choice -> JSONValue in
            switch choice {
            case .named(let name): return .object(["name": .string(name)])
            case .loss(let loss):
                var entry: [String: JSONValue] = ["name": .string(loss.name)]
                if let huber = loss as? Huber { entry["delta"] = .number(Double(huber.delta)) }
                return .object(entry)
            }
        }
        return .object([
            "losses": .array(losses),
            "lossWeights": .array(settings.lossWeights.map { .number(Double($0)) }),
            "metrics": .array(settings.metrics.map { .string($0.name) }),
        ])
    }

    /// Rebuilds a model from ``architectureConfig()``.
    static func fromArchitecture(_ config: JSONValue, path: String) throws -> Model {
        func bad(_ reason: String) -> SerializationError {
            .malformed(path: path, reason: "model_config: \(reason)")
        }
        let name = config["name"]?.stringValue
        switch config["className"]?.stringValue {
        case "Sequential":
            guard let inputConfig = config["input"], let layerConfigs = config["layers"]?.arrayValue
            else {
                throw bad("a Sequential model needs 'input' and 'layers'")
            }
            let layers =
                try [LayerRegistry.deserialize(inputConfig)]
                + layerConfigs.map(LayerRegistry.deserialize)
            return try Sequential(layers, name: name)
        case "Functional":
            guard let layerConfigs = config["layers"]?.arrayValue,
                let nodeConfigs = config["nodes"]?.arrayValue,
                let inputIndices = config["inputs"]?.intArray,
                let outputIndices = config["outputs"]?.intArray
            else { throw bad("a functional model needs 'layers', 'nodes', 'inputs' and 'outputs'") }
            let layers = try layerConfigs.map(LayerRegistry.deserialize)
            var nodes: [SymbolicTensor] = []
            for node in nodeConfigs {
                guard let k = node["layer"]?.intValue, layers.indices.contains(k),
                    let parents = node["inputs"]?.intArray,
                    parents.allSatisfy({ nodes.indices.contains($0) })
                else {
                    throw bad("node \(nodes.count) refers to a missing layer or to a later node")
                }
                let layer = layers[k]
                if parents.isEmpty {
                    guard let input = layer as? Input else {
                        throw bad("node \(nodes.count) has no inputs but is not an Input")
                    }
                    nodes.append(input.symbolic)
                } else if let merge = layer as? any MultiInputLayer {
                    nodes.append(
                        try merge(parents.map { nodes[$0] as any SymbolicTensorConvertible }))
                } else {
                    guard parents.count == 1 else {
                        throw bad("the layer '\(layer.name)' takes one input")
                    }
                    nodes.append(try layer(nodes[parents[0]]))
                }
            }
            guard (inputIndices + outputIndices).allSatisfy({ nodes.indices.contains($0) }) else {
                throw bad("an input or output index is out of range")
            }
            return try Model(
                inputs: inputIndices.map { nodes[$0] }, outputs: outputIndices.map { nodes[$0] },
                name: name)
        default:
            throw bad("unknown model class '\(config["className"]?.stringValue ?? "none")'")
        }
    }
}

/// Loads a model saved with ``Model/save(_:includeOptimizer:)``: the architecture, the weights
/// and, when `compile` is true and the file has them, the compile settings and the optimizer
/// with its state, so training resumes where it stopped. A file of another format version, a
/// weights-only file, a damaged or truncated file is a ``SerializationError`` naming the file,
/// never a crash.
public func loadModel(_ path: String, compile: Bool = true) throws -> Model {
    let file = try SafeTensors.read(from: path)
    func meta(_ key: String) throws -> JSONValue {
        guard let text = file.metadata[key] else {
            throw SerializationError.malformed(
                path: path, reason: "the '\(key)' metadata is missing")
        }
        do { return try JSONValue.decode(text) } catch let error as JSONNestingError {
            throw SerializationError.malformed(
                path: path, reason: "the '\(key)' metadata is \(error)")
        } catch {
            throw SerializationError.malformed(
                path: path, reason: "the '\(key)' metadata is not JSON")
        }
    }
    switch file.metadata["format"] {
    case Model.savedModelFormat.name?: break
    case Model.weightsFormat.name?:
        throw SerializationError.incompatible(
            path: path,
            reason:
                "the file holds only weights (saveWeights); build the model in code and call loadWeights(_:)"
        )
    default:
        throw SerializationError.incompatible(
            path: path,
            reason: "the file is not a HandsOn model (no 'format: handson.model' metadata)")
    }
    guard file.metadata["format_version"] == Model.savedModelFormat.version else {
        throw SerializationError.incompatible(
            path: path,
            reason:
                "the model was saved in format version \(file.metadata["format_version"] ?? "?"); this HandsOn reads version \(Model.savedModelFormat.version)"
        )
    }
    let model: Model
    do {
        model = try Model.fromArchitecture(try meta("model_config"), path: path)
    } catch let error as SerializationError {
        throw error
    } catch {
        throw SerializationError.malformed(path: path, reason: "model_config: \(error)")
    }
    try model.applyWeights(from: file, path: path)
    guard compile, file.metadata["compile_config"] != nil else { return model }
    let settings = try meta("compile_config")
    do {
        let losses = try (settings["losses"]?.arrayValue ?? []).map { entry -> LossChoice in
            guard let name = entry["name"]?.stringValue else {
                throw SerializationError.malformed(path: path, reason: "a loss has no name")
            }
            if let delta = entry["delta"]?.doubleValue {
                return .loss(try Huber(delta: Float(delta)))
            }
            return .named(name)
        }
        let weights = settings["lossWeights"]?.arrayValue?.compactMap {
            $0.doubleValue.map(Float.init)
        }
        // A metric value saved under a name of its own (`BinaryAccuracy(name: "hits")`) has no
        // config to be recreated from; the metrics known by name are.
        let metrics = (settings["metrics"]?.arrayValue?.compactMap(\.stringValue) ?? [])
            .filter { (try? metricNamed($0, yTrueShape: [1, 2], yPredShape: [1, 2])) != nil }
            .map(MetricChoice.named)
        let optimizer =
            file.metadata["optimizer_config"] != nil
            ? try makeOptimizer(config: try meta("optimizer_config")) : try SGD()
        var state: [String: Tensor] = [:]
        for (name, tensor) in file.tensors where name.hasPrefix("optimizer/") {
            state[String(name.dropFirst("optimizer/".count))] = tensor
        }
        if !state.isEmpty { try optimizer.loadState(state) }
        try model.compile(
            losses: losses, lossWeights: weights, optimizer: optimizer, metrics: metrics)
    } catch let error as SerializationError {
        throw error
    } catch {
        throw SerializationError.malformed(path: path, reason: "compile_config: \(error)")
    }
    return model
}
