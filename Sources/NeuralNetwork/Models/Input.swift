import Tensors

/// The entry point of a model: the per-sample shape of its input (Keras's `keras.Input` and
/// `InputLayer`).
///
/// As the first element of a ``Sequential`` it fixes the input shape so the model is built
/// at once (`Sequential([Input(shape: [28, 28]), Flatten(), Dense(10)])`); in the functional
/// API layers are called on it (`let x = Input(shape: [8]); let h = Dense(30)(x)`). It has no
/// weights and passes batches through unchanged, after checking their shape.
public final class Input: Layer, SymbolicTensorConvertible {
    public let name: String
    public var trainable = true
    /// The per-sample shape.
    public let shape: [Int]
    /// The symbolic tensor that layers are called on: the same object for as long as anything
    /// (a layer call, a model's graph) holds it. The tensor refers to its input, and the input
    /// only weakly to the tensor, so the two do not keep each other alive.
    public var symbolic: SymbolicTensor {
        if let cached = cachedSymbolic { return cached }
        let made = SymbolicTensor(shape: shape, layer: self, inputs: [])
        cachedSymbolic = made
        return made
    }
    private weak var cachedSymbolic: SymbolicTensor?

    /// Creates an input of per-sample `shape`; throws when an axis is not positive.
    public init(shape: [Int], name: String? = nil) throws {
        guard !shape.isEmpty, shape.allSatisfy({ $0 > 0 }) else {
            throw TensorError.invalidShape(
                operation: "Input", shape: shape,
                reason: "every axis of an input shape must be a positive integer")
        }
        guard shape.product <= Tensor.maximumElementCount else {
            throw TensorError.invalidShape(
                operation: "Input", shape: shape,
                reason:
                    "a sample of this shape holds more than \(Tensor.maximumElementCount) values")
        }
        self.shape = shape
        self.name = name ?? LayerNames.unique("input_layer")
    }

    public var isBuilt: Bool { true }
    public var kind: String { "InputLayer" }
    public var config: JSONValue {
        .object(["name": .string(name), "shape": .ints(shape)])
    }

    public func build(inputShape: [Int], using generator: inout RandomGenerator) throws {
        try check(inputShape)
    }

    public func outputShape(for inputShape: [Int]) throws -> [Int] {
        try check(inputShape)
        return shape
    }

    public func apply(_ x: Tensor, weights: [Tensor], training: Bool) throws -> Tensor {
        try check(Array(x.shape.dropFirst()))
        return x
    }

    private func check(_ inputShape: [Int]) throws {
        guard inputShape == shape else {
            throw TensorError.invalidShape(
                operation: "Input '\(name)'", shape: inputShape,
                reason: "expected per-sample shape \(shape) (batches of \(ShapeText.batch(shape)))")
        }
    }

    public func getWeights() -> [Tensor] { [] }

    public func setWeights(_ weights: [Tensor]) throws {
        guard weights.isEmpty else {
            throw TensorError.invalidArgument(
                operation: "Input '\(name)'.setWeights",
                reason: "an input layer has no weights, received \(weights.count)")
        }
    }

    public var trainableParameterCount: Int { 0 }
    public var nonTrainableParameterCount: Int { 0 }
}
