import Tensors

/// A plain stack of layers, each feeding the next (Keras's `keras.Sequential`).
///
/// `Sequential([Input(shape: [28, 28]), Flatten(), Dense(300, activation: .relu),
/// Dense(10, activation: .softmax)])`, or start empty and ``add(_:)``. With an ``Input`` first
/// (or a first layer created with `inputShape:`, as in `Flatten(inputShape: [28, 28])`) the
/// model is built at once; otherwise the first batch it sees (in `fit`, `predict`, a call)
/// fixes the input shape. ``layers`` lists the layers without the input.
public final class Sequential: Model {
    private var stack: [any Layer] = []
    private var input: Input?

    /// A model of `layers` in order; throws when an ``Input`` is not first or a layer does not
    /// fit the previous one's output.
    public init(_ layers: [any Layer] = [], name: String? = nil) throws {
        super.init(name: name, kind: "sequential")
        for layer in layers { try add(layer) }
    }

    /// Appends a layer (an ``Input`` only as the first); rebuilds the graph when the input
    /// shape is known.
    public func add(_ layer: any Layer) throws {
        if let newInput = layer as? Input {
            guard stack.isEmpty, input == nil else {
                throw TensorError.invalidArgument(
                    operation: "Sequential.add",
                    reason: "an Input can only be the first layer of a Sequential model")
            }
            input = newInput
        } else {
            guard !stack.contains(where: { $0 === layer }) else {
                throw TensorError.invalidArgument(
                    operation: "Sequential.add",
                    reason: "the layer '\(layer.name)' is already in the model")
            }
            if layer is any MultiInputLayer {
                throw TensorError.invalidArgument(
                    operation: "Sequential.add",
                    reason:
                        "'\(layer.name)' (\(layer.kind)) takes several inputs; use the functional API"
                )
            }
            if stack.isEmpty, input == nil, let shape = layer.declaredInputShape {
                input = try Input(shape: shape)
            }
            stack.append(layer)
        }
        if input != nil { try connect() }
    }

    /// Removes the last layer (Keras's `pop()`); throws when there is none.
    public func pop() throws {
        guard !stack.isEmpty else {
            throw TensorError.invalidArgument(
                operation: "Sequential.pop", reason: "there are no layers to remove")
        }
        stack.removeLast()
        if input != nil, !stack.isEmpty {
            try connect()
        } else {
            graph = []
            outputs = []
        }
    }

    /// Calls every layer on the previous one's symbolic output.
    private func connect() throws {
        guard let input else { return }
        var x = input.symbolic
        for layer in stack { x = try layer(x) }
        try setGraph(inputs: [input.symbolic], outputs: [x])
    }

    public override var layers: [any Layer] { stack }

    public override var isBuilt: Bool { input != nil && !stack.isEmpty && !graph.isEmpty }

    public override func build(inputShapes: [[Int]]) throws {
        guard input == nil else { return }
        guard inputShapes.count == 1 else {
            throw TensorError.invalidArgument(
                operation: "\(name)",
                reason: "a Sequential model takes one input, received \(inputShapes.count)")
        }
        guard !stack.isEmpty else {
            throw TensorError.invalidArgument(
                operation: "\(name)", reason: "the model has no layers")
        }
        input = try Input(shape: inputShapes[0])
        try connect()
    }

    /// The input layer, once the shape is known.
    public var inputLayer: Input? { input }

    /// The layers after the input, as held (for state capture).
    var stackLayers: [any Layer] { stack }

    /// Puts back a layer list captured earlier (the graph is restored with it).
    func restoreStack(_ layers: [any Layer], input: Input?) {
        stack = layers
        self.input = input
    }

    public override var kind: String { "Sequential" }
}
