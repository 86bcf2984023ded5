import Tensors

/// A network of layers that can be trained and evaluated (Keras's `keras.Model`).
///
/// Three ways to make one, as in Keras:
/// - functional: call layers on an ``Input`` and on each other's outputs, then
///   `Model(inputs: [input], outputs: [output])` — several inputs and outputs allowed;
/// - ``Sequential``, a stack of layers;
/// - a subclass that overrides ``call(_:training:)`` and registers its layers with
///   ``track(_:)``.
///
/// `compile` chooses the loss, the optimizer and the metrics; `fit` trains (see `Model+Fit`),
/// `evaluate` and `predict` run in inference mode, `summary()` prints Keras's table.
open class Model: CustomStringConvertible {
    /// The model's name (`"functional"`, `"sequential_1"` … unless given).
    public let name: String
    /// The model's inputs, in the order batches are passed.
    public internal(set) var inputs: [Input] = []
    /// The model's symbolic outputs, in the order predictions are returned.
    public internal(set) var outputs: [SymbolicTensor] = []
    /// The layer calls of the graph in an order where every call comes after its inputs.
    var graph: [SymbolicTensor] = []
    /// Layers registered by a subclass with ``track(_:)``.
    var trackedLayers: [any Layer] = []
    /// Set by a callback to end `fit` after the current epoch (Keras's `stop_training`).
    public var stopTraining = false
    /// The ``History`` of the latest `fit` (Keras's `model.history`), filled epoch by epoch, so
    /// the epochs before a failure (a NaN loss) stay available.
    public internal(set) var history: History?
    /// The settings of the last `compile`, `nil` before.
    public internal(set) var compiled: CompileSettings?
    /// Where `fit` and `evaluate` write their progress lines when `verbose` is not 0.
    public var log: (String) -> Void = { print($0) }
    /// Whether `fit`'s progress lines show each epoch's seconds (leave it off for output that
    /// must be the same on every run).
    public var logsElapsedTime = true
    /// The generator that shuffles the training data, seeded from ``ModelSeeds``.
    var shuffler = RandomGenerator(seed: ModelSeeds.next())
    /// Whether the last `fit` trained through the fused dense kernels (see `FusedDenseTraining`).
    public internal(set) var lastFitWasFused = false
    /// The number of epochs trained so far over all calls to `fit`.
    public internal(set) var epochsTrained = 0

    /// A functional model from its inputs to its outputs; throws when an output does not
    /// depend only on the given inputs.
    public init(
        inputs: [any SymbolicTensorConvertible], outputs: [any SymbolicTensorConvertible],
        name: String? = nil
    ) throws {
        self.name = name ?? LayerNames.unique("functional")
        try setGraph(inputs: inputs.map(\.symbolic), outputs: outputs.map(\.symbolic))
    }

    /// A functional model of one input and one output.
    public convenience init(
        inputs: some SymbolicTensorConvertible, outputs: some SymbolicTensorConvertible,
        name: String? = nil
    ) throws {
        try self.init(inputs: [inputs], outputs: [outputs], name: name)
    }

    /// An empty model for subclasses (and ``Sequential``), named after `kind`.
    public init(name: String? = nil, kind: String = "model") {
        self.name = name ?? LayerNames.unique(kind)
    }

    /// Registers layers that a subclass uses in ``call(_:training:)``, so their weights are
    /// trained, counted and saved (Keras tracks attributes automatically).
    public func track(_ layers: any Layer...) {
        for layer in layers where !trackedLayers.contains(where: { $0 === layer }) {
            trackedLayers.append(layer)
        }
    }

    /// Records the graph between `inputs` and `outputs`.
    func setGraph(inputs: [SymbolicTensor], outputs: [SymbolicTensor]) throws {
        var inputLayers: [Input] = []
        for x in inputs {
            guard let input = x.layer as? Input, x.inputs.isEmpty else {
                throw TensorError.invalidArgument(
                    operation: "Model(inputs:outputs:)",
                    reason: "every input must be an Input; '\(x.layer.name)' is a \(x.layer.kind)")
            }
            inputLayers.append(input)
        }
        guard !outputs.isEmpty else {
            throw TensorError.invalidArgument(
                operation: "Model(inputs:outputs:)", reason: "a model needs at least one output")
        }
        var order: [SymbolicTensor] = []
        var state: [ObjectIdentifier: Bool] = [:]  // false: in progress, true: done
        var stack: [(SymbolicTensor, Bool)] = outputs.reversed().map { ($0, false) }
        while let (node, expanded) = stack.popLast() {
            let id = ObjectIdentifier(node)
            if expanded {
                state[id] = true
                order.append(node)
                continue
            }
            if state[id] != nil { continue }
            if node.inputs.isEmpty {
                guard inputLayers.contains(where: { $0 === node.layer }) else {
                    throw TensorError.invalidArgument(
                        operation: "Model(inputs:outputs:)",
                        reason:
                            "the outputs depend on the input '\(node.layer.name)', which is not "
                            + "among the model's inputs")
                }
            }
            state[id] = false
            stack.append((node, true))
            for parent in node.inputs.reversed() where state[ObjectIdentifier(parent)] == nil {
                stack.append((parent, false))
            }
        }
        self.inputs = inputLayers
        self.outputs = outputs
        self.graph = order
    }

    /// The model's layers, each once, in the order they are first called (the inputs of a
    /// functional model first, as Keras lists them).
    open var layers: [any Layer] {
        guard !graph.isEmpty else { return trackedLayers }
        var seen: Set<ObjectIdentifier> = []
        var result: [any Layer] = []
        for input in inputs where seen.insert(ObjectIdentifier(input)).inserted {
            result.append(input)
        }
        for node in graph where seen.insert(ObjectIdentifier(node.layer)).inserted {
            result.append(node.layer)
        }
        return result
    }

    /// The layer named `name`; throws with the known names when there is none.
    public func getLayer(named name: String) throws -> any Layer {
        if let layer = layers.first(where: { $0.name == name }) { return layer }
        throw TensorError.invalidArgument(
            operation: "getLayer(named:)",
            reason:
                "no layer named '\(name)'. Layers: \(layers.map(\.name).joined(separator: ", "))")
    }

    /// The layer at `index` of ``layers``; throws when out of range.
    public func getLayer(index: Int) throws -> any Layer {
        let all = layers
        guard all.indices.contains(index) else {
            throw TensorError.indexOutOfRange(
                operation: "getLayer(index:)", index: index, count: all.count)
        }
        return all[index]
    }

    /// Whether the model's weights exist (a ``Sequential`` without an ``Input`` is built by the
    /// first batch it sees).
    open var isBuilt: Bool { !graph.isEmpty || !trackedLayers.isEmpty }

    /// Builds the model for batches whose per-sample shapes are `inputShapes`, when needed.
    open func build(inputShapes: [[Int]]) throws {}

    /// The model applied to one batch per input: the outputs, in order. Functional models
    /// evaluate their graph; subclasses override this or ``call(_:training:)``.
    open func call(_ inputs: [Tensor], training: Bool) throws -> [Tensor] {
        if graph.isEmpty {
            guard inputs.count == 1 else {
                throw TensorError.invalidArgument(
                    operation: "\(name).call",
                    reason: "this model takes one input, received \(inputs.count)")
            }
            return [try call(inputs[0], training: training)]
        }
        return try evaluateGraph(inputs, training: training, logitsOutputs: [])
    }

    /// The model applied to a batch of its single input; subclasses override this
    /// (`override func call(_ x: Tensor, training: Bool) throws -> Tensor`).
    open func call(_ x: Tensor, training: Bool) throws -> Tensor {
        guard !graph.isEmpty else {
            throw TensorError.invalidArgument(
                operation: "\(name).call",
                reason: "a subclass of Model must override call(_:training:)")
        }
        let outputs = try call([x], training: training)
        guard outputs.count == 1 else {
            throw TensorError.invalidArgument(
                operation: "\(name).call",
                reason:
                    "this model has \(outputs.count) outputs; call it with call(_:training:) on a list"
            )
        }
        return outputs[0]
    }

    /// The model applied to a batch in inference mode (`model(x)`).
    public func callAsFunction(_ x: Tensor, training: Bool = false) throws -> Tensor {
        try build(inputShapes: [Array(x.shape.dropFirst())])
        return try call(x, training: training)
    }

    /// The graph evaluated on `inputs`; the outputs whose indices are in `logitsOutputs` are
    /// returned before their final softmax (for a fused softmax + cross-entropy loss).
    func evaluateGraph(
        _ batch: [Tensor], training: Bool, logitsOutputs: Set<Int>,
        record: ((SymbolicTensor, Tensor) -> Void)? = nil
    ) throws -> [Tensor] {
        guard batch.count == inputs.count else {
            throw TensorError.invalidArgument(
                operation: "\(name)",
                reason: "the model has \(inputs.count) inputs, received \(batch.count) tensors")
        }
        var values: [ObjectIdentifier: Tensor] = [:]
        for (input, x) in zip(inputs, batch) {
            values[ObjectIdentifier(input.symbolic)] = try input(x, training: training)
        }
        var logitsNodes: Set<ObjectIdentifier> = []
        for index in logitsOutputs where outputs.indices.contains(index) {
            logitsNodes.insert(ObjectIdentifier(outputs[index]))
        }
        for node in graph where !node.inputs.isEmpty {
            let args = try node.inputs.map { parent -> Tensor in
                guard let v = values[ObjectIdentifier(parent)] else {
                    throw TensorError.invalidArgument(
                        operation: "\(name)",
                        reason: "the graph reached '\(node.layer.name)' before its input")
                }
                return v
            }
            let id = ObjectIdentifier(node)
            if logitsNodes.contains(id),
                let logits = try Self.logits(of: node.layer, args[0], training: training)
            {
                values[id] = logits
            } else if let merge = node.layer as? any MultiInputLayer {
                values[id] = try merge.apply(
                    args, weights: ForwardContext.weights(for: merge), training: training)
            } else {
                values[id] = try node.layer(args[0], training: training)
            }
            if let record, let v = values[id] { record(node, v) }
        }
        return try outputs.map { output in
            guard let v = values[ObjectIdentifier(output)] else {
                throw TensorError.invalidArgument(
                    operation: "\(name)", reason: "an output was not computed")
            }
            return v
        }
    }

    /// The input of the final softmax of `layer` applied to `x`, when `layer` ends with one.
    static func logits(of layer: any Layer, _ x: Tensor, training: Bool) throws -> Tensor? {
        guard let softmaxLayer = layer as? any SoftmaxEnding, softmaxLayer.endsWithSoftmax else {
            return nil
        }
        return try softmaxLayer.logits(
            x, weights: ForwardContext.weights(for: layer), training: training)
    }

    /// Every distinct layer whose weights the model holds (functional graph or tracked).
    var weightedLayers: [any Layer] {
        var seen: Set<ObjectIdentifier> = []
        var result: [any Layer] = []
        for layer in layers + trackedLayers where seen.insert(ObjectIdentifier(layer)).inserted {
            result.append(layer)
        }
        return result
    }

    /// All weights, layer by layer (Keras's `get_weights()`).
    public func getWeights() -> [Tensor] {
        weightedLayers.flatMap { $0.getWeights() }
    }

    /// Replaces all weights (in ``getWeights()`` order); throws when counts or shapes differ.
    public func setWeights(_ weights: [Tensor]) throws {
        let expected = weightedLayers.reduce(0) { $0 + $1.getWeights().count }
        guard weights.count == expected else {
            throw TensorError.invalidArgument(
                operation: "\(name).setWeights",
                reason: "expected \(expected) weight tensors, received \(weights.count)")
        }
        var k = 0
        for layer in weightedLayers {
            let n = layer.getWeights().count
            if n > 0 { try layer.setWeights(Array(weights[k..<k + n])) }
            k += n
        }
    }

    /// The number of trainable parameters.
    public var trainableParameterCount: Int {
        weightedLayers.reduce(0) { $0 + $1.trainableParameterCount }
    }

    /// The number of parameters that are not trained.
    public var nonTrainableParameterCount: Int {
        weightedLayers.reduce(0) { $0 + $1.nonTrainableParameterCount }
    }

    /// All parameters (Keras's `count_params()`).
    public var parameterCount: Int { trainableParameterCount + nonTrainableParameterCount }

    /// The Keras class name shown by `summary()`.
    open var kind: String { graph.isEmpty ? "Model" : "Functional" }

    public var description: String { "<\(kind) name=\(name), parameters=\(parameterCount)>" }
}

/// A layer whose output may end with a softmax, so a model trained with a cross-entropy loss
/// can differentiate through the logits instead (as Keras does).
public protocol SoftmaxEnding: Layer {
    /// Whether the layer's last step is a softmax.
    var endsWithSoftmax: Bool { get }
    /// The layer's output before that softmax.
    func logits(_ x: Tensor, weights: [Tensor], training: Bool) throws -> Tensor
}
