import Tensors

/// Joins its inputs along `axis` (Keras's `Concatenate`, default the last axis), as in a wide &
/// deep network (Cheng et al. 2016): `Concatenate()([input, hidden])`. All other axes must
/// match. No weights; the gradient is split back into the inputs' slices.
public final class Concatenate: MultiInputLayer {
    public let name: String
    public var trainable = true
    /// The axis to join along (Keras's numbering: the batch axis is 0, negative counts from
    /// the end).
    public let axis: Int
    private var builtShapes: [[Int]]?

    /// Creates the layer.
    public init(axis: Int = Defaults.axis, name: String? = nil) {
        self.axis = axis
        self.name = name ?? LayerNames.unique("concatenate")
    }

    public var isBuilt: Bool { builtShapes != nil }
    public var kind: String { "Concatenate" }
    public var config: JSONValue {
        .object([
            "name": .string(name), "trainable": .bool(trainable), "axis": .number(Double(axis)),
        ])
    }

    public func build(inputShapes: [[Int]], using generator: inout RandomGenerator) throws {
        _ = try outputShape(for: inputShapes)
        builtShapes = inputShapes
    }

    public func build(inputShape: [Int], using generator: inout RandomGenerator) throws {
        try build(inputShapes: [inputShape], using: &generator)
    }

    public func outputShape(for inputShapes: [[Int]]) throws -> [Int] {
        guard let first = inputShapes.first else {
            throw TensorError.invalidArgument(
                operation: "Concatenate '\(name)'",
                reason: "A `Concatenate` layer should be called on a list of at least 1 input.")
        }
        let a = try LayerWeights.featureAxis(
            axis, inputShape: first, layer: "Concatenate '\(name)'")
        var output = first
        output[a] = 0
        for shape in inputShapes {
            var expected = first
            if shape.count == first.count { expected[a] = shape[a] }
            guard shape == expected else {
                let shapes = inputShapes.map(ShapeText.batch).joined(separator: ", ")
                throw TensorError.invalidArgument(
                    operation: "Concatenate '\(name)'",
                    reason:
                        "A `Concatenate` layer requires inputs with matching shapes except for "
                        + "the concatenation axis. Received: input_shape=[\(shapes)]")
            }
            output[a] += shape[a]
        }
        return output
    }

    public func outputShape(for inputShape: [Int]) throws -> [Int] {
        try outputShape(for: [inputShape])
    }

    public func apply(_ inputs: [Tensor], weights: [Tensor], training: Bool) throws -> Tensor {
        _ = try outputShape(for: inputs.map { Array($0.shape.dropFirst()) })
        let rank = inputs[0].rank
        let a = axis < 0 ? axis + rank : axis
        return try Tensor.concatenate(inputs, axis: a)
    }

    public func apply(_ x: Tensor, weights: [Tensor], training: Bool) throws -> Tensor {
        try apply([x], weights: weights, training: training)
    }

    public func getWeights() -> [Tensor] { [] }

    public func setWeights(_ weights: [Tensor]) throws {
        try LayerWeights.check(weights, replacing: [], in: "Concatenate '\(name)'", isBuilt: true)
    }

    public var trainableParameterCount: Int { 0 }
    public var nonTrainableParameterCount: Int { 0 }
}

/// The functional form of ``Concatenate`` (Keras's `keras.layers.concatenate`): the symbolic
/// inputs joined along `axis` (the layer's default when nil), `concatenate([deep, wide])`.
public func concatenate(
    _ inputs: [any SymbolicTensorConvertible], axis: Int? = nil, name: String? = nil
) throws -> SymbolicTensor {
    try (axis.map { Concatenate(axis: $0, name: name) } ?? Concatenate(name: name))(inputs)
}

extension Concatenate {
    /// Keras's default (the last axis), used by the initializer, the config reader and
    /// ``EngineCatalog``.
    public enum Defaults {
        public static let axis = -1
    }
}
