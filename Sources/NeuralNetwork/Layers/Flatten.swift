import Tensors

/// Flattens each sample into a vector: a batch of shape `[b, d₁, …, dₖ]` becomes
/// `[b, d₁·…·dₖ]` (Keras's `Flatten`). No weights; the gradient is reshaped back.
public final class Flatten: Layer {
    public let name: String
    public var trainable = true
    /// The per-sample shape seen at build time.
    public private(set) var inputShape: [Int]?

    /// The per-sample input shape given at creation (Keras's `input_shape`), if any.
    public let declaredInputShape: [Int]?

    /// Creates the layer; `inputShape` on the first layer of a ``Sequential`` gives the model
    /// its input (`Flatten(inputShape: [28, 28])`), as Keras's `input_shape` does.
    public init(inputShape: [Int]? = nil, name: String? = nil) {
        self.declaredInputShape = inputShape
        self.name = name ?? LayerNames.unique("flatten")
    }

    public var isBuilt: Bool { inputShape != nil }
    public var kind: String { "Flatten" }
    public var config: JSONValue {
        .object(["name": .string(name), "trainable": .bool(trainable)])
    }

    public func build(inputShape: [Int], using generator: inout RandomGenerator) throws {
        self.inputShape = inputShape
    }

    public func outputShape(for inputShape: [Int]) throws -> [Int] {
        [inputShape.reduce(1, *)]
    }

    public func apply(_ x: Tensor, weights: [Tensor], training: Bool) throws -> Tensor {
        guard x.rank >= 1 else {
            throw TensorError.invalidShape(
                operation: "Flatten '\(name)'", shape: x.shape,
                reason: "expected a batch with a leading batch axis")
        }
        return x.flattenedBatch()
    }

    public func getWeights() -> [Tensor] { [] }

    public func setWeights(_ weights: [Tensor]) throws {
        try LayerWeights.check(weights, replacing: [], in: "Flatten '\(name)'", isBuilt: true)
    }

    public var trainableParameterCount: Int { 0 }
    public var nonTrainableParameterCount: Int { 0 }
}
